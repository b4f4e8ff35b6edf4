import { describe, expect, it } from 'vitest';
import { deploymentSchema, type DeploymentInput } from '../../../src/schema/deployment.ts';
import { groupRows, pickRows, toMapData, type MapModelInfo } from '../../../src/lib/geo/map-data.ts';
import { deploymentRow, pageOf } from '../../../src/lib/content/deployment-rows.ts';

const source = (date?: string) => ({ title: 'Bài', publisher: 'Báo', url: 'https://example.vn/bai', ...(date && { date }) });
const at = { lat: 21, lon: 105.8 };
const raw: DeploymentInput[] = [
  { model: 'a', place: 'Cũ nhất', scope: 'xa', province: 'ha-noi', coordinates: at, started: '2015', source: source('2016-01') },
  { model: 'b', place: 'Không rõ năm', scope: 'diem', province: 'hung-yen', coordinates: at, source: source() },
  {
    model: 'a',
    place: 'Mới nhất',
    scope: 'diem',
    province: 'hung-yen',
    coordinates: at,
    started: '2024-03',
    lastReviewed: '2026-06-01',
    source: source('2024-05-02'),
  },
  { model: 'a', place: 'Năm 2020', scope: 'xa', province: 'ha-noi', coordinates: at, started: '2020', source: source('2019') },
];
const info = {
  title: 'Mô hình',
  field: 'tu-quan',
  unitTypes: [],
  settingTraits: [],
  problems: [],
  evidence: { effect: { prevention: 'chua-co-so-lieu', detection: 'chua-co-so-lieu' } },
} as unknown as MapModelInfo;
const data = toMapData({
  deployments: raw.map((d) => deploymentSchema.parse(d)),
  models: new Map([
    ['a', info],
    ['b', info],
  ]),
  provinces: new Map([
    ['ha-noi', { id: 'ha-noi', name: 'Hà Nội', fullName: 'Thành phố Hà Nội' }],
    ['hung-yen', { id: 'hung-yen', name: 'Hưng Yên', fullName: 'Tỉnh Hưng Yên' }],
  ]),
});

describe('deployment list rows', () => {
  it('puts the newest start first, and records without a date last', () => {
    expect(data.place).toEqual(['Mới nhất', 'Năm 2020', 'Cũ nhất', 'Không rõ năm']);
  });

  it('says when a review is due, relative to the reader’s today', () => {
    const i = data.place.indexOf('Mới nhất');
    expect(deploymentRow(data, i, '2026-12-01')).toMatchObject({
      started: 'Bắt đầu: tháng 3/2024',
      review: 'Rà soát 1/6/2026',
      needsReview: false,
    });
    expect(deploymentRow(data, i, '2027-07-01').needsReview).toBe(true);
    expect(deploymentRow(data, data.place.indexOf('Cũ nhất'), '2026-12-01')).toMatchObject({
      review: 'Chưa có lần rà soát',
      needsReview: true,
    });
  });

  it('pages rows and keeps the page in range', () => {
    const rows = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(rows, 1)).toMatchObject({ page: 1, pages: 3 });
    expect(pageOf(rows, 3).items).toEqual(rows.slice(100));
    expect(pageOf(rows, 9).page).toBe(3);
    expect(pageOf(rows, 0).page).toBe(1);
    expect(pageOf([], 1)).toEqual({ items: [], page: 1, pages: 1 });
  });

  it('groups rows by model and province once, and picks a group as its own map file', () => {
    const byModel = groupRows(data, 'model');
    expect(byModel.get('a')).toHaveLength(3);
    const b = pickRows(data, byModel.get('b')!);
    expect(b.place).toEqual(['Không rõ năm']);
    expect(b.models).toHaveLength(1);
    expect(
      groupRows(data, 'province')
        .get('ha-noi')!
        .map((i) => data.place[i]),
    ).toEqual(['Năm 2020', 'Cũ nhất']);
  });
});

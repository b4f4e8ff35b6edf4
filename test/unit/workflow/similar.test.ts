import { describe, expect, it } from 'vitest';
import { distanceKm, similarDeployments, similarRecord } from '../../../src/lib/workflow/similar.ts';
import { deploymentSchema } from '../../../src/schema/deployment.ts';
import { haNoi, hungYen } from '../helpers/workflow-fixtures.ts';

const provinces = new Map([
  [hungYen.id, hungYen],
  [haNoi.id, haNoi],
]);
const d = (id: string, scope: 'diem' | 'xa' | 'tinh', province: string, lat: number, lon: number) => ({
  id,
  data: { place: id, scope, province, coordinates: { lat, lon } },
});
const list = [
  d('tong-ha-noi', 'tinh', 'ha-noi', 21.0, 105.8),
  d('xa-xa', 'xa', 'ha-noi', 21.3, 105.4),
  d('xa-gan', 'xa', 'hung-yen', 20.66, 106.19),
  d('den-gan', 'diem', 'hung-yen', 20.64, 106.17),
];

describe('similarDeployments', () => {
  it('puts the same kind of place first, nearest first, and province totals last', () => {
    expect(similarDeployments({ province: 'hung-yen', unitType: 'xa' }, list, provinces).map((s) => s.id)).toEqual([
      'xa-gan',
      'xa-xa',
      'den-gan',
      'tong-ha-noi',
    ]);
    expect(similarDeployments({ province: 'hung-yen', unitType: 'di-tich' }, list, provinces)[0]!.id).toBe('den-gan');
  });

  it('measures from the locality’s own point when given', () => {
    const r = similarDeployments({ province: 'hung-yen', unitType: 'xa', point: { lat: 21.3, lon: 105.41 } }, list, provinces);
    expect(r[0]!.id).toBe('xa-gan'); // same province still wins a tie on kind
    expect(r[1]!.distanceKm).toBeLessThan(2);
  });

  it('works without a province or unit type, and respects the limit', () => {
    const r = similarDeployments({ province: '', unitType: '' }, list, provinces, 2);
    expect(r).toHaveLength(2);
    expect(r.every((s) => s.distanceKm === undefined && !s.sameKind)).toBe(true);
  });

  it('computes great-circle distances', () => {
    const hanoiToHcmc = distanceKm({ lat: 21.0278, lon: 105.8342 }, { lat: 10.7769, lon: 106.7009 });
    expect(hanoiToHcmc).toBeGreaterThan(1130);
    expect(hanoiToHcmc).toBeLessThan(1150);
  });
});

describe('similarRecord (the records a workflow page fetches for its similar places)', () => {
  const full = deploymentSchema.parse({
    model: 'camera-an-ninh',
    place: 'Phường Mỹ Xuân',
    scope: 'xa',
    province: 'ho-chi-minh',
    commune: { name: 'Phường Phú Mỹ', code: '26704' },
    formerNames: ['Phường Mỹ Xuân, thị xã Phú Mỹ'],
    coordinates: { lat: 10.61, lon: 107.05 },
    started: '2019',
    leadUnit: 'Công an phường Mỹ Xuân',
    figures: [{ what: 'camera đã lắp', value: 40, unit: 'camera' }],
    source: { title: 'Mắt thần soi tội phạm', publisher: 'Báo Bà Rịa - Vũng Tàu', date: '2020-08', url: 'https://example.vn/bai' },
    notes: 'Một ghi chú dài của người biên tập.',
  });

  it('keeps what the list shows and the ranking reads, and drops the rest', () => {
    const cut = JSON.parse(JSON.stringify(similarRecord('camera-an-ninh/my-xuan', full))) as ReturnType<typeof similarRecord>;
    expect(cut).toEqual({
      id: 'camera-an-ninh/my-xuan',
      data: {
        place: 'Phường Mỹ Xuân',
        scope: 'xa',
        province: 'ho-chi-minh',
        commune: { name: 'Phường Phú Mỹ' },
        coordinates: { lat: 10.61, lon: 107.05 },
        leadUnit: 'Công an phường Mỹ Xuân',
      },
    });
  });

  it('keeps a province total’s count', () => {
    const total = deploymentSchema.parse({ ...full, scope: 'tinh', commune: undefined, count: { value: 729, unit: 'hom-thu' } });
    expect(similarRecord('t', total).data.count).toEqual({ value: 729, unit: 'hom-thu' });
  });

  it('ranks the cut records exactly as the full ones', () => {
    const fullList = list.map(({ id, data }) => ({ id, data: deploymentSchema.parse({ ...full, ...data, commune: undefined }) }));
    const cutList = fullList.map(({ id, data }) => similarRecord(id, data));
    for (const unitType of ['xa', 'di-tich', ''] as const)
      expect(similarDeployments({ province: 'hung-yen', unitType }, cutList, provinces).map((s) => s.id)).toEqual(
        similarDeployments({ province: 'hung-yen', unitType }, fullList, provinces).map((s) => s.id),
      );
  });
});

import { describe, expect, it } from 'vitest';
import { deploymentSchema, type DeploymentInput } from '../../../src/schema/deployment.ts';
import type { Model } from '../../../src/schema/model.ts';
import { FILTER_KEYS, matchesFilters, type FilterState } from '../../../src/lib/search/filters.ts';
import { deploymentFacets } from '../../../src/lib/catalogue/facets.ts';
import {
  clusterRadius,
  detailRows,
  groupRows,
  hasDetails,
  isAggregate,
  mapPoint,
  markerRadius,
  rowMatcher,
  pickRows,
  rowUnits,
  rowsIn,
  selectRows,
  spotsOf,
  toMapData,
  toMapMarkers,
  type MapModelInfo,
} from '../../../src/lib/geo/map-data.ts';
import { decodeMapMarkers, encodeMapMarkers } from '../../../src/lib/geo/map-binary.ts';

const source = { title: 'Nguồn thử', publisher: 'Báo thử', date: '2023-07-24', url: 'https://example.vn/bai' };
const raw: DeploymentInput[] = [
  {
    model: 'camera',
    place: 'Thành phố Hà Nội',
    scope: 'tinh',
    count: { value: 109, unit: 'don-vi-cap-xa', qualifier: 'hon' },
    province: 'ha-noi',
    coordinates: { lat: 21.01089, lon: 105.72025 },
    status: 'dang-hoat-dong',
    started: '2020-03',
    source,
  },
  {
    model: 'camera',
    place: 'Tổ dân phố 3',
    scope: 'diem',
    province: 'hung-yen',
    commune: { name: 'Xã Long Hưng' },
    formerNames: ['Xã Tiến Đức, huyện Hưng Hà, tỉnh Thái Bình'],
    coordinates: { lat: 20.61, lon: 106.14 },
    source,
  },
  {
    model: 'di-tich',
    place: 'Đền Trần',
    scope: 'xa',
    province: 'hung-yen',
    commune: { name: 'Xã Long Hưng' },
    coordinates: { lat: 20.6, lon: 106.2 },
    status: 'tam-dung',
    source: { ...source, url: undefined, archive: '001_c5e92e0ad98be39d.txt' },
  },
  { model: 'di-tich', place: 'Thành phố Hà Nội', scope: 'tinh', province: 'ha-noi', coordinates: { lat: 21.0, lon: 105.8 }, source },
];
const deployments = raw.map((d) => deploymentSchema.parse(d));
const model = (field: string, unitTypes: string[], prevention: string, problems: string[]): MapModelInfo =>
  ({
    title: `Mô hình ${field}`,
    field,
    unitTypes,
    settingTraits: ['do-thi'],
    problems,
    evidence: { effect: { prevention, detection: 'chua-co-so-lieu' } },
  }) as unknown as MapModelInfo;
const models = new Map([
  ['camera', model('camera-cong-nghe', ['khu-dan-cu', 'phuong'], 'danh-gia-doc-lap', ['trom-cap-tai-san'])],
  ['di-tich', model('di-tich-le-hoi', ['di-tich'], 'chua-co-so-lieu', ['mat-trat-tu-le-hoi'])],
]);
const provinces = new Map([
  ['ha-noi', { id: 'ha-noi', name: 'Hà Nội', fullName: 'Thành phố Hà Nội' }],
  ['hung-yen', { id: 'hung-yen', name: 'Hưng Yên', fullName: 'Tỉnh Hưng Yên' }],
]);
const data = toMapData({ deployments, models, provinces });

describe('compact map data', () => {
  it('keeps one row per deployment and stores repeated strings once', () => {
    expect(data.lat).toHaveLength(4);
    expect(data.models).toHaveLength(2);
    expect(data.sources).toHaveLength(2);
    expect(data.texts.filter((t) => t === 'Xã Long Hưng')).toHaveLength(1);
  });

  it('reads back what a popup needs: current and former names, model, status, year, count, source', () => {
    const aggregate = mapPoint(data, 0);
    expect(aggregate).toMatchObject({
      lat: 21.01089,
      lon: 105.72025,
      modelSlug: 'camera',
      modelName: 'Mô hình camera-cong-nghe',
      scope: 'tinh',
      count: { value: 109, unit: 'don-vi-cap-xa', qualifier: 'hon' },
      status: 'dang-hoat-dong',
      started: '2020-03',
      units: 'hơn 109 đơn vị cấp xã',
    });
    expect(aggregate.source).toEqual(source);
    const site = mapPoint(data, 1);
    expect(site.current).toBe('Xã Long Hưng, Tỉnh Hưng Yên');
    expect(site.formerNames).toBe('Xã Tiến Đức, huyện Hưng Hà, tỉnh Thái Bình');
    expect(site.status).toBeUndefined();
    expect(mapPoint(data, 2).source.url).toBeUndefined();
    expect(mapPoint(data, 3).units).toBe('chưa rõ số lượng');
    expect([0, 1, 2, 3].map((i) => isAggregate(data, i))).toEqual([true, false, false, true]);
  });

  it('survives a JSON round trip unchanged (it is shipped as a file)', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});

describe('filtering map rows', () => {
  const states: FilterState[] = [
    {},
    { tinh: 'ha-noi' },
    { tinh: 'hung-yen', 'tinh-trang': 'tam-dung' },
    { 'tinh-trang': 'dang-hoat-dong' },
    { 'tinh-trang': 'khong-co' },
    { 'linh-vuc': 'di-tich-le-hoi' },
    { 'mo-hinh': 'camera', 'loai-dia-ban': 'phuong' },
    { 'loai-dia-ban': 'xa' },
    { 'bang-chung': 'danh-gia-doc-lap', tinh: 'hung-yen' },
    { 'van-de': 'mat-trat-tu-le-hoi' },
    { tinh: 'khong-co-tinh-nay' },
    { 'dac-diem': 'do-thi', tinh: 'ha-noi' },
    { 'dac-diem': 'bien-gioi' },
  ];
  it.each(states)('agrees with the list filter (matchesFilters) for %o', (state) => {
    const keep = rowMatcher(data, state);
    const expected = deployments.map((d) => matchesFilters(deploymentFacets(d, models.get(d.model) as unknown as Model), state));
    expect(deployments.map((_, i) => keep(i))).toEqual(expected);
  });

  it('covers every filter key the lists use', () => {
    expect(FILTER_KEYS.every((k) => states.some((s) => k in s))).toBe(true);
  });

  it('selects a model’s rows into a smaller file that reads back the same', () => {
    const mine = selectRows(data, rowMatcher(data, { 'mo-hinh': 'di-tich' }));
    expect(mine.place).toEqual(['Đền Trần', 'Thành phố Hà Nội']);
    expect(mapPoint(mine, 0)).toEqual({ ...mapPoint(data, 2), index: 0 });
    expect(mapPoint(mine, 1)).toEqual({ ...mapPoint(data, 3), index: 1 });
  });

  it('carries in a selection’s file only the models, provinces, names and sources its rows refer to', () => {
    const haNoi = selectRows(data, rowMatcher(data, { tinh: 'ha-noi' }));
    expect(haNoi.models.map((m) => m[0])).toEqual(['camera', 'di-tich']);
    expect(haNoi.provinces).toEqual([['ha-noi', 'Hà Nội', 'Thành phố Hà Nội']]);
    expect(haNoi.texts).toEqual([]);
    expect(haNoi.sources).toEqual([[source.title, source.publisher, source.date, source.url]]);
    expect(JSON.stringify(haNoi)).not.toContain('Hưng');

    const camera = selectRows(data, rowMatcher(data, { 'mo-hinh': 'camera' }));
    expect(camera.models.map((m) => m[0])).toEqual(['camera']);
    expect(camera.texts).toEqual(['Xã Long Hưng', 'Xã Tiến Đức, huyện Hưng Hà, tỉnh Thái Bình']);
    expect(camera.sources).toHaveLength(1);
    // Every popup of the selection reads back as from the national file.
    expect([0, 1].map((i) => mapPoint(camera, i))).toEqual([0, 1].map((i) => mapPoint(data, i)));
    const hungYen = selectRows(data, rowMatcher(data, { tinh: 'hung-yen' }));
    expect([0, 1].map((i) => mapPoint(hungYen, i))).toEqual([1, 2].map((i, j) => ({ ...mapPoint(data, i), index: j })));
    expect(hungYen.texts.filter((t) => t === 'Xã Long Hưng')).toHaveLength(1);
  });
});

describe('the national file and the details of its rows', () => {
  // As the browser reads it: through the file's bytes.
  const bytes = encodeMapMarkers(toMapMarkers(data));
  const markers = decodeMapMarkers(bytes.buffer);

  it('carries no place, date or source: only what the map draws and filters by', () => {
    expect(hasDetails(markers)).toBe(false);
    expect(hasDetails(data)).toBe(true);
    const text = new TextDecoder().decode(bytes);
    for (const detail of ['Tổ dân phố 3', 'Đền Trần', 'Xã Long Hưng', 'Tiến Đức', source.title, source.url, '2020-03'])
      expect(text).not.toContain(detail);
    // Positions: each distinct one once, and every row's read back.
    const spots = spotsOf(markers);
    expect(new Set(Array.from(spots.lat, (lat, k) => `${lat},${spots.lon[k]}`)).size).toBe(spots.lat.length);
    expect(data.lat.map((_, i) => [spots.lat[spots.spot[i]], spots.lon[spots.spot[i]]])).toEqual(
      data.lat.map((lat, i) => [lat, data.lon[i]]),
    );
    expect(rowsIn(markers)).toBe(data.lat.length);
    for (const state of [{}, { tinh: 'hung-yen' }, { 'linh-vuc': 'di-tich-le-hoi', 'tinh-trang': 'tam-dung' }]) {
      const [full, slim] = [rowMatcher(data, state), rowMatcher(markers, state)];
      expect(data.lat.map((_, i) => slim(i))).toEqual(data.lat.map((_, i) => full(i)));
    }
    expect(data.lat.map((_, i) => rowUnits(markers, i))).toEqual(data.lat.map((_, i) => mapPoint(data, i).units));
  });

  it('stores a position shared by several records once', () => {
    const repeated = toMapMarkers(pickRows(data, [1, 2, 1, 1]));
    expect(repeated.spots.lat).toHaveLength(2);
    expect(repeated.spot).toEqual([0, 1, 0, 0]);
  });

  it.each(['model', 'province'] as const)('finds every row’s details in its %s’s file', (by) => {
    const files = new Map([...groupRows(data, by)].map(([key, rows]) => [key, pickRows(data, rows)]));
    const local = detailRows(markers, by);
    const table = by === 'model' ? markers.models : markers.provinces;
    for (let i = 0; i < rowsIn(markers); i++) {
      const file = files.get(table[markers[by][i]][0])!;
      expect({ ...mapPoint(file, local[i]), index: i }).toEqual(mapPoint(data, i));
    }
  });
});

describe('marker sizes', () => {
  it('grows an aggregate with its count, within bounds, and gives an unknown count a fixed size', () => {
    expect(markerRadius(1)).toBeLessThan(markerRadius(10));
    expect(markerRadius(10)).toBeLessThan(markerRadius(109));
    expect(markerRadius(100_000)).toBe(34);
    expect(markerRadius(undefined)).toBe(14);
  });
  it('grows a cluster slowly with its records', () => {
    expect(clusterRadius(2)).toBeLessThan(clusterRadius(1000));
    expect(clusterRadius(124_000)).toBeLessThanOrEqual(30);
  });
});

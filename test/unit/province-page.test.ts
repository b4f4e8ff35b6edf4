import { describe, expect, it } from 'vitest';
import { deploymentsByCommune, nearestElsewhere } from '../../src/lib/geo/province-page.ts';
import type { AdminCommune } from '../../src/lib/geo/admin.ts';

const commune = (code: string, name: string, former: AdminCommune['former'] = []): AdminCommune => ({
  code,
  name,
  type: 'Xã',
  province: '33',
  label: [106, 20],
  former,
});
const communes = new Map([
  ['12613', commune('12613', 'Xã Long Hưng', [{ code: '12646', name: 'Xã Tiến Đức', district: 'Huyện Hưng Hà', province: 'Thái Bình' }])],
  ['12634', commune('12634', 'Xã Tiên La', [{ code: '1', name: 'Xã Đoan Hùng', province: 'Thái Bình', part: true }])],
]);
const entry = (id: string, code: string | undefined, model: string, lat = 20.6, lon = 106.1, province = 'hung-yen') => ({
  id,
  data: { commune: code ? { name: 'x', code } : undefined, model, coordinates: { lat, lon }, province },
});

describe('province page lists', () => {
  it("groups deployments by today's commune with the units it was formed from, busiest first", () => {
    const rows = deploymentsByCommune(
      [
        entry('a/1', '12634', 'a'),
        entry('b/1', '12613', 'b'),
        entry('c/1', '12613', 'c'),
        entry('d/1', undefined, 'd'),
        entry('e/1', '99999', 'e'),
      ],
      communes,
      (a, b) => a.localeCompare(b, 'vi'),
    );
    expect(rows.map((r) => [r.code, r.deployments.length, r.models])).toEqual([
      ['12613', 2, ['b', 'c']],
      ['12634', 1, ['a']],
    ]);
    expect(rows[0]!.former).toEqual(['Xã Tiến Đức']);
    expect(rows[1]!.former).toEqual(['Xã Đoan Hùng (một phần)']);
  });

  it('finds the nearest deployments of other provinces only, nearest first', () => {
    const near = nearestElsewhere({ lat: 21, lon: 105.8 }, 'ha-noi', [
      entry('far', undefined, 'm', 10.8, 106.7, 'ho-chi-minh'),
      entry('own', undefined, 'm', 21, 105.8, 'ha-noi'),
      entry('close', undefined, 'm', 20.6, 106.1, 'hung-yen'),
    ]);
    expect(near.map((n) => n.entry.id)).toEqual(['close', 'far']);
    expect(near[0]!.km).toBeGreaterThan(40);
    expect(near[0]!.km).toBeLessThan(60);
  });
});

describe('former districts of a province', () => {
  it('lists each district once under its former province', async () => {
    const { formerDistricts } = await import('../../src/lib/geo/province-page.ts');
    const list = formerDistricts(
      [
        commune('1', 'Xã A', [
          { code: 'a', name: 'Xã X', district: 'Huyện Kiến Xương', province: 'Thái Bình' },
          { code: 'b', name: 'Xã Y', district: 'Huyện Hưng Hà', province: 'Thái Bình' },
        ]),
        commune('2', 'Xã B', [
          { code: 'c', name: 'Xã Z', district: 'Huyện Kiến Xương', province: 'Thái Bình' },
          { code: 'd', name: 'Xã W', district: 'Huyện Văn Giang', province: 'Hưng Yên' },
          { code: 'e', name: 'Xã V', province: 'Hưng Yên' },
        ]),
      ],
      (a, b) => a.localeCompare(b, 'vi'),
    );
    expect(list).toEqual([
      { province: 'Hưng Yên', districts: ['Huyện Văn Giang'] },
      { province: 'Thái Bình', districts: ['Huyện Hưng Hà', 'Huyện Kiến Xương'] },
    ]);
  });
});

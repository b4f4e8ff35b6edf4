import { describe, expect, it } from 'vitest';
import { countLabel, currentPlace, summarizeDeployments, totalsLabel, unitsLabel } from '../../../src/lib/content/deployments.ts';

describe('deployment counts', () => {
  it('says what a count counts, with the source’s qualifier', () => {
    expect(countLabel({ value: 729, unit: 'hom-thu' })).toBe('729 hòm thư');
    expect(countLabel({ value: 2500, unit: 'mo-hinh', qualifier: 'hon' })).toBe('hơn 2.500 mô hình');
  });

  it('labels a site, a commune, and a province-wide total', () => {
    expect(unitsLabel({ scope: 'diem' })).toBe('Một địa điểm');
    expect(unitsLabel({ scope: 'xa' })).toBe('Một đơn vị cấp xã');
    expect(unitsLabel({ scope: 'tinh', count: { value: 1447, unit: 'mo-hinh' } })).toBe('1.447 mô hình');
    expect(unitsLabel({ scope: 'tinh' })).toBe('chưa rõ số lượng');
  });

  it('adds only like to like: totals stay apart by unit', () => {
    const s = summarizeDeployments([
      { scope: 'tinh', count: { value: 109, unit: 'don-vi-cap-xa' }, province: 'ha-noi' },
      { scope: 'tinh', count: { value: 181, unit: 'don-vi-cap-xa' }, province: 'ha-noi' },
      { scope: 'tinh', count: { value: 729, unit: 'hom-thu' }, province: 'hung-yen' },
      { scope: 'xa', province: 'hung-yen', commune: { name: 'Xã Long Hưng', code: '12613' } },
      { scope: 'diem', province: 'hung-yen', commune: { name: 'Xã Long Hưng', code: '12613' } },
      { scope: 'tinh', province: 'hung-yen' },
    ]);
    expect(s.records).toBe(6);
    expect(s.provinces).toBe(2);
    expect(s.communes).toBe(1);
    expect(s.totals).toEqual([
      { unit: 'hom-thu', value: 729, approximate: false },
      { unit: 'don-vi-cap-xa', value: 290, approximate: false },
    ]);
    expect(totalsLabel(s.totals)).toBe('729 hòm thư; 290 đơn vị cấp xã');
  });

  it('marks a total as approximate when any part of it was', () => {
    const s = summarizeDeployments([
      { scope: 'tinh', count: { value: 100, unit: 'to', qualifier: 'hon' }, province: 'a' },
      { scope: 'tinh', count: { value: 20, unit: 'to' }, province: 'b' },
    ]);
    expect(totalsLabel(s.totals)).toBe('khoảng 120 tổ');
  });

  it('names today’s commune and province, not the commune for an aggregate', () => {
    const province = { fullName: 'Tỉnh Hưng Yên' };
    expect(currentPlace({ place: 'Đền Trần', scope: 'diem', commune: { name: 'Xã Long Hưng' } }, province)).toBe(
      'Xã Long Hưng, Tỉnh Hưng Yên',
    );
    expect(currentPlace({ place: 'Tỉnh Thái Bình (cũ)', scope: 'tinh', commune: { name: 'Phường X' } }, province)).toBe('Tỉnh Hưng Yên');
  });
});

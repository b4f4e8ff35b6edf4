import { describe, expect, it } from 'vitest';
import { currentPlace, deploymentUnits, summarizeDeployments, unitsLabel } from '../../../src/lib/content/deployments.ts';

describe('deployment units', () => {
  it('counts an aggregate by its count, a site or commune as one, an aggregate without count as unknown', () => {
    expect(deploymentUnits({ scope: 'tinh', count: 109 })).toBe(109);
    expect(deploymentUnits({ scope: 'xa' })).toBe(1);
    expect(deploymentUnits({ scope: 'diem' })).toBe(1);
    expect(deploymentUnits({ scope: 'tinh' })).toBeUndefined();
  });

  it('labels them in Vietnamese', () => {
    expect(unitsLabel({ scope: 'tinh', count: 1447 })).toBe('1.447 đơn vị');
    expect(unitsLabel({ scope: 'xa' })).toBe('1 đơn vị cấp xã');
    expect(unitsLabel({ scope: 'tinh' })).toBe('chưa rõ số lượng');
  });

  it('sums known units, counts unknown aggregates and provinces', () => {
    const s = summarizeDeployments([
      { scope: 'tinh', count: 109, province: 'ha-noi' },
      { scope: 'tinh', count: 181, province: 'ha-noi' },
      { scope: 'xa', province: 'hung-yen' },
      { scope: 'tinh', province: 'hung-yen' },
    ]);
    expect(s).toEqual({ records: 4, units: 291, unknown: 1, provinces: 2 });
  });

  it('names today’s commune and province, not the commune for an aggregate', () => {
    const province = { fullName: 'Tỉnh Hưng Yên' };
    expect(currentPlace({ place: 'Đền Trần', scope: 'diem', commune: { name: 'Xã Long Hưng' } }, province)).toBe('Xã Long Hưng, Tỉnh Hưng Yên');
    expect(currentPlace({ place: 'Tỉnh Thái Bình (cũ)', scope: 'tinh', commune: { name: 'Phường X' } }, province)).toBe('Tỉnh Hưng Yên');
  });
});

import { describe, expect, it } from 'vitest';
import { describeChange } from '../../../src/lib/workflow/indicator-change.ts';

describe('describeChange', () => {
  it('gives the change, its share of the baseline, and whether it is better', () => {
    expect(describeChange('10', '4', 'giam')).toBe('Giảm 6 (−60%) · tốt lên');
    expect(describeChange('10', '15', 'giam')).toBe('Tăng 5 (+50%) · xấu đi');
    expect(describeChange('', '4', 'giam')).toBe('Hiện tại 4');
    expect(describeChange('0', '4', 'tang')).toBe('Tăng 4 · tốt lên');
    expect(describeChange('4', '4', 'tang')).toBe('Không đổi');
  });

  it('measures the percentage against the size of a negative baseline', () => {
    expect(describeChange('-10', '-5', 'tang')).toBe('Tăng 5 (+50%) · tốt lên');
    expect(describeChange('-10', '-15', 'tang')).toBe('Giảm 5 (−50%) · xấu đi');
  });
});

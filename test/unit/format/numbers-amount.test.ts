import { describe, expect, it } from 'vitest';
import { parseAmountVi } from '../../../src/lib/format/numbers.ts';

const value = (text: string) => {
  const a = parseAmountVi(text);
  return a.kind === 'number' ? a.value : a.kind;
};

describe('amounts of money as typed', () => {
  it('reads digits and the words triệu, tỷ, nghìn', () => {
    expect(value('50.000.000')).toBe(50_000_000);
    expect(value('50 triệu')).toBe(50_000_000);
    expect(value('50 Triệu đồng')).toBe(50_000_000);
    expect(value('1,5 tỷ')).toBe(1_500_000_000);
    expect(value('2 tỉ')).toBe(2_000_000_000);
    expect(value('500 nghìn')).toBe(500_000);
    expect(value('500 ngàn đ')).toBe(500_000);
    expect(value('1 tỷ 200 triệu')).toBe(1_200_000_000);
    expect(value('50tr')).toBe(50_000_000);
  });

  it('tells an empty field from one it cannot read', () => {
    expect(value('  ')).toBe('empty');
    expect(value('không rõ')).toBe('unreadable');
    expect(value('50 triệu abc')).toBe('unreadable');
    expect(value('200 triệu 1 tỷ')).toBe('unreadable');
    expect(value('50 cái')).toBe('unreadable');
  });
});

import { describe, expect, it } from 'vitest';
import {
  compareVietnamese,
  formatDate,
  formatDateLong,
  formatDateTime,
  formatNumber,
  formatVnd,
  sortByVietnamese,
} from '../../../src/lib/format/format.ts';
import { foldVietnamese, slugify } from '../../../src/lib/format/slug.ts';
import { slugText } from '../../../src/schema/common.ts';

describe('vi-VN formatting', () => {
  it('groups thousands with dots and decimals with a comma', () => {
    expect(formatNumber(1689)).toBe('1.689');
    expect(formatNumber(56600)).toBe('56.600');
    expect(formatNumber(1.57)).toBe('1,57');
  });

  it('writes dates day first, and the long administrative form', () => {
    expect(formatDate('2023-07-24')).toBe('24/7/2023');
    expect(formatDateLong('2026-01-05')).toBe('ngày 5 tháng 1 năm 2026');
  });

  it('writes a timestamp in Vietnam time, whatever the device’s time zone', () => {
    expect(formatDateTime('2026-01-05T17:30:00.000Z')).toBe('00:30 6/1/2026');
    expect(formatDateTime('2026-01-05T02:05:00Z')).toBe('09:05 5/1/2026');
    expect(formatDateTime('')).toBe('');
    expect(formatDateTime('không phải ngày')).toBe('');
  });

  it('formats đồng', () => {
    expect(formatVnd(15000000)).toBe('15.000.000 đ');
  });
});

describe('Vietnamese collation', () => {
  it('orders by the Vietnamese alphabet, not by code point', () => {
    const sorted = sortByVietnamese(['Tự quản', 'Đền Trần', 'Camera', 'Dân vận', 'Ăn', 'An', 'Bình'], (s) => s);
    expect(sorted).toEqual(['An', 'Ăn', 'Bình', 'Camera', 'Dân vận', 'Đền Trần', 'Tự quản']);
    // Code-point order would put "Đ" after "T".
    expect(['Tự quản', 'Đền Trần'].sort()).toEqual(['Tự quản', 'Đền Trần']);
  });

  it('compares d before đ', () => {
    expect(compareVietnamese('dân', 'đền')).toBeLessThan(0);
  });
});

describe('slugs and folding', () => {
  it('removes diacritics and maps đ to d', () => {
    expect(slugify('Đền Tiên La')).toBe('den-tien-la');
    expect(slugify('Tự quản về an ninh, trật tự')).toBe('tu-quan-ve-an-ninh-trat-tu');
    expect(slugify('  Camera giám sát — ANTT  ')).toBe('camera-giam-sat-antt');
  });

  it('writes only slugs the schemas accept', () => {
    for (const text of ['Đền Tiên La', '--Xã  Long Hưng--', 'Tổ 1/Khu 2 (mới)', 'ĐẮK LẮK 2025', 'Ồ! Ư? Ơ…'])
      expect(slugText.safeParse(slugify(text)).success, text).toBe(true);
  });

  it('keeps case when folding', () => {
    expect(foldVietnamese('Đền Trần, ĐẮK LẮK')).toBe('Den Tran, DAK LAK');
  });
});

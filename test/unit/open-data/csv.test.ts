import { describe, expect, it } from 'vitest';
import { csvField, csvLines, parseCsv, type CsvValue } from '../../../src/lib/open-data/csv.ts';

const toCsv = <T>(columns: { name: string; value: (row: T) => CsvValue }[], rows: T[], options = {}) =>
  [...csvLines(columns, rows, options)].join('');

describe('csv (RFC 4180)', () => {
  it('leaves plain fields alone and writes nothing for missing values', () => {
    expect(csvField('Đền Trần')).toBe('Đền Trần');
    expect(csvField(109)).toBe('109');
    expect(csvField(false)).toBe('false');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
  });

  it('quotes commas, quotes, line breaks and edge spaces, doubling inner quotes', () => {
    expect(csvField('Xã Long Hưng, Tỉnh Hưng Yên')).toBe('"Xã Long Hưng, Tỉnh Hưng Yên"');
    expect(csvField('mô hình “Camera” "an ninh"')).toBe('"mô hình “Camera” ""an ninh"""');
    expect(csvField('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(' lề')).toBe('" lề"');
  });

  it('writes a header and CRLF-ended rows, with an optional BOM', () => {
    const text = toCsv(
      [
        { name: 'id', value: (r: { id: string; n?: number }) => r.id },
        { name: 'n', value: (r) => r.n },
      ],
      [{ id: 'a', n: 1 }, { id: 'b,c' }],
      { bom: true },
    );
    expect(text).toBe('\uFEFFid,n\r\na,1\r\n"b,c",\r\n');
  });

  it('round-trips tricky values through its parser', () => {
    const rows = [
      ['id', 'text'],
      ['1', 'có dấu phẩy, và "ngoặc"'],
      ['2', 'xuống\r\ndòng'],
      ['3', ''],
    ];
    const text = toCsv(
      [
        { name: 'id', value: (r: string[]) => r[0] },
        { name: 'text', value: (r: string[]) => r[1] },
      ],
      rows.slice(1),
    );
    expect(parseCsv(text)).toEqual(rows);
  });
});

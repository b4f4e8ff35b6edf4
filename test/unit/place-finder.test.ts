/**
 * The place finder over the project's real copy of the administrative units: what officers type
 * (former names from the articles, with or without accents, in any order, or a code) leads to
 * today's commune, and what is ambiguous or unknown is said so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeFinder } from '../../src/lib/geo/place-finder.ts';
import { formerNote } from '../../src/lib/geo/place-text.ts';
import type { AdminCommune, AdminProvince } from '../../src/lib/geo/admin.ts';

const DIR = join(import.meta.dirname, '../../src/data/admin');
const communes = JSON.parse(readFileSync(join(DIR, 'communes.json'), 'utf8')) as AdminCommune[];
const provinces = JSON.parse(readFileSync(join(DIR, 'provinces.json'), 'utf8')) as AdminProvince[];
const finder = placeFinder(communes, provinces);
const first = (q: string) => finder.find(q).matches[0];

describe('place finder', () => {
  it('finds today\'s Xã Long Hưng (Hưng Yên) from the former "Tiến Đức, Hưng Hà", first and alone at the top', () => {
    const r = finder.find('tien duc hung ha');
    expect(r.status).toBe('found');
    expect(r.matches[0]).toMatchObject({ commune: { code: '12613', name: 'Xã Long Hưng' }, province: { name: 'Hưng Yên' }, via: 'former' });
    expect(r.matches[0]!.matchedFormer.map((f) => f.name)).toEqual(['Xã Tiến Đức']);
    expect(formerNote(r.matches[0]!)).toBe('trước 1/7/2025: xã Tiến Đức, huyện Hưng Hà, tỉnh Thái Bình');
  });

  it('finds 13186 from "Xã Bình Định, huyện Kiến Xương"', () => {
    const r = finder.find('Xã Bình Định, huyện Kiến Xương');
    expect(r.status).toBe('found');
    expect(r.matches[0]!.commune.code).toBe('13186');
  });

  it('reads accents, no accents and the full administrative form alike', () => {
    for (const q of ['Xã Tiến Đức, huyện Hưng Hà, tỉnh Thái Bình', 'xa tien duc huyen hung ha tinh thai binh', 'TIẾN ĐỨC HƯNG HÀ'])
      expect(first(q)?.commune.code, q).toBe('12613');
  });

  it('folds "đ" to "d" both ways', () => {
    expect(first('Tiến Đức Hưng Hà')?.commune.code).toBe('12613');
    expect(first('tien đuc hung ha')?.commune.code).toBe('12613');
    expect(first('Xa Binh Dinh huyen Kien Xuong')?.commune.code).toBe('13186');
  });

  it('accepts any word order', () => {
    expect(first('hung ha tien duc')?.commune.code).toBe('12613');
    expect(first('thái bình, hưng hà, tiến đức')?.commune.code).toBe('12613');
    expect(first('hung yen long hung')?.commune.code).toBe('12613');
  });

  it("finds today's name with its province, and a unit by today's or a former 5-digit code", () => {
    expect(first('long hung hung yen')).toMatchObject({ commune: { code: '12613' }, via: 'name' });
    expect(finder.find('12613')).toMatchObject({ status: 'found', matches: [{ commune: { name: 'Xã Long Hưng' }, via: 'code' }] });
    // 12646 was Xã Tiến Đức's code before 1/7/2025.
    expect(finder.find('12646').matches[0]).toMatchObject({ commune: { code: '12613' }, via: 'former-code' });
  });

  it('lists every Tân Hòa with its province and never picks one', () => {
    const r = finder.find('tan hoa', { limit: 100 });
    expect(r.status).toBe('ambiguous');
    const named = communes.filter((c) => /^(Xã|Phường) Tân Hòa$/u.test(c.name)).map((c) => c.code);
    expect(named.length).toBeGreaterThan(3);
    const found = r.matches.map((m) => m.commune.code);
    for (const code of named) expect(found).toContain(code);
    // Former Tân Hòa communes, now inside differently named units, are listed too.
    const formerlyNamed = communes.filter((c) => c.former.some((f) => /^(Xã|Phường|Thị trấn) Tân Hòa$/u.test(f.name))).map((c) => c.code);
    for (const code of formerlyNamed) expect(found).toContain(code);
    for (const m of r.matches) expect(m.province.name).toBeTruthy();
  });

  it('narrows an ambiguous name with the former district', () => {
    const r = finder.find('Tân Hòa, Tân Châu');
    expect(r.status).toBe('found');
    expect(r.matches[0]).toMatchObject({ commune: { name: 'Xã Tân Hòa' }, province: { name: 'Tây Ninh' } });
  });

  it('suggests as you type: the last word may be unfinished', () => {
    const codes = finder.find('tien du').matches.map((m) => m.commune.code);
    expect(codes).toContain('12613');
  });

  it('says when nothing matches, with the closest real spellings', () => {
    const r = finder.find('tien dc');
    expect(r.status).toBe('none');
    if (r.status === 'none') expect(r.suggestions).toContain('Tiến Đức');
    const none = finder.find('xyzq');
    expect(none).toMatchObject({ status: 'none', matches: [] });
    const typo = finder.find('Tiến Đứcc');
    expect(typo.status).toBe('none');
    if (typo.status === 'none') expect(typo.suggestions).toContain('Tiến Đức');
  });
});

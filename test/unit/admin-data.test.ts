/**
 * The committed copy of today's administrative units (src/data/admin, public/ranh-gioi) is whole and
 * consistent: the counts the resolutions give, unique codes, every commune in a known province and
 * inside its own boundary at its label point, and the browser layers within their weight budgets.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { communeLocator } from '../../src/lib/geo/locate.ts';
import type { AdminCommune, AdminProvince } from '../../src/lib/geo/admin.ts';

const ROOT = join(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const provinces = JSON.parse(read('src/data/admin/provinces.json')) as AdminProvince[];
const communes = JSON.parse(read('src/data/admin/communes.json')) as AdminCommune[];
const topology = JSON.parse(read('src/data/admin/communes.topo.json')) as Topology;
const locator = communeLocator(topology);

describe('administrative units copy', () => {
  it('has 34 provinces and 3,321 communes with unique official codes', () => {
    expect(provinces).toHaveLength(34);
    expect(new Set(provinces.map((p) => p.code)).size).toBe(34);
    expect(communes).toHaveLength(3321);
    expect(new Set(communes.map((c) => c.code)).size).toBe(3321);
    for (const c of communes) expect(c.code).toMatch(/^\d{5}$/);
  });

  it("puts every commune in one of the 34 provinces, and the 63 former provinces in today's 34", () => {
    const codes = new Set(provinces.map((p) => p.code));
    expect(communes.filter((c) => !codes.has(c.province))).toEqual([]);
    expect(provinces.flatMap((p) => p.former)).toHaveLength(63);
    expect(
      provinces
        .find((p) => p.name === 'Hưng Yên')!
        .former.map((f) => f.name)
        .sort(),
    ).toEqual(['Tỉnh Hưng Yên', 'Tỉnh Thái Bình']);
  });

  it('keeps all 10,599 rows of the old→new table, whole or part', () => {
    const rows = communes.flatMap((c) => c.former);
    expect(rows).toHaveLength(10599);
    expect(rows.some((r) => r.part)).toBe(true);
    const longHung = communes.find((c) => c.code === '12613')!;
    expect(longHung.name).toBe('Xã Long Hưng');
    expect(longHung.former.map((f) => f.name)).toContain('Xã Tiến Đức');
    expect(longHung.former.find((f) => f.name === 'Xã Tiến Đức')).toMatchObject({ district: 'Huyện Hưng Hà', province: 'Thái Bình' });
  });

  it('writes tone marks as the resolutions do (Hòa, Thụy) without touching Hoàng or Quý', () => {
    const names = communes.map((c) => c.name).join(' ');
    expect(names).not.toMatch(/oà(?!\p{L})|uỵ(?!\p{L})/u);
    expect(names).toMatch(/Hòa\b/u);
    expect(names).toMatch(/Hoàng/u);
    expect(provinces.map((p) => p.name)).toContain('Khánh Hòa');
  });

  it('has one boundary per commune, and each label point lies inside its own commune', () => {
    expect(locator.codes().sort()).toEqual(communes.map((c) => c.code).sort());
    const outside = communes.filter((c) => !locator.inCommune(c.code, c.label[0], c.label[1]));
    expect(outside.map((c) => `${c.code} ${c.name}`)).toEqual([]);
  });

  it('keeps Hoàng Sa and Trường Sa as special zones of Đà Nẵng and Khánh Hòa', () => {
    const byCode = new Map(provinces.map((p) => [p.code, p.name]));
    const hoangSa = communes.find((c) => c.code === '20333')!;
    const truongSa = communes.find((c) => c.code === '22736')!;
    expect([hoangSa.name, byCode.get(hoangSa.province)]).toEqual(['Đặc khu Hoàng Sa', 'Đà Nẵng']);
    expect([truongSa.name, byCode.get(truongSa.province)]).toEqual(['Đặc khu Trường Sa', 'Khánh Hòa']);
  });

  it("keeps the browser layers light: provinces ≤ 150 KB and each province's communes ≤ 60 KB gzipped", () => {
    const gz = (p: string) => gzipSync(readFileSync(join(ROOT, p)), { level: 9 }).length;
    expect(gz('public/ranh-gioi/tinh.json')).toBeLessThanOrEqual(150_000);
    const files = readdirSync(join(ROOT, 'public/ranh-gioi/xa'));
    expect(files.sort()).toEqual(provinces.map((p) => `${p.code}.json`).sort());
    for (const f of files) expect(gz(`public/ranh-gioi/xa/${f}`), f).toBeLessThanOrEqual(60_000);
  });
});

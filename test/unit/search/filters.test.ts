import { describe, expect, it } from 'vitest';
import {
  facetAttributes,
  facetsFromDataset,
  matchesFilters,
  optionCounts,
  readFilters,
  relaxations,
  searchIndexFilters,
  writeFilters,
} from '../../../src/lib/search/filters.ts';
import { filterFields } from '../../../src/lib/catalogue/facets.ts';

describe('filter state in the URL', () => {
  it('round-trips through the query string and ignores unknown keys', () => {
    const state = readFilters('?tinh=ha-noi&linh-vuc=tu-quan&x=1');
    expect(state).toEqual({ tinh: 'ha-noi', 'linh-vuc': 'tu-quan' });
    expect(writeFilters(state)).toBe('?linh-vuc=tu-quan&tinh=ha-noi');
    expect(writeFilters({})).toBe('');
  });
});

describe('matching', () => {
  const facets = { 'linh-vuc': ['tu-quan'], tinh: ['ha-noi', 'hung-yen'], 'tinh-trang': [] };

  it('matches when every chosen value is offered', () => {
    expect(matchesFilters(facets, {})).toBe(true);
    expect(matchesFilters(facets, { tinh: 'hung-yen' })).toBe(true);
    expect(matchesFilters(facets, { tinh: 'hung-yen', 'linh-vuc': 'tu-quan' })).toBe(true);
  });

  it('rejects when any chosen value is missing', () => {
    expect(matchesFilters(facets, { tinh: 'hue' })).toBe(false);
    expect(matchesFilters(facets, { 'tinh-trang': 'dang-hoat-dong' })).toBe(false);
    expect(matchesFilters(facets, { 'bang-chung': 'danh-gia-doc-lap' })).toBe(false);
  });

  it('survives the trip through data attributes', () => {
    const attrs = facetAttributes(facets);
    expect(attrs['data-f-linh-vuc']).toBe('tu-quan');
    const dataset: Record<string, string> = {};
    for (const [name, value] of Object.entries(attrs)) {
      dataset[name.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
    }
    expect(facetsFromDataset(dataset)).toEqual(facets);
  });
});

describe('counts and alternatives', () => {
  const theft = { 'van-de': ['trom-cap-tai-san'], 'loai-dia-ban': ['xa', 'phuong'], tinh: ['ha-noi'] };
  const drugs = { 'van-de': ['ma-tuy'], 'loai-dia-ban': ['xa'], tinh: ['hung-yen'] };
  const both = { 'van-de': ['ma-tuy', 'trom-cap-tai-san'], 'loai-dia-ban': ['phuong'], tinh: ['ha-noi'] };
  const items = [theft, drugs, both];

  it('counts each option with the other filters kept, and ignores the filter being counted', () => {
    const counts = optionCounts(items, { tinh: 'ha-noi', 'van-de': 'ma-tuy' }, 'van-de');
    expect(counts.get('trom-cap-tai-san')).toBe(2);
    expect(counts.get('ma-tuy')).toBe(1);
    expect(optionCounts(items, {}, 'loai-dia-ban').get('xa')).toBe(2);
  });

  it('offers, for an empty result, what each filter left out would give, most first', () => {
    const state = { 'van-de': 'ma-tuy', 'loai-dia-ban': 'xa', tinh: 'ha-noi' } as const;
    expect(items.filter((f) => matchesFilters(f, state))).toEqual([]);
    expect(relaxations(items, state)).toEqual([
      { key: 'van-de', count: 1 },
      { key: 'loai-dia-ban', count: 1 },
      { key: 'tinh', count: 1 },
    ]);
    expect(relaxations(items, { 'van-de': 'mua-ban-nguoi', tinh: 'ha-noi' })).toEqual([{ key: 'van-de', count: 2 }]);
  });
});

describe('filters in the search index', () => {
  const facets = {
    'van-de': ['trom-cap-tai-san', 'ma-tuy'],
    tinh: ['ha-noi'],
    'mo-hinh': ['camera'],
    'do-day-du': ['day-du'],
    'cap-nhat': ['trong-12-thang'],
    'ra-soat': ['can-ra-soat'],
  };

  it('carries exactly the dimensions the search page offers, as key:value pairs', () => {
    const offered = filterFields({ provinces: [] }).map((f) => f.key);
    const pairs = searchIndexFilters(facets);
    expect(pairs).toEqual(expect.arrayContaining(['van-de:trom-cap-tai-san', 'van-de:ma-tuy', 'tinh:ha-noi']));
    for (const pair of pairs) expect(offered).toContain(pair.split(':')[0]);
  });

  it('leaves out the record-quality dimensions, which only the model list offers', () => {
    expect(searchIndexFilters(facets).filter((p) => /^(do-day-du|cap-nhat|ra-soat):/.test(p))).toEqual([]);
  });
});

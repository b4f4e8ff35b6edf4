import { describe, expect, it } from 'vitest';
import { facetAttributes, facetsFromDataset, matchesFilters, readFilters, writeFilters } from '../../../src/lib/search/filters.ts';

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

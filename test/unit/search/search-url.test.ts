import { describe, expect, it } from 'vitest';
import { chosenFacets, readSearchState, writeSearchState } from '../../../src/lib/search/search-url.ts';

describe('search state in the URL', () => {
  it('reads the query and the facets', () => {
    expect(readSearchState('?q=tu+quan&linh-vuc=tu-quan&khac=1')).toEqual({ q: 'tu quan', filters: { 'linh-vuc': 'tu-quan' } });
  });
  it('writes q first and facets in a fixed order, and nothing for the empty state', () => {
    expect(writeSearchState({ q: 'đền trần', filters: { tinh: 'hung-yen', 'linh-vuc': 'di-tich-le-hoi' } })).toBe(
      '?q=%C4%91%E1%BB%81n+tr%E1%BA%A7n&linh-vuc=di-tich-le-hoi&tinh=hung-yen',
    );
    expect(writeSearchState({ q: '  ', filters: {} })).toBe('');
  });
  it('round-trips', () => {
    const state = { q: 'camera giám sát', filters: { 'bang-chung': 'danh-gia-doc-lap' } };
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });
  it('keeps only the chosen facets', () => {
    expect(chosenFacets({ 'linh-vuc': 'tu-quan', tinh: '' })).toEqual({ 'linh-vuc': 'tu-quan' });
  });
});

/**
 * Facets applied and counted in the browser (src/lib/search/facet-counts.ts), from the map written at
 * index time: the counts a reader sees beside each option, and which results a chosen facet keeps.
 */
import { describe, expect, it } from 'vitest';
import { narrowAndCount, readFacetFile, writeFacetFile, type PageFacets } from '../../../src/lib/search/facet-counts.ts';

const PAGES: PageFacets = {
  a: { 'linh-vuc': ['camera'], tinh: ['ha-noi', 'hue'] },
  b: { 'linh-vuc': ['camera'], tinh: ['hue'] },
  c: { 'linh-vuc': ['hoa-giai'], tinh: ['ha-noi'] },
  d: { tinh: ['can-tho'] },
};
// Through the file format, as the browser reads it.
const index = readFacetFile(JSON.parse(JSON.stringify(writeFacetFile(PAGES, ['pagefind/1']))));

describe('facet counts', () => {
  it('count every value among the results, nothing chosen', () => {
    const { kept, counts } = narrowAndCount(index, ['a', 'b', 'c'], {});
    expect(kept).toEqual([true, true, true]);
    expect(counts).toEqual({ 'linh-vuc': { camera: 2, 'hoa-giai': 1 }, tinh: { 'ha-noi': 2, hue: 2, 'can-tho': 0 } });
  });

  it('keep only results holding the chosen value, in their order', () => {
    expect(narrowAndCount(index, ['c', 'b', 'a'], { tinh: 'hue' }).kept).toEqual([false, true, true]);
    expect(narrowAndCount(index, ['a', 'b', 'c'], { tinh: 'hue', 'linh-vuc': 'hoa-giai' }).kept).toEqual([false, false, false]);
  });

  it('count a chosen facet’s other values as if it were not chosen, and the other facets within the choice', () => {
    const { counts } = narrowAndCount(index, ['a', 'b', 'c', 'd'], { 'linh-vuc': 'camera' });
    expect(counts['linh-vuc']).toEqual({ camera: 2, 'hoa-giai': 1 });
    expect(counts.tinh).toEqual({ 'ha-noi': 1, hue: 2, 'can-tho': 0 });
  });

  it('with two facets chosen, count each within the other', () => {
    const { counts } = narrowAndCount(index, ['a', 'b', 'c', 'd'], { 'linh-vuc': 'camera', tinh: 'ha-noi' });
    expect(counts['linh-vuc']).toEqual({ camera: 1, 'hoa-giai': 1 });
    expect(counts.tinh).toEqual({ 'ha-noi': 1, hue: 2, 'can-tho': 0 });
  });

  it('keep nothing for an unknown value or a page missing from the map', () => {
    expect(narrowAndCount(index, ['a'], { tinh: 'atlantis' }).kept).toEqual([false]);
    const { kept, counts } = narrowAndCount(index, ['zz'], {});
    expect(kept).toEqual([true]);
    expect(counts.tinh.hue).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { SEARCH_BUNDLES, bundleOfPage, mergeByScore } from '../../../src/lib/search/search-bundles.ts';

describe('the bundles of the search index', () => {
  it('share the pages out evenly, each page to one bundle', () => {
    const counts = SEARCH_BUNDLES.map(() => 0);
    for (let n = 0; n < 101; n += 1) counts[bundleOfPage(n)] += 1;
    expect(counts.reduce((a, b) => a + b)).toBe(101);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('are folders of their own under /pagefind/, beside the facet map', () => {
    expect(new Set(SEARCH_BUNDLES).size).toBe(SEARCH_BUNDLES.length);
    for (const dir of SEARCH_BUNDLES) expect(dir).toMatch(/^pagefind\/[^/]+$/);
  });
});

describe('mergeByScore', () => {
  it('gives the results of all bundles as one list, best score first', () => {
    const a = [
      { id: 'a1', score: 9 },
      { id: 'a2', score: 2 },
    ];
    const b = [
      { id: 'b1', score: 5 },
      { id: 'b2', score: 4 },
      { id: 'b3', score: 1 },
    ];
    expect(mergeByScore([a, b]).map((r) => r.id)).toEqual(['a1', 'b1', 'b2', 'a2', 'b3']);
  });

  it('takes turns between the bundles on equal scores, which gives back path order for a browse by facets', () => {
    const paths = ['/a/', '/b/', '/c/', '/d/', '/e/'];
    const bundles = SEARCH_BUNDLES.map((_, b) => paths.filter((_, n) => bundleOfPage(n) === b).map((id) => ({ id, score: 1 })));
    expect(mergeByScore(bundles).map((r) => r.id)).toEqual(paths);
  });

  it('copes with empty bundles', () => {
    expect(mergeByScore([[], [{ id: 'b', score: 3 }]]).map((r) => r.id)).toEqual(['b']);
    expect(mergeByScore([[], []])).toEqual([]);
  });
});

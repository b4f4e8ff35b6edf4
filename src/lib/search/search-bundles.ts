/**
 * The search index is written as SEARCH_BUNDLES.length Pagefind bundles, each holding every other
 * searched page, and the search page queries them side by side.
 *
 * Why: Pagefind scores every page holding a query word, and Vietnamese syllables ("an", "ninh") are on
 * every page. At 2,500 models "camera an ninh" scores 162,000 word matches: about 200 ms in Pagefind's
 * worker, which one index cannot spread over more cores. A bundle's pagefind.js is a module of its own,
 * and Pagefind starts one worker per module, so each half is scored in its own worker at the same time.
 * Results are merged by Pagefind's score, as its own mergeIndex does.
 */

/** The bundles' folders in the built site, each with its own pagefind.js. Two: one per core of a modest phone. */
export const SEARCH_BUNDLES = ['pagefind/1', 'pagefind/2'] as const;

/** The bundle that indexes the n-th searched page (pages in path order): alternate, so both get as much text. */
export const bundleOfPage = (n: number): number => n % SEARCH_BUNDLES.length;

/**
 * The results of every bundle as one list, best Pagefind score first. Equal scores take turns between
 * the bundles, each in its own order: a browse by facets alone (no words, every score equal) then lists
 * pages in path order again, as one index would, since bundleOfPage dealt them out in turn.
 */
export function mergeByScore<T extends { score: number }>(lists: readonly (readonly T[])[]): T[] {
  return lists
    .flatMap((list, bundle) => list.map((result, rank) => ({ result, rank, bundle })))
    .sort((a, b) => b.result.score - a.result.score || a.rank - b.rank || a.bundle - b.bundle)
    .map((x) => x.result);
}

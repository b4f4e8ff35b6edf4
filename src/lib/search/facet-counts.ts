/**
 * Facets in the browser: narrowing Pagefind's results by the chosen facets and counting every facet
 * value among them, from a map of each indexed page's facet values written at index time (FACETS_FILE).
 *
 * Pagefind can do both, but its counts cost a linear scan of the results for every page of every facet
 * value on each search (pagefind_core_search get_filters: `intersection.contains`). At 2,500 models,
 * where a model names about 25 provinces and "an ninh" is on every page, that was as long as the search
 * itself (about 200 ms of 400), and a chosen facet cost one more full search for its own counts. Here
 * one pass over the results does it, and Pagefind never loads its facet index.
 */

/** The facet map, beside Pagefind's own files. */
export const FACETS_FILE = 'pagefind/facets.json';

/** The facet map as written: at 2,534 pages (national scale) 75 KB, 37 KB gzipped, loaded beside Pagefind. */
export interface FacetFile {
  /** The bundles of the index that hold pages (search-bundles.ts): Pagefind cannot open one without. */
  bundles: string[];
  /** Pagefind's id of every indexed page (its fragment hash); a page's number is its place here. */
  pages: string[];
  /** facet key → value → the pages holding it, as a bit set over page numbers, base64. */
  facets: Record<string, Record<string, string>>;
}

/** Facet key → value → number of results. */
export type FacetCounts = Record<string, Record<string, number>>;

/** Pagefind's page id → that page's facet values ({ tinh: ["ha-noi", "hue"], … }). */
export type PageFacets = Record<string, Record<string, string[]>>;

export function writeFacetFile(pages: PageFacets, bundles: readonly string[]): FacetFile {
  const ids = Object.keys(pages).sort();
  const bits: Record<string, Record<string, Uint8Array>> = {};
  ids.forEach((id, n) => {
    for (const [key, values] of Object.entries(pages[id])) {
      for (const value of values) {
        const set = ((bits[key] ??= {})[value] ??= new Uint8Array(Math.ceil(ids.length / 8)));
        set[n >> 3] |= 1 << (n & 7);
      }
    }
  });
  const facets = Object.fromEntries(
    Object.entries(bits).map(([key, values]) => [key, Object.fromEntries(Object.entries(values).map(([v, set]) => [v, toBase64(set)]))]),
  );
  return { bundles: [...bundles], pages: ids, facets };
}

export interface FacetIndex {
  pageNumber: Map<string, number>;
  values: { key: string; value: string; set: Uint8Array }[];
}

export function readFacetFile(file: FacetFile): FacetIndex {
  return {
    pageNumber: new Map(file.pages.map((id, n) => [id, n])),
    values: Object.entries(file.facets).flatMap(([key, values]) =>
      Object.entries(values).map(([value, set]) => ({ key, value, set: fromBase64(set) })),
    ),
  };
}

const has = (set: Uint8Array, n: number) => n >= 0 && ((set[n >> 3] ?? 0) >> (n & 7)) & 1;

export interface Narrowed {
  /** Whether each result (in the order given) holds every chosen facet value. */
  kept: boolean[];
  /**
   * Per facet value, the results it would leave: among the results kept by every chosen facet but
   * its own key's (so the other options of a chosen facet still read how many they would show).
   */
  counts: FacetCounts;
}

/** Narrows results (Pagefind page ids) by the chosen facets (key → value) and counts every facet value. */
export function narrowAndCount(index: FacetIndex, ids: readonly string[], chosen: Record<string, string>): Narrowed {
  const chosenSets = Object.entries(chosen).map(([key, value]) => ({
    key,
    set: index.values.find((v) => v.key === key && v.value === value)?.set,
  }));
  const numbers = ids.map((id) => index.pageNumber.get(id) ?? -1);
  // For each result: how many chosen facets it misses, and which one when it misses only one.
  const missed = numbers.map((n) => {
    let count = 0;
    let key = '';
    for (const c of chosenSets) {
      if (!c.set || !has(c.set, n)) {
        count += 1;
        key = c.key;
      }
    }
    return { count, key };
  });
  const counts: FacetCounts = {};
  for (const { key, value, set } of index.values) {
    let n = 0;
    numbers.forEach((page, i) => {
      const m = missed[i];
      if ((m.count === 0 || (m.count === 1 && m.key === key)) && has(set, page)) n += 1;
    });
    (counts[key] ??= {})[value] = n;
  }
  return { kept: missed.map((m) => m.count === 0), counts };
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

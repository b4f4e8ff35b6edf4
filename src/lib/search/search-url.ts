/**
 * The state of the search page in its URL: "?q=tu+quan&linh-vuc=tu-quan". Facets use the same keys
 * and values as the list filters (src/lib/search/filters.ts), so a facet link and a list link agree.
 */
import { readFilters, writeFilters, type FilterState } from './filters.ts';
import { normalizeQuery } from './search-fold.ts';

export interface SearchState {
  q: string;
  filters: FilterState;
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return { q: normalizeQuery(params.get('q') ?? ''), filters: readFilters(params) };
}

/** "?q=…&facet=…", q first, facets in their fixed order; "" for the empty state. */
export function writeSearchState(state: SearchState): string {
  const q = normalizeQuery(state.q);
  const facets = writeFilters(state.filters).slice(1);
  const parts = [q && `q=${encodeURIComponent(q).replace(/%20/g, '+')}`, facets].filter(Boolean);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** The facets that are set (key → value), as src/lib/search/facet-counts.ts narrows and counts by them. */
export function chosenFacets(filters: FilterState): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
}

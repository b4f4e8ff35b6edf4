/**
 * The filters shared by the model list and the map: which dimensions exist, how they live in the
 * URL, and whether an item matches. Pure, so pages, islands and tests use the same rules.
 */

export const FILTER_KEYS = ['van-de', 'linh-vuc', 'loai-dia-ban', 'dac-diem', 'tinh', 'bang-chung', 'tinh-trang', 'mo-hinh'] as const;
/**
 * Record quality (how complete, how recently updated, whether deployments need a review): the same
 * mechanism, offered on the model list only (the map's compact rows do not carry them).
 */
export const QUALITY_FILTER_KEYS = ['do-day-du', 'cap-nhat', 'ra-soat'] as const;
const ALL_FILTER_KEYS = [...FILTER_KEYS, ...QUALITY_FILTER_KEYS] as const;
export type FilterKey = (typeof ALL_FILTER_KEYS)[number];
export type FilterState = Partial<Record<FilterKey, string>>;

/** What an item offers for each dimension (a model deployed in several provinces has several). */
export type Facets = Partial<Record<FilterKey, readonly string[]>>;

/** The fields of a model that its own facets come from (a Model has them; so does a map file's model row). */
export interface ModelKind {
  field: string;
  unitTypes: readonly string[];
  settingTraits: readonly string[];
  problems: readonly string[];
  evidence: { effect: { prevention: string; detection: string } };
}

/**
 * What a model's own record offers to the filters: the one definition of these keys, used by the
 * lists (facets.ts) and by the map's compact rows (map-data.ts), which must not pull in the schemas.
 */
export function modelKindFacets(slug: string, m: ModelKind): Facets {
  return {
    'mo-hinh': [slug],
    'linh-vuc': [m.field],
    'loai-dia-ban': m.unitTypes,
    'dac-diem': m.settingTraits,
    'van-de': m.problems,
    // What is known of the effect on either outcome: "has before/after figures" finds both kinds.
    'bang-chung': [...new Set([m.evidence.effect.prevention, m.evidence.effect.detection])],
  };
}

/**
 * The facets as Pagefind filter pairs ("tinh:ha-noi"), for a page of the search index. Only the
 * dimensions the search page offers: not the model itself (a map filter), nor the record-quality ones
 * (the model list's); each dimension in the index is one more file every search downloads first.
 */
export function searchIndexFilters(facets: Facets): string[] {
  return FILTER_KEYS.filter((key) => key !== 'mo-hinh').flatMap((key) => (facets[key] ?? []).map((value) => `${key}:${value}`));
}

export function readFilters(search: string | URLSearchParams): FilterState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state: FilterState = {};
  for (const key of ALL_FILTER_KEYS) {
    const value = params.get(key);
    if (value) state[key] = value;
  }
  return state;
}

/** The query string for a filter state ("" when nothing is filtered), keys in a stable order. */
export function writeFilters(state: FilterState): string {
  const params = new URLSearchParams();
  for (const key of ALL_FILTER_KEYS) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** An item matches when, for every filtered dimension, it offers the chosen value. */
export function matchesFilters(facets: Facets, state: FilterState): boolean {
  return ALL_FILTER_KEYS.every((key) => {
    const wanted = state[key];
    return !wanted || (facets[key] ?? []).includes(wanted);
  });
}

/** Facets as data attributes on an element ("data-f-tinh"), space-separated values. */
export function facetAttributes(facets: Facets): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const key of ALL_FILTER_KEYS) {
    const values = facets[key];
    if (values) attrs[`data-f-${key}`] = values.join(' ');
  }
  return attrs;
}

export function facetsFromDataset(dataset: DOMStringMap): Facets {
  const facets: Facets = {};
  for (const key of ALL_FILTER_KEYS) {
    const raw = dataset[`f${key.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}`];
    if (raw !== undefined) facets[key] = raw.split(' ').filter(Boolean);
  }
  return facets;
}

/** How many items each value of `key` would leave, with the other filters of `state` kept. */
export function optionCounts(items: readonly Facets[], state: FilterState, key: FilterKey): Map<string, number> {
  const rest: FilterState = { ...state, [key]: undefined };
  const counts = new Map<string, number>();
  for (const facets of items) {
    if (!matchesFilters(facets, rest)) continue;
    for (const value of new Set(facets[key] ?? [])) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/**
 * When a choice of filters leaves nothing: for each filter in use, how many items remain without
 * it, the nearest alternatives first (only those that leave something).
 */
export function relaxations(items: readonly Facets[], state: FilterState): { key: FilterKey; count: number }[] {
  return ALL_FILTER_KEYS.filter((key) => state[key])
    .map((key) => ({ key, count: items.filter((f) => matchesFilters(f, { ...state, [key]: undefined })).length }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count);
}

/**
 * The search page in the browser: loads Pagefind (only here), searches as the user types, narrows by
 * facets, keeps ?q= and the facets in the URL, and renders results as text nodes (nothing the user
 * types or the index holds is parsed as HTML).
 */
import type { FilterKey, FilterState } from '../lib/search/filters.ts';
import { formatNumber } from '../lib/format/format.ts';
import {
  FACETS_FILE,
  narrowAndCount,
  readFacetFile,
  type FacetCounts,
  type FacetFile,
  type FacetIndex,
} from '../lib/search/facet-counts.ts';
import { SEARCH_RANKING, highlightExcerpt, normalizeQuery } from '../lib/search/search-fold.ts';
import { RERANK_DEPTH, rerank } from '../lib/search/search-rank.ts';
import { SEARCH_BUNDLES, mergeByScore } from '../lib/search/search-bundles.ts';
import { chosenFacets, readSearchState, writeSearchState, type SearchState } from '../lib/search/search-url.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; score: number; data(): Promise<PagefindResultData> }[];
}
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  /** Never given filters: facets are applied and counted here (src/lib/search/facet-counts.ts). */
  search(q: string | null): Promise<PagefindSearch>;
}

const PAGE_SIZE = 10;
/** The `kind` a province page gives itself in the index (src/pages/dia-phuong/[province].astro). */
const PROVINCE_KIND = 'Địa phương';

/** Pagefind, one instance per bundle of the index that holds pages (search-bundles.ts), each with its own worker. */
async function loadPagefind(): Promise<{ bundles: Pagefind[]; facets: FacetIndex }> {
  // Every bundle's script starts loading beside the facet map, which says which bundles to open.
  // Computed at run time: a literal import('/pagefind/…') is resolved (and broken) by Vite.
  const scripts = SEARCH_BUNDLES.map((dir) => import(/* @vite-ignore */ new URL(`/${dir}/pagefind.js`, location.href).href));
  const file = await fetch(new URL(`/${FACETS_FILE}`, location.href)).then((r) => {
    if (!r.ok) throw new Error(`${FACETS_FILE}: HTTP ${r.status}`);
    return r.json() as Promise<FacetFile>;
  });
  const opened = scripts.filter((_, i) => file.bundles.includes(SEARCH_BUNDLES[i]));
  const bundles = await Promise.all(
    opened.map(async (script) => {
      const pagefind = (await script) as Pagefind;
      await pagefind.options({ ranking: SEARCH_RANKING, excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    }),
  );
  return { bundles, facets: readFacetFile(file) };
}

/** One search over every bundle at once, results merged best first. */
async function searchAll(bundles: Pagefind[], query: string | null): Promise<PagefindSearch['results']> {
  const found = await Promise.all(bundles.map((b) => b.search(query)));
  return mergeByScore(found.map((f) => f.results));
}

export function attachSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const facetBox = root.querySelector<HTMLDetailsElement>('[data-search-facets]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]')!;
  const selects = [...facetBox.querySelectorAll<HTMLSelectElement>('select')];
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const noJs = root.querySelector<HTMLElement>('[data-search-nojs]');

  let bundles: Pagefind[] | undefined;
  let facets: FacetIndex | undefined;
  let run = 0;
  // Results still to show: loaded data (the re-ranked head) or Pagefind results not loaded yet.
  let pending: (PagefindResultData | PagefindSearch['results'][number])[] = [];
  let query = '';

  const state = (): SearchState => {
    const filters: FilterState = {};
    for (const s of selects) if (s.value) filters[s.name as FilterKey] = s.value;
    return { q: input.value, filters };
  };

  const restore = () => {
    const initial = readSearchState(location.search);
    input.value = initial.q;
    for (const s of selects) {
      const wanted = initial.filters[s.name as FilterKey];
      s.value = wanted && [...s.options].some((o) => o.value === wanted) ? wanted : '';
    }
  };

  const showCounts = (counts: FacetCounts | undefined) => {
    for (const s of selects) {
      const byValue = counts?.[s.name] ?? {};
      for (const o of s.options) {
        if (!o.value) continue;
        o.dataset.label ??= o.textContent ?? '';
        const n = byValue[o.value] ?? 0;
        o.textContent = counts ? `${o.dataset.label} (${formatNumber(n)})` : o.dataset.label;
        // Keep the chosen option selectable even when it has no result, so it can be seen and undone.
        o.disabled = Boolean(counts) && n === 0 && o.value !== s.value;
      }
    }
  };

  const renderResult = (d: PagefindResultData): HTMLLIElement => {
    const li = document.createElement('li');
    li.className = 'search-result';
    const h = document.createElement('h2');
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta.title ?? d.url;
    h.append(a);
    const kind = document.createElement('p');
    kind.className = 'search-result__kind';
    kind.textContent = d.meta.kind ?? '';
    const text = document.createElement('p');
    text.className = 'search-result__excerpt';
    // A province page's excerpt would be cells of its table of deployments: its summary reads better.
    const ownExcerpt = query && d.meta.kind !== PROVINCE_KIND;
    const segments = ownExcerpt ? highlightExcerpt(d.excerpt, query) : [{ text: d.meta.summary ?? '', mark: false }];
    for (const seg of segments) {
      if (seg.mark) {
        const m = document.createElement('mark');
        m.textContent = seg.text;
        text.append(m);
      } else text.append(seg.text);
    }
    li.append(h, kind, text);
    return li;
  };

  const showMore = async () => {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const mine = run;
    const data = await Promise.all(batch.map((r) => ('data' in r ? r.data() : r)));
    if (mine !== run) return;
    list.append(...data.map(renderResult));
    more.hidden = pending.length === 0;
  };

  const search = async () => {
    const s = state();
    history.replaceState(null, '', `${location.pathname}${writeSearchState(s)}`);
    query = normalizeQuery(s.q);
    const filters = chosenFacets(s.filters);
    const mine = ++run;
    if (!bundles || !facets) return;
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      showCounts(undefined);
      status.textContent = 'Gõ từ khóa hoặc chọn một bộ lọc để bắt đầu.';
      return;
    }
    const everything = await searchAll(bundles, query || null);
    if (mine !== run) return; // a newer search has started
    const { kept, counts } = narrowAndCount(
      facets,
      everything.map((r) => r.id),
      filters,
    );
    const found = everything.filter((_, i) => kept[i]);
    const head = await Promise.all(found.slice(0, RERANK_DEPTH).map((r) => r.data()));
    if (mine !== run) return;
    const ranked = query
      ? rerank(
          head.map((d) => ({ d, title: d.meta.title ?? '', summary: d.meta.summary, problems: d.meta.problems, content: d.content })),
          query,
        ).map((x) => x.d)
      : head;
    pending = [...ranked, ...found.slice(RERANK_DEPTH)];
    list.replaceChildren();
    const what = query ? `cho “${query}”` : 'theo bộ lọc đã chọn';
    status.textContent =
      found.length === 0
        ? `Không tìm thấy kết quả nào ${what}. Thử bớt từ, bỏ bớt bộ lọc, hoặc gõ không dấu.`
        : `${formatNumber(found.length)} kết quả ${what}.`;
    showCounts(counts);
    await showMore();
  };

  // No typing pause: a search starts as soon as the box changes, unless one is still running; then only
  // the newest text is searched when it ends (the running one is dropped at its next step).
  let searching = false;
  let again = false;
  const searchNewest = async () => {
    if (searching) {
      again = true;
      run += 1;
      return;
    }
    searching = true;
    try {
      await search();
    } finally {
      searching = false;
    }
    if (again) {
      again = false;
      void searchNewest();
    }
  };

  input.addEventListener('input', () => void searchNewest());
  facetBox.addEventListener('change', () => void searchNewest());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void searchNewest();
  });
  clear.addEventListener('click', () => {
    for (const s of selects) s.value = '';
    void searchNewest();
  });
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    restore();
    void searchNewest();
  });

  restore();
  status.textContent = 'Đang tải chỉ mục tìm kiếm…';
  loadPagefind()
    .then((loaded) => {
      ({ bundles, facets } = loaded);
      noJs?.remove();
      facetBox.hidden = false;
      // Open beside the results on wide screens, or when the URL already narrows the search.
      facetBox.open = matchMedia('(min-width: 60rem)').matches || selects.some((s) => s.value);
      return searchNewest();
    })
    .catch((err: unknown) => {
      console.error(err);
      status.textContent = 'Không tải được chỉ mục tìm kiếm. Hãy tải lại trang, hoặc duyệt danh sách mô hình.';
    });
}

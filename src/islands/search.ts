/**
 * The search page in the browser: loads Pagefind (only here), searches as the user types, narrows by
 * facets, keeps ?q= and the facets in the URL, and renders results as text nodes (nothing the user
 * types or the index holds is parsed as HTML).
 */
import type { FilterKey, FilterState } from '../lib/search/filters.ts';
import { formatNumber } from '../lib/format/format.ts';
import { SEARCH_RANKING, highlightExcerpt, normalizeQuery } from '../lib/search/search-fold.ts';
import { RERANK_DEPTH, rerank } from '../lib/search/search-rank.ts';
import { pagefindFilters, readSearchState, writeSearchState, type SearchState } from '../lib/search/search-url.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
}

const PAGE_SIZE = 10;
/** The `kind` a province page gives itself in the index (src/pages/dia-phuong/[province].astro). */
const PROVINCE_KIND = 'Địa phương';

/**
 * The Pagefind copy that finds results. It never loads the facet index, because Pagefind counts every
 * facet value of every loaded facet against every result on each search (a linear scan per page: at
 * 2,500 models, where "an ninh" is on every page, about as long as the search itself).
 */
const RESULTS_MODULE = '/pagefind/pagefind.js';
/**
 * The copy that counts facets, with the facet index loaded. A second URL makes a second module, and
 * Pagefind runs each module's searches in its own worker: counting never delays the next keystroke's
 * results, and they draw first.
 */
const COUNTS_MODULE = '/pagefind/pagefind.js?facet-counts';

async function loadPagefind(path: string): Promise<Pagefind> {
  // Computed at run time: a literal import('/pagefind/pagefind.js') is resolved (and broken) by Vite.
  const url = new URL(path, location.href).href;
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options({ ranking: SEARCH_RANKING, excerptLength: 24 });
  await pagefind.init();
  return pagefind;
}

async function loadCounter(): Promise<Pagefind> {
  const pagefind = await loadPagefind(COUNTS_MODULE);
  // Loads the facet index (small): without it, searches report no facet counts.
  await pagefind.filters();
  return pagefind;
}

/** Runs the newest job given, after the one running ends; jobs given meanwhile and overtaken are dropped. */
function latestOnly(): (job: () => Promise<void>) => void {
  let next: (() => Promise<void>) | undefined;
  let running = false;
  return (job) => {
    next = job;
    if (running) return;
    running = true;
    void (async () => {
      while (next) {
        const current = next;
        next = undefined;
        await current().catch((err: unknown) => console.error(err));
      }
      running = false;
    })();
  };
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

  let pagefind: Pagefind | undefined;
  let counter: Promise<Pagefind> | undefined;
  const countNewest = latestOnly();
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

  const showCounts = (counts: PagefindSearch['filters'] | undefined) => {
    facetBox.removeAttribute('aria-busy');
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
    const filters = pagefindFilters(s.filters);
    const mine = ++run;
    if (!pagefind) return;
    if (!query && Object.keys(filters).length === 0) {
      countNewest(async () => {}); // a count still to come would be for an older search
      list.replaceChildren();
      more.hidden = true;
      showCounts(undefined);
      status.textContent = 'Gõ từ khóa hoặc chọn một bộ lọc để bắt đầu.';
      return;
    }
    const found = await pagefind.search(query || null, { filters });
    if (mine !== run) return; // a newer search has started
    const head = await Promise.all(found.results.slice(0, RERANK_DEPTH).map((r) => r.data()));
    if (mine !== run) return;
    const ranked = query
      ? rerank(
          head.map((d) => ({ d, title: d.meta.title ?? '', summary: d.meta.summary, problems: d.meta.problems, content: d.content })),
          query,
        ).map((x) => x.d)
      : head;
    pending = [...ranked, ...found.results.slice(RERANK_DEPTH)];
    list.replaceChildren();
    const what = query ? `cho “${query}”` : 'theo bộ lọc đã chọn';
    status.textContent =
      found.results.length === 0
        ? `Không tìm thấy kết quả nào ${what}. Thử bớt từ, bỏ bớt bộ lọc, hoặc gõ không dấu.`
        : `${formatNumber(found.results.length)} kết quả ${what}.`;
    // The counts shown now are for the previous search until the new ones come.
    facetBox.setAttribute('aria-busy', 'true');
    countNewest(() => countFacets(mine, query, filters));
    await showMore();
  };

  /** The facet counts for a search, from the counting copy, in its own worker, after the results. */
  const countFacets = async (mine: number, q: string, filters: Record<string, string>) => {
    if (mine !== run || !counter) return;
    const pf = await counter;
    const counts = { ...(await pf.search(q || null, { filters })).filters };
    // A facet's own counts must ignore its own choice (otherwise every other option would read 0).
    for (const key of Object.keys(filters)) {
      if (mine !== run) return;
      const { [key]: _own, ...others } = filters;
      counts[key] = (await pf.search(q || null, { filters: others })).filters[key] ?? {};
    }
    if (mine === run) showCounts(counts);
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
  loadPagefind(RESULTS_MODULE)
    .then((pf) => {
      pagefind = pf;
      // Loaded beside the first search; a failure leaves the results working, without counts.
      counter = loadCounter();
      counter.catch((err: unknown) => {
        console.error(err);
        facetBox.removeAttribute('aria-busy');
      });
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

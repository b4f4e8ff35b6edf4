/**
 * The model list in the browser, a page of cards at a time. The page carries its own page of cards; the
 * whole list (cards and facets, src/lib/content/model-list.ts) is fetched once, when first needed, and
 * each card the page did not carry is a copy of the page's card template, filled in (so it looks the
 * same as the cards built with the page).
 */
import { MODEL_LIST_PAGE_SIZE, type ModelCardText, type ModelListData } from '../../lib/content/model-list.ts';
import { matchesFilters, type Facets, type FilterState } from '../../lib/search/filters.ts';
import { formatNumber } from '../../lib/format/format.ts';
import { fetchJson } from '../load.ts';

export interface PagedList {
  loaded(): boolean;
  /** Fetches the whole list once; resolves to every item's facets, in the list's order. */
  load(): Promise<readonly Facets[]>;
  /** Shows the first page of what matches (the page's own cards when nothing is filtered); how many match. */
  show(state: FilterState): number;
}

function cardElement(template: HTMLTemplateElement, card: ModelCardText): HTMLElement {
  const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  const part = (name: string) => item.querySelector<HTMLElement>(`[data-card-${name}]`)!;
  part('field').textContent = card.field;
  part('summary').textContent = card.summary;
  part('problems').textContent = card.problems;
  const title = part('title') as HTMLAnchorElement;
  title.textContent = card.title;
  title.href = card.href;
  if (card.spread) part('spread').textContent = card.spread;
  else part('spread').remove();
  if (!card.lapsed) part('lapsed').remove();
  return item;
}

export function attachPagedList(root: HTMLElement, noun: string): PagedList {
  const box = root.closest<HTMLElement>('[data-model-list]') ?? root.parentElement!;
  const template = box.querySelector<HTMLTemplateElement>('template[data-card-template]')!;
  const more = box.querySelector<HTMLButtonElement>('[data-list-more]');
  const shownLine = box.querySelector<HTMLElement>('[data-list-shown]');
  const pager = box.querySelector<HTMLElement>('[data-list-pager]');
  const pageStart = Number(root.dataset.offset ?? 0);
  const pageCards = root.children.length;

  let items: ModelListData['items'] | null = null;
  let loading: Promise<readonly Facets[]> | undefined;
  /** Positions in `items` of what the filter keeps, in order; what shows is `matching[start … start + count]`. */
  let matching: number[] = [];
  let start = pageStart;
  let count = pageCards;
  let filtered = false;

  const load = () =>
    (loading ??= fetchJson<ModelListData>(root.dataset.listSrc!).then(
      (data) => {
        items = data.items;
        matching = items.map((_, i) => i);
        return items.map((i) => i.facets);
      },
      (error: unknown) => {
        loading = undefined; // let the next attempt try again
        throw error;
      },
    ));

  const cards = (from: number, to: number) => matching.slice(from, to).map((i) => cardElement(template, items![i]!.card));

  const describe = () => {
    const total = items ? matching.length : Number(root.dataset.total);
    const left = total - start - count;
    if (more) {
      more.hidden = left <= 0;
      more.textContent = `Xem thêm ${formatNumber(Math.min(MODEL_LIST_PAGE_SIZE, Math.max(left, 0)))} ${noun}`;
    }
    if (shownLine)
      shownLine.textContent =
        count > 0 ? `Đang xem ${formatNumber(start + 1)}–${formatNumber(start + count)} trong ${formatNumber(total)} ${noun}.` : '';
    // The static pages list the unfiltered catalogue: offered while the page shows just its own cards.
    if (pager) pager.hidden = filtered || start !== pageStart || count !== pageCards;
  };

  let busy = false;
  more?.addEventListener('click', async () => {
    if (busy) return;
    busy = true;
    try {
      await load();
    } catch (error) {
      if (shownLine) shownLine.textContent = `Không tải được thêm ${noun}; các trang bên dưới vẫn xem được.`;
      console.error(error);
      return;
    } finally {
      busy = false;
    }
    const added = cards(start + count, start + count + MODEL_LIST_PAGE_SIZE);
    root.append(...added);
    count += added.length;
    describe();
    // Keyboard and screen-reader users continue at the first card added.
    added[0]?.querySelector('a')?.focus();
  });

  return {
    loaded: () => items !== null,
    load,
    show(state) {
      if (!items) throw new Error('the list is not loaded');
      filtered = Object.values(state).some(Boolean);
      matching = items.flatMap((item, i) => (matchesFilters(item.facets, state) ? [i] : []));
      start = filtered ? 0 : pageStart;
      const first = cards(start, start + MODEL_LIST_PAGE_SIZE);
      count = first.length;
      root.replaceChildren(...first);
      describe();
      return matching.length;
    },
  };
}

/**
 * The model list at any scale: a card's text, built once per build and rendered twice — by the page
 * (one page of cards as static HTML) and by the list island (any page of any filtered view, from the
 * list's data file, loaded on demand). Pure; the island uses the types and the page arithmetic.
 */
import type { Model } from '../../schema/model.ts';
import { FIELDS, PROBLEMS } from '../../schema/vocab.ts';
import { formatNumber } from '../format/format.ts';
import { modelPath } from '../site/addresses.ts';
import type { Facets } from '../search/filters.ts';

/** Cards per page: a static list page carries this many, and "Xem thêm" adds this many. */
export const MODEL_LIST_PAGE_SIZE = 24;

/** What a model card shows, as display text. */
export interface ModelCardText {
  href: string;
  /** the field's label, e.g. "Phòng ngừa tội phạm" */
  field: string;
  title: string;
  summary: string;
  /** the problems it answers, " · " between them */
  problems: string;
  /** "12 bản ghi điểm triển khai tại 3 tỉnh, thành", when it has deployment records */
  spread?: string;
  lapsed: boolean;
}

/** One model of the list's data file: its card and what it offers to each filter. */
export interface ModelListItem {
  card: ModelCardText;
  facets: Facets;
}

/** The list's data file: every model, in the list's order (Vietnamese alphabetical). */
export interface ModelListData {
  items: ModelListItem[];
}

export function modelCardText(slug: string, m: Model, records = 0, provinces = 0): ModelCardText {
  return {
    href: modelPath(slug),
    field: FIELDS.label(m.field),
    title: m.shortTitle ?? m.title,
    summary: m.summary,
    problems: m.problems.map(PROBLEMS.label).join(' · '),
    spread:
      records > 0
        ? `${formatNumber(records)} bản ghi điểm triển khai${provinces > 0 ? ` tại ${formatNumber(provinces)} tỉnh, thành` : ''}`
        : undefined,
    lapsed: Boolean(m.lapsed),
  };
}

/** An option of a filter with the number of items it leads to: "Đô thị (12)". */
export function countedLabel(label: string, count: number): string {
  return `${label} (${formatNumber(count)})`;
}

/** How many static pages a list of `total` items has (at least one, also when it is empty). */
export function pageCount(total: number, size = MODEL_LIST_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * The page numbers a pager links to: the first, the last, and the two either side of the current one;
 * `null` where numbers are left out ("…"). Every page stays reachable through "Trang sau".
 */
export function pagerNumbers(current: number, pages: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - current) <= 2) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}

/**
 * One row of a deployment list, built once from the compact map file and rendered twice: by the page
 * (the first rows, as static HTML) and by the list island (any page of rows, loaded on demand). Pure.
 */
import { SCOPES, STATUSES } from '../../schema/vocab.ts';
import { formatDate, formatPartialDate } from '../format/format.ts';
import { reviewIsDue } from './reviews.ts';
import { mapPoint, type MapData } from '../geo/map-data.ts';
import { sourceByline } from '../format/source-line.ts';

/** Rows a page renders as static HTML before offering the whole list: pages stay bounded at any scale. */
export const LIST_PREVIEW_ROWS = 20;
/** Rows per page of the list island. */
export const LIST_PAGE_ROWS = 50;

export interface DeploymentRow {
  place: string;
  /** today's commune and province */
  current: string;
  formerNames?: string;
  model: { slug: string; name: string };
  scope: string;
  units: string;
  status: string;
  started?: string;
  review: string;
  needsReview: boolean;
  source: { title: string; url?: string; byline: string };
}

export function deploymentRow(data: MapData, i: number, today: string): DeploymentRow {
  const p = mapPoint(data, i);
  return {
    place: p.place,
    current: p.current,
    formerNames: p.formerNames,
    model: { slug: p.modelSlug, name: p.modelName },
    scope: SCOPES.label(p.scope),
    units: p.units,
    status: p.status ? STATUSES.label(p.status) : 'Tình trạng: nguồn chưa nêu',
    started: p.started ? `Bắt đầu: ${formatPartialDate(p.started)}` : undefined,
    review: p.reviewed ? `Rà soát ${formatDate(p.reviewed)}` : 'Chưa có lần rà soát',
    needsReview: reviewIsDue(p.reviewed, today),
    source: { title: p.source.title, url: p.source.url, byline: sourceByline(p.source) },
  };
}

/** Page `page` (1-based) of `rows`, and how many pages there are. */
export function pageOf<T>(rows: readonly T[], page: number, size = LIST_PAGE_ROWS): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  return { items: rows.slice((current - 1) * size, current * size), page: current, pages };
}

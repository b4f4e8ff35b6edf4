/**
 * How fresh a record is. A deployment needs a review when its latest review (lastReviewed, or the
 * latest sơ kết / tổng kết) is missing or older than 12 months; "today" is injectable for tests.
 * A static site decides this when it is built, so the pages say the date they were checked on.
 */
import type { Deployment } from '../../schema/deployment.ts';
import { todayInVietnam } from '../../schema/common.ts';

export const REVIEW_MAX_MONTHS = 12;

/** The same calendar day `months` months earlier, clamped to the month's end: 2025-03-31 − 1 → 2025-02-28. */
export function monthsBefore(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** The latest of lastReviewed and the review dates, or undefined when it was never reviewed. */
export function latestReview(d: Pick<Deployment, 'lastReviewed' | 'reviews'>): string | undefined {
  const dates = [d.lastReviewed, ...d.reviews.map((r) => r.date)].filter((x): x is string => Boolean(x));
  return dates.length > 0 ? dates.sort().at(-1) : undefined;
}

export function needsReview(d: Pick<Deployment, 'lastReviewed' | 'reviews'>, today: string = todayInVietnam()): boolean {
  const latest = latestReview(d);
  return latest === undefined || latest < monthsBefore(today, REVIEW_MAX_MONTHS);
}

/** Was the date within the last 12 months of `today`? */
export function isRecent(isoDate: string, today: string = todayInVietnam()): boolean {
  return isoDate >= monthsBefore(today, REVIEW_MAX_MONTHS);
}

/** Filter values for how recently a model was updated, with their labels. */
export const UPDATE_FRESHNESS = {
  'trong-12-thang': 'Cập nhật trong 12 tháng qua',
  'hon-12-thang': 'Cập nhật đã hơn 12 tháng',
} as const;
export type UpdateFreshness = keyof typeof UPDATE_FRESHNESS;

export function updateFreshness(updated: string, today: string = todayInVietnam()): UpdateFreshness {
  return isRecent(updated, today) ? 'trong-12-thang' : 'hon-12-thang';
}

/** Filter values for the review state of a model's deployments. */
export const REVIEW_STATES = {
  'can-ra-soat': 'Có điểm triển khai cần rà soát',
  'da-ra-soat': 'Mọi điểm đã rà soát trong 12 tháng',
} as const;
export type ReviewState = keyof typeof REVIEW_STATES;

/** undefined when the model has no deployment (nothing to review). */
export function reviewState(deployments: readonly Pick<Deployment, 'lastReviewed' | 'reviews'>[], today: string = todayInVietnam()): ReviewState | undefined {
  if (deployments.length === 0) return undefined;
  return deployments.some((d) => needsReview(d, today)) ? 'can-ra-soat' : 'da-ra-soat';
}

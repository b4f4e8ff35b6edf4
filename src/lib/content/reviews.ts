/**
 * When a deployment was last reviewed and whether a review is due: a record needs one when its latest
 * review (lastReviewed, or the latest sơ kết / tổng kết) is missing or older than 12 months. No clock
 * here: whoever asks passes "today", so the build and the browser each use their own.
 */
import type { Deployment } from '../../schema/deployment.ts';

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

/** Is a review due, given the latest review date (undefined: never reviewed)? */
export function reviewIsDue(latest: string | undefined, today: string): boolean {
  return latest === undefined || latest < monthsBefore(today, REVIEW_MAX_MONTHS);
}

/**
 * When a deployment was last reviewed and whether a review is due: a record needs one when its latest
 * review (lastReviewed, or the latest sơ kết / tổng kết) is missing or older than 12 months. No clock
 * here: whoever asks passes "today", so the build and the browser each use their own.
 */
import type { Deployment } from '../../schema/deployment.ts';
import { addMonths } from '../format/dates.ts';

export const REVIEW_MAX_MONTHS = 12;

/** The latest of lastReviewed and the review dates, or undefined when it was never reviewed. */
export function latestReview(d: Pick<Deployment, 'lastReviewed' | 'reviews'>): string | undefined {
  const dates = [d.lastReviewed, ...d.reviews.map((r) => r.date)].filter((x): x is string => Boolean(x));
  return dates.length > 0 ? dates.sort().at(-1) : undefined;
}

/** Is a review due, given the latest review date (undefined: never reviewed)? */
export function reviewIsDue(latest: string | undefined, today: string): boolean {
  return latest === undefined || latest < addMonths(today, -REVIEW_MAX_MONTHS);
}

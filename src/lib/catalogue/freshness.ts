/**
 * How fresh a record is. A deployment needs a review when its latest review (lastReviewed, or the
 * latest sơ kết / tổng kết) is missing or older than 12 months; "today" is injectable for tests.
 * A static site decides this when it is built, so the pages say the date they were checked on.
 */
import type { Deployment } from '../../schema/deployment.ts';
import { todayInVietnam } from '../../schema/common.ts';
import { latestReview, reviewIsDue } from '../content/reviews.ts';

// The review rules live with the deployment facts (browser-safe); here they get the build's "today".
export { REVIEW_MAX_MONTHS, latestReview, monthsBefore } from '../content/reviews.ts';

export function needsReview(d: Pick<Deployment, 'lastReviewed' | 'reviews'>, today: string = todayInVietnam()): boolean {
  return reviewIsDue(latestReview(d), today);
}

/** Was the date within the last 12 months of `today`? */
export function isRecent(isoDate: string, today: string = todayInVietnam()): boolean {
  return !reviewIsDue(isoDate, today);
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

/**
 * How fresh a record is. A deployment needs a review when its latest review (lastReviewed, or the
 * latest sơ kết / tổng kết) is missing or older than 12 months; "today" is injectable for tests.
 * A static site decides this when it is built, so the pages say the date they were checked on.
 */
import type { Deployment } from '../../schema/deployment.ts';
import { todayInVietnam } from '../format/dates.ts';
import type { ReviewState, UpdateFreshness } from '../../schema/vocab.ts';
import { latestReview, reviewIsDue } from '../content/reviews.ts';

// The review rules live with the deployment facts (browser-safe); here they get the build's "today".
export { REVIEW_MAX_MONTHS, latestReview } from '../content/reviews.ts';

export function needsReview(d: Pick<Deployment, 'lastReviewed' | 'reviews'>, today: string = todayInVietnam()): boolean {
  return reviewIsDue(latestReview(d), today);
}

/** Was the date within the last 12 months of `today`? */
export function isRecent(isoDate: string, today: string = todayInVietnam()): boolean {
  return !reviewIsDue(isoDate, today);
}

/** The update filter's value (labels: UPDATE_FRESHNESS in vocab.ts). */
export function updateFreshness(updated: string, today: string = todayInVietnam()): UpdateFreshness {
  return isRecent(updated, today) ? 'trong-12-thang' : 'hon-12-thang';
}

/** The review filter's value (labels: REVIEW_STATES in vocab.ts); undefined when the model has no deployment (nothing to review). */
export function reviewState(
  deployments: readonly Pick<Deployment, 'lastReviewed' | 'reviews'>[],
  today: string = todayInVietnam(),
): ReviewState | undefined {
  if (deployments.length === 0) return undefined;
  return deployments.some((d) => needsReview(d, today)) ? 'can-ra-soat' : 'da-ra-soat';
}

import { describe, expect, it } from 'vitest';
import { isRecent, latestReview, needsReview, reviewState, updateFreshness } from '../../../src/lib/catalogue/freshness.ts';

const review = (date: string) => ({ type: 'so-ket' as const, date, indicators: [], decision: 'tiep-tuc' as const });

describe('freshness', () => {
  it('takes the latest of lastReviewed and the review dates', () => {
    expect(latestReview({ reviews: [] })).toBeUndefined();
    expect(latestReview({ lastReviewed: '2024-01-01', reviews: [review('2025-06-30'), review('2023-01-01')] })).toBe('2025-06-30');
    expect(latestReview({ lastReviewed: '2025-07-01', reviews: [review('2025-06-30')] })).toBe('2025-07-01');
  });

  it('flags a deployment never reviewed, or last reviewed more than 12 months ago', () => {
    const today = '2026-05-15';
    expect(needsReview({ reviews: [] }, today)).toBe(true);
    expect(needsReview({ lastReviewed: '2025-05-14', reviews: [] }, today)).toBe(true);
    expect(needsReview({ lastReviewed: '2025-05-15', reviews: [] }, today)).toBe(false);
    expect(needsReview({ reviews: [review('2026-01-01')] }, today)).toBe(false);
  });

  it('sums up a model: any deployment needing review flags it; none means nothing to say', () => {
    const today = '2026-05-15';
    expect(reviewState([], today)).toBeUndefined();
    expect(reviewState([{ lastReviewed: '2026-01-01', reviews: [] }], today)).toBe('da-ra-soat');
    expect(reviewState([{ lastReviewed: '2026-01-01', reviews: [] }, { reviews: [] }], today)).toBe('can-ra-soat');
  });

  it('tells recent updates from old ones', () => {
    expect(isRecent('2025-06-01', '2026-05-15')).toBe(true);
    expect(updateFreshness('2025-05-01', '2026-05-15')).toBe('hon-12-thang');
    expect(updateFreshness('2026-05-01', '2026-05-15')).toBe('trong-12-thang');
  });
});

import { describe, expect, it } from 'vitest';
import { ratingSpread } from './rating-spread.js';
import type { ReviewerRating } from './reviewer-ratings.js';

const rating = (
  reviewerId: string,
  percent: number,
  range: string,
  rangeIndex: number,
): ReviewerRating => ({
  reviewerId,
  reviewId: `review-${reviewerId}`,
  reviewStatus: 'submitted',
  percent,
  range,
  rangeIndex,
});

describe('ratingSpread', () => {
  it('is the range of ranges and of percents', () => {
    expect(
      ratingSpread([
        rating('a', 45, '30-45', 2),
        rating('b', 20, '10-25', 1),
        rating('c', 55, '50-65', 3),
      ]),
    ).toEqual({
      lowestRange: '10-25',
      highestRange: '50-65',
      rangesApart: 2,
      minPercent: 20,
      maxPercent: 55,
      percentSpread: 35,
    });
  });

  it('is zero for one rating and undefined for none', () => {
    expect(ratingSpread([rating('a', 40, '30-45', 2)])).toMatchObject({
      rangesApart: 0,
      percentSpread: 0,
      lowestRange: '30-45',
      highestRange: '30-45',
    });
    expect(ratingSpread([])).toBeUndefined();
  });
});

import type { RangeId } from '@community-excellence/schemas/data';
import type { ReviewerRating } from './reviewer-ratings.js';

/** How far apart the reviewers' ratings of one item are: the range of their ranges and of their percents. */
export interface RatingSpread {
  /** The lowest range any reviewer chose. */
  readonly lowestRange: RangeId;
  /** The highest range any reviewer chose. */
  readonly highestRange: RangeId;
  /** Highest range index minus lowest range index: 0 = all in one range, 1 = adjacent ranges. */
  readonly rangesApart: number;
  readonly minPercent: number;
  readonly maxPercent: number;
  /** `maxPercent - minPercent`. */
  readonly percentSpread: number;
}

/**
 * The spread of a non-empty list of ratings, or `undefined` for an empty list.
 *
 * Never throws: anything but a list of ratings gives `undefined`.
 *
 * @example
 * ```ts
 * ratingSpread([
 *   { reviewerId: 'a', reviewId: 'ra', reviewStatus: 'submitted', percent: 20, range: '10-25', rangeIndex: 1 },
 *   { reviewerId: 'b', reviewId: 'rb', reviewStatus: 'submitted', percent: 55, range: '50-65', rangeIndex: 3 },
 * ]);
 * // { lowestRange: '10-25', highestRange: '50-65', rangesApart: 2, minPercent: 20, maxPercent: 55, percentSpread: 35 }
 * ```
 */
export function ratingSpread(ratings: readonly ReviewerRating[]): RatingSpread | undefined {
  try {
    return ratingSpreadUnchecked(ratings);
  } catch {
    return undefined;
  }
}

function ratingSpreadUnchecked(ratings: readonly ReviewerRating[]): RatingSpread | undefined {
  const first = ratings[0];
  if (first === undefined) return undefined;
  let low = first;
  let high = first;
  let minPercent = first.percent;
  let maxPercent = first.percent;
  for (const rating of ratings) {
    if (rating.rangeIndex < low.rangeIndex) low = rating;
    if (rating.rangeIndex > high.rangeIndex) high = rating;
    if (rating.percent < minPercent) minPercent = rating.percent;
    if (rating.percent > maxPercent) maxPercent = rating.percent;
  }
  return {
    lowestRange: low.range,
    highestRange: high.range,
    rangesApart: high.rangeIndex - low.rangeIndex,
    minPercent,
    maxPercent,
    percentSpread: maxPercent - minPercent,
  };
}

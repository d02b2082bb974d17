import type { Assessment, FrameworkItem, RangeId } from '@community-excellence/schemas/data';
import type { CheckedAssessment } from '@community-excellence/schemas/data';

/** One reviewer's usable rating of one item, taken from their independent review. */
export interface ReviewerRating {
  readonly reviewerId: string;
  readonly reviewId: string;
  readonly reviewStatus: 'draft' | 'submitted';
  /** The reviewer's percent (a multiple of the step). */
  readonly percent: number;
  /** The guidelines range that contains the percent. */
  readonly range: RangeId;
  /** Position of `range` in the guidelines' ranges (0 = lowest). */
  readonly rangeIndex: number;
}

/** A panel reviewer without a usable rating for an item, and why. */
export interface MissingRating {
  readonly reviewerId: string;
  /**
   * Why the reviewer has no usable rating: no review at all, the review does not list the item,
   * the evaluation has no percent, or its percent is unusable (off the step grid, outside every
   * range, or outside the range the reviewer chose). Missing ratings are listed, never imputed.
   */
  readonly reason: 'no-review' | 'not-evaluated' | 'no-score' | 'invalid-score';
}

/** Why a panel reviewer has no usable rating for an item (see {@link MissingRating.reason}). */
export type MissingRatingReason = MissingRating['reason'];

/** What the reviewers said about one item (internal). */
export interface ItemRatings {
  readonly item: FrameworkItem;
  readonly ratings: ReviewerRating[];
  readonly missing: MissingRating[];
  readonly notApplicable: string[];
}

/** The ratings of an assessment, item by item (internal). */
export interface CollectedRatings {
  readonly scopeLabel: string;
  /** Reviewer ids expected to rate, in order: every non-observer reviewer, then any other author of a review. */
  readonly panel: readonly string[];
  readonly items: readonly ItemRatings[];
}

type Cell =
  | { readonly kind: 'rating'; readonly rating: ReviewerRating }
  | { readonly kind: 'missing'; readonly reason: MissingRatingReason }
  | { readonly kind: 'not-applicable' };

/**
 * Collects every panel reviewer's rating of every scored item in scope from the verdicts of the
 * one assessment check: a `rating` verdict is a rating, `no-score` and `invalid-score` are missing
 * ratings with that reason, `not-applicable` lists the reviewer as such; entries the check found
 * unknown, out of scope, duplicated or on the Profile are not ratings. Only a reviewer's first
 * review counts (a second one is a `duplicate_id` error of the check). Decides nothing itself.
 *
 * @example
 * ```ts
 * const { checked } = scoreAssessment(assessment, coeBaldrigeDerivedPoints);
 * if (checked !== null) collectRatings(checked).items.map((entry) => entry.ratings.length);
 * ```
 */
export function collectRatings(checked: CheckedAssessment): CollectedRatings {
  const { assessment, scope, verdicts } = checked;
  const panel: string[] = [];
  const seenReviewer = new Set<string>();
  for (const reviewer of assessment.reviewers) {
    if (reviewer.role === 'observer' || seenReviewer.has(reviewer.id)) continue;
    seenReviewer.add(reviewer.id);
    panel.push(reviewer.id);
  }
  for (const review of assessment.reviews) {
    if (seenReviewer.has(review.reviewerId)) continue;
    seenReviewer.add(review.reviewerId);
    panel.push(review.reviewerId);
  }
  // reviewer -> item -> cell
  const cells = new Map<string, Map<string, Cell>>();
  for (let r = 0; r < assessment.reviews.length; r += 1) {
    const review = assessment.reviews[r] as Assessment['reviews'][number];
    if (cells.has(review.reviewerId)) continue;
    const mine = new Map<string, Cell>();
    cells.set(review.reviewerId, mine);
    const judged = verdicts.reviews[r] ?? [];
    for (const verdict of judged) {
      if (verdict.kind === 'rating')
        mine.set(verdict.item, {
          kind: 'rating',
          rating: {
            reviewerId: review.reviewerId,
            reviewId: review.id,
            reviewStatus: review.status,
            percent: verdict.percent,
            range: verdict.range,
            rangeIndex: verdict.rangeIndex,
          },
        });
      else if (verdict.kind === 'not-applicable')
        mine.set(verdict.item, { kind: 'not-applicable' });
      else if (verdict.kind === 'no-score' || verdict.kind === 'invalid-score')
        mine.set(verdict.item, { kind: 'missing', reason: verdict.kind });
    }
  }

  const items: ItemRatings[] = scope.items.map((entry) => ({
    item: entry.item,
    ratings: [],
    missing: [],
    notApplicable: [],
  }));
  for (const reviewerId of panel) {
    const mine = cells.get(reviewerId);
    for (const entry of items) {
      const cell = mine?.get(entry.item.code);
      if (cell === undefined)
        entry.missing.push({
          reviewerId,
          reason: mine === undefined ? 'no-review' : 'not-evaluated',
        });
      else if (cell.kind === 'rating') entry.ratings.push(cell.rating);
      else if (cell.kind === 'missing') entry.missing.push({ reviewerId, reason: cell.reason });
      else entry.notApplicable.push(reviewerId);
    }
  }
  return { scopeLabel: scope.label, panel, items };
}

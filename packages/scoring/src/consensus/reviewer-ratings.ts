import {
  createIssue,
  findItem,
  rangeForPercent,
  type Assessment,
  type Framework,
  type FrameworkItem,
  type Issue,
  type RangeId,
  type ScoringGuidelines,
} from '@community-excellence/schemas/data';
import { assessmentItems } from './assessment-items.js';

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

/**
 * Why a panel reviewer has no usable rating for an item: no review at all, the review does not
 * list the item, the evaluation has no percent, or its percent is unusable (off the step grid,
 * outside every range, or outside the range the reviewer chose). Missing ratings are listed,
 * never imputed.
 */
export type MissingRatingReason = 'no-review' | 'not-evaluated' | 'no-score' | 'invalid-score';

/** A panel reviewer without a usable rating for an item, and why. */
export interface MissingRating {
  readonly reviewerId: string;
  readonly reason: MissingRatingReason;
}

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

type Cell = { readonly kind: 'rating'; readonly rating: ReviewerRating } | { readonly kind: 'missing'; readonly reason: MissingRatingReason } | { readonly kind: 'not-applicable' };

/**
 * Collects every panel reviewer's rating of every scored item in scope. Anything left out is
 * reported as a warning (`unknown_item`, `item_out_of_scope`, `duplicate_id`, `missing_score`,
 * `not_multiple_of`, `percent_outside_range`, `incomplete_review`) or info (`empty_assessment`);
 * nothing is guessed and nothing throws for documents of the assessment type.
 *
 * @example
 * ```ts
 * const issues: Issue[] = [];
 * const collected = collectRatings(assessment, baldrige20232024, baldrigeScoringGuidelines, issues);
 * ```
 */
export function collectRatings(assessment: Assessment, framework: Framework, guidelines: ScoringGuidelines, out: Issue[]): CollectedRatings {
  if (assessment.framework.id !== framework.id) {
    out.push(createIssue({ code: 'framework_mismatch', severity: 'warning', path: ['framework', 'id'], expected: framework.id, found: assessment.framework.id }));
  }
  const scope = assessmentItems(assessment, framework, out);
  const inScope = new Set(scope.items.map((i) => i.code));
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
  const step = guidelines.step > 0 ? guidelines.step : 1;
  const rangeIndex = new Map(guidelines.ranges.map((range, index) => [range.id, index] as const));
  // reviewer -> item -> cell
  const cells = new Map<string, Map<string, Cell>>();
  const firstReview = new Map<string, number>();

  assessment.reviews.forEach((review, r) => {
    const earlier = firstReview.get(review.reviewerId);
    if (earlier !== undefined) {
      out.push(
        createIssue({
          code: 'duplicate_id',
          severity: 'warning',
          path: ['reviews', r, 'reviewerId'],
          id: review.reviewerId,
          firstPath: ['reviews', earlier, 'reviewerId'],
          message: `Reviewer ${review.reviewerId} has a second review (${review.id}); only the first is compared.`,
        }),
      );
      return;
    }
    firstReview.set(review.reviewerId, r);
    const mine = new Map<string, Cell>();
    cells.set(review.reviewerId, mine);
    const firstItem = new Map<string, number>();
    review.items.forEach((evaluation, k) => {
      const path = ['reviews', r, 'items', k] as const;
      const code = evaluation.item;
      if (findItem(framework, code) === undefined) {
        out.push(createIssue({ code: 'unknown_item', severity: 'warning', path: [...path, 'item'], item: code, framework: framework.id }));
        return;
      }
      if (!inScope.has(code)) {
        out.push(createIssue({ code: 'item_out_of_scope', severity: 'warning', path: [...path, 'item'], item: code, scope: scope.label }));
        return;
      }
      const before = firstItem.get(code);
      if (before !== undefined) {
        out.push(createIssue({ code: 'duplicate_id', severity: 'warning', path: [...path, 'item'], id: code, firstPath: ['reviews', r, 'items', before, 'item'] }));
        return;
      }
      firstItem.set(code, k);
      if (evaluation.notApplicable === true) {
        mine.set(code, { kind: 'not-applicable' });
        return;
      }
      const percent = evaluation.percent;
      if (percent === undefined) {
        out.push(createIssue({ code: 'missing_score', severity: 'warning', path, item: code }));
        mine.set(code, { kind: 'missing', reason: 'no-score' });
        return;
      }
      if (!Number.isFinite(percent) || percent % step !== 0) {
        out.push(
          createIssue({
            code: 'not_multiple_of',
            severity: 'warning',
            path: [...path, 'percent'],
            divisor: step,
            message: `Percent ${percent} of item ${code} by ${review.reviewerId} is not a multiple of ${step}; it is left out of the comparison.`,
          }),
        );
        mine.set(code, { kind: 'missing', reason: 'invalid-score' });
        return;
      }
      const range = rangeForPercent(guidelines, percent);
      if (range === undefined || (evaluation.range !== undefined && evaluation.range !== range.id)) {
        out.push(
          createIssue({
            code: 'percent_outside_range',
            severity: 'warning',
            path: [...path, 'percent'],
            percent,
            range: evaluation.range ?? 'any range',
            message: `Percent ${percent} of item ${code} by ${review.reviewerId} lies outside ${evaluation.range === undefined ? 'every range of the guidelines' : `the chosen range ${evaluation.range}`}; it is left out of the comparison.`,
          }),
        );
        mine.set(code, { kind: 'missing', reason: 'invalid-score' });
        return;
      }
      mine.set(code, {
        kind: 'rating',
        rating: { reviewerId: review.reviewerId, reviewId: review.id, reviewStatus: review.status, percent, range: range.id, rangeIndex: rangeIndex.get(range.id) ?? 0 },
      });
    });
  });

  const items: ItemRatings[] = scope.items.map((item) => ({ item, ratings: [], missing: [], notApplicable: [] }));
  for (const reviewerId of panel) {
    const mine = cells.get(reviewerId);
    const unrated: string[] = [];
    for (const entry of items) {
      const cell = mine?.get(entry.item.code);
      if (cell === undefined) {
        entry.missing.push({ reviewerId, reason: mine === undefined ? 'no-review' : 'not-evaluated' });
        unrated.push(entry.item.code);
      } else if (cell.kind === 'rating') entry.ratings.push(cell.rating);
      else if (cell.kind === 'missing') entry.missing.push({ reviewerId, reason: cell.reason });
      else entry.notApplicable.push(reviewerId);
    }
    if (unrated.length > 0) {
      const r = firstReview.get(reviewerId);
      out.push(
        createIssue({
          code: 'incomplete_review',
          severity: 'warning',
          path: r === undefined ? ['reviewers', assessment.reviewers.findIndex((x) => x.id === reviewerId)] : ['reviews', r, 'items'],
          reviewer: reviewerId,
          missing: unrated,
          ...(mine === undefined ? { message: `Reviewer ${reviewerId} has no review yet; ${unrated.length} item(s) in scope are unrated.` } : {}),
        }),
      );
    }
  }
  if (assessment.reviews.length === 0 && (assessment.consensus?.items.length ?? 0) === 0) {
    out.push(createIssue({ code: 'empty_assessment', severity: 'info', path: [], assessment: assessment.id }));
  }
  return { scopeLabel: scope.label, panel, items };
}

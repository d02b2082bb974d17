import {
  createIssue,
  listScoredItems,
  type Assessment,
  type Framework,
  type FrameworkItem,
  type Issue,
  type PathSegment,
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

// Frameworks and guidelines are treated as immutable data: their lookups are computed once.
const scoredCodes = new WeakMap<Framework, ReadonlySet<string>>();
const codesOf = (framework: Framework): ReadonlySet<string> => {
  let codes = scoredCodes.get(framework);
  if (codes === undefined) {
    codes = new Set(listScoredItems(framework).map((item) => item.code));
    scoredCodes.set(framework, codes);
  }
  return codes;
};

type GridRange = { readonly id: RangeId; readonly index: number };
const grids = new WeakMap<ScoringGuidelines, ReadonlyMap<number, GridRange>>();
/** percent -> the first range containing it and its index, for every percent on the step grid. */
const gridOf = (guidelines: ScoringGuidelines, step: number): ReadonlyMap<number, GridRange> => {
  let grid = grids.get(guidelines);
  if (grid === undefined) {
    const map = new Map<number, GridRange>();
    guidelines.ranges.forEach((range, index) => {
      for (let p = Math.ceil(range.min / step) * step; p <= range.max; p += step)
        if (!map.has(p)) map.set(p, { id: range.id, index });
    });
    grid = map;
    grids.set(guidelines, grid);
  }
  return grid;
};

type Cell =
  | { readonly kind: 'rating'; readonly rating: ReviewerRating }
  | { readonly kind: 'missing'; readonly reason: MissingRatingReason }
  | { readonly kind: 'not-applicable' };

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
export function collectRatings(
  assessment: Assessment,
  framework: Framework,
  guidelines: ScoringGuidelines,
  out: Issue[],
): CollectedRatings {
  if (assessment.framework.id !== framework.id) {
    out.push(
      createIssue({
        code: 'framework_mismatch',
        severity: 'warning',
        path: ['framework', 'id'],
        expected: framework.id,
        found: assessment.framework.id,
      }),
    );
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
  const known = codesOf(framework);
  const rangeAt = gridOf(guidelines, step);
  // reviewer -> item -> cell
  const cells = new Map<string, Map<string, Cell>>();
  const firstReview = new Map<string, number>();

  for (let r = 0; r < assessment.reviews.length; r += 1) {
    const review = assessment.reviews[r] as Assessment['reviews'][number];
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
      continue;
    }
    firstReview.set(review.reviewerId, r);
    const mine = new Map<string, Cell>();
    cells.set(review.reviewerId, mine);
    const firstItem = new Map<string, number>();
    for (let k = 0; k < review.items.length; k += 1) {
      const evaluation = review.items[k] as Assessment['reviews'][number]['items'][number];
      const code = evaluation.item;
      const path = (): PathSegment[] => ['reviews', r, 'items', k];
      if (!known.has(code)) {
        out.push(
          createIssue({
            code: 'unknown_item',
            severity: 'warning',
            path: [...path(), 'item'],
            item: code,
            framework: framework.id,
          }),
        );
        continue;
      }
      if (!inScope.has(code)) {
        out.push(
          createIssue({
            code: 'item_out_of_scope',
            severity: 'warning',
            path: [...path(), 'item'],
            item: code,
            scope: scope.label,
          }),
        );
        continue;
      }
      const before = firstItem.get(code);
      if (before !== undefined) {
        out.push(
          createIssue({
            code: 'duplicate_id',
            severity: 'warning',
            path: [...path(), 'item'],
            id: code,
            firstPath: ['reviews', r, 'items', before, 'item'],
          }),
        );
        continue;
      }
      firstItem.set(code, k);
      if (evaluation.notApplicable === true) {
        mine.set(code, { kind: 'not-applicable' });
        continue;
      }
      const percent = evaluation.percent;
      if (percent === undefined) {
        out.push(
          createIssue({ code: 'missing_score', severity: 'warning', path: path(), item: code }),
        );
        mine.set(code, { kind: 'missing', reason: 'no-score' });
        continue;
      }
      if (!Number.isFinite(percent) || percent % step !== 0) {
        out.push(
          createIssue({
            code: 'not_multiple_of',
            severity: 'warning',
            path: [...path(), 'percent'],
            divisor: step,
            message: `Percent ${percent} of item ${code} by ${review.reviewerId} is not a multiple of ${step}; it is left out of the comparison.`,
          }),
        );
        mine.set(code, { kind: 'missing', reason: 'invalid-score' });
        continue;
      }
      const range = rangeAt.get(percent);
      if (
        range === undefined ||
        (evaluation.range !== undefined && evaluation.range !== range.id)
      ) {
        out.push(
          createIssue({
            code: 'percent_outside_range',
            severity: 'warning',
            path: [...path(), 'percent'],
            percent,
            range: evaluation.range ?? 'any range',
            message: `Percent ${percent} of item ${code} by ${review.reviewerId} lies outside ${evaluation.range === undefined ? 'every range of the guidelines' : `the chosen range ${evaluation.range}`}; it is left out of the comparison.`,
          }),
        );
        mine.set(code, { kind: 'missing', reason: 'invalid-score' });
        continue;
      }
      mine.set(code, {
        kind: 'rating',
        rating: {
          reviewerId: review.reviewerId,
          reviewId: review.id,
          reviewStatus: review.status,
          percent,
          range: range.id,
          rangeIndex: range.index,
        },
      });
    }
  }

  const items: ItemRatings[] = scope.items.map((item) => ({
    item,
    ratings: [],
    missing: [],
    notApplicable: [],
  }));
  for (const reviewerId of panel) {
    const mine = cells.get(reviewerId);
    const unrated: string[] = [];
    for (const entry of items) {
      const cell = mine?.get(entry.item.code);
      if (cell === undefined) {
        entry.missing.push({
          reviewerId,
          reason: mine === undefined ? 'no-review' : 'not-evaluated',
        });
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
          path:
            r === undefined
              ? ['reviewers', assessment.reviewers.findIndex((x) => x.id === reviewerId)]
              : ['reviews', r, 'items'],
          reviewer: reviewerId,
          missing: unrated,
          ...(mine === undefined
            ? {
                message: `Reviewer ${reviewerId} has no review yet; ${unrated.length} item(s) in scope are unrated.`,
              }
            : {}),
        }),
      );
    }
  }
  if (assessment.reviews.length === 0 && (assessment.consensus?.items.length ?? 0) === 0) {
    out.push(
      createIssue({
        code: 'empty_assessment',
        severity: 'info',
        path: [],
        assessment: assessment.id,
      }),
    );
  }
  return { scopeLabel: scope.label, panel, items };
}

import type { Assessment, Framework, Issue } from '@community-excellence/schemas';
import {
  reviewAgreement,
  scoreAssessment,
  summarizeReviews,
  type ReviewAgreement,
  type ReviewSummary,
  type ScoreOptions,
  type Scorecard,
} from '@community-excellence/scoring';

type ScopeOption = NonNullable<ScoreOptions['scope']>;

/**
 * What the independent reviews of an assessment say before (or beside) the consensus: the
 * library's review summary (spread, flags, proposals) and the reviewers' agreement
 * (Krippendorff's alpha, ordinal, on percents).
 */
export interface ReviewFindings {
  readonly summary: ReviewSummary;
  readonly agreement: ReviewAgreement;
}

/**
 * The result of {@link scoreWithReviews}: the library's `ScoreResult` with the review findings
 * beside the scorecard (`null` when they were not asked for, see {@link ScoreWithReviewsOptions}).
 */
export type ScoredAssessment =
  | {
      readonly ok: true;
      readonly scorecard: Scorecard;
      readonly reviews: ReviewFindings | null;
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Options of {@link scoreWithReviews}. */
export interface ScoreWithReviewsOptions {
  /**
   * The scope to score (and to summarize the reviews in, through the checked assessment);
   * default the assessment's own scope.
   */
  readonly scope?: ScopeOption;
  /**
   * When to summarize the independent reviews: `when-several` (default) only when the assessment
   * has two or more reviews (a single review has nothing to reconcile), `always`, or `never`.
   */
  readonly reviews?: 'when-several' | 'always' | 'never';
}

/**
 * Scores an assessment (the consensus when it has one) and, when several reviewers rated it,
 * summarizes their independent reviews and measures their agreement: the one place the CLI's
 * `score` command, the demo and the report build a scorecard. The assessment is checked once
 * (by `scoreAssessment`); the review summary and agreement read that checked assessment, so
 * they cover the scorecard's scope and repeat none of its issues. Never throws.
 *
 * @example
 * ```ts
 * const scored = scoreWithReviews(assessment, coeBaldrigeDerivedPoints, { scope: 'coe-level-3' });
 * if (scored.ok) console.log(scored.scorecard.total.earned?.exact, scored.reviews?.summary.flaggedItems);
 * ```
 */
export function scoreWithReviews(
  assessment: Assessment,
  framework: Framework,
  options: ScoreWithReviewsOptions = {},
): ScoredAssessment {
  const result = scoreAssessment(
    assessment,
    framework,
    options.scope === undefined ? {} : { scope: options.scope },
  );
  if (!result.ok) return { ok: false, issues: result.issues };
  const mode = options.reviews ?? 'when-several';
  const wanted = mode === 'always' || (mode === 'when-several' && assessment.reviews.length >= 2);
  let reviews: ReviewFindings | null = null;
  if (wanted) {
    // The checked assessment carries the scope the scorecard used: nothing is checked twice.
    reviews = {
      summary: summarizeReviews(result.checked, framework),
      agreement: reviewAgreement(result.checked, framework, 'ordinal'),
    };
  }
  return { ok: true, scorecard: result.scorecard, reviews, issues: result.issues };
}

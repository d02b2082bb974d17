import {
  BUILT_IN_FRAMEWORKS,
  type Assessment,
  type Framework,
  type ScoringGuidelines,
} from '@community-excellence/schemas';
import {
  pointsAtStake,
  reviewAgreement,
  scoreAssessment,
  summarizeReviews,
  type PointsAtStake,
  type ReviewSummary,
  type Scorecard,
} from '@community-excellence/scoring';

/**
 * What the report shows of one assessment: its consensus (or review) scorecard, where the next
 * points come from, the independent reviews item by item and the reviewers' agreement.
 *
 * @example
 * ```ts
 * const section = assessmentSection(assessment, [], []);
 * section.scorecard?.total.earned?.exact; // '278' for the Riverbend example
 * ```
 */
export interface AssessmentSection {
  readonly id: string;
  readonly name: string;
  readonly frameworkId: string;
  /** Null when the framework is neither built in nor in the folder (see `problems`). */
  readonly scorecard: Scorecard | null;
  /** The items with the most points at stake, at most five. */
  readonly nextPoints: readonly PointsAtStake[];
  readonly reviews: ReviewSummary | null;
  /** Reviewer id -> display name (the id when the assessment gives no name). */
  readonly reviewerNames: Readonly<Record<string, string>>;
  /** Krippendorff's alpha (ordinal, on percents) as text: `0.512`, or `undefined (<reason>)`. */
  readonly agreement: string | null;
  /** Why something could not be computed (unknown framework, scoring issues). */
  readonly problems: readonly string[];
}

/**
 * Scores an assessment and summarizes its reviews with the scoring package, against a built-in
 * framework or one of `frameworks` (framework documents from the same folder), with the scoring
 * guidelines the assessment names when they are among `guidelines`.
 *
 * @example
 * ```ts
 * const section = assessmentSection(assessment, [], []);
 * section.reviews?.flaggedItems; // ['4.1', '7.4']
 * ```
 */
export function assessmentSection(
  assessment: Assessment,
  frameworks: readonly Framework[],
  guidelines: readonly ScoringGuidelines[],
): AssessmentSection {
  const reviewerNames: Record<string, string> = {};
  for (const reviewer of assessment.reviewers)
    reviewerNames[reviewer.id] = reviewer.name ?? reviewer.id;
  const base = {
    id: assessment.id,
    name: assessment.name ?? assessment.id,
    frameworkId: assessment.framework.id,
    reviewerNames,
  };
  const framework = [...frameworks, ...BUILT_IN_FRAMEWORKS].find(
    (f) => f.id === assessment.framework.id,
  );
  if (framework === undefined) {
    return {
      ...base,
      scorecard: null,
      nextPoints: [],
      reviews: null,
      agreement: null,
      problems: [`framework ${assessment.framework.id} is neither built in nor in the folder`],
    };
  }
  const chosen = guidelines.find((g) => g.id === assessment.guidelinesId);
  const options = chosen === undefined ? {} : { guidelines: chosen };
  const result = scoreAssessment(assessment, framework, options);
  const problems = result.issues
    .filter((issue) => issue.severity === 'error')
    .map((issue) => `${issue.code}: ${issue.message}`);
  const scorecard = result.ok && result.scorecard !== undefined ? result.scorecard : null;
  const nextPoints =
    scorecard === null
      ? []
      : pointsAtStake(scorecard, ...(chosen === undefined ? [] : [chosen])).slice(0, 5);
  const reviews = summarizeReviews(assessment, framework, options);
  const alpha = reviewAgreement(assessment, framework, 'ordinal', options);
  const agreement = alpha.defined ? alpha.alpha.toFixed(3) : `undefined (${alpha.reason})`;
  return { ...base, scorecard, nextPoints, reviews, agreement, problems };
}

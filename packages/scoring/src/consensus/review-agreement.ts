import type {
  Assessment,
  Framework,
  Issue,
  ScoringGuidelines,
} from '@community-excellence/schemas/data';
import type {
  AssessmentScopeOption,
  CheckedAssessment,
  PartScoring,
} from '@community-excellence/schemas/data';
import { checkedFor } from '../score/checked-for.js';
import type { AlphaLevel } from './alpha-level.js';
import { krippendorffAlpha, type KrippendorffAlphaResult } from './krippendorff-alpha.js';
import { collectRatings } from './reviewer-ratings.js';
import { errorIssue } from '../score/error-issue.js';

/** Options of {@link reviewAgreement}. */
export interface ReviewAgreementOptions {
  /** The scoring guidelines (ranges and step). Default: `baldrigeScoringGuidelines`. */
  readonly guidelines?: ScoringGuidelines;
  /**
   * What each reviewer contributes per item: the `percent` (default) or the position of the
   * chosen `range` (0 = lowest), which measures agreement on the range only.
   */
  readonly values?: 'percent' | 'range';
  /** The scope to measure agreement in (as in `scoreAssessment`); default the assessment's own. */
  readonly scope?: AssessmentScopeOption;
  /** How listed parts of items count (as in `scoreAssessment`). */
  readonly partScoring?: PartScoring;
}

/**
 * Inter-rater agreement of an assessment's independent reviews: Krippendorff's alpha with items
 * as units and panel reviewers as coders, plus the counts it rests on and the issues met while
 * reading the reviews.
 */
export type ReviewAgreement = KrippendorffAlphaResult & {
  readonly assessmentId: string;
  readonly values: 'percent' | 'range';
  /** Number of panel reviewers (coders). */
  readonly coders: number;
  readonly issues: readonly Issue[];
};

/**
 * Measures how well the independent reviewers of an assessment agree, before consensus:
 * Krippendorff's alpha over the scored items in scope (units) and the panel reviewers (coders),
 * on their percents (or range positions) at the given level (default `ordinal`: percents are
 * ordered, but the distance between 30 and 50 is not meant as an interval). Missing ratings are
 * missing values; items with fewer than two ratings drop out. With a single reviewer, or no item
 * rated twice, alpha is undefined with `reason: 'no-pairable-values'`. Never throws.
 *
 * Accepts a plain assessment (then it runs the one assessment check and reports its issues)
 * or a checked assessment (then it checks nothing again and reports no issue of its own).
 *
 * Never throws: input of another shape (for example an assessment or framework that was never
 * validated) is answered with an `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * import { coeBaldrigeDerivedPoints } from '@community-excellence/schemas/data';
 * import { reviewAgreement } from '@community-excellence/scoring';
 *
 * const agreement = reviewAgreement(assessment, coeBaldrigeDerivedPoints); // ordinal, on percents
 * if (agreement.defined) console.log(`alpha ${agreement.alpha.toFixed(2)} over ${agreement.pairableUnits} items`);
 * else console.log(agreement.reason, agreement.message);
 * ```
 */
export function reviewAgreement(
  assessment: Assessment | CheckedAssessment,
  framework: Framework,
  level: AlphaLevel = 'ordinal',
  options: ReviewAgreementOptions = {},
): ReviewAgreement {
  try {
    return reviewAgreementUnchecked(assessment, framework, level, options);
  } catch (error) {
    const issue = errorIssue(error);
    return {
      defined: false,
      alpha: undefined,
      reason: 'invalid-value',
      message: issue.message,
      level: 'ordinal',
      units: 0,
      pairableUnits: 0,
      pairableValues: 0,
      assessmentId: '',
      values: 'percent',
      coders: 0,
      issues: [issue],
    };
  }
}

function reviewAgreementUnchecked(
  input: Assessment | CheckedAssessment,
  framework: Framework,
  level: AlphaLevel = 'ordinal',
  options: ReviewAgreementOptions = {},
): ReviewAgreement {
  const values = options.values ?? 'percent';
  const ran = checkedFor(input, framework, options);
  const checked = ran.checked;
  const collected = checked === null ? { panel: [], items: [] } : collectRatings(checked);
  const column = new Map(collected.panel.map((id, i) => [id, i] as const));
  const data = collected.items.map((entry) => {
    const row = new Array<number | null>(collected.panel.length).fill(null);
    for (const rating of entry.ratings) {
      const i = column.get(rating.reviewerId);
      if (i !== undefined) row[i] = values === 'percent' ? rating.percent : rating.rangeIndex;
    }
    return row;
  });
  return {
    ...krippendorffAlpha(data, { level }),
    assessmentId: checked?.assessment.id ?? '',
    values,
    coders: collected.panel.length,
    issues: [...ran.issues],
  };
}

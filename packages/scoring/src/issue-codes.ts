/**
 * The issue codes of `@community-excellence/scoring`, in one place: their data (merged into
 * `IssueDataByCode` of `@community-excellence/schemas`), and their severity, meaning, English
 * message template and example data. Scoring also reports schemas' own codes (for example
 * `unknown_item`); `docs/issue-codes.md` lists every code of every package.
 *
 * @packageDocumentation
 */
import type { IssueDataByCode } from '@community-excellence/schemas';
import {
  defineIssueCodes,
  type IssueCodeDocs,
  type IssueCodes,
} from '@community-excellence/schemas/data';

/** The data fields of each issue code that scoring declares. */
export interface ScoringIssueDataByCode {
  /** An assessment names other scoring guidelines than the ones it is scored with (warning). */
  guidelines_mismatch: { readonly named: string; readonly used: string };
  /** The scoring guidelines do not list the framework in `appliesTo` (info). */
  guidelines_not_for_framework: { readonly guidelines: string; readonly framework: string };
  /** A roadmap is asked for a points target on a scorecard without points. */
  roadmap_target_needs_points: { readonly framework: string };
  /** A projection is asked with other guidelines than the ones the scorecard was scored with. */
  scorecard_guidelines_mismatch: { readonly scoredWith: string; readonly given: string };
  /** Scoring failed on an input the checks let through (a defect to report, never expected). */
  scoring_failed: { readonly error: string };
  /** The consensus percent of an item lies outside the reviewers' percents (warning). */
  consensus_outside_reviews: {
    readonly item: string;
    readonly percent: number;
    readonly lowest: number;
    readonly highest: number;
  };
}

// Merged into the main entry's interface, which the zod-free `/data` entry shares. The code type
// below reads it from the main entry, so a consumer's program always loads the merged module.
declare module '@community-excellence/schemas' {
  interface IssueDataByCode extends ScoringIssueDataByCode {}
}

/** The codes scoring declares. */
export type ScoringIssueCode = Extract<keyof IssueDataByCode, keyof ScoringIssueDataByCode>;

/**
 * Scoring's issue codes: their catalogue, `create` (an issue with the code's default severity
 * and message) and `message` (renders a code's data).
 *
 * @example
 * ```ts
 * scoringIssueCodes.create({ code: 'guidelines_mismatch', named: 'a', used: 'b', severity: 'warning' }).message;
 * // 'The assessment names guidelines a but is scored with b.'
 * ```
 */
export const scoringIssueCodes: IssueCodes<ScoringIssueCode> = defineIssueCodes<ScoringIssueCode>(
  'scoring',
  {
    guidelines_mismatch: {
      severity: 'warning',
      message: (d) => `The assessment names guidelines ${d.named} but is scored with ${d.used}.`,
    },
    guidelines_not_for_framework: {
      severity: 'info',
      message: (d) =>
        `The guidelines ${d.guidelines} do not list framework ${d.framework} in appliesTo.`,
    },
    roadmap_target_needs_points: {
      severity: 'error',
      message: (d) =>
        `Framework ${d.framework} has no points: give the roadmap target as { averagePercent }.`,
    },
    scorecard_guidelines_mismatch: {
      severity: 'error',
      message: (d) => `The scorecard was scored with guidelines ${d.scoredWith}, not ${d.given}.`,
    },
    scoring_failed: {
      severity: 'error',
      message: (d) => `Scoring failed unexpectedly: ${d.error}`,
    },
    consensus_outside_reviews: {
      severity: 'warning',
      message: (d) =>
        `The consensus percent ${d.percent} for item ${d.item} lies outside the reviewers' percents ${d.lowest}..${d.highest}; make sure the rationale explains why.`,
    },
  },
);

/**
 * What each of scoring's issue codes means, with example data for its message: the rows of
 * `docs/issue-codes.md`. Kept apart from {@link scoringIssueCodes} so that bundles leave it out.
 *
 * @example
 * ```ts
 * Object.keys(scoringIssueDocs); // the codes
 * ```
 */
export const scoringIssueDocs: IssueCodeDocs<ScoringIssueCode> = {
  guidelines_mismatch: {
    meaning:
      'An assessment names other scoring guidelines (`guidelinesId`) than the ones it is scored with.',
    example: { named: 'baldrige-2021-2022', used: 'baldrige-2023-2024' },
  },
  guidelines_not_for_framework: {
    meaning: 'The scoring guidelines do not list the framework in `appliesTo`.',
    example: { guidelines: 'baldrige-2023-2024', framework: 'my-rubric' },
  },
  roadmap_target_needs_points: {
    meaning:
      'A roadmap target is given in points for a scorecard without points (a framework that publishes none); the target must be a mean item percent.',
    example: { framework: 'coe-community-2024' },
  },
  scorecard_guidelines_mismatch: {
    meaning:
      'A projection is asked with other scoring guidelines than the ones the scorecard was scored with.',
    example: { scoredWith: 'baldrige-2023-2024', given: 'my-guidelines' },
  },
  scoring_failed: {
    meaning:
      'Scoring failed on an input the checks let through: a defect of the library, never expected.',
    example: { error: 'TypeError: cannot read properties of undefined' },
  },
  consensus_outside_reviews: {
    meaning:
      "The consensus percent of an item lies outside the independent reviewers' percents: it can be right (the discussion surfaced evidence), so the rationale should say why.",
    example: { item: '1.1', percent: 70, lowest: 45, highest: 65 },
  },
};

/**
 * Creates an issue of one of scoring's codes with the code's default severity and message.
 *
 * @example
 * ```ts
 * createScoringIssue({ code: 'scoring_failed', error: 'RangeError' }).severity; // 'error'
 * ```
 */
export const createScoringIssue: IssueCodes<ScoringIssueCode>['create'] = scoringIssueCodes.create;

/**
 * The issue codes of `@community-excellence/scoring`, in one place: their data (merged into
 * `IssueDataByCode` of `@community-excellence/schemas`), and their severity, meaning, English
 * message template and example data. Scoring also reports schemas' own codes (for example
 * `unknown_item`); `docs/issue-codes.md` lists every code of every package.
 *
 * @packageDocumentation
 */
import type { IssueDataByCode } from '@community-excellence/schemas';
import { defineIssueCodes, type IssueCodes } from '@community-excellence/schemas/data';

/** The data fields of each issue code that scoring declares. */
export interface ScoringIssueDataByCode {
  /** An assessment names other scoring guidelines than the ones it is scored with (warning). */
  guidelines_mismatch: { readonly named: string; readonly used: string };
  /** The scoring guidelines do not list the framework in `appliesTo` (info). */
  guidelines_not_for_framework: { readonly guidelines: string; readonly framework: string };
  /** A projection is asked with other guidelines than the ones the scorecard was scored with. */
  scorecard_guidelines_mismatch: { readonly scoredWith: string; readonly given: string };
  /** Scoring failed on an input the checks let through (a defect to report, never expected). */
  scoring_failed: { readonly error: string };
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
      meaning:
        'An assessment names other scoring guidelines (`guidelinesId`) than the ones it is scored with.',
      message: (d) => `The assessment names guidelines ${d.named} but is scored with ${d.used}.`,
      example: { named: 'baldrige-2021-2022', used: 'baldrige-2023-2024' },
    },
    guidelines_not_for_framework: {
      severity: 'info',
      meaning: 'The scoring guidelines do not list the framework in `appliesTo`.',
      message: (d) =>
        `The guidelines ${d.guidelines} do not list framework ${d.framework} in appliesTo.`,
      example: { guidelines: 'baldrige-2023-2024', framework: 'my-rubric' },
    },
    scorecard_guidelines_mismatch: {
      severity: 'error',
      meaning:
        'A projection is asked with other scoring guidelines than the ones the scorecard was scored with.',
      message: (d) => `The scorecard was scored with guidelines ${d.scoredWith}, not ${d.given}.`,
      example: { scoredWith: 'baldrige-2023-2024', given: 'my-guidelines' },
    },
    scoring_failed: {
      severity: 'error',
      meaning:
        'Scoring failed on an input the checks let through: a defect of the library, never expected.',
      message: (d) => `Scoring failed unexpectedly: ${d.error}`,
      example: { error: 'TypeError: cannot read properties of undefined' },
    },
  },
);

/**
 * Creates an issue of one of scoring's codes with the code's default severity and message.
 *
 * @example
 * ```ts
 * createScoringIssue({ code: 'scoring_failed', error: 'RangeError' }).severity; // 'error'
 * ```
 */
export const createScoringIssue: IssueCodes<ScoringIssueCode>['create'] = scoringIssueCodes.create;

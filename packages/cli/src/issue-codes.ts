/**
 * The issue codes of `@community-excellence/cli`, in one place: their data (merged into
 * `IssueDataByCode` of `@community-excellence/schemas`), and their severity, meaning, English
 * message template and example data. `docs/issue-codes.md` lists every code of every package.
 *
 * @packageDocumentation
 */
import type { ReasonBase } from '@community-excellence/cohorts';
import {
  defineIssueCodes,
  type IssueCodeDocs,
  type IssueCodes,
} from '@community-excellence/schemas/data';

// The CLI's codes are merged into IssueDataByCode directly (the CLI's entry exports no types).
declare module '@community-excellence/schemas' {
  interface IssueDataByCode {
    /** Replaying a cohort document in the cohort machine was refused at one of its events. */
    cohort_replay_refused: {
      readonly event: string;
      readonly at: string | null;
      readonly reasons: readonly ReasonBase[];
    };
    /**
     * No mapping could be chosen for a raw CSV file: no built-in mapping fits its header and none
     * could be inferred from it (`report`, `check`, `init evidence` without `--mapping`).
     */
    csv_mapping_unavailable: { readonly recognition: string; readonly inference: string };
  }
}

/** The codes the CLI declares. */
export type CliIssueCode = 'cohort_replay_refused' | 'csv_mapping_unavailable';

/** The CLI's issue codes: their catalogue, `create` and `message`. */
export const cliIssueCodes: IssueCodes<CliIssueCode> = defineIssueCodes<CliIssueCode>('cli', {
  cohort_replay_refused: {
    severity: 'error',
    message: (d) =>
      `Replaying the cohort in the cohort machine: ${d.event} at ${d.at ?? '?'} refused: ${d.reasons.map((r) => r.message).join('; ')}`,
  },
  csv_mapping_unavailable: {
    severity: 'error',
    message: (d) =>
      `No built-in mapping fits this file (${d.recognition}) and none could be inferred (${d.inference}); pass --mapping <name|file>.`,
  },
});

/**
 * What each of cli's issue codes means, with example data for its message: the rows of
 * `docs/issue-codes.md`. Kept apart from {@link cliIssueCodes} so that bundles leave it out.
 *
 * @example
 * ```ts
 * Object.keys(cliIssueDocs); // the codes
 * ```
 */
export const cliIssueDocs: IssueCodeDocs<CliIssueCode> = {
  cohort_replay_refused: {
    meaning:
      'A cohort document given as a snapshot could not be replayed: the cohort machine refused one of its events.',
    example: {
      event: 'kick-off',
      at: '2026-09-30',
      reasons: [
        {
          code: 'faculty_missing',
          message: 'No faculty assigned to lead the sessions.',
        },
      ],
    },
  },
  csv_mapping_unavailable: {
    meaning:
      'A raw CSV file given to report, check or init evidence has no mapping: no built-in mapping fits its header and none could be inferred from its header and first rows. Pass --mapping.',
    example: {
      recognition: 'no built-in mapping finds its columns in this header',
      inference: 'value: no column holds values',
    },
  },
};

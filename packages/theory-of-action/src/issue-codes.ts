/**
 * The issue codes of `@community-excellence/theory-of-action`, in one place: their data (merged
 * into `IssueDataByCode` of `@community-excellence/schemas`), and their severity, meaning, English
 * message template and example data. The importers and the benchmark check also report schemas'
 * own codes; `docs/issue-codes.md` lists every code of every package.
 *
 * @packageDocumentation
 */
import type { IssueDataByCode } from '@community-excellence/schemas';
import {
  defineIssueCodes,
  type IssueCodeDocs,
  type IssueCodes,
} from '@community-excellence/schemas/data';

/** The data fields of each issue code that theory-of-action declares. */
export interface TheoryOfActionIssueDataByCode {
  /** An imported value is about `factor` times larger or smaller than the median of its series (warning). */
  scale_factor_suspected: {
    readonly factor: number;
    readonly value: number;
    readonly seriesMedian: number;
    readonly ratio: number;
    readonly period: string;
    readonly direction: 'larger' | 'smaller';
  };
  /**
   * An indicator's values contradict its declared unit as a whole: proportions (0-1) declared
   * `percent`, or percents (above 1, at most 100) declared `proportion` (warning).
   */
  unit_scale_mismatch: {
    readonly indicatorId: string;
    readonly declared: 'percent' | 'proportion';
    /** How many values (exact, bound or interval) were checked. */
    readonly count: number;
    /** How many of them contradict the declared unit. */
    readonly outside: number;
    readonly min: number;
    readonly max: number;
    readonly suggested: 'proportion' | 'percent';
  };
  /** Only one bound of a confidence interval has a number; the interval is left out (warning). */
  interval_bound_missing: Readonly<Record<never, never>>;
  /**
   * A quoted field opened in field `column` of a CSV line runs over line breaks and its record is
   * malformed, or longer than the reader's limits (`limit`): the quote is taken as a stray one.
   * The line is left out; the `lines` lines it would have swallowed are read on their own.
   */
  csv_quote_unbalanced: {
    readonly column: number;
    readonly lines: number;
    readonly limit?: 'lines' | 'characters';
  };
  /** Decoded CSV text holds U+FFFD replacement characters: bytes not valid in `encoding` (warning). */
  csv_replacement_characters: { readonly count: number; readonly encoding: string };
  /** CSV text holds NUL (U+0000) characters (warning). */
  csv_nul_characters: { readonly count: number };
  /** A header name appears in several columns (1-based `positions`) that the mapping does not use (warning). */
  csv_header_duplicated: { readonly column: string; readonly positions: readonly number[] };
  /**
   * The mapping reads a column whose name the header has several times (1-based `positions`)
   * without naming which one in `columnOccurrences`, or names an occurrence (`requested`) the
   * header does not have.
   */
  mapping_column_ambiguous: {
    readonly column: string;
    readonly positions: readonly number[];
    readonly requested?: number;
  };
  /** Reading the import's input stream failed; the rows read before are kept. */
  input_stream_failed: { readonly error: string };
  /** A mapping condition has both or neither of `equals` and `oneOf`. */
  mapping_condition_ambiguous: Readonly<Record<never, never>>;
  /** A mapping's group columns give only one of `ciLow` and `ciHigh`. */
  mapping_interval_incomplete: Readonly<Record<never, never>>;
  /** A mapping's value options contradict each other (the codec refuses them). */
  mapping_value_options_contradictory: { readonly detail: string };
  /** Observation rows without the required fields were skipped by the benchmark check (warning). */
  observation_rows_skipped: { readonly count: number };
  /** The outcome data could not be analysed; outcome benchmarks lack evidence. */
  outcome_analysis_failed: { readonly error: string };
  /** A benchmark of the catalogue has no id or no judge. */
  malformed_benchmark: Readonly<Record<never, never>>;
  /** The outcome data hold several places and none is selected: the candidates, most rows first. */
  place_ambiguous: { readonly candidates: readonly PlaceCandidateData[] };
  /** The place the caller or the evidence names is not in the outcome data. */
  place_not_found: {
    readonly requested: string;
    readonly candidates: readonly PlaceCandidateData[];
  };
  /** A benchmark's judge threw; the benchmark is `insufficient-evidence` (warning). */
  judge_failed: { readonly benchmark: string; readonly error: string };
}

/** A place of the outcome data as an issue lists it. */
export interface PlaceCandidateData {
  readonly level: string;
  readonly code: string;
  readonly name?: string;
  readonly rows: number;
}

const MAX_LISTED = 10;

/** `county 39061 Hamilton County (40 rows); ...`, at most ten, then how many more. */
function listCandidates(candidates: readonly PlaceCandidateData[]): string {
  const shown = candidates
    .slice(0, MAX_LISTED)
    .map((c) => `${c.level} ${c.code}${c.name === undefined ? '' : ` ${c.name}`} (${c.rows} rows)`);
  const more = candidates.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; and ${more} more` : shown.join('; ');
}

// Merged into the main entry's interface, which the zod-free `/data` entry shares. The code type
// below reads it from the main entry, so a consumer's program always loads the merged module.
declare module '@community-excellence/schemas' {
  interface IssueDataByCode extends TheoryOfActionIssueDataByCode {}
}

/** The codes theory-of-action declares. */
export type TheoryOfActionIssueCode = Extract<
  keyof IssueDataByCode,
  keyof TheoryOfActionIssueDataByCode
>;

/**
 * Theory-of-action's issue codes: their catalogue, `create` and `message`.
 *
 * @example
 * ```ts
 * theoryOfActionIssueCodes.message({ code: 'observation_rows_skipped', count: 2 });
 * // '2 observation rows without the required fields were skipped'
 * ```
 */
export const theoryOfActionIssueCodes: IssueCodes<TheoryOfActionIssueCode> =
  defineIssueCodes<TheoryOfActionIssueCode>('theory-of-action', {
    scale_factor_suspected: {
      severity: 'warning',
      message: (d) =>
        `Value ${d.value} (period ${d.period}) is about ${d.factor} times ${d.direction} than the median ${d.seriesMedian} of its series (same indicator, place and subgroup); check its unit. It was not changed.`,
    },
    unit_scale_mismatch: {
      severity: 'warning',
      message: (d) =>
        d.declared === 'percent'
          ? `Indicator ${d.indicatorId} is declared in percent (0 to 100), but all ${d.count} of its values lie between 0 and 1 (min ${d.min}, max ${d.max}): they look like proportions. Declare its unit as ${d.suggested}, or multiply the values by 100. The values were not changed.`
          : `Indicator ${d.indicatorId} is declared as a proportion (0 to 1), but ${d.outside} of its ${d.count} values lie above 1 and at most 100 (min ${d.min}, max ${d.max}): they look like percents. Declare its unit as ${d.suggested}, or divide the values by 100. The values were not changed.`,
    },
    interval_bound_missing: {
      severity: 'warning',
      message: () =>
        'Only one bound of the confidence interval has a number; the interval was left out.',
    },
    csv_quote_unbalanced: {
      severity: 'error',
      message: (d) =>
        `A quote opened in field ${d.column} is not closed on its line: ${d.limit === undefined ? 'read as CSV it would swallow' : `it runs past the limit of ${d.limit} of a quoted field, swallowing at least`} the next ${d.lines} ${d.lines === 1 ? 'line' : 'lines'}. The row was left out; the lines after it were read on their own.`,
    },
    csv_replacement_characters: {
      severity: 'warning',
      message: (d) =>
        `The text holds ${d.count} replacement ${d.count === 1 ? 'character' : 'characters'} (U+FFFD), the first here: bytes that are not valid ${d.encoding}, so names may be garbled. If the file is in another encoding, import it with that encoding (the encoding option; --encoding latin1, windows-1252, utf-16le or utf-16be in the CLI).`,
    },
    csv_nul_characters: {
      severity: 'warning',
      message: (d) =>
        `The text holds ${d.count} NUL ${d.count === 1 ? 'character' : 'characters'} (U+0000), the first here. A UTF-16 file without a byte-order mark reads like this: import it with --encoding utf-16le or utf-16be.`,
    },
    csv_header_duplicated: {
      severity: 'warning',
      message: (d) =>
        `The header has ${d.positions.length} columns named ${JSON.stringify(d.column)} (columns ${d.positions.join(', ')}); the mapping does not read them.`,
    },
    mapping_column_ambiguous: {
      severity: 'error',
      message: (d) =>
        d.requested === undefined
          ? `The mapping reads column ${JSON.stringify(d.column)}, which the header has ${d.positions.length} times (columns ${d.positions.join(', ')}). Say which one in the mapping's columnOccurrences (for example { ${JSON.stringify(d.column)}: 2 }).`
          : `The mapping's columnOccurrences asks for occurrence ${d.requested} of column ${JSON.stringify(d.column)}, but the header has it ${d.positions.length} ${d.positions.length === 1 ? 'time' : 'times'} (columns ${d.positions.join(', ')}).`,
    },
    input_stream_failed: {
      severity: 'error',
      message: (d) =>
        `Reading the input failed: ${d.error}. Rows read before the failure were imported.`,
    },
    mapping_condition_ambiguous: {
      severity: 'error',
      message: () => 'A condition needs exactly one of "equals" and "oneOf".',
    },
    mapping_interval_incomplete: {
      severity: 'error',
      message: () => 'A confidence interval needs both "ciLow" and "ciHigh".',
    },
    mapping_value_options_contradictory: { severity: 'error', message: (d) => d.detail },
    observation_rows_skipped: {
      severity: 'warning',
      message: (d) => `${d.count} observation rows without the required fields were skipped`,
    },
    outcome_analysis_failed: {
      severity: 'error',
      message: (d) => `outcome data could not be analysed: ${d.error}`,
    },
    malformed_benchmark: {
      severity: 'error',
      message: () => 'a benchmark needs an id and a judge',
    },
    judge_failed: { severity: 'warning', message: (d) => `benchmark ${d.benchmark}: ${d.error}` },
    place_ambiguous: {
      severity: 'error',
      message: (d) =>
        d.candidates.length === 0
          ? 'no place could be chosen in the outcome data'
          : `the outcome data hold ${d.candidates.length} candidate places and none is selected: ${listCandidates(d.candidates)}. Choose one with the place option (--place <code>) or a code in the partnership evidence's geography`,
    },
    place_not_found: {
      severity: 'error',
      message: (d) =>
        `the place ${d.requested} is not in the outcome data; its places are: ${listCandidates(d.candidates)}`,
    },
  });

/**
 * What each of theory-of-action's issue codes means, with example data for its message: the rows of
 * `docs/issue-codes.md`. Kept apart from {@link theoryOfActionIssueCodes} so that bundles leave it out.
 *
 * @example
 * ```ts
 * Object.keys(theoryOfActionIssueDocs); // the codes
 * ```
 */
export const theoryOfActionIssueDocs: IssueCodeDocs<TheoryOfActionIssueCode> = {
  scale_factor_suspected: {
    meaning:
      'An imported value is about `factor` (default 100) times larger or smaller than the median of its series (same indicator, place and subgroup): a percent written as a proportion or the other way round. The value is kept unchanged.',
    example: {
      factor: 100,
      value: 8750,
      seriesMedian: 87.5,
      ratio: 100,
      period: '2023',
      direction: 'larger',
    },
  },
  unit_scale_mismatch: {
    meaning:
      "An indicator's values as a whole contradict its declared unit: declared `percent` but every value lies in [0, 1] (at least 5 values, not all 0), or declared `proportion` but at least half of the values lie above 1 and at most 100. One warning per indicator, with how many values were checked, how many contradict the unit and their range; the values are kept unchanged. Single stray values are `value_outside_unit_range` and `scale_factor_suspected`.",
    example: {
      indicatorId: 'co-graduation',
      declared: 'percent',
      count: 895,
      outside: 895,
      min: 0,
      max: 1,
      suggested: 'proportion',
    },
  },
  interval_bound_missing: {
    meaning:
      'Only one bound of a confidence interval has a number in the imported row; the interval is left out.',
    example: {},
  },
  csv_quote_unbalanced: {
    meaning:
      "A quoted field opened in field `column` of a CSV line runs over line breaks and its record is malformed (a parser error, or a field count other than the header's), or longer than the reader's limits (`limit`: 1,000 lines or 1,048,576 characters by default): the quote is taken as a stray one. The line (`location.row` is its line number) is left out; the `lines` lines the quote would have swallowed are read on their own, so no line is hidden.",
    example: { column: 9, lines: 191 },
  },
  csv_replacement_characters: {
    meaning:
      'The decoded CSV text holds U+FFFD replacement characters (`count`; the location is the first): bytes that are not valid in `encoding`, usually a latin-1 or windows-1252 file read as UTF-8. Import it with the `encoding` option (`--encoding`).',
    example: { count: 12, encoding: 'utf-8' },
  },
  csv_nul_characters: {
    meaning:
      'The CSV text holds NUL (U+0000) characters (`count`; the location is the first), usually a UTF-16 file without a byte-order mark read as UTF-8.',
    example: { count: 4096 },
  },
  csv_header_duplicated: {
    meaning:
      'A header name appears in several columns (`positions`, 1-based) and the mapping does not read it; nothing is lost.',
    example: { column: 'Notes', positions: [4, 9] },
  },
  mapping_column_ambiguous: {
    meaning:
      "The mapping reads a column whose name the file's header has several times (`positions`, 1-based) and does not say which one in `columnOccurrences`, or names an occurrence (`requested`) the header does not have. The fields that read it are not imported.",
    example: { column: 'Value', positions: [9, 12] },
  },
  input_stream_failed: {
    meaning: "Reading the import's input failed; the rows read before the failure are kept.",
    example: { error: 'disk gone' },
  },
  mapping_condition_ambiguous: {
    meaning: 'A condition of an import mapping has both or neither of `equals` and `oneOf`.',
    example: {},
  },
  mapping_interval_incomplete: {
    meaning: "An import mapping's group columns give only one of `ciLow` and `ciHigh`.",
    example: {},
  },
  mapping_value_options_contradictory: {
    meaning:
      "An import mapping's value options contradict each other (for example one token both missing and suppressed).",
    example: { detail: 'Token "*" is both a missing and a suppressed marker.' },
  },
  observation_rows_skipped: {
    meaning:
      'Observation rows without the required fields were skipped by the theory-of-action check.',
    example: { count: 2 },
  },
  outcome_analysis_failed: {
    meaning: 'The outcome data could not be analysed; outcome benchmarks lack their evidence.',
    example: { error: 'observations is not iterable' },
  },
  malformed_benchmark: {
    meaning: 'A benchmark of the catalogue has no id or no judge function.',
    example: {},
  },
  place_ambiguous: {
    meaning:
      "The outcome data hold several places and neither the caller (`place`, `--place`) nor the partnership evidence's geography selects one; the issue lists the candidates with their row counts. Outcome benchmarks lack evidence.",
    example: {
      candidates: [
        { level: 'county', code: '39061', name: 'Hamilton County', rows: 40 },
        { level: 'county', code: '39049', name: 'Franklin County', rows: 38 },
      ],
    },
  },
  place_not_found: {
    meaning:
      "The place the caller or the evidence's geography names is not in the outcome data; the issue lists the places it holds.",
    example: {
      requested: 'FIPS 39061',
      candidates: [{ level: 'county', code: '39049', name: 'Franklin County', rows: 38 }],
    },
  },
  judge_failed: {
    meaning:
      "A benchmark's judge threw on the input; the benchmark is reported as insufficient-evidence.",
    example: { benchmark: 'S.1.3', error: 'evidence.items is not iterable' },
  },
};

/** Creates an issue of one of theory-of-action's codes with its default severity and message. */
export const createTheoryOfActionIssue: IssueCodes<TheoryOfActionIssueCode>['create'] =
  theoryOfActionIssueCodes.create;

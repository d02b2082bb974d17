/**
 * The one structured issue type shared by every validator in community-excellence.
 *
 * Issues are a discriminated union on `code`. Each code carries its own data fields
 * (for example `percent` and `range` for a percent outside its range) next to a
 * `path` into the document, a `severity` and a human `message`. Each package declares its own
 * codes in one place: their data by declaration merging into {@link IssueDataByCode}, their
 * severity, meaning and message template in a catalogue made by {@link defineIssueCodes}
 * (schemas' own: {@link schemasIssueCodes}). Messages are rendered from the code and its data
 * alone; tools can render their own from the same fields. `docs/issue-codes.md` lists every code.
 *
 * @packageDocumentation
 */
import {
  defineIssueCodes,
  type CatalogueIssueInput,
  type IssueCodeDocs,
  type IssueCodes,
} from './issue-catalogue.js';

export {
  defineIssueCodes,
  type CatalogueIssueInput,
  type IssueCatalogue,
  type IssueCodeDoc,
  type IssueCodeDocs,
  type IssueCodeSpec,
  type IssueCodes,
} from './issue-catalogue.js';

/** One step of a path into a document: an object key or an array index. */
export type PathSegment = string | number;

/** How serious an issue is. Only `error` makes a validation fail. */
export type IssueSeverity = 'error' | 'warning' | 'info';

/**
 * Where an issue was found in a file (set by file readers such as the CLI or CSV import).
 * `row` and `column` are 1-based.
 */
export interface SourceLocation {
  readonly file?: string;
  readonly row?: number;
  readonly column?: number;
  /** The raw text of the cell or token the issue is about. */
  readonly raw?: string;
}

/**
 * The data fields of each issue code that `@community-excellence/schemas` itself reports. The
 * other packages add theirs to {@link IssueDataByCode} by declaration merging, each in its own
 * `issue-codes.ts`; every code's severity, meaning and message template are in
 * {@link schemasIssueCodes} (and the other packages' catalogues), listed in `docs/issue-codes.md`.
 */
export interface SchemasIssueDataByCode {
  /** A value has the wrong JSON type (for example a string where a number belongs). */
  invalid_type: { readonly expected: string; readonly received: string };
  /** A value is not one of the allowed literals. */
  invalid_value: { readonly expected: readonly (string | number | boolean | null)[] };
  /** A string does not have the required format (id, date, period...). */
  invalid_format: { readonly format: string };
  /** A number, string or array is below its minimum. */
  too_small: {
    readonly minimum: number | bigint;
    readonly origin: string;
    readonly inclusive: boolean;
  };
  /** A number, string or array is above its maximum. */
  too_big: {
    readonly maximum: number | bigint;
    readonly origin: string;
    readonly inclusive: boolean;
  };
  /** A number is not a multiple of the required step. */
  not_multiple_of: { readonly divisor: number };
  /** An object has a key that its schema does not define. */
  unrecognized_key: { readonly key: string };
  /** A union (for example an observation value) matched none of its variants. */
  invalid_union: { readonly note?: string };
  /** A key such as `__proto__`, `constructor` or `prototype` that could pollute prototypes. */
  forbidden_key: { readonly key: string };
  /** The document's `formatVersion` is newer or older than this library reads. */
  unsupported_format_version: {
    readonly kind: string;
    readonly found: unknown;
    readonly supported: readonly number[];
  };
  /** The document's `kind` is missing or not a known document kind. */
  unknown_kind: { readonly found: unknown; readonly expected: readonly string[] };
  /** Two entries share a code or id that must be unique. */
  duplicate_id: { readonly id: string; readonly firstPath: readonly PathSegment[] };
  /** Points of children do not add up to the declared total. */
  points_mismatch: { readonly declared: number; readonly sum: number };
  /** A reference names an id that the referenced collection does not contain. */
  unknown_reference: { readonly target: string; readonly id: string };
  /** An assessment names an item that the framework does not define. */
  unknown_item: { readonly item: string; readonly framework: string };
  /** A scoring percent is not one of 0, 5, 10 ... 100. */
  percent_not_multiple_of_5: { readonly percent: number };
  /** A percent does not lie inside the range the reviewer chose. */
  percent_outside_range: { readonly percent: number; readonly range: string };
  /** A process item carries results (LeTCI) notes or the other way round. */
  wrong_evaluation_factors: {
    readonly item: string;
    readonly itemKind: string;
    readonly factors: string;
  };
  /** An item of the wrong kind is placed in a category (results outside category 7, process in 7). */
  item_kind_mismatch: {
    readonly item: string;
    readonly expectedKind: string;
    readonly actualKind: string;
  };
  /** A value token could not be parsed by the value codec. */
  unparsable_value: { readonly token: string };
  /** A confidence interval whose lower bound exceeds its upper bound, or a value outside its interval. */
  inconsistent_interval: { readonly low: number; readonly high: number };
  /** A numerator greater than its denominator, or a non-positive denominator. */
  inconsistent_counts: { readonly numerator: number; readonly denominator: number };
  /** A refinement of a caller's own zod schema failed without carrying one of the library's codes. */
  refinement_failed: { readonly note: string };
  /** A code is not placed under its parent's code (item 2.1 in category 1, area 1.2a under item 1.1). */
  code_parent_mismatch: { readonly child: string; readonly parent: string };
  /** A Profile section (P.1, P.2) carries points or is scored; the Profile is never scored. */
  profile_scored: { readonly item: string };
  /** Points disagree with the framework's points status (a number under "none", null under "official" or "derived"). */
  points_status_conflict: { readonly status: string; readonly found: 'number' | 'null' };
  /** Part of a scale (0..100 percent, 0..max points) is covered by no range or band. */
  scale_gap: { readonly from: number; readonly to: number };
  /** Two ranges or bands of a scale overlap or are out of order. */
  scale_overlap: { readonly from: number; readonly to: number };
  /** A reviewer has not evaluated every scored item in scope (warning). */
  incomplete_review: { readonly reviewer: string; readonly missing: readonly string[] };
  /** An evaluated item lies outside the assessment's scope (warning). */
  item_out_of_scope: { readonly item: string; readonly scope: string };
  /** An item evaluation lacks a percent or a range and is not marked not applicable. */
  missing_score: { readonly item: string };
  /** An item marked not applicable still carries a percent or a range. */
  not_applicable_scored: { readonly item: string };
  /** An assessment cycle ends before it starts. */
  cycle_end_before_start: { readonly start: string; readonly end: string };
  /** An assessment has no reviews and no consensus yet (info). */
  empty_assessment: { readonly assessment: string };
  /** A document is checked against a framework other than the one it names. */
  framework_mismatch: { readonly expected: string; readonly found: string };
  /** A framework with derived points has no `pointsLabel` saying they are not official (warning). */
  points_label_missing: Readonly<Record<never, never>>;
  // -- framework & assessment codes (add above this line) --
  /** An observation value lies outside the plausible range of its indicator's unit (for example 55.7 for a proportion). */
  value_outside_unit_range: {
    readonly value: number;
    readonly unit: string;
    readonly minimum: number;
    readonly maximum: number;
  };
  /** A value token carried a unit (such as `%`) that differs from the unit its indicator declares. */
  unit_mismatch: { readonly declared: string; readonly found: string };
  // -- outcome codes (add above this line) --
  /** More members are enrolled than a declared capacity allows (for example communities in a cohort). */
  capacity_exceeded: { readonly limit: number; readonly count: number };
  /** A date or ordered value at `path` comes before `previous` (at `previousPath`), which it must not precede. */
  out_of_order: {
    readonly value: string;
    readonly previous: string;
    readonly previousPath: readonly PathSegment[];
  };
  /** A period (start..end) overlaps another period (at `otherPath`) that must not share any day with it. */
  overlapping_periods: { readonly otherPath: readonly PathSegment[] };
  /** A partner or member of sector `other` has no `sectorLabel` naming the sector (warning). */
  sector_label_missing: Readonly<Record<never, never>>;
  /** A program history entry does not start where the previous entry ended (warning). */
  history_discontinuous: { readonly expected: string; readonly found: string | null };
  /** A program participation's `stage` differs from the state its last history entry moved to (warning). */
  stage_differs_from_history: { readonly stage: string; readonly lastTo: string };
  /** An action's origin names another place than the one that lists it (for example another action network). */
  origin_mismatch: { readonly expected: string; readonly found: string };
  // -- community, cohort & evidence codes (add above this line) --
  /** A recognition level is applied for before the level it requires was recognised. */
  level_prerequisite_missing: {
    readonly scopeId: string;
    readonly requires: string;
    readonly requiresName: string;
  };
  /** A recognition level is applied for again after it was recognised. */
  level_already_recognised: { readonly scopeId: string };
  /** A recognition level is applied for while an earlier application for it is still open. */
  level_in_progress: { readonly scopeId: string };
  /** A decided recognition application (recognised, not recognised, withdrawn) has no `decidedOn`. */
  decision_date_missing: { readonly status: string };
  /** The assessment behind a recognition application covers another scope than the level applied for. */
  assessment_scope_mismatch: {
    readonly assessmentId: string;
    readonly scopeId: string;
    readonly assessmentScopeId: string | null;
  };
  // -- recognition codes (add above this line) --
  /** Input nests deeper than the validators read (see `MAX_INPUT_DEPTH`); nothing below `path` was read. */
  too_deep: { readonly depth: number; readonly limit: number };
  /** Reading a value threw (a throwing getter, a Proxy whose traps throw): it is not plain data. */
  unreadable_value: { readonly error: string };
  /** An object contains itself, so it is not JSON data. */
  circular_value: Record<never, never>;
  /** A function that reads validated data met a value of another shape (validate it first); `error` says what failed. */
  unexpected_shape: { readonly error: string };
  // -- input safety codes (add above this line) --
}

/**
 * The data fields of each issue code, keyed by code: {@link SchemasIssueDataByCode} plus the
 * codes the other packages declare. A package or tool adds its own codes by declaration
 * merging and creates its issues with the `create` of its {@link defineIssueCodes} catalogue.
 *
 * @example
 * ```ts
 * declare module '@community-excellence/schemas' {
 *   interface IssueDataByCode {
 *     my_rule: { limit: number };
 *   }
 * }
 * ```
 */
export interface IssueDataByCode extends SchemasIssueDataByCode {}

/** The codes `@community-excellence/schemas` itself reports. */
export type SchemasIssueCode = keyof SchemasIssueDataByCode;

/** Every issue code known to the library. */
export type IssueCode = keyof IssueDataByCode;

/** The fields every issue has, whatever its code. */
export interface IssueBase<C extends IssueCode = IssueCode> {
  readonly code: C;
  /** Path from the document root to the offending value; `[]` for the document itself. */
  readonly path: readonly PathSegment[];
  readonly severity: IssueSeverity;
  /** A sentence for people. Derived from the data fields; never parse it. */
  readonly message: string;
  /** Position in a source file, when the document came from one. */
  readonly location?: SourceLocation;
}

/**
 * A structured validation issue: a discriminated union on `code`.
 *
 * @example
 * ```ts
 * import type { Issue } from '@community-excellence/schemas';
 *
 * function describe(issue: Issue): string {
 *   if (issue.code === 'percent_outside_range') {
 *     return `${issue.percent}% is not in ${issue.range}`; // fields are typed per code
 *   }
 *   return issue.message;
 * }
 * ```
 */
export type Issue = {
  [C in IssueCode]: IssueBase<C> & IssueDataByCode[C];
}[IssueCode];

/** An issue of one given code. */
export type IssueOf<C extends IssueCode> = Extract<Issue, { code: C }>;

/** The input to {@link createIssue}: the data of one code, with optional severity and message. */
export type IssueInput<C extends IssueCode> = {
  readonly code: C;
  readonly path?: readonly PathSegment[];
  readonly severity?: IssueSeverity;
  readonly message?: string;
  readonly location?: SourceLocation;
} & IssueDataByCode[C];

const describeValue = (value: unknown): string =>
  typeof value === 'string' ? JSON.stringify(value) : String(value);

const pathText = (path: readonly PathSegment[]): string => path.join('.') || '(root)';

/**
 * The issue codes of `@community-excellence/schemas`: for each code its default severity, its
 * meaning, its English message template (rendered from the code's data alone) and example data.
 *
 * @example
 * ```ts
 * schemasIssueCodes.catalogue.percent_not_multiple_of_5.severity; // 'error'
 * schemasIssueCodes.message({ code: 'percent_not_multiple_of_5', percent: 57 });
 * // => 'Percent 57 is not a multiple of 5 (use 0, 5, 10 ... 100).'
 * ```
 */
export const schemasIssueCodes: IssueCodes<SchemasIssueCode> = defineIssueCodes<SchemasIssueCode>(
  'schemas',
  {
    invalid_type: {
      severity: 'error',
      message: (d) => `Expected ${d.expected}, received ${d.received}.`,
    },
    invalid_value: {
      severity: 'error',
      message: (d) => `Expected one of ${d.expected.map((v) => describeValue(v)).join(', ')}.`,
    },
    invalid_format: { severity: 'error', message: (d) => `Invalid format: expected ${d.format}.` },
    too_small: {
      severity: 'error',
      message: (d) =>
        `Too small: expected ${d.origin} ${d.inclusive ? '>=' : '>'} ${String(d.minimum)}.`,
    },
    too_big: {
      severity: 'error',
      message: (d) =>
        `Too big: expected ${d.origin} ${d.inclusive ? '<=' : '<'} ${String(d.maximum)}.`,
    },
    not_multiple_of: { severity: 'error', message: (d) => `Expected a multiple of ${d.divisor}.` },
    unrecognized_key: {
      severity: 'error',
      message: (d) => `Unrecognized key ${JSON.stringify(d.key)}.`,
    },
    invalid_union: {
      severity: 'error',
      message: (d) => d.note ?? 'Value matches none of the allowed shapes.',
    },
    forbidden_key: {
      severity: 'error',
      message: (d) =>
        `Key ${JSON.stringify(d.key)} is not allowed (it could pollute object prototypes).`,
    },
    unsupported_format_version: {
      severity: 'error',
      message: (d) =>
        `Unsupported formatVersion ${describeValue(d.found)} for ${d.kind}; this version reads ${d.supported.join(', ')}.`,
    },
    unknown_kind: {
      severity: 'error',
      message: (d) =>
        `Unknown document kind ${describeValue(d.found)}; expected one of ${d.expected.join(', ')}.`,
    },
    duplicate_id: {
      severity: 'error',
      message: (d) =>
        `Duplicate id ${JSON.stringify(d.id)} (first used at ${pathText(d.firstPath)}).`,
    },
    points_mismatch: {
      severity: 'error',
      message: (d) => `Declared points ${d.declared} do not equal the sum of parts ${d.sum}.`,
    },
    unknown_reference: {
      severity: 'error',
      message: (d) => `Unknown ${d.target} ${JSON.stringify(d.id)}.`,
    },
    unknown_item: {
      severity: 'error',
      message: (d) => `Item ${JSON.stringify(d.item)} does not exist in framework ${d.framework}.`,
    },
    percent_not_multiple_of_5: {
      severity: 'error',
      message: (d) => `Percent ${d.percent} is not a multiple of 5 (use 0, 5, 10 ... 100).`,
    },
    percent_outside_range: {
      severity: 'error',
      message: (d) => `Percent ${d.percent} lies outside the chosen range ${d.range}.`,
    },
    wrong_evaluation_factors: {
      severity: 'error',
      message: (d) => `Item ${d.item} is a ${d.itemKind} item but carries ${d.factors} notes.`,
    },
    item_kind_mismatch: {
      severity: 'error',
      message: (d) => `Item ${d.item} must be a ${d.expectedKind} item, not ${d.actualKind}.`,
    },
    unparsable_value: {
      severity: 'error',
      message: (d) => `Cannot read value token ${JSON.stringify(d.token)}.`,
    },
    inconsistent_interval: {
      severity: 'error',
      message: (d) =>
        `Interval is inconsistent: low ${d.low} is above high ${d.high}, or the value lies outside it.`,
    },
    inconsistent_counts: {
      severity: 'error',
      message: (d) =>
        `Counts are inconsistent: numerator ${d.numerator}, denominator ${d.denominator}.`,
    },
    refinement_failed: { severity: 'error', message: (d) => d.note },
    code_parent_mismatch: {
      severity: 'error',
      message: (d) =>
        `Code ${JSON.stringify(d.child)} is not placed under its parent ${JSON.stringify(d.parent)} (a code starts with its parent's code).`,
    },
    profile_scored: {
      severity: 'error',
      message: (d) => `Profile section ${d.item} is not scored; remove its points or score.`,
    },
    points_status_conflict: {
      severity: 'error',
      message: (d) =>
        d.found === 'number'
          ? `Points status is "${d.status}", so points must be null here.`
          : `Points status is "${d.status}", so points must be a number here.`,
    },
    scale_gap: {
      severity: 'error',
      message: (d) => `Nothing covers ${d.from}..${d.to} of the scale.`,
    },
    scale_overlap: {
      severity: 'error',
      message: (d) => `Ranges overlap or are out of order between ${d.from} and ${d.to}.`,
    },
    incomplete_review: {
      severity: 'warning',
      message: (d) =>
        `Reviewer ${d.reviewer} has not evaluated ${d.missing.length} item(s) in scope: ${d.missing.join(', ')}.`,
    },
    item_out_of_scope: {
      severity: 'warning',
      message: (d) => `Item ${d.item} lies outside the scope ${d.scope}.`,
    },
    missing_score: {
      severity: 'error',
      message: (d) => `Item ${d.item} needs both a percent and a range, or notApplicable: true.`,
    },
    not_applicable_scored: {
      severity: 'error',
      message: (d) => `Item ${d.item} is marked not applicable but carries a percent or range.`,
    },
    cycle_end_before_start: {
      severity: 'error',
      message: (d) => `The cycle ends (${d.end}) before it starts (${d.start}).`,
    },
    empty_assessment: {
      severity: 'info',
      message: (d) => `Assessment ${d.assessment} has no reviews and no consensus yet.`,
    },
    framework_mismatch: {
      severity: 'error',
      message: (d) =>
        `The document names framework ${d.found} but is checked against ${d.expected}.`,
    },
    points_label_missing: {
      severity: 'warning',
      message: () =>
        'Derived points should carry a pointsLabel such as "unofficial, Baldrige-derived".',
    },
    // -- framework & assessment templates (add above this line) --
    value_outside_unit_range: {
      severity: 'warning',
      message: (d) =>
        `Value ${d.value} lies outside the plausible range ${d.minimum}..${d.maximum} of unit ${d.unit}.`,
    },
    unit_mismatch: {
      severity: 'warning',
      message: (d) => `Value is written as ${d.found} but its indicator's unit is ${d.declared}.`,
    },
    // -- outcome templates (add above this line) --
    capacity_exceeded: {
      severity: 'error',
      message: (d) => `${d.count} enrolled exceeds the capacity of ${d.limit}.`,
    },
    out_of_order: {
      severity: 'error',
      message: (d) =>
        `${describeValue(d.value)} comes before ${describeValue(d.previous)} (at ${pathText(d.previousPath)}), which it must not precede.`,
    },
    overlapping_periods: {
      severity: 'error',
      message: (d) => `Period overlaps the period at ${pathText(d.otherPath)}.`,
    },
    sector_label_missing: {
      severity: 'warning',
      message: () => 'Sector "other" should come with a sectorLabel that names the sector.',
    },
    history_discontinuous: {
      severity: 'warning',
      message: (d) =>
        `History entry starts from ${d.found ?? '(nothing)'} but the previous entry ended in ${d.expected}.`,
    },
    stage_differs_from_history: {
      severity: 'warning',
      message: (d) =>
        `Stage ${d.stage} differs from the last history entry, which moved to ${d.lastTo}.`,
    },
    origin_mismatch: {
      severity: 'error',
      message: (d) => `The action's origin is ${d.found}; it should be ${d.expected}.`,
    },
    // -- community, cohort & evidence templates (add above this line) --
    level_prerequisite_missing: {
      severity: 'error',
      message: (d) =>
        `${d.scopeId} requires ${d.requiresName} (${d.requires}), which was not recognised before this application.`,
    },
    level_already_recognised: {
      severity: 'error',
      message: (d) => `${d.scopeId} was already recognised before this application.`,
    },
    level_in_progress: {
      severity: 'error',
      message: (d) => `An earlier application for ${d.scopeId} was still open on this date.`,
    },
    decision_date_missing: {
      severity: 'error',
      message: (d) => `A ${d.status} application needs its decision date (decidedOn).`,
    },
    assessment_scope_mismatch: {
      severity: 'error',
      message: (d) =>
        `Assessment ${d.assessmentId} covers ${d.assessmentScopeId ?? 'no named scope'}, not ${d.scopeId}, the level applied for.`,
    },
    // -- recognition templates (add above this line) --
    too_deep: {
      severity: 'error',
      message: (d) => `Input nests ${d.depth} levels deep here; at most ${d.limit} are read.`,
    },
    unreadable_value: {
      severity: 'error',
      message: (d) => `Value cannot be read as plain data (${d.error}).`,
    },
    circular_value: {
      severity: 'error',
      message: () => 'Value contains itself, so it is not JSON data.',
    },
    unexpected_shape: {
      severity: 'error',
      message: (d) =>
        `Input does not have the shape this function reads; validate it first (${d.error}).`,
    },
    // -- input safety templates (add above this line) --
  },
);

/**
 * What each of schemas' issue codes means, with example data for its message: the rows of
 * `docs/issue-codes.md`. Kept apart from {@link schemasIssueCodes} so that bundles which only
 * create issues leave it out.
 *
 * @example
 * ```ts
 * schemasIssueDocs.percent_not_multiple_of_5.example; // { percent: 57 }
 * ```
 */
export const schemasIssueDocs: IssueCodeDocs<SchemasIssueCode> = {
  invalid_type: {
    meaning: 'A value has the wrong JSON type (for example a string where a number belongs).',
    example: { expected: 'number', received: 'string' },
  },
  invalid_value: {
    meaning: 'A value is not one of the allowed literals.',
    example: { expected: ['process', 'results'] },
  },
  invalid_format: {
    meaning: 'A string does not have the required format (id, date, period...).',
    example: { format: 'date' },
  },
  too_small: {
    meaning: 'A number, string or array is below its minimum.',
    example: { minimum: 1, origin: 'array', inclusive: true },
  },
  too_big: {
    meaning: 'A number, string or array is above its maximum.',
    example: { maximum: 100, origin: 'number', inclusive: true },
  },
  not_multiple_of: {
    meaning: 'A number is not a multiple of the required step.',
    example: { divisor: 5 },
  },
  unrecognized_key: {
    meaning: 'An object has a key that its schema does not define (a typo such as `pionts`).',
    example: { key: 'pionts' },
  },
  invalid_union: {
    meaning: 'A union (for example an observation value) matched none of its variants.',
    example: {},
  },
  forbidden_key: {
    meaning:
      'A key such as `__proto__`, `constructor` or `prototype` that could pollute prototypes.',
    example: { key: '__proto__' },
  },
  unsupported_format_version: {
    meaning: "The document's `formatVersion` is newer or older than this library reads.",
    example: { kind: 'assessment', found: 2, supported: [1] },
  },
  unknown_kind: {
    meaning: "The document's `kind` is missing or not a known document kind.",
    example: { found: 'assesment', expected: ['assessment', 'framework'] },
  },
  duplicate_id: {
    meaning: 'Two entries share a code or id that must be unique.',
    example: { id: '1.1', firstPath: ['categories', 0, 'items', 0, 'code'] },
  },
  points_mismatch: {
    meaning: 'Points of children do not add up to the declared total.',
    example: { declared: 120, sum: 110 },
  },
  unknown_reference: {
    meaning: 'A reference names an id that the referenced collection does not contain.',
    example: { target: 'indicator', id: 'ind-graduation' },
  },
  unknown_item: {
    meaning: 'An assessment names an item that the framework does not define.',
    example: { item: '8.1', framework: 'baldrige-2023-2024' },
  },
  percent_not_multiple_of_5: {
    meaning: 'A scoring percent is not one of 0, 5, 10 ... 100.',
    example: { percent: 57 },
  },
  percent_outside_range: {
    meaning: 'A percent does not lie inside the range the reviewer chose.',
    example: { percent: 40, range: '50-65' },
  },
  wrong_evaluation_factors: {
    meaning: 'A process item carries results (LeTCI) notes or the other way round.',
    example: { item: '1.1', itemKind: 'process', factors: 'LeTCI' },
  },
  item_kind_mismatch: {
    meaning:
      'An item of the wrong kind is placed in a category (results outside category 7, process in 7).',
    example: { item: '7.1', expectedKind: 'results', actualKind: 'process' },
  },
  unparsable_value: {
    meaning: 'A value token could not be parsed by the value codec.',
    example: { token: '12,5,3' },
  },
  inconsistent_interval: {
    meaning:
      'A confidence interval whose lower bound exceeds its upper bound, or a value outside its interval.',
    example: { low: 0.9, high: 0.7 },
  },
  inconsistent_counts: {
    meaning: 'A numerator greater than its denominator, or a non-positive denominator.',
    example: { numerator: 120, denominator: 100 },
  },
  refinement_failed: {
    meaning:
      "A refinement of a caller's own zod schema failed without carrying one of the library's codes.",
    example: { note: 'Start must come before end.' },
  },
  code_parent_mismatch: {
    meaning:
      "A code is not placed under its parent's code (item 2.1 in category 1, area 1.2a under item 1.1).",
    example: { child: '2.1', parent: '1' },
  },
  profile_scored: {
    meaning:
      'A Profile section (P.1, P.2) carries points or is scored; the Profile is never scored.',
    example: { item: 'P.1' },
  },
  points_status_conflict: {
    meaning:
      'Points disagree with the framework\'s points status (a number under "none", null under "official" or "derived").',
    example: { status: 'none', found: 'number' },
  },
  scale_gap: {
    meaning: 'Part of a scale (0..100 percent, 0..max points) is covered by no range or band.',
    example: { from: 30, to: 35 },
  },
  scale_overlap: {
    meaning: 'Two ranges or bands of a scale overlap or are out of order.',
    example: { from: 25, to: 30 },
  },
  incomplete_review: {
    meaning: 'A reviewer has not evaluated every scored item in scope.',
    example: { reviewer: 'rev-ana', missing: ['2.1', '7.4'] },
  },
  item_out_of_scope: {
    meaning: "An evaluated item lies outside the assessment's scope.",
    example: { item: '6.2', scope: 'level-2' },
  },
  missing_score: {
    meaning: 'An item evaluation lacks a percent or a range and is not marked not applicable.',
    example: { item: '3.1' },
  },
  not_applicable_scored: {
    meaning: 'An item marked not applicable still carries a percent or a range.',
    example: { item: '3.1' },
  },
  cycle_end_before_start: {
    meaning: 'An assessment cycle ends before it starts.',
    example: { start: '2026-03-01', end: '2026-01-31' },
  },
  empty_assessment: {
    meaning: 'An assessment has no reviews and no consensus yet.',
    example: { assessment: 'riverbend-2026' },
  },
  framework_mismatch: {
    meaning: 'A document is checked against a framework other than the one it names.',
    example: { expected: 'baldrige-2023-2024', found: 'coe-community-2024' },
  },
  points_label_missing: {
    meaning: 'A framework with derived points has no `pointsLabel` saying they are not official.',
    example: {},
  },
  value_outside_unit_range: {
    meaning:
      "An observation value lies outside the plausible range of its indicator's unit (for example 55.7 for a proportion).",
    example: { value: 55.7, unit: 'proportion', minimum: 0, maximum: 1 },
  },
  unit_mismatch: {
    meaning:
      'A value token carried a unit (such as `%`) that differs from the unit its indicator declares.',
    example: { declared: 'proportion', found: 'percent' },
  },
  capacity_exceeded: {
    meaning:
      'More members are enrolled than a declared capacity allows (for example communities in a cohort).',
    example: { limit: 6, count: 7 },
  },
  out_of_order: {
    meaning: 'A date or ordered value comes before a value it must not precede.',
    example: {
      value: '2026-01-01',
      previous: '2026-03-01',
      previousPath: ['history', 0, 'date'],
    },
  },
  overlapping_periods: {
    meaning: 'A period (start..end) overlaps another period that must not share any day with it.',
    example: { otherPath: ['commitments', 0] },
  },
  sector_label_missing: {
    meaning: 'A partner or member of sector `other` has no `sectorLabel` naming the sector.',
    example: {},
  },
  history_discontinuous: {
    meaning: 'A program history entry does not start where the previous entry ended.',
    example: { expected: 'readiness', found: 'inquiry' },
  },
  stage_differs_from_history: {
    meaning:
      "A program participation's `stage` differs from the state its last history entry moved to.",
    example: { stage: 'year-1', lastTo: 'preparatory' },
  },
  origin_mismatch: {
    meaning:
      "An action's origin names another place than the one that lists it (an action network's action whose origin is another network or not a network).",
    example: { expected: 'an-attendance', found: 'an-ready-for-k' },
  },
  level_prerequisite_missing: {
    meaning:
      'A recognition level is applied for before the level it requires was recognised (a Level 2 application without Level 1).',
    example: {
      scopeId: 'coe-level-2',
      requires: 'coe-level-1',
      requiresName: 'Commitment to Community Excellence',
    },
  },
  level_already_recognised: {
    meaning: 'A recognition level is applied for again after it was recognised.',
    example: { scopeId: 'coe-level-1' },
  },
  level_in_progress: {
    meaning:
      'A recognition level is applied for while an earlier application for it is still open.',
    example: { scopeId: 'coe-level-2' },
  },
  decision_date_missing: {
    meaning:
      'A decided recognition application (recognised, not recognised or withdrawn) has no decision date.',
    example: { status: 'recognised' },
  },
  assessment_scope_mismatch: {
    meaning:
      'The assessment behind a recognition application covers another scope than the level applied for.',
    example: {
      assessmentId: 'riverbend-2026-baseline-level-3',
      scopeId: 'coe-level-2',
      assessmentScopeId: 'coe-level-3',
    },
  },
  too_deep: {
    meaning: `Input nests deeper than the limit every walk over untrusted input keeps (MAX_INPUT_DEPTH, 256).`,
    example: { depth: 257, limit: 256 },
  },
  unreadable_value: {
    meaning: 'A value cannot be read as plain data: a getter or a Proxy trap throws.',
    example: { error: 'Error: getter failed' },
  },
  circular_value: {
    meaning: 'A value contains itself (a cycle), so it is not JSON data.',
    example: {},
  },
  unexpected_shape: {
    meaning:
      'A function that reads validated data got input of another shape; validate the document first.',
    example: { error: "TypeError: Cannot read properties of null (reading 'items')" },
  },
};

/**
 * The default English message for the data of one of schemas' own codes (other packages
 * render theirs with the `message` of their catalogue). Used by {@link createIssue} when no
 * message is given.
 *
 * Never throws: data that cannot be read gives `'Invalid value.'`, an unknown code a plain message.
 *
 * @example
 * ```ts
 * defaultIssueMessage({ code: 'percent_not_multiple_of_5', percent: 57 });
 * // => 'Percent 57 is not a multiple of 5 (use 0, 5, 10 ... 100).'
 * ```
 */
export function defaultIssueMessage<C extends SchemasIssueCode>(
  data: { readonly code: C } & IssueDataByCode[C],
): string {
  return schemasIssueCodes.message(data);
}

/**
 * Builds an issue of one of schemas' own codes from its code and data, filling in `path`
 * (`[]`), the code's default severity (see {@link schemasIssueCodes}) and the default message.
 * Other packages create their issues with the `create` of their own catalogue.
 *
 * Never throws: input of another shape gives an `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * const issue = createIssue({ code: 'unknown_item', item: '8.1', framework: 'baldrige-2023-2024', path: ['reviews', 0, 'items', 3] });
 * issue.severity; // 'error'
 * issue.message;  // 'Item "8.1" does not exist in framework baldrige-2023-2024.'
 * ```
 */
export function createIssue<C extends SchemasIssueCode>(input: IssueInput<C>): IssueOf<C> {
  try {
    if (typeof input !== 'object' || input === null) throw new TypeError('input is not an object');
    const { message, ...rest } = input;
    const issue = schemasIssueCodes.create(rest as unknown as CatalogueIssueInput<C>);
    return message === undefined ? issue : { ...issue, message };
  } catch (error) {
    return schemasIssueCodes.create({
      code: 'unexpected_shape',
      error: errorText(error),
    }) as unknown as IssueOf<C>;
  }
}

/** A short text for an error; never throws itself. */
function errorText(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return 'unknown error';
  }
}

/**
 * Returns a copy of an issue whose path is prefixed (used when a validator checks a part
 * of a larger document).
 *
 * Never throws: an issue or prefix of another shape gives an `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * prefixIssuePath(issue, ['documents', 2]).path; // ['documents', 2, ...issue.path]
 * ```
 */
export function prefixIssuePath<I extends Issue>(issue: I, prefix: readonly PathSegment[]): I {
  try {
    if (typeof issue !== 'object' || issue === null || !Array.isArray(prefix))
      throw new TypeError('issue is not an object or prefix is not an array');
    return { ...issue, path: [...prefix, ...issue.path] };
  } catch (error) {
    return createIssue({ code: 'unexpected_shape', error: errorText(error) }) as I;
  }
}

/**
 * True when at least one issue has severity `error`.
 *
 * Never throws: anything but a list of issues gives `false`.
 *
 * @example
 * ```ts
 * hasErrors([createIssue({ code: 'sector_label_missing', severity: 'warning' })]); // false
 * ```
 */
export function hasErrors(issues: readonly Issue[]): boolean {
  try {
    return hasErrorsUnchecked(issues);
  } catch {
    return false;
  }
}

function hasErrorsUnchecked(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

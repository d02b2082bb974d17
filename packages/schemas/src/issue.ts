/**
 * The one structured issue type shared by every validator in community-excellence.
 *
 * Issues are a discriminated union on `code`. Each code carries its own data fields
 * (for example `percent` and `range` for a percent outside its range) next to a
 * `path` into the document, a `severity` and a human `message`. Messages are derived
 * from the data by {@link defaultIssueMessage}; tools can render their own from the
 * same fields.
 *
 * @packageDocumentation
 */

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
 * The data fields of each issue code. This interface can be extended by declaration
 * merging when a tool adds its own checks.
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
export interface IssueDataByCode {
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
  /** Anything a refinement reports that has no dedicated code. */
  custom: { readonly params?: Readonly<Record<string, unknown>> };
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
  // -- community, cohort & evidence codes (add above this line) --
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

/**
 * The default English message for an issue's data. Used by {@link createIssue} when no
 * message is given.
 *
 * Never throws: data of another shape gives `'Invalid value.'`.
 *
 * @example
 * ```ts
 * defaultIssueMessage({ code: 'percent_not_multiple_of_5', percent: 57 });
 * // => 'Percent 57 is not a multiple of 5 (use 0, 5, 10 ... 100).'
 * ```
 */
export function defaultIssueMessage<C extends IssueCode>(
  data: { readonly code: C } & IssueDataByCode[C],
): string {
  try {
    return defaultIssueMessageUnchecked(data);
  } catch {
    return 'Invalid value.';
  }
}

function defaultIssueMessageUnchecked<C extends IssueCode>(
  data: { readonly code: C } & IssueDataByCode[C],
): string {
  const d = data as unknown as Issue;
  switch (d.code) {
    case 'invalid_type':
      return `Expected ${d.expected}, received ${d.received}.`;
    case 'invalid_value':
      return `Expected one of ${d.expected.map((v) => describeValue(v)).join(', ')}.`;
    case 'invalid_format':
      return `Invalid format: expected ${d.format}.`;
    case 'too_small':
      return `Too small: expected ${d.origin} ${d.inclusive ? '>=' : '>'} ${String(d.minimum)}.`;
    case 'too_big':
      return `Too big: expected ${d.origin} ${d.inclusive ? '<=' : '<'} ${String(d.maximum)}.`;
    case 'not_multiple_of':
      return `Expected a multiple of ${d.divisor}.`;
    case 'unrecognized_key':
      return `Unrecognized key ${JSON.stringify(d.key)}.`;
    case 'invalid_union':
      return d.note ?? 'Value matches none of the allowed shapes.';
    case 'forbidden_key':
      return `Key ${JSON.stringify(d.key)} is not allowed (it could pollute object prototypes).`;
    case 'unsupported_format_version':
      return `Unsupported formatVersion ${describeValue(d.found)} for ${d.kind}; this version reads ${d.supported.join(', ')}.`;
    case 'unknown_kind':
      return `Unknown document kind ${describeValue(d.found)}; expected one of ${d.expected.join(', ')}.`;
    case 'duplicate_id':
      return `Duplicate id ${JSON.stringify(d.id)} (first used at ${d.firstPath.join('.') || '(root)'}).`;
    case 'points_mismatch':
      return `Declared points ${d.declared} do not equal the sum of parts ${d.sum}.`;
    case 'unknown_reference':
      return `Unknown ${d.target} ${JSON.stringify(d.id)}.`;
    case 'unknown_item':
      return `Item ${JSON.stringify(d.item)} does not exist in framework ${d.framework}.`;
    case 'percent_not_multiple_of_5':
      return `Percent ${d.percent} is not a multiple of 5 (use 0, 5, 10 ... 100).`;
    case 'percent_outside_range':
      return `Percent ${d.percent} lies outside the chosen range ${d.range}.`;
    case 'wrong_evaluation_factors':
      return `Item ${d.item} is a ${d.itemKind} item but carries ${d.factors} notes.`;
    case 'item_kind_mismatch':
      return `Item ${d.item} must be a ${d.expectedKind} item, not ${d.actualKind}.`;
    case 'unparsable_value':
      return `Cannot read value token ${JSON.stringify(d.token)}.`;
    case 'inconsistent_interval':
      return `Interval is inconsistent: low ${d.low} is above high ${d.high}, or the value lies outside it.`;
    case 'inconsistent_counts':
      return `Counts are inconsistent: numerator ${d.numerator}, denominator ${d.denominator}.`;
    case 'custom':
      return 'Invalid value.';
    case 'code_parent_mismatch':
      return `Code ${JSON.stringify(d.child)} is not placed under its parent ${JSON.stringify(d.parent)} (a code starts with its parent's code).`;
    case 'profile_scored':
      return `Profile section ${d.item} is not scored; remove its points or score.`;
    case 'points_status_conflict':
      return d.found === 'number'
        ? `Points status is "${d.status}", so points must be null here.`
        : `Points status is "${d.status}", so points must be a number here.`;
    case 'scale_gap':
      return `Nothing covers ${d.from}..${d.to} of the scale.`;
    case 'scale_overlap':
      return `Ranges overlap or are out of order between ${d.from} and ${d.to}.`;
    case 'incomplete_review':
      return `Reviewer ${d.reviewer} has not evaluated ${d.missing.length} item(s) in scope: ${d.missing.join(', ')}.`;
    case 'item_out_of_scope':
      return `Item ${d.item} lies outside the scope ${d.scope}.`;
    case 'missing_score':
      return `Item ${d.item} needs both a percent and a range, or notApplicable: true.`;
    case 'not_applicable_scored':
      return `Item ${d.item} is marked not applicable but carries a percent or range.`;
    case 'cycle_end_before_start':
      return `The cycle ends (${d.end}) before it starts (${d.start}).`;
    case 'empty_assessment':
      return `Assessment ${d.assessment} has no reviews and no consensus yet.`;
    case 'framework_mismatch':
      return `The document names framework ${d.found} but is checked against ${d.expected}.`;
    // -- framework & assessment messages (add above this line) --
    case 'value_outside_unit_range':
      return `Value ${d.value} lies outside the plausible range ${d.minimum}..${d.maximum} of unit ${d.unit}.`;
    case 'unit_mismatch':
      return `Value is written as ${d.found} but its indicator's unit is ${d.declared}.`;
    // -- outcome messages (add above this line) --
    case 'capacity_exceeded':
      return `${d.count} enrolled exceeds the capacity of ${d.limit}.`;
    case 'out_of_order':
      return `${describeValue(d.value)} comes before ${describeValue(d.previous)} (at ${d.previousPath.join('.') || '(root)'}), which it must not precede.`;
    case 'overlapping_periods':
      return `Period overlaps the period at ${d.otherPath.join('.') || '(root)'}.`;
    // -- community, cohort & evidence messages (add above this line) --
    case 'too_deep':
      return `Input nests ${d.depth} levels deep here; at most ${d.limit} are read.`;
    case 'unreadable_value':
      return `Value cannot be read as plain data (${d.error}).`;
    case 'circular_value':
      return 'Value contains itself, so it is not JSON data.';
    case 'unexpected_shape':
      return `Input does not have the shape this function reads; validate it first (${d.error}).`;
    // -- input safety messages (add above this line) --
  }
}

/**
 * Builds an issue from its code and data, filling in `path` (`[]`), `severity`
 * (`'error'`) and the default message.
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
export function createIssue<C extends IssueCode>(input: IssueInput<C>): IssueOf<C> {
  try {
    if (typeof input !== 'object' || input === null) throw new TypeError('input is not an object');
    return createIssueUnchecked(input);
  } catch (error) {
    return createIssueUnchecked({
      code: 'unexpected_shape',
      error: errorText(error),
    }) as IssueOf<C>;
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

function createIssueUnchecked<C extends IssueCode>(input: IssueInput<C>): IssueOf<C> {
  const { path, severity, message, location, ...data } = input;
  const issue = {
    ...data,
    path: path ?? [],
    severity: severity ?? 'error',
    message: message ?? defaultIssueMessage(input as unknown as { code: C } & IssueDataByCode[C]),
    ...(location === undefined ? {} : { location }),
  };
  return issue as unknown as IssueOf<C>;
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
 * hasErrors([createIssue({ code: 'custom', severity: 'warning' })]); // false
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

import { createIssue, type IssueOf, type PathSegment } from '../issue.js';
import { formatNumber, scanNumber, type NumberSyntax } from './number-token.js';
import type {
  BoundOp,
  MissingReason,
  ObservationValue,
  ValueUnitHint,
} from './observation-value.js';
import {
  DEFAULT_MISSING_TOKENS,
  DEFAULT_SUPPRESSED_TOKENS,
  type MissingTokenRule,
  type SuppressedTokenRule,
} from './value-tokens.js';
import { optionsOf } from '../options-of.js';

/**
 * How a source writes its values. Every field is optional; the defaults read the common
 * US shapes (see `docs/values.md`).
 */
export interface ValueCodecOptions {
  /** Tokens that mean suppressed. Default {@link DEFAULT_SUPPRESSED_TOKENS}. */
  readonly suppressedTokens?: readonly SuppressedTokenRule[];
  /** Tokens that mean missing. Default {@link DEFAULT_MISSING_TOKENS}. */
  readonly missingTokens?: readonly MissingTokenRule[];
  /** Whether token lists compare case-sensitively. Default `false`. */
  readonly caseSensitive?: boolean;
  /** Whether a blank (empty or whitespace-only) cell is a missing value; otherwise it is unparsable. Default `true`. */
  readonly blankIsMissing?: boolean;
  /** Decimal separator: `.` (default) or `,`. */
  readonly decimalSeparator?: '.' | ',';
  /** Thousands separator allowed between groups of three digits (`1,234`). Default none. */
  readonly groupSeparator?: ',' | '.' | ' ' | "'" | '_';
  /** Whether a trailing `%` is read (as unit `percent`, number kept as written). Default `true`. */
  readonly percentSign?: boolean;
  /** Whether ranges such as `85-89%` are read as intervals. Default `true`. */
  readonly intervals?: boolean;
  /** Whether `<`, `<=`, `>`, `>=` (and `≤`, `≥`) prefixes are read as bounds. Default `true`. */
  readonly bounds?: boolean;
  /** Whether scientific notation (`1.5e-05`) is read. Default `true`. */
  readonly exponent?: boolean;
  /** Markers that may follow an exact number as a footnote (`81.6*`). Default `['*']`. */
  readonly footnoteMarkers?: readonly string[];
  /**
   * Markers that turn a number into a suppressed value instead (`7*` style releases where
   * the star means "fewer than 10, shown as a placeholder"). Checked before footnote
   * markers. Default none.
   */
  readonly suppressionMarkers?: readonly SuppressedTokenRule[];
}

/**
 * {@link ValueCodecOptions} after defaults were applied (`groupSeparator` stays `undefined`
 * when none was chosen).
 *
 * @example
 * ```ts
 * createValueCodec().options.decimalSeparator; // '.'
 * ```
 */
export type ResolvedValueCodecOptions = Readonly<
  Required<Omit<ValueCodecOptions, 'groupSeparator'>>
> & {
  readonly groupSeparator: ValueCodecOptions['groupSeparator'] | undefined;
};

/**
 * What {@link ValueCodec.parse} returns: a typed value, or an `unparsable_value` issue.
 *
 * @example
 * ```ts
 * const result: ValueParseResult = codec.parse('85-89%');
 * if (result.ok) result.value.kind; // 'interval'
 * else result.issue.token;
 * ```
 */
export type ValueParseResult =
  | { readonly ok: true; readonly value: ObservationValue }
  | { readonly ok: false; readonly issue: IssueOf<'unparsable_value'> };

/**
 * A value to format: an {@link ObservationValue} whose `raw` may be omitted.
 */
export type FormattableValue = ObservationValue extends infer V
  ? V extends { raw: string }
    ? Omit<V, 'raw'> & { readonly raw?: string }
    : never
  : never;

/**
 * A configured value codec: `parse` reads a token and never throws; `format` writes a
 * value back as a token that `parse` reads to the same value.
 *
 * @example
 * ```ts
 * const codec = createValueCodec(valueCodecPresets.edfacts);
 * codec.format({ kind: 'bound', op: '>=', value: 95, unit: 'percent' }); // '>=95%'
 * ```
 */
export interface ValueCodec {
  /** Reads one cell. `path` is put on the issue when the token cannot be read. */
  parse(token: string | null | undefined, path?: readonly PathSegment[]): ValueParseResult;
  /** Writes a value as a token in this codec's syntax. */
  format(value: FormattableValue): string;
  /** The options after defaults were applied. */
  readonly options: ResolvedValueCodecOptions;
}

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 0xa0;

const skipSpaces = (text: string, index: number): number => {
  let i = index;
  while (i < text.length && isSpace(text.charCodeAt(i))) i += 1;
  return i;
};

/** Reads a bound prefix at the start of `text`: the operator and the index after it. */
const readOp = (text: string): { op: BoundOp; end: number } | undefined => {
  const c = text[0];
  const next = text[1];
  if (c === '<') return next === '=' ? { op: '<=', end: 2 } : { op: '<', end: 1 };
  if (c === '>') return next === '=' ? { op: '>=', end: 2 } : { op: '>', end: 1 };
  if (c === '\u2264') return { op: '<=', end: 1 };
  if (c === '\u2265') return { op: '>=', end: 1 };
  return undefined;
};

const safeString = (token: unknown): string => {
  try {
    return typeof token === 'string' ? token : String(token);
  } catch {
    return Object.prototype.toString.call(token);
  }
};

/**
 * Creates a value codec for one source's conventions. `parse` never throws: it returns a
 * typed {@link ObservationValue} or an `unparsable_value` issue. Numbers are kept as
 * written (`90%` is `{ kind: 'exact', value: 90, unit: 'percent' }`); suppressed cells are
 * never read as 0. Throws a `RangeError` only for contradictory options (the same
 * character as decimal and group separator). Options that are not an object (`null`) are read as
 * `{}`.
 *
 * @throws RangeError when `groupSeparator` and `decimalSeparator` are the same character (a
 *   programmer error in the options).
 *
 * @example
 * ```ts
 * const codec = createValueCodec({ suppressedTokens: [{ token: 'LNE', reason: 'low-number' }] });
 * codec.parse('LNE');   // { ok: true, value: { kind: 'suppressed', raw: 'LNE', reason: 'low-number' } }
 * codec.parse('81.6*'); // { ok: true, value: { kind: 'exact', raw: '81.6*', value: 81.6, footnote: '*' } }
 * codec.parse('abc');   // { ok: false, issue: { code: 'unparsable_value', token: 'abc', ... } }
 * ```
 */
export function createValueCodec(options: ValueCodecOptions = {}): ValueCodec {
  options = optionsOf(options);
  const resolved: ResolvedValueCodecOptions = {
    suppressedTokens: options.suppressedTokens ?? DEFAULT_SUPPRESSED_TOKENS,
    missingTokens: options.missingTokens ?? DEFAULT_MISSING_TOKENS,
    caseSensitive: options.caseSensitive ?? false,
    blankIsMissing: options.blankIsMissing ?? true,
    decimalSeparator: options.decimalSeparator ?? '.',
    groupSeparator: options.groupSeparator,
    percentSign: options.percentSign ?? true,
    intervals: options.intervals ?? true,
    bounds: options.bounds ?? true,
    exponent: options.exponent ?? true,
    footnoteMarkers: options.footnoteMarkers ?? ['*'],
    suppressionMarkers: options.suppressionMarkers ?? [],
  };
  const group: string | undefined = resolved.groupSeparator;
  if (group !== undefined && group === resolved.decimalSeparator) {
    throw new RangeError(
      `groupSeparator and decimalSeparator must differ (both are ${JSON.stringify(group)}).`,
    );
  }
  const syntax: NumberSyntax = {
    decimalSeparator: resolved.decimalSeparator,
    groupSeparator: group,
    exponent: resolved.exponent,
  };
  const key = resolved.caseSensitive
    ? (text: string): string => text
    : (text: string): string => text.toUpperCase();

  type Special =
    | { readonly kind: 'suppressed'; readonly reason?: string }
    | { readonly kind: 'missing'; readonly reason?: MissingReason };
  const specials = new Map<string, Special>();
  // Missing first, then suppressed: a token in both lists is read as suppressed.
  for (const rule of resolved.missingTokens) {
    specials.set(
      key(rule.token.trim()),
      rule.reason === undefined ? { kind: 'missing' } : { kind: 'missing', reason: rule.reason },
    );
  }
  for (const rule of resolved.suppressedTokens) {
    specials.set(
      key(rule.token.trim()),
      rule.reason === undefined
        ? { kind: 'suppressed' }
        : { kind: 'suppressed', reason: rule.reason },
    );
  }
  const digitSpecials = [...specials.keys()].some((token) => {
    const c = token.charCodeAt(0);
    return c >= 48 && c <= 57;
  });
  const suppressionMarkers = new Map<string, SuppressedTokenRule>();
  for (const rule of resolved.suppressionMarkers) suppressionMarkers.set(key(rule.token), rule);
  const footnotes = new Set(resolved.footnoteMarkers);

  const fail = (raw: string, path: readonly PathSegment[] | undefined): ValueParseResult => ({
    ok: false,
    issue: createIssue({
      code: 'unparsable_value',
      token: raw,
      path: path ?? [],
      location: { raw },
    }),
  });

  // Built whole, never spread: this runs once per cell of an import.
  const exact = (raw: string, value: number, unit: ValueUnitHint | undefined): ObservationValue =>
    unit === undefined ? { kind: 'exact', raw, value } : { kind: 'exact', raw, value, unit };

  const parseNumeric = (
    raw: string,
    text: string,
    path: readonly PathSegment[] | undefined,
  ): ValueParseResult => {
    let i = 0;
    let op: BoundOp | undefined;
    if (resolved.bounds) {
      const found = readOp(text);
      if (found !== undefined) {
        op = found.op;
        i = skipSpaces(text, found.end);
      }
    }
    const first = scanNumber(text, i, syntax);
    if (first === undefined) return fail(raw, path);
    i = first.end;
    let percentOnFirst = false;
    if (resolved.percentSign && text[skipSpaces(text, i)] === '%') {
      percentOnFirst = true;
      i = skipSpaces(text, i) + 1;
    }
    let second: number | undefined;
    const afterFirst = skipSpaces(text, i);
    const dash = text[afterFirst];
    if (
      op === undefined &&
      resolved.intervals &&
      (dash === '-' || dash === '\u2013') &&
      afterFirst + 1 < text.length
    ) {
      const high = scanNumber(text, skipSpaces(text, afterFirst + 1), syntax);
      if (high === undefined) return fail(raw, path);
      second = high.value;
      i = high.end;
    }
    let unit: ValueUnitHint | undefined = percentOnFirst ? 'percent' : undefined;
    if (resolved.percentSign && second !== undefined && text[skipSpaces(text, i)] === '%') {
      unit = 'percent';
      i = skipSpaces(text, i) + 1;
    } else if (second !== undefined && percentOnFirst) {
      // '85%-89' : the second number must carry the sign too.
      return fail(raw, path);
    }
    const rest = text.slice(i);
    if (second !== undefined) {
      if (rest.length > 0) return fail(raw, path);
      return {
        ok: true,
        value:
          unit === undefined
            ? { kind: 'interval', raw, low: first.value, high: second }
            : { kind: 'interval', raw, low: first.value, high: second, unit },
      };
    }
    if (op !== undefined) {
      if (rest.length > 0) return fail(raw, path);
      return {
        ok: true,
        value:
          unit === undefined
            ? { kind: 'bound', raw, op, value: first.value }
            : { kind: 'bound', raw, op, value: first.value, unit },
      };
    }
    if (rest.length === 0) return { ok: true, value: exact(raw, first.value, unit) };
    const marker = suppressionMarkers.get(key(rest));
    if (marker !== undefined) {
      return {
        ok: true,
        value:
          marker.reason === undefined
            ? { kind: 'suppressed', raw }
            : { kind: 'suppressed', raw, reason: marker.reason },
      };
    }
    if (footnotes.has(rest))
      return {
        ok: true,
        value:
          unit === undefined
            ? { kind: 'exact', raw, value: first.value, footnote: rest }
            : { kind: 'exact', raw, value: first.value, footnote: rest, unit },
      };
    return fail(raw, path);
  };

  const parse = (
    token: string | null | undefined,
    path?: readonly PathSegment[],
  ): ValueParseResult => {
    const raw = token === null || token === undefined ? '' : safeString(token);
    const text = raw.trim();
    if (text.length === 0) {
      return resolved.blankIsMissing
        ? { ok: true, value: { kind: 'missing', raw, reason: 'blank' } }
        : fail(raw, path);
    }
    // Most cells are numbers: skip the token lookup (and its upper-cased copy) when no token
    // starts with the cell's first character class.
    const first = text.charCodeAt(0);
    const special =
      first >= 48 && first <= 57 && !digitSpecials ? undefined : specials.get(key(text));
    if (special !== undefined) return { ok: true, value: { ...special, raw } };
    return parseNumeric(raw, text, path);
  };

  const sameSpecial = (
    token: string,
    kind: 'suppressed' | 'missing',
    reason: string | undefined,
  ): boolean => {
    const result = parse(token);
    return (
      result.ok &&
      result.value.kind === kind &&
      (result.value as { reason?: string }).reason === reason
    );
  };

  const formatSpecial = (
    kind: 'suppressed' | 'missing',
    raw: string | undefined,
    reason: string | undefined,
  ): string => {
    if (raw !== undefined && sameSpecial(raw, kind, reason)) return raw;
    if (kind === 'missing' && reason === 'blank' && resolved.blankIsMissing) return '';
    const rules: readonly { token: string; reason?: string }[] =
      kind === 'suppressed' ? resolved.suppressedTokens : resolved.missingTokens;
    for (const rule of rules) if (sameSpecial(rule.token, kind, reason)) return rule.token;
    if (raw !== undefined) return raw;
    // No token of this codec carries that reason: keep at least the kind.
    for (const rule of rules) if (sameSpecial(rule.token, kind, rule.reason)) return rule.token;
    return '';
  };

  const num = (value: number): string => formatNumber(value, resolved.decimalSeparator);
  const pct = (unit: ValueUnitHint | undefined): string => (unit === 'percent' ? '%' : '');

  const format = (value: FormattableValue): string => {
    switch (value.kind) {
      case 'exact':
        return `${num(value.value)}${pct(value.unit)}${value.footnote ?? ''}`;
      case 'interval':
        return `${num(value.low)}-${num(value.high)}${pct(value.unit)}`;
      case 'bound':
        return `${value.op}${num(value.value)}${pct(value.unit)}`;
      case 'suppressed':
        return formatSpecial('suppressed', value.raw, value.reason);
      case 'missing':
        return formatSpecial('missing', value.raw, value.reason);
    }
  };

  return { parse, format, options: resolved };
}

import { formatRational, parseRational, type Rational } from './rational.js';

/**
 * A number as it appears in a scorecard: `exact` is the exact value as text (a terminating
 * decimal such as `'24.75'`, or a fraction such as `'1700/29'`), `value` the nearest JS number
 * for display and charts. Both are JSON-safe. Never add `value`s up; add the exact values (as
 * fractions) or use the totals the scorecard already holds. (Not to be confused with an
 * observation's `{ kind: 'exact' }` value in `@community-excellence/schemas`.)
 */
export interface ExactNumber {
  /** The exact value: a decimal when it terminates, otherwise `numerator/denominator`. */
  readonly exact: string;
  /** The nearest JS number, for display only. */
  readonly value: number;
}

/**
 * Converts a rational to an {@link ExactNumber}.
 *
 * @throws TypeError when given something other than a `Rational` (a programmer error, as for the
 *   rational arithmetic).
 *
 * @example
 * ```ts
 * toExactValue(rational(99n, 4n)!); // { exact: '24.75', value: 24.75 }
 * ```
 */
export function toExactValue(value: Rational): ExactNumber {
  const exact = formatRational(value);
  // A terminating decimal reads back as the nearest double; a fraction divides (display only).
  return {
    exact,
    value: exact.includes('/') ? Number(value.num) / Number(value.den) : Number(exact),
  };
}

/**
 * Reads the exact rational back from an {@link ExactNumber} (or `undefined` when its `exact`
 * text is not a number, for example in a hand-edited scorecard).
 *
 * Never throws: a value that is not an exact value gives `undefined`.
 *
 * @example
 * ```ts
 * fromExactValue({ exact: '1700/29', value: 58.62 }); // { num: 1700n, den: 29n }
 * ```
 */
export function fromExactValue(value: ExactNumber): Rational | undefined {
  try {
    return fromExactValueUnchecked(value);
  } catch {
    return undefined;
  }
}

function fromExactValueUnchecked(value: ExactNumber): Rational | undefined {
  return parseRational(value.exact);
}

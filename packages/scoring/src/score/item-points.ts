import type { ExactNumber } from './exact-number.js';
import { toExactValue } from './exact-number.js';
import { multiplyRational, rational, rationalFromNumber, type Rational } from './rational.js';

/** percent / 100 × maxPoints as an exact rational, or undefined for a non-finite input. */
export function itemPointsRational(
  percent: number,
  maxPoints: Rational | number,
): Rational | undefined {
  const max = typeof maxPoints === 'number' ? rationalFromNumber(maxPoints) : maxPoints;
  if (max === undefined || !Number.isFinite(percent)) return undefined;
  const share = Number.isInteger(percent)
    ? rational(BigInt(percent), 100n)
    : multiplyRational(rationalFromNumber(percent) as Rational, HUNDREDTH);
  return share === undefined ? undefined : multiplyRational(share, max);
}

const HUNDREDTH = rational(1n, 100n) as Rational;

/**
 * The points an item earns: `percent / 100 × maxPoints`, computed exactly (no floating
 * point). Returns `undefined` (never throws) when either input is not a finite number. No factor weights are
 * involved: the percent is the holistic best-fit score an assessor chose.
 *
 * @example
 * ```ts
 * itemPoints(60, 70); // { exact: '42', value: 42 }
 * itemPoints(55, 45); // { exact: '24.75', value: 24.75 }
 * itemPoints(35, 12.5); // { exact: '4.375', value: 4.375 }  (custom frameworks may use fractional points)
 * ```
 */
export function itemPoints(percent: number, maxPoints: number): ExactNumber | undefined {
  if (typeof percent !== 'number' || typeof maxPoints !== 'number') return undefined;
  const points = itemPointsRational(percent, maxPoints);
  return points === undefined ? undefined : toExactValue(points);
}

import type { Indicator } from '@community-excellence/schemas/data';
import { isFiniteNumber } from '../metrics/metric.js';
import { normalQuantile, type Estimate } from '../metrics/uncertainty.js';

/**
 * A group's estimate in one period: the value, and when the data have them its confidence interval
 * or the counts it was computed from (`numerator / denominator`, for a binomial standard error).
 */
export interface GroupEstimate extends Estimate {
  readonly numerator?: number;
  readonly denominator?: number;
}

/**
 * How a value relates to `numerator / denominator`: `100` for a percent (0-100), `1` for a
 * proportion (0-1).
 */
export type ProportionScale = 1 | 100;

/**
 * The standard error of one estimate, and where it came from.
 */
export interface StandardError {
  /** `undefined` when the estimate carries neither a usable interval nor usable counts. */
  readonly value: number | undefined;
  readonly source: 'confidence-interval' | 'counts' | 'none';
  readonly notes: readonly string[];
}

/**
 * The scale of an indicator unit for counts: 100 for `percent`, 1 for `proportion`, otherwise
 * `undefined` (a rate or a score is not a share of the denominator). @internal
 */
export function scaleOfUnit(unit: Indicator['unit'] | undefined): ProportionScale | undefined {
  const type = (unit as { readonly type?: unknown } | undefined)?.type;
  return type === 'percent' ? 100 : type === 'proportion' ? 1 : undefined;
}

/**
 * The standard error of an estimate (the rule of docs/metrics.md, "Reading a trend and a gap
 * change"):
 *
 * - from its confidence interval: the mean half-width divided by `z(level)` (a CI without a level is
 *   read as 95%, noted), as {@link differenceTest} does;
 * - otherwise from its counts: `p = numerator / denominator` and `sqrt(p (1 - p) / denominator)`,
 *   times `scale` (100 when the value is a percent, 1 for a proportion). When no scale is given it is
 *   taken from the value: the scale at which `p` matches the value to within half a point (noted).
 *   Counts whose share does not match the value at the scale are not used (noted): the value and the
 *   counts would then describe different things, or the unit is mislabelled.
 *
 * Never throws: an estimate that cannot be read has no standard error.
 *
 * @example
 * ```ts
 * standardErrorOf({ value: 50, ci: { low: 40.2, high: 59.8, level: 0.95 } }).value; // 5.0
 * standardErrorOf({ value: 50, numerator: 50, denominator: 100 }, 100).value; // 5.0
 * standardErrorOf({ value: 0.5, numerator: 50, denominator: 100 }).value; // 0.05 (scale 1, noted)
 * ```
 */
export function standardErrorOf(estimate: GroupEstimate, scale?: ProportionScale): StandardError {
  try {
    return standardErrorOfUnchecked(estimate, scale);
  } catch {
    return { value: undefined, source: 'none', notes: ['the estimate cannot be read'] };
  }
}

const NONE: StandardError = { value: undefined, source: 'none', notes: [] };

function standardErrorOfUnchecked(
  estimate: GroupEstimate,
  scale: ProportionScale | undefined,
): StandardError {
  if (typeof estimate !== 'object' || estimate === null) return NONE;
  const value = estimate.value;
  const ci = estimate.ci;
  if (
    typeof ci === 'object' &&
    ci !== null &&
    isFiniteNumber(ci.low) &&
    isFiniteNumber(ci.high) &&
    ci.low <= ci.high
  ) {
    const notes: string[] = [];
    let level = ci.level;
    if (!isFiniteNumber(level) || level <= 0 || level >= 1) {
      level = 0.95;
      notes.push('a CI without a level was read as a 95% interval');
    }
    return {
      value: (ci.high - ci.low) / 2 / normalQuantile(1 - (1 - level) / 2),
      source: 'confidence-interval',
      notes,
    };
  }
  const numerator = estimate.numerator;
  const denominator = estimate.denominator;
  if (
    !isFiniteNumber(value) ||
    !isFiniteNumber(numerator) ||
    !isFiniteNumber(denominator) ||
    denominator <= 0 ||
    numerator < 0 ||
    numerator > denominator
  )
    return NONE;
  const p = numerator / denominator;
  const tolerance = (s: number): number => 0.005 * s + 1e-12;
  const distance = (s: number): number => Math.abs(value - p * s);
  let used = scale === 1 || scale === 100 ? scale : undefined;
  const notes: string[] = [];
  if (used === undefined) {
    const fits = ([1, 100] as const).filter((s) => distance(s) <= tolerance(s));
    used = fits.sort((a, b) => distance(a) / a - distance(b) / b)[0];
    if (used === undefined)
      return {
        value: undefined,
        source: 'none',
        notes: [
          `counts ${numerator}/${denominator} do not match the value ${value} as a proportion or a percent: not used`,
        ],
      };
    notes.push(`counts read at scale ${used} (${used === 100 ? 'percent' : 'proportion'})`);
  } else if (distance(used) > tolerance(used))
    return {
      value: undefined,
      source: 'none',
      notes: [
        `counts ${numerator}/${denominator} do not match the value ${value} at scale ${used}: not used`,
      ],
    };
  return { value: Math.sqrt((p * (1 - p)) / denominator) * used, source: 'counts', notes };
}

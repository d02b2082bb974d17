import { isFiniteNumber } from './metric.js';
import { optionsOf } from '../options-of.js';

/**
 * An estimate with an optional confidence interval, for {@link differenceTest}.
 */
export interface Estimate {
  readonly value: number;
  readonly ci?: { readonly low: number; readonly high: number; readonly level?: number };
}

/**
 * Whether a difference `a - b` (a gap, or a change over time) is distinguishable from zero.
 *
 * @example
 * ```ts
 * const r: DifferenceTest = differenceTest({ value: 0.3, ci: { low: 0.25, high: 0.35, level: 0.95 } }, { value: 0.1, ci: { low: 0.08, high: 0.12, level: 0.95 } });
 * ```
 */
export interface DifferenceTest {
  readonly difference: number | undefined;
  /** `normal-approximation` when both estimates have a CI; `none` otherwise. */
  readonly method: 'normal-approximation' | 'none';
  readonly standardError?: number;
  readonly z?: number;
  /** Two-sided test at `significanceLevel`; `undefined` when no CI is available (not tested). */
  readonly distinguishable: boolean | undefined;
  /** The conservative reading: the two intervals do not overlap. */
  readonly intervalsOverlap?: boolean;
  readonly notes: readonly string[];
}

/** Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). @internal */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return Number.NaN;
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972,
    -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
    4.374664141464968, 2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = c as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = d as [number, number, number, number];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) /
      ((((d0 * q + d1) * q + d2) * q + d3) * q + 1)
    );
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
    (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1)
  );
}

/**
 * Is `a - b` distinguishable from zero? The rule (documented in docs/metrics.md): a **normal
 * approximation from the CI half-widths**. Each CI gives a standard error `halfWidth / z(level)`
 * (`level` 0.95 when the CI does not say, noted), the difference has standard error
 * `sqrt(se_a^2 + se_b^2)` (the two estimates are treated as independent), and it is distinguishable
 * when `|a - b| / se > z(1 - significanceLevel / 2)` (default significance 0.05). Asymmetric CIs use
 * their mean half-width. The conservative non-overlap reading is reported next to it
 * (`intervalsOverlap`): non-overlapping intervals always imply a distinguishable difference, overlapping
 * ones do not imply the opposite. Without both CIs, nothing is tested (`distinguishable: undefined`).
 *
 * Never throws: estimates that cannot be read are answered as missing estimates.
 *
 * @example
 * ```ts
 * differenceTest({ value: 0.3, ci: { low: 0.25, high: 0.35, level: 0.95 } }, { value: 0.1, ci: { low: 0.08, high: 0.12, level: 0.95 } }).distinguishable; // true
 * differenceTest({ value: 0.3 }, { value: 0.1 }).distinguishable; // undefined: no CI
 * ```
 */
export function differenceTest(
  a: Estimate,
  b: Estimate,
  options: { readonly significanceLevel?: number } = {},
): DifferenceTest {
  try {
    return differenceTestUnchecked(a, b, options);
  } catch {
    return differenceTestUnchecked({} as Estimate, {} as Estimate);
  }
}

function differenceTestUnchecked(
  a: Estimate,
  b: Estimate,
  options: { readonly significanceLevel?: number } = {},
): DifferenceTest {
  options = optionsOf(options);
  const notes: string[] = [];
  const av = a?.value;
  const bv = b?.value;
  if (!isFiniteNumber(av) || !isFiniteNumber(bv))
    return {
      difference: undefined,
      method: 'none',
      distinguishable: undefined,
      notes: ['an estimate is not a finite number'],
    };
  const difference = av - bv;
  const aci = a.ci;
  const bci = b.ci;
  const ciOk = (ci: Estimate['ci']): ci is NonNullable<Estimate['ci']> =>
    ci !== undefined &&
    ci !== null &&
    isFiniteNumber(ci.low) &&
    isFiniteNumber(ci.high) &&
    ci.low <= ci.high;
  if (!ciOk(aci) || !ciOk(bci))
    return {
      difference,
      method: 'none',
      distinguishable: undefined,
      notes: ['no confidence interval on both estimates: not tested'],
    };
  const alpha =
    isFiniteNumber(options.significanceLevel) &&
    options.significanceLevel > 0 &&
    options.significanceLevel < 1
      ? options.significanceLevel
      : 0.05;
  const se = (ci: NonNullable<Estimate['ci']>): number => {
    let level = ci.level;
    if (!isFiniteNumber(level) || level <= 0 || level >= 1) {
      level = 0.95;
      notes.push('a CI without a level was read as a 95% interval');
    }
    return (ci.high - ci.low) / 2 / normalQuantile(1 - (1 - level) / 2);
  };
  const standardError = Math.sqrt(se(aci) ** 2 + se(bci) ** 2);
  const intervalsOverlap = aci.low <= bci.high && bci.low <= aci.high;
  if (standardError === 0) {
    return {
      difference,
      method: 'normal-approximation',
      standardError,
      distinguishable: difference !== 0,
      intervalsOverlap,
      notes: [...notes, 'both intervals have zero width'],
    };
  }
  const z = difference / standardError;
  return {
    difference,
    method: 'normal-approximation',
    standardError,
    z,
    distinguishable: Math.abs(z) > normalQuantile(1 - alpha / 2),
    intervalsOverlap,
    notes,
  };
}

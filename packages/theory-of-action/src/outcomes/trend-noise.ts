import { isFiniteNumber } from '../metrics/metric.js';
import { differenceTest, type Estimate } from '../metrics/uncertainty.js';

/**
 * Whether a trend stands out from its noise, and how that was judged:
 *
 * - `slope-t-test` (four or more points): the least-squares slope against its standard error from
 *   the residuals, `t = slope / se`, df = n - 2, two-sided at 95%;
 * - `endpoint-ci` (fewer points, CIs on the first and last): the first-to-last change by
 *   {@link differenceTest};
 * - `none`: nothing to judge with.
 *
 * A note beside the trend status, never a change of it.
 */
export type TrendNoise =
  | {
      readonly method: 'slope-t-test';
      readonly distinguishable: boolean;
      /** Absent when the points lie exactly on a line (standard error 0). */
      readonly tStatistic?: number;
      readonly degreesOfFreedom: number;
    }
  | { readonly method: 'endpoint-ci'; readonly distinguishable: boolean | undefined }
  | { readonly method: 'none' };

/** Two-sided 95% critical values of Student's t for df 1..30; 1.96 beyond. */
const T_95: readonly number[] = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];

/**
 * The two-sided 95% critical value of Student's t with `df` degrees of freedom: the table value for
 * df 1 to 30, 1.96 beyond; `NaN` below 1. @internal
 */
export function tCritical95(df: number): number {
  if (!isFiniteNumber(df) || df < 1) return Number.NaN;
  return T_95[Math.floor(df) - 1] ?? 1.96;
}

/**
 * The noise test of a series sorted by time (see {@link TrendNoise}). Never throws.
 *
 * @example
 * ```ts
 * trendNoise([{ time: 0, value: 10 }, { time: 1, value: 12 }, { time: 2, value: 9 }, { time: 3, value: 11 }]);
 * // { method: 'slope-t-test', distinguishable: false, tStatistic: 0, degreesOfFreedom: 2 }: flat within noise
 * ```
 */
export function trendNoise(
  points: readonly {
    readonly time: number;
    readonly value: number;
    readonly ci?: Estimate['ci'];
  }[],
): TrendNoise {
  try {
    return trendNoiseUnchecked(points);
  } catch {
    return { method: 'none' };
  }
}

function trendNoiseUnchecked(
  points: readonly {
    readonly time: number;
    readonly value: number;
    readonly ci?: Estimate['ci'];
  }[],
): TrendNoise {
  const usable = (Array.isArray(points) ? points : []).filter(
    (p) => isFiniteNumber(p?.time) && isFiniteNumber(p?.value),
  );
  const n = usable.length;
  if (n >= 4) {
    const meanX = usable.reduce((s, p) => s + p.time, 0) / n;
    const meanY = usable.reduce((s, p) => s + p.value, 0) / n;
    let sxx = 0;
    let sxy = 0;
    for (const p of usable) {
      sxx += (p.time - meanX) ** 2;
      sxy += (p.time - meanX) * (p.value - meanY);
    }
    if (sxx > 0) {
      const slope = sxy / sxx;
      let ssr = 0;
      for (const p of usable) ssr += (p.value - meanY - slope * (p.time - meanX)) ** 2;
      const df = n - 2;
      const se = Math.sqrt(ssr / df / sxx);
      // Residuals of floating-point noise only: the points lie on a line.
      const scale = usable.reduce((m, p) => Math.max(m, Math.abs(p.value)), 1);
      if (!(se > 1e-12 * scale))
        return {
          method: 'slope-t-test',
          distinguishable: Math.abs(slope) > 1e-12 * scale,
          degreesOfFreedom: df,
        };
      const tStatistic = slope / se;
      return {
        method: 'slope-t-test',
        distinguishable: Math.abs(tStatistic) > tCritical95(df),
        tStatistic,
        degreesOfFreedom: df,
      };
    }
  }
  const first = usable[0];
  const last = usable[n - 1];
  if (n >= 2 && first !== undefined && last !== undefined && first.ci && last.ci) {
    const test = differenceTest(
      { value: last.value, ci: last.ci },
      { value: first.value, ci: first.ci },
    );
    if (test.method === 'normal-approximation')
      return { method: 'endpoint-ci', distinguishable: test.distinguishable };
  }
  return { method: 'none' };
}

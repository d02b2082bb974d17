import { computed, isFiniteNumber, notComputable, toText, type Metric } from './metric.js';
import { changeDirection, type IndicatorDirection } from './reference.js';
import { leastSquaresSlope } from './slope.js';
import { optionsOf } from '../options-of.js';

/**
 * One point of a series: a period label, its time in years (see {@link periodTime}) and a value.
 */
export interface TrendPoint {
  readonly label: string;
  readonly time: number;
  readonly value: number;
}

/**
 * Reading of a change relative to the direction of good.
 */
export type TrendDirection = 'improving' | 'worsening' | 'flat' | 'unknown';

/**
 * The trend of a series over its periods.
 *
 * @example
 * ```ts
 * const t: Trend = trend([{ label: '2021', time: 2021, value: 80 }, { label: '2022', time: 2022, value: 82 }, { label: '2023', time: 2023, value: 85 }], 'higher-is-better');
 * ```
 */
export interface Trend {
  readonly points: number;
  readonly first?: TrendPoint;
  readonly last?: TrendPoint;
  /** `last - first`, in the indicator's unit. */
  readonly change: Metric;
  /** `(last - first) / |first|`, a fraction. */
  readonly relativeChange: Metric;
  /** Least-squares slope per year over all points (at least `minPoints`). */
  readonly slopePerYear: Metric;
  /** From the slope when computed, otherwise from `change`. */
  readonly direction: TrendDirection;
  /** Period-to-period changes in time order. */
  readonly steps: readonly {
    readonly from: string;
    readonly to: string;
    readonly change: number;
    readonly direction: TrendDirection;
  }[];
  /** Number of consecutive improving steps ending at the last point. */
  readonly consecutiveImprovingSteps: number;
}

/**
 * Change over periods, direction relative to the direction of good, a least-squares slope over three
 * or more points, and the run of consecutive improvements. Points are sorted by time; points without
 * finite numbers are ignored. Never throws.
 *
 * Never throws: points that cannot be read are answered as no points.
 *
 * @example
 * ```ts
 * const t = trend([{ label: '2021', time: 2021, value: 80 }, { label: '2022', time: 2022, value: 82 }, { label: '2023', time: 2023, value: 85 }], 'higher-is-better');
 * t.direction; // 'improving'
 * t.slopePerYear; // computed 2.5
 * ```
 */
export function trend(
  points: readonly TrendPoint[],
  direction: IndicatorDirection,
  options: { readonly minPoints?: number } = {},
): Trend {
  try {
    return trendUnchecked(points, direction, options);
  } catch {
    return trendUnchecked([], 'neutral');
  }
}

function trendUnchecked(
  points: readonly TrendPoint[],
  direction: IndicatorDirection,
  options: { readonly minPoints?: number } = {},
): Trend {
  options = optionsOf(options);
  const usable = (Array.isArray(points) ? points : [])
    .filter((p) => isFiniteNumber(p?.time) && isFiniteNumber(p?.value))
    .slice()
    .sort((a, b) => a.time - b.time);
  const first = usable[0];
  const last = usable[usable.length - 1];
  const steps = usable.slice(1).map((p, i) => {
    const prev = usable[i] as TrendPoint;
    const change = p.value - prev.value;
    return {
      from: toText(prev.label),
      to: toText(p.label),
      change,
      direction: changeDirection(change, direction),
    };
  });
  let run = 0;
  for (let i = steps.length - 1; i >= 0 && steps[i]?.direction === 'improving'; i--) run++;
  const change =
    first !== undefined && last !== undefined && usable.length >= 2
      ? computed(last.value - first.value)
      : notComputable('a change needs at least two points with numbers');
  const relativeChange =
    change.status === 'computed' && first !== undefined
      ? first.value === 0
        ? notComputable('the first value is 0')
        : computed(change.value / Math.abs(first.value))
      : change;
  const slopePerYear = leastSquaresSlope(
    usable.map((p) => ({ x: p.time, y: p.value })),
    options.minPoints ?? 3,
  );
  const basis =
    slopePerYear.status === 'computed'
      ? slopePerYear.value
      : change.status === 'computed'
        ? change.value
        : Number.NaN;
  return {
    points: usable.length,
    ...(first !== undefined ? { first } : {}),
    ...(last !== undefined ? { last } : {}),
    change,
    relativeChange,
    slopePerYear,
    direction: changeDirection(basis, direction),
    steps,
    consecutiveImprovingSteps: run,
  };
}

import type { Indicator } from '@community-excellence/schemas/data';
import { isFiniteNumber, toText } from '../metrics/metric.js';
import { changeDirection } from '../metrics/reference.js';
import { trend, type TrendPoint } from '../metrics/trend.js';
import type { Estimate } from '../metrics/uncertainty.js';
import { optionsOf } from '../options-of.js';
import { trendNoise, type TrendNoise } from './trend-noise.js';

/**
 * The reading of a series against its direction of good (docs/metrics.md, "Reading a trend and a
 * gap change"):
 *
 * - `improving` / `worsening`: the least-squares slope over at least `minPoints` periods and the
 *   first-to-last change both go the good (bad) way;
 * - `mixed`: they disagree (the sentence says how);
 * - `flat`: neither moves;
 * - `no-direction`: the indicator is neutral;
 * - `insufficient-data`: fewer than `minPoints` periods with a value (this wins over
 *   `no-direction`, as for a gap change).
 */
export type TrendStatus =
  'improving' | 'worsening' | 'mixed' | 'flat' | 'no-direction' | 'insufficient-data';

/**
 * One period of a series for {@link readTrend}: label, time in years and value, with its confidence
 * interval when the data have one.
 */
export interface TrendReadingPoint {
  readonly label: string;
  readonly time: number;
  readonly value: number;
  readonly ci?: Estimate['ci'];
}

/**
 * How a quantity moved against the direction of good.
 */
export type TrendMove = 'improving' | 'worsening' | 'flat';

/**
 * A change from one point of a series to a later one.
 */
export interface TrendSpan {
  readonly from: TrendPoint;
  readonly to: TrendPoint;
  /** `to.value - from.value`. */
  readonly change: number;
}

/**
 * Options of {@link readTrend}.
 */
export interface TrendReadingOptions {
  /** Periods needed for a slope and a status (default 3, at least 2). */
  readonly minPoints?: number;
}

/**
 * A trend read by the one documented method, `slope-and-endpoints`. Plain data; `notes` is the only
 * prose.
 */
export interface TrendReading {
  readonly status: TrendStatus;
  readonly method: 'slope-and-endpoints';
  readonly minPoints: number;
  /** Periods with a finite time and value. */
  readonly points: number;
  readonly first?: TrendPoint;
  readonly last?: TrendPoint;
  /** `last.value - first.value`. */
  readonly change?: number;
  /** `last.time - first.time`. */
  readonly years?: number;
  /** Least-squares slope per year over all usable points (at least `minPoints`). */
  readonly slopePerYear?: number;
  readonly slopeMove?: TrendMove;
  readonly changeMove?: TrendMove;
  /** The worst point: the peak when lower is better, the low when higher is better (latest on ties). */
  readonly worst?: TrendPoint;
  /** The best point (latest on ties). */
  readonly best?: TrendPoint;
  /** From the worst point to the last, when the worst point is not an endpoint. */
  readonly sinceWorst?: TrendSpan;
  /** From the best point to the last, when the best point is not an endpoint. */
  readonly sinceBest?: TrendSpan;
  /** Improving period-to-period steps in a row, ending at the last point. */
  readonly consecutiveImprovingSteps: number;
  /** Whether the trend stands out from its noise: a note, it does not change `status`. */
  readonly noise: TrendNoise;
  readonly notes: readonly string[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The move of `delta` against the direction of good, with `flat` up to floating-point noise. */
function moveOf(
  delta: number,
  scale: number,
  direction: 'higher-is-better' | 'lower-is-better',
): TrendMove {
  if (Math.abs(delta) <= 1e-9 * Math.max(1, scale)) return 'flat';
  return changeDirection(delta, direction) === 'improving' ? 'improving' : 'worsening';
}

/**
 * Reads a series by the one documented trend method (`slope-and-endpoints`, docs/metrics.md
 * "Reading a trend and a gap change"), used by the report and the proof-point benchmark alike: the
 * least-squares slope over all usable periods (at least `minPoints`, default 3) **and** the change
 * from the first to the last period, each read against the direction of good. Both improving:
 * `improving`; both worsening: `worsening`; both flat: `flat`; otherwise `mixed`. It also finds the
 * worst and best points, the change since the worst (and since the best) when it lies inside the
 * window, the run of improving steps, and a noise note ({@link TrendNoise}) that does not change the
 * status. Points are sorted by time; points without a finite time and value are left out.
 *
 * Never throws: points that cannot be read are left out; input that cannot be read at all gives
 * `insufficient-data`.
 *
 * @example
 * ```ts
 * // Riverbend K-3 chronic absence (lower is better): up from 14.2 to a 22.6 peak, then down to 15.8
 * const r = readTrend([
 *   { label: '2020-21', time: 2020, value: 14.2 },
 *   { label: '2021-22', time: 2021, value: 22.6 },
 *   { label: '2022-23', time: 2022, value: 20.1 },
 *   { label: '2023-24', time: 2023, value: 17.4 },
 *   { label: '2024-25', time: 2024, value: 15.8 },
 * ], 'lower-is-better');
 * r.status; // 'mixed': the slope improves (-0.2 a year), the last value is worse than the first
 * r.sinceWorst?.from.label; // '2021-22'
 * ```
 */
export function readTrend(
  points: readonly TrendReadingPoint[],
  direction: Indicator['direction'],
  options: TrendReadingOptions = {},
): TrendReading {
  try {
    return readTrendUnchecked(points, direction, options);
  } catch {
    return readTrendUnchecked([], 'higher-is-better', {});
  }
}

function readTrendUnchecked(
  points: readonly TrendReadingPoint[],
  direction: Indicator['direction'],
  options: TrendReadingOptions,
): TrendReading {
  const opts = optionsOf(options);
  const minPoints =
    isFiniteNumber(opts.minPoints) && opts.minPoints >= 2 && opts.minPoints <= 1e6
      ? Math.floor(opts.minPoints)
      : 3;
  const usable: TrendReadingPoint[] = [];
  for (const p of Array.isArray(points) ? points : []) {
    if (typeof p !== 'object' || p === null) continue;
    const time = p.time;
    const value = p.value;
    if (!isFiniteNumber(time) || !isFiniteNumber(value)) continue;
    const ci = p.ci;
    usable.push(
      typeof ci === 'object' && ci !== null
        ? { label: toText(p.label), time, value, ci }
        : { label: toText(p.label), time, value },
    );
  }
  usable.sort((a, b) => a.time - b.time);
  const plain = usable.map((p) => ({ label: p.label, time: p.time, value: p.value }));
  const t = trend(plain, direction, { minPoints });
  const notes: string[] = [];
  const out: Mutable<TrendReading> = {
    status: 'insufficient-data',
    method: 'slope-and-endpoints',
    minPoints,
    points: plain.length,
    consecutiveImprovingSteps: t.consecutiveImprovingSteps,
    noise: trendNoise(usable),
    notes,
  };
  const first = plain[0];
  const last = plain[plain.length - 1];
  if (first !== undefined && last !== undefined) {
    out.first = first;
    out.last = last;
  }
  if (first !== undefined && last !== undefined && plain.length >= 2) {
    out.change = last.value - first.value;
    out.years = last.time - first.time;
  }
  if (t.slopePerYear.status === 'computed') out.slopePerYear = t.slopePerYear.value;
  if (plain.length < minPoints || out.slopePerYear === undefined || out.change === undefined) {
    notes.push(
      plain.length < minPoints
        ? `a trend needs at least ${minPoints} periods with a value; ${plain.length} given`
        : 'all periods share one time',
    );
    return out;
  }
  if (direction !== 'higher-is-better' && direction !== 'lower-is-better') {
    out.status = 'no-direction';
    notes.push('the indicator is neutral: the series is not read as improving or worsening');
    return out;
  }
  const scale = plain.reduce((m, p) => Math.max(m, Math.abs(p.value)), 0);
  let worstIndex = -1;
  let bestIndex = -1;
  plain.forEach((p, i) => {
    const worse = (a: number, b: number): boolean =>
      direction === 'higher-is-better' ? a <= b : a >= b;
    const w = plain[worstIndex];
    const b = plain[bestIndex];
    if (w === undefined || worse(p.value, w.value)) worstIndex = i;
    if (b === undefined || worse(b.value, p.value)) bestIndex = i;
  });
  const worst = plain[worstIndex];
  const best = plain[bestIndex];
  if (worst !== undefined && best !== undefined && last !== undefined) {
    out.worst = worst;
    out.best = best;
    if (worstIndex > 0 && worstIndex < plain.length - 1)
      out.sinceWorst = { from: worst, to: last, change: last.value - worst.value };
    if (bestIndex > 0 && bestIndex < plain.length - 1)
      out.sinceBest = { from: best, to: last, change: last.value - best.value };
  }
  const slopeMove = moveOf(out.slopePerYear * (out.years as number), scale, direction);
  const changeMove = moveOf(out.change, scale, direction);
  out.slopeMove = slopeMove;
  out.changeMove = changeMove;
  out.status = slopeMove === changeMove ? slopeMove : 'mixed';
  if (out.status === 'mixed')
    notes.push(
      `the slope reads ${slopeMove} while the change from the first to the last period reads ${changeMove}`,
    );
  if (out.noise.method !== 'none' && out.noise.distinguishable === false)
    notes.push(
      out.noise.method === 'slope-t-test'
        ? 'within noise: the slope is not distinguishable from zero (t-test, 95%)'
        : 'within noise: the first-to-last change is within the confidence intervals (95%)',
    );
  return out;
}

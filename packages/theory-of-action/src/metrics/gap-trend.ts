import { computed, isFiniteNumber, notComputable, toText, type Metric } from './metric.js';
import { leastSquaresSlope } from './slope.js';

/**
 * One period of a gap series: the group rates when known (then the ratio is computable too), or only
 * the gap.
 *
 * @example
 * ```ts
 * const p: GapPoint = { label: '2020-21', time: 2020.5, focalRate: 76.9, referenceRate: 91 };
 * const onlyGap: GapPoint = { label: 'year 0', time: 0, gap: -14.3 };
 * ```
 */
export interface GapPoint {
  readonly label: string;
  readonly time: number;
  readonly focalRate?: number;
  readonly referenceRate?: number;
  /** The gap `r_g - r_ref` when the rates are not known. Ignored when both rates are given. */
  readonly gap?: number;
}

/** Overall reading of a gap over a window (see {@link GapTrend.status}). */
export type GapTrendStatus = GapTrend['status'];

/**
 * A gap over a window: start and end, change in size, relative reduction, per-year change, slope,
 * and whether absolute and relative readings agree.
 *
 * @example
 * ```ts
 * const g: GapTrend = gapTrend([{ label: 't0', time: 0, gap: -14.3 }, { label: 't3', time: 3, gap: -9.5 }]);
 * ```
 */
export interface GapTrend {
  readonly start?: {
    readonly label: string;
    readonly time: number;
    readonly gap: number;
    readonly ratio?: number;
  };
  readonly end?: {
    readonly label: string;
    readonly time: number;
    readonly gap: number;
    readonly ratio?: number;
  };
  readonly years: Metric;
  /** `gap_end - gap_start` (signed). */
  readonly gapChange: Metric;
  /** `|gap_end| - |gap_start|`: negative when the gap narrows. */
  readonly absoluteGapChange: Metric;
  /** `(|gap_start| - |gap_end|) / |gap_start|`: the share of the starting gap closed. */
  readonly relativeGapReduction: Metric;
  /** `(|gap_end| - |gap_start|) / years`: linear average only. */
  readonly absoluteGapChangePerYear: Metric;
  /** Least-squares slope of `|gap|` per year over all points (at least three). */
  readonly absoluteGapSlopePerYear: Metric;
  /** How the gap size moved. */
  readonly absolute: 'narrowing' | 'widening' | 'unchanged' | 'NOT_COMPUTABLE';
  /** How the rate ratio moved relative to parity (1), compared as `|ln ratio|`. */
  readonly relative: 'toward-parity' | 'away-from-parity' | 'unchanged' | 'NOT_COMPUTABLE';
  /**
   * Overall reading of the gap over the window. `MIXED`: the absolute gap and the rate ratio move
   * in opposite directions (one closing, one widening).
   */
  readonly status: 'closing' | 'widening' | 'unchanged' | 'MIXED' | 'insufficient-data';
  readonly notes: readonly string[];
}

function pointGap(p: GapPoint): { gap?: number; ratio?: number } {
  if (isFiniteNumber(p.focalRate) && isFiniteNumber(p.referenceRate)) {
    const ratio =
      p.referenceRate > 0 && p.focalRate > 0 ? p.focalRate / p.referenceRate : undefined;
    return {
      gap: p.focalRate - p.referenceRate,
      ...(ratio !== undefined && isFiniteNumber(ratio) ? { ratio } : {}),
    };
  }
  return isFiniteNumber(p.gap) ? { gap: p.gap } : {};
}

/**
 * "Gap closing" over a window (theory-of-action.md 5.3, 5.6): the first and last points with a gap
 * are compared. Closing means `|gap|` falls; when group rates are known the ratio must move toward 1
 * as well, and a disagreement is `MIXED`. When only gaps are known, the relative metrics are
 * `NOT_COMPUTABLE` and the status rests on the absolute gap (noted). Never throws.
 *
 * Never throws: points that cannot be read are answered as no points.
 *
 * @example
 * ```ts
 * // All Hands Raised: graduation gap 14.3 -> 9.5 points over three years
 * const g = gapTrend([{ label: 'year 0', time: 0, gap: -14.3 }, { label: 'year 3', time: 3, gap: -9.5 }]);
 * g.absoluteGapChange; // computed -4.8
 * g.relativeGapReduction; // computed 0.3357 (33.6%)
 * g.absoluteGapChangePerYear; // computed -1.6
 * g.status; // 'closing'
 * ```
 */
export function gapTrend(points: readonly GapPoint[]): GapTrend {
  try {
    return gapTrendUnchecked(points);
  } catch {
    return gapTrendUnchecked([]);
  }
}

function gapTrendUnchecked(points: readonly GapPoint[]): GapTrend {
  const series = (Array.isArray(points) ? points : [])
    .filter((p) => typeof p === 'object' && p !== null && isFiniteNumber(p.time))
    .map((p) => ({ label: toText(p.label), time: p.time, ...pointGap(p) }))
    .filter(
      (p): p is { label: string; time: number; gap: number; ratio?: number } => p.gap !== undefined,
    )
    .sort((a, b) => a.time - b.time);
  const notes: string[] = [];
  const start = series[0];
  const end = series[series.length - 1];
  if (start === undefined || end === undefined || series.length < 2) {
    const none = notComputable('a gap trend needs at least two periods with a gap');
    return {
      ...(start !== undefined ? { start } : {}),
      years: none,
      gapChange: none,
      absoluteGapChange: none,
      relativeGapReduction: none,
      absoluteGapChangePerYear: none,
      absoluteGapSlopePerYear: none,
      absolute: 'NOT_COMPUTABLE',
      relative: 'NOT_COMPUTABLE',
      status: 'insufficient-data',
      notes: ['fewer than two periods have a gap'],
    };
  }
  const years = end.time - start.time;
  const absChange = Math.abs(end.gap) - Math.abs(start.gap);
  const absolute = absChange < 0 ? 'narrowing' : absChange > 0 ? 'widening' : 'unchanged';
  let relative: GapTrend['relative'] = 'NOT_COMPUTABLE';
  if (start.ratio !== undefined && end.ratio !== undefined) {
    const d = Math.abs(Math.log(end.ratio)) - Math.abs(Math.log(start.ratio));
    relative = d < 0 ? 'toward-parity' : d > 0 ? 'away-from-parity' : 'unchanged';
  } else {
    notes.push(
      'relative metrics are NOT_COMPUTABLE (group rates not given at both ends, or a rate is 0): judged on the absolute gap only',
    );
  }
  let status: GapTrendStatus;
  if (relative === 'NOT_COMPUTABLE' || relative === 'unchanged')
    status =
      absolute === 'narrowing' ? 'closing' : absolute === 'widening' ? 'widening' : 'unchanged';
  else if (absolute === 'unchanged') status = relative === 'toward-parity' ? 'closing' : 'widening';
  else if ((absolute === 'narrowing') === (relative === 'toward-parity'))
    status = absolute === 'narrowing' ? 'closing' : 'widening';
  else {
    status = 'MIXED';
    notes.push(`the absolute gap is ${absolute} while the rate ratio moves ${relative}`);
  }
  if (Math.sign(start.gap) !== Math.sign(end.gap) && start.gap !== 0 && end.gap !== 0)
    notes.push('the gap changed sign: the focal group moved past the reference group');
  return {
    start,
    end,
    years: years > 0 ? computed(years) : notComputable('the periods do not span any time'),
    gapChange: computed(end.gap - start.gap),
    absoluteGapChange: computed(absChange),
    relativeGapReduction:
      start.gap === 0
        ? notComputable('the starting gap is 0')
        : computed((Math.abs(start.gap) - Math.abs(end.gap)) / Math.abs(start.gap)),
    absoluteGapChangePerYear:
      years > 0 ? computed(absChange / years) : notComputable('the periods do not span any time'),
    absoluteGapSlopePerYear: leastSquaresSlope(
      series.map((p) => ({ x: p.time, y: Math.abs(p.gap) })),
    ),
    absolute,
    relative,
    status,
    notes,
  };
}

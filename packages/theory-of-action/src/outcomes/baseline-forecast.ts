import { unitRange, type Indicator } from '@community-excellence/schemas/data';
import { isFiniteNumber, toText } from '../metrics/metric.js';
import { periodTime } from '../metrics/period.js';
import { leastSquaresSlope } from '../metrics/slope.js';
import { optionsOf } from '../options-of.js';

/**
 * One point of a baseline: a period label, its time in years and the value of the baseline line
 * there. `clampedFrom` is the line's own value when it left the unit's range and the point was
 * held at the range's edge (a percent forecast never passes 100).
 */
export interface ForecastPoint {
  readonly label: string;
  readonly time: number;
  readonly value: number;
  readonly clampedFrom?: number;
}

/**
 * Options of {@link baselineForecast}: the least number of observed periods (default 3, at least
 * 2) and the indicator's unit, whose range (percent 0-100, proportion 0-1, counts and rates from
 * 0, a score its declared scale) bounds the forecast.
 */
export interface BaselineForecastOptions {
  readonly minPoints?: number;
  readonly unit?: Indicator['unit'];
}

/**
 * The fields every baseline has, computable or not: the method, how many observed periods it
 * read, the fitted and forecast points, the range used to clamp and notes in English (one per
 * clamp, one per period that has no time).
 */
export interface BaselineForecastBase {
  readonly method: 'least-squares';
  /** Observed points with a finite time and value. */
  readonly points: number;
  /** The line at each observed point, in time order (empty when not computable). */
  readonly fitted: readonly ForecastPoint[];
  /** The line at each requested period, in the requested order (empty when not computable). */
  readonly forecast: readonly ForecastPoint[];
  /** The unit's range the points are held in, when a unit with a range was given. */
  readonly range?: { readonly minimum: number; readonly maximum: number };
  readonly notes: readonly string[];
}

/**
 * The Results-Based Accountability baseline of an indicator: where it goes if nothing new is
 * done. `computable: true` carries the least-squares line (`value = intercept + slopePerYear *
 * time`, so `intercept` is the line at year 0; the points are computed from `anchor`, the mean
 * observed time and value, which keeps them exact to the last digits) and, over three or more
 * points, the residual standard error (the scatter of the observed values around the line, in the indicator's unit);
 * `computable: false` carries the reason.
 *
 * @example
 * ```ts
 * const baseline: BaselineForecast = baselineForecast(
 *   [{ label: '2022', time: 2022, value: 80 }, { label: '2023', time: 2023, value: 82 }, { label: '2024', time: 2024, value: 84 }],
 *   [{ label: '2026', time: 2026 }],
 * );
 * if (baseline.computable) baseline.slopePerYear; // 2
 * ```
 */
export type BaselineForecast = BaselineForecastBase &
  (
    | {
        readonly computable: true;
        readonly slopePerYear: number;
        readonly intercept: number;
        /** The mean observed time and value: the line passes through it. */
        readonly anchor: { readonly time: number; readonly value: number };
        readonly residualStandardError?: number;
      }
    | { readonly computable: false; readonly reason: string }
  );

/**
 * The RBA baseline forecast of a series: the least-squares line through the observed points
 * (the same slope as the trend, `leastSquaresSlope`), read at each requested period. A
 * period given without a `time` is placed like the observations: its label's first year plus the
 * latest observation's offset into its own year ("2027-28" is 2027.497 when the observations are
 * timed by a 1 July start). With a unit, every point is held inside the unit's range and a note
 * says where. Needs `minPoints` (default 3) observed points with numbers in at least two distinct
 * periods, otherwise `computable: false` with the reason.
 *
 * Never throws: points or periods that cannot be read are left out; input that cannot be read at
 * all gives a baseline that is not computable.
 *
 * @example
 * ```ts
 * const baseline = baselineForecast(
 *   [
 *     { label: '2022-23', time: 2022, value: 96 },
 *     { label: '2023-24', time: 2023, value: 98 },
 *     { label: '2024-25', time: 2024, value: 99 },
 *   ],
 *   [{ label: '2026-27' }],
 *   { unit: { type: 'percent' } },
 * );
 * baseline.forecast; // [{ label: '2026-27', time: 2026, value: 100, clampedFrom: 102.16... }]
 * baseline.notes; // ['held at 100, the top of the percent range, in 2026-27']
 * ```
 */
export function baselineForecast(
  points: readonly { readonly label: string; readonly time: number; readonly value: number }[],
  at: readonly { readonly label: string; readonly time?: number }[],
  options: BaselineForecastOptions = {},
): BaselineForecast {
  try {
    return baselineForecastUnchecked(points, at, options);
  } catch {
    return notComputableBaseline(0, 'the series could not be read', []);
  }
}

function notComputableBaseline(
  points: number,
  reason: string,
  notes: readonly string[],
): BaselineForecast {
  return {
    method: 'least-squares',
    computable: false,
    reason,
    points,
    fitted: [],
    forecast: [],
    notes,
  };
}

type Observed = { readonly label: string; readonly time: number; readonly value: number };

function baselineForecastUnchecked(
  points: readonly Observed[],
  at: readonly { readonly label: string; readonly time?: number }[],
  options: BaselineForecastOptions,
): BaselineForecast {
  const opts = optionsOf(options);
  const minPoints =
    isFiniteNumber(opts.minPoints) && opts.minPoints >= 2 ? Math.floor(opts.minPoints) : 3;
  const usable: Observed[] = [];
  for (const p of Array.isArray(points) ? points : []) {
    const time: unknown = p?.time;
    const value: unknown = p?.value;
    if (isFiniteNumber(time) && isFiniteNumber(value))
      usable.push({ label: toText(p.label), time, value });
  }
  usable.sort((a, b) => a.time - b.time);
  const n = usable.length;
  if (n < minPoints)
    return notComputableBaseline(
      n,
      `a baseline forecast needs at least ${minPoints} periods with values; ${n} given`,
      [],
    );
  const slope = leastSquaresSlope(
    usable.map((p) => ({ x: p.time, y: p.value })),
    minPoints,
  );
  if (slope.status !== 'computed')
    return notComputableBaseline(n, `no baseline forecast: ${slope.reason}`, []);
  const slopePerYear = slope.value;
  const meanTime = usable.reduce((s, p) => s + p.time, 0) / n;
  const meanValue = usable.reduce((s, p) => s + p.value, 0) / n;
  const intercept = meanValue - slopePerYear * meanTime;
  const range = rangeOf(opts.unit);
  const unitName = typeof opts.unit?.type === 'string' ? opts.unit.type : 'unit';
  const lineAt = (time: number): number => meanValue + slopePerYear * (time - meanTime);

  let squares = 0;
  for (const p of usable) squares += (p.value - lineAt(p.time)) ** 2;
  const residualStandardError = n > 2 ? Math.sqrt(squares / (n - 2)) : undefined;

  const fitted = usable.map((p) => clampedPoint(p.label, p.time, lineAt(p.time), range));
  const notes: string[] = [];
  const forecast: ForecastPoint[] = [];
  for (const period of Array.isArray(at) ? at : []) {
    const label = toText(period?.label);
    const time = timeOfPeriod(label, period?.time, usable);
    if (time === undefined) {
      notes.push(`no forecast for ${JSON.stringify(label)}: the period has no year`);
      continue;
    }
    forecast.push(clampedPoint(label, time, lineAt(time), range));
  }
  if (range !== undefined) {
    const high = forecast.filter((p) => p.clampedFrom !== undefined && p.value === range.maximum);
    const low = forecast.filter((p) => p.clampedFrom !== undefined && p.value === range.minimum);
    if (high.length > 0)
      notes.push(
        `held at ${range.maximum}, the top of the ${unitName} range, in ${high.map((p) => p.label).join(', ')}`,
      );
    if (low.length > 0)
      notes.push(
        `held at ${range.minimum}, the bottom of the ${unitName} range, in ${low.map((p) => p.label).join(', ')}`,
      );
  }
  return {
    method: 'least-squares',
    computable: true,
    points: n,
    slopePerYear,
    intercept,
    anchor: { time: meanTime, value: meanValue },
    ...(residualStandardError !== undefined ? { residualStandardError } : {}),
    fitted,
    forecast,
    ...(range !== undefined ? { range } : {}),
    notes,
  };
}

function rangeOf(
  unit: Indicator['unit'] | undefined,
): { readonly minimum: number; readonly maximum: number } | undefined {
  if (unit === undefined || unit === null || typeof unit !== 'object') return undefined;
  const range = unitRange(unit);
  if (range === undefined) return undefined;
  const { minimum, maximum } = range;
  if (Number.isNaN(minimum) || Number.isNaN(maximum) || minimum > maximum) return undefined;
  return { minimum, maximum };
}

function clampedPoint(
  label: string,
  time: number,
  line: number,
  range: { readonly minimum: number; readonly maximum: number } | undefined,
): ForecastPoint {
  if (range !== undefined && line > range.maximum)
    return { label, time, value: range.maximum, clampedFrom: line };
  if (range !== undefined && line < range.minimum)
    return { label, time, value: range.minimum, clampedFrom: line };
  return { label, time, value: line };
}

/**
 * The time of a period for a forecast: `time` when it is a finite number, otherwise the label's
 * first year (see {@link periodTime}) plus the offset of the latest observation into its own
 * label's year (so "2027-28" lines up with observations timed by their 1 July start); `undefined`
 * when the label has no year. Never throws. @internal
 */
export function timeOfPeriod(
  label: string,
  time: unknown,
  observed: readonly { readonly label: string; readonly time: number }[],
): number | undefined {
  try {
    if (isFiniteNumber(time)) return time;
    const year = periodTime({ label });
    if (year === undefined) return undefined;
    const list = Array.isArray(observed) ? observed : [];
    for (let i = list.length - 1; i >= 0; i--) {
      const point = list[i];
      const pointYear = periodTime({ label: point?.label });
      if (point === undefined || pointYear === undefined || !isFiniteNumber(point.time)) continue;
      const offset = point.time - pointYear;
      return offset >= 0 && offset < 1 ? year + offset : year;
    }
    return year;
  } catch {
    return undefined;
  }
}

/**
 * The baseline's value at `time`, held in its range like its forecast points; `undefined` when
 * the baseline is not computable or the time is not a finite number. Never throws. @internal
 */
export function baselineAt(baseline: BaselineForecast, time: number): ForecastPoint | undefined {
  try {
    if (baseline?.computable !== true || !isFiniteNumber(time)) return undefined;
    const line = baseline.anchor.value + baseline.slopePerYear * (time - baseline.anchor.time);
    if (!isFiniteNumber(line)) return undefined;
    const range = baseline.range;
    return clampedPoint(
      '',
      time,
      line,
      isFiniteNumber(range?.minimum) || isFiniteNumber(range?.maximum) ? range : undefined,
    );
  } catch {
    return undefined;
  }
}

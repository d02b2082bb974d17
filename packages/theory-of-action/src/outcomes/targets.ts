import { isFiniteNumber, toText } from '../metrics/metric.js';
import { periodTime } from '../metrics/period.js';
import type { IndicatorDirection } from '../metrics/reference.js';
import { optionsOf } from '../options-of.js';
import { sentenceNumbers } from './sentence-numbers.js';
import { baselineAt, timeOfPeriod, type BaselineForecast } from './baseline-forecast.js';

/**
 * Where an indicator stands against one target:
 * - `met` / `missed`: the target period has an observed value, at or beyond the target in the
 *   direction of good, or short of it;
 * - `on-track` / `off-track`: the target period lies after the latest observation, and the
 *   baseline forecast reaches the target there, or falls short;
 * - `no-actual`: the target period is not after the latest observation but has no value;
 * - `no-forecast`: the period lies ahead and there is no baseline forecast (too few points), or
 *   the target cannot be placed in time;
 * - `no-direction`: the indicator is neutral, so no value can meet or miss a target.
 */
export type TargetStatusKind =
  'met' | 'missed' | 'on-track' | 'off-track' | 'no-actual' | 'no-forecast' | 'no-direction';

/**
 * A target to judge: the period as the observations write it, the value aimed for and, when the
 * caller knows it, the period's time in years (otherwise placed like the observations, see
 * {@link baselineForecast}).
 */
export interface TargetInput {
  readonly period: string;
  readonly value: number;
  readonly time?: number;
}

/**
 * The status of one target (see {@link TargetStatusKind}), with what it was judged on: the
 * observed value (`actual`, for met and missed) or the baseline forecast (`forecast`, for on and
 * off track; `clamped` when the forecast was held at the edge of the unit's range). `margin` is
 * how far the value lies beyond the target in the direction of good (negative when short);
 * `shortfall` is `-margin` when the target is missed or off track. `reason` explains the statuses
 * that judge nothing.
 *
 * @example
 * ```ts
 * const s: TargetStatus = targetStatus({ period: '2024', value: 90 }, [{ label: '2024', time: 2024, value: 91 }], baselineForecast([], []), 'higher-is-better');
 * s.status; // 'met'
 * ```
 */
export interface TargetStatus {
  readonly status: TargetStatusKind;
  readonly period: string;
  readonly target: number;
  readonly direction: IndicatorDirection;
  readonly time?: number;
  /** The latest observed period of the series, when it has one. */
  readonly latestPeriod?: string;
  readonly actual?: number;
  readonly forecast?: number;
  readonly clamped?: boolean;
  readonly margin?: number;
  readonly shortfall?: number;
  readonly reason?: string;
}

type Observed = { readonly label: string; readonly time: number; readonly value: number };

/**
 * Judges one target against the observed series and its baseline forecast (see
 * {@link baselineForecast}), in the direction of good. A target period with an observed value
 * (same label, or the same first year) is `met` or `missed`; a period after the latest
 * observation is `on-track` when the baseline forecast there reaches the target (a forecast point
 * with the target's label when the baseline has one, otherwise the baseline's line at the
 * target's time), `off-track` otherwise. Reaching counts: a value equal to the target meets it.
 *
 * Never throws: a series, target or baseline that cannot be read judges nothing (`no-forecast`
 * with the reason).
 *
 * @example
 * ```ts
 * const series = [
 *   { label: '2022-23', time: 2022, value: 80 },
 *   { label: '2023-24', time: 2023, value: 82 },
 *   { label: '2024-25', time: 2024, value: 83 },
 * ];
 * const baseline = baselineForecast(series, [{ label: '2027-28' }]);
 * targetStatus({ period: '2027-28', value: 86 }, series, baseline, 'higher-is-better');
 * // { status: 'on-track', forecast: 87.66..., margin: 1.66..., ... }
 * targetStatus({ period: '2024-25', value: 85 }, series, baseline, 'higher-is-better');
 * // { status: 'missed', actual: 83, margin: -2, shortfall: 2, ... }
 * ```
 */
export function targetStatus(
  target: TargetInput,
  series: readonly Observed[],
  forecast: BaselineForecast,
  direction: IndicatorDirection,
): TargetStatus {
  try {
    return targetStatusUnchecked(target, series, forecast, direction);
  } catch {
    return {
      status: 'no-forecast',
      period: '',
      target: Number.NaN,
      direction: 'neutral',
      reason: 'the target or the series could not be read',
    };
  }
}

function targetStatusUnchecked(
  targetInput: TargetInput,
  series: readonly Observed[],
  forecast: BaselineForecast,
  direction: IndicatorDirection,
): TargetStatus {
  const period = toText(targetInput?.period);
  const target: unknown = targetInput?.value;
  const dir: IndicatorDirection =
    direction === 'higher-is-better' || direction === 'lower-is-better' ? direction : 'neutral';
  const usable: Observed[] = [];
  for (const p of Array.isArray(series) ? series : []) {
    const time: unknown = p?.time;
    const value: unknown = p?.value;
    if (isFiniteNumber(time) && isFiniteNumber(value))
      usable.push({ label: toText(p.label), time, value });
  }
  usable.sort((a, b) => a.time - b.time);
  const latest = usable[usable.length - 1];
  const time = timeOfPeriod(period, targetInput?.time, usable);
  const base = {
    period,
    target: isFiniteNumber(target) ? target : Number.NaN,
    direction: dir,
    ...(time !== undefined ? { time } : {}),
    ...(latest !== undefined ? { latestPeriod: latest.label } : {}),
  };
  if (!isFiniteNumber(target))
    return { ...base, status: 'no-forecast', reason: 'the target has no value' };
  if (dir === 'neutral')
    return {
      ...base,
      status: 'no-direction',
      reason: 'the indicator is neutral: no value is better than another',
    };
  const toward = (value: number): number =>
    dir === 'higher-is-better' ? value - target : target - value;

  const actual = actualOf(period, usable);
  if (actual !== undefined) {
    const margin = toward(actual.value);
    return margin >= 0
      ? { ...base, status: 'met', actual: actual.value, margin }
      : { ...base, status: 'missed', actual: actual.value, margin, shortfall: -margin };
  }
  if (time === undefined)
    return {
      ...base,
      status: 'no-forecast',
      reason: `the period ${JSON.stringify(period)} has no year`,
    };
  if (latest !== undefined && time <= latest.time)
    return {
      ...base,
      status: 'no-actual',
      reason: `${period} is not after the latest data (${latest.label}) and has no value`,
    };
  if (forecast === null || typeof forecast !== 'object' || forecast.computable !== true)
    return {
      ...base,
      status: 'no-forecast',
      reason:
        typeof forecast?.reason === 'string' && forecast.computable === false
          ? forecast.reason
          : 'no baseline forecast was given',
    };
  const listed = Array.isArray(forecast.forecast)
    ? forecast.forecast.find((p) => p?.label === period && isFiniteNumber(p.value))
    : undefined;
  const point = listed ?? baselineAt(forecast, time);
  if (point === undefined)
    return { ...base, status: 'no-forecast', reason: 'the baseline cannot be read at the period' };
  const margin = toward(point.value);
  const clamped = point.clampedFrom !== undefined;
  return margin >= 0
    ? { ...base, status: 'on-track', forecast: point.value, clamped, margin }
    : { ...base, status: 'off-track', forecast: point.value, clamped, margin, shortfall: -margin };
}

/** The observed point of the target period: same label, otherwise the same first year. */
function actualOf(period: string, series: readonly Observed[]): Observed | undefined {
  const byLabel = series.find((p) => p.label === period);
  if (byLabel !== undefined) return byLabel;
  const year = periodTime({ label: period });
  if (year === undefined) return undefined;
  return series.find((p) => periodTime({ label: p.label }) === year);
}

/**
 * Options of {@link targetSentence}: words written after each number (`"percent"`, `"per 1,000"`;
 * none by default) and the decimals of observed and forecast values (default 1, 0 to 6).
 */
export interface TargetSentenceOptions {
  readonly unitWords?: string;
  readonly digits?: number;
}

/**
 * One English sentence for a target status, starting with the status in words:
 * - "met: 89.6 in 2024-25 against a target of 89"
 * - "missed: 89.6 in 2024-25, 0.4 short of 90"
 * - "on track: forecast 91.1 in 2027-28 against a target of 90"
 * - "off track: forecast 84.0 in 2027-28, 2.0 short of 86"
 * - "no value: 2022-23 is not after the latest data (2024-25) and has no value (target 90)"
 * - "no forecast: a baseline forecast needs at least 3 periods with values; 2 given (target 90 in
 *   2027-28)"
 * - "no direction: the indicator is neutral: no value is better than another (target 90 in 2027-28)"
 *
 * For a lower-is-better indicator a shortfall reads "1.2 above the target of 15 (lower is
 * better)"; a forecast held at the edge of the unit's range says so: "(held at the edge of the unit's range)".
 * Targets are written as given; values and shortfalls with `digits` decimals.
 *
 * Never throws: a status that cannot be read gives "no status".
 *
 * @example
 * ```ts
 * targetSentence({ status: 'off-track', period: '2027-28', target: 86, direction: 'higher-is-better', forecast: 84, margin: -2, shortfall: 2 });
 * // 'off track: forecast 84.0 in 2027-28, 2.0 short of 86'
 * ```
 */
export function targetSentence(status: TargetStatus, options: TargetSentenceOptions = {}): string {
  try {
    return targetSentenceUnchecked(status, options);
  } catch {
    return 'no status';
  }
}

function targetSentenceUnchecked(status: TargetStatus, options: TargetSentenceOptions): string {
  const numbers = sentenceNumbers(optionsOf(options));
  const withUnit = (text: string): string => `${text}${numbers.unit}`;
  const fixed = (n: unknown): string => numbers.number(isFiniteNumber(n) ? n : undefined);
  const exact = (n: unknown): string =>
    isFiniteNumber(n) ? String(Object.is(n, -0) ? 0 : n) : '?';
  const period = toText(status?.period);
  const target = withUnit(exact(status?.target));
  const lower = status?.direction === 'lower-is-better';
  const polarity = lower ? ' (lower is better)' : '';
  const short = (): string =>
    lower
      ? `${withUnit(fixed(status.shortfall))} above the target of ${target}${polarity}`
      : `${withUnit(fixed(status.shortfall))} short of ${target}`;
  const held = status?.clamped === true ? " (held at the edge of the unit's range)" : '';
  switch (status?.status) {
    case 'met':
      return `met: ${withUnit(fixed(status.actual))} in ${period} against a target of ${target}${polarity}`;
    case 'missed':
      return `missed: ${withUnit(fixed(status.actual))} in ${period}, ${short()}`;
    case 'on-track':
      return `on track: forecast ${withUnit(fixed(status.forecast))}${held} in ${period} against a target of ${target}${polarity}`;
    case 'off-track':
      return `off track: forecast ${withUnit(fixed(status.forecast))}${held} in ${period}, ${short()}`;
    case 'no-actual':
      return `no value: ${toText(status.reason)} (target ${target})`;
    case 'no-forecast':
      return `no forecast: ${toText(status.reason)} (target ${target} in ${period})`;
    case 'no-direction':
      return `no direction: ${toText(status.reason)} (target ${target} in ${period})`;
    default:
      return 'no status';
  }
}

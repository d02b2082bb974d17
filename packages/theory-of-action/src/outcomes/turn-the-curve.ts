import { isFiniteNumber, toText } from '../metrics/metric.js';
import type { IndicatorDirection } from '../metrics/reference.js';
import { optionsOf } from '../options-of.js';
import { sentenceNumbers } from './sentence-numbers.js';
import { baselineAt, type BaselineForecast } from './baseline-forecast.js';

/**
 * Whether the latest value sits off an earlier baseline forecast (Results-Based Accountability's
 * "turn the curve"):
 * - `turned`: better than the baseline forecast, in the direction of good, by more than the
 *   baseline's own scatter (its residual standard error);
 * - `on-baseline`: within that scatter of the forecast;
 * - `worse-than-baseline`: worse than the forecast by more than the scatter;
 * - `no-later-value`: no observed value after the baseline's last period;
 * - `no-baseline`: the baseline is not computable;
 * - `no-direction`: the indicator is neutral.
 */
export type CurveStatus =
  | 'turned'
  | 'on-baseline'
  | 'worse-than-baseline'
  | 'no-later-value'
  | 'no-baseline'
  | 'no-direction';

/**
 * The reading of {@link turnTheCurve}: the latest period after the baseline, its value, the
 * baseline forecast there, `difference` (actual minus forecast, in the indicator's unit),
 * `tolerance` (the baseline's residual standard error, 0 when it has none) and the last period
 * the baseline was fitted on. `reason` explains the statuses that judge nothing.
 *
 * @example
 * ```ts
 * const earlier = [
 *   { label: '2020-21', time: 2020, value: 14.2 },
 *   { label: '2021-22', time: 2021, value: 22.6 },
 *   { label: '2022-23', time: 2022, value: 20.1 },
 * ];
 * const c: TurnTheCurve = turnTheCurve([...earlier, { label: '2024-25', time: 2024, value: 15.8 }], baselineForecast(earlier, []), 'lower-is-better');
 * c.status; // 'turned'
 * ```
 */
export interface TurnTheCurve {
  readonly status: CurveStatus;
  readonly direction: IndicatorDirection;
  readonly baselineThrough?: string;
  readonly period?: string;
  readonly actual?: number;
  readonly forecast?: number;
  readonly difference?: number;
  readonly tolerance?: number;
  readonly reason?: string;
}

type Observed = { readonly label: string; readonly time: number; readonly value: number };

/**
 * Reads whether a series turned the curve: compares its latest value after the baseline's window
 * (the baseline is fitted on earlier periods, see {@link baselineForecast}) with the baseline's
 * forecast at that time. The difference counts only beyond the baseline's scatter around its own
 * line (the residual standard error; 0 when the baseline has none), so that ordinary
 * year-to-year noise is not called a turn.
 *
 * Never throws: input that cannot be read gives `no-baseline` with the reason.
 *
 * @example
 * ```ts
 * const earlier = [
 *   { label: '2020-21', time: 2020, value: 14.2 },
 *   { label: '2021-22', time: 2021, value: 22.6 },
 *   { label: '2022-23', time: 2022, value: 20.1 },
 * ];
 * const series = [...earlier, { label: '2023-24', time: 2023, value: 17.4 }, { label: '2024-25', time: 2024, value: 15.8 }];
 * turnTheCurve(series, baselineForecast(earlier, []), 'lower-is-better');
 * // { status: 'turned', period: '2024-25', actual: 15.8, forecast: 27.81..., difference: -12.01..., tolerance: 4.44..., ... }
 * ```
 */
export function turnTheCurve(
  series: readonly Observed[],
  baseline: BaselineForecast,
  direction: IndicatorDirection,
): TurnTheCurve {
  try {
    return turnTheCurveUnchecked(series, baseline, direction);
  } catch {
    return {
      status: 'no-baseline',
      direction: 'neutral',
      reason: 'the series or the baseline could not be read',
    };
  }
}

function turnTheCurveUnchecked(
  series: readonly Observed[],
  baseline: BaselineForecast,
  direction: IndicatorDirection,
): TurnTheCurve {
  const dir: IndicatorDirection =
    direction === 'higher-is-better' || direction === 'lower-is-better' ? direction : 'neutral';
  if (dir === 'neutral')
    return {
      status: 'no-direction',
      direction: dir,
      reason: 'the indicator is neutral: no value is better than another',
    };
  if (baseline === null || typeof baseline !== 'object' || baseline.computable !== true)
    return {
      status: 'no-baseline',
      direction: dir,
      reason:
        typeof baseline?.reason === 'string' && baseline.computable === false
          ? baseline.reason
          : 'no baseline was given',
    };
  const fitted = Array.isArray(baseline.fitted) ? baseline.fitted : [];
  const through = fitted[fitted.length - 1];
  if (through === undefined || !isFiniteNumber(through.time))
    return { status: 'no-baseline', direction: dir, reason: 'the baseline has no fitted periods' };
  const baselineThrough = toText(through.label);
  let latest: Observed | undefined;
  for (const p of Array.isArray(series) ? series : []) {
    const time: unknown = p?.time;
    const value: unknown = p?.value;
    if (!isFiniteNumber(time) || !isFiniteNumber(value) || time <= through.time) continue;
    if (latest === undefined || time >= latest.time)
      latest = { label: toText(p.label), time, value };
  }
  if (latest === undefined)
    return {
      status: 'no-later-value',
      direction: dir,
      baselineThrough,
      reason: `no value after ${baselineThrough}, the last period of the baseline forecast`,
    };
  const point = baselineAt(baseline, latest.time);
  if (point === undefined)
    return {
      status: 'no-baseline',
      direction: dir,
      baselineThrough,
      reason: 'the baseline cannot be read at the latest period',
    };
  const difference = latest.value - point.value;
  const tolerance = isFiniteNumber(baseline.residualStandardError)
    ? baseline.residualStandardError
    : 0;
  const better = dir === 'higher-is-better' ? difference : -difference;
  const status: CurveStatus =
    Math.abs(difference) <= tolerance
      ? 'on-baseline'
      : better > 0
        ? 'turned'
        : 'worse-than-baseline';
  return {
    status,
    direction: dir,
    baselineThrough,
    period: latest.label,
    actual: latest.value,
    forecast: point.value,
    difference,
    tolerance,
  };
}

/**
 * One English sentence for a {@link turnTheCurve} reading, with `digits` decimals (default 1, 0
 * to 6) and `unitWords` after each number:
 * - "turned the curve: 15.8 in 2024-25, 12.0 better than the baseline forecast of 27.8 (fitted
 *   through 2022-23)"
 * - "on the baseline forecast: 65.0 in 2024, within 0.2 of the forecast 64.9 (fitted through 2022)"
 * - "worse than the baseline forecast: 63.0 in 2024, 1.9 worse than the forecast 64.9 (fitted
 *   through 2022)"
 * - "no later value: no value after 2022, the last period of the baseline forecast"
 * - "no baseline forecast: a baseline forecast needs at least 3 periods with values; 2 given"
 * - "no direction: the indicator is neutral: no value is better than another"
 *
 * Never throws: a reading that cannot be read gives "no reading".
 *
 * @example
 * ```ts
 * curveSentence({ status: 'turned', direction: 'lower-is-better', baselineThrough: '2022-23', period: '2024-25', actual: 15.8, forecast: 27.82, difference: -12.02, tolerance: 4.45 });
 * // 'turned the curve: 15.8 in 2024-25, 12.0 better than the baseline forecast of 27.8 (fitted through 2022-23)'
 * ```
 */
export function curveSentence(
  reading: TurnTheCurve,
  options: { readonly unitWords?: string; readonly digits?: number } = {},
): string {
  try {
    return curveSentenceUnchecked(reading, options);
  } catch {
    return 'no reading';
  }
}

function curveSentenceUnchecked(
  reading: TurnTheCurve,
  options: { readonly unitWords?: string; readonly digits?: number },
): string {
  const numbers = sentenceNumbers(optionsOf(options));
  const num = (n: unknown): string =>
    `${numbers.number(isFiniteNumber(n) ? n : undefined)}${numbers.unit}`;
  const through = ` (fitted through ${toText(reading?.baselineThrough)})`;
  const head = `${num(reading?.actual)} in ${toText(reading?.period)}`;
  const gap = isFiniteNumber(reading?.difference) ? Math.abs(reading.difference) : Number.NaN;
  switch (reading?.status) {
    case 'turned':
      return `turned the curve: ${head}, ${num(gap)} better than the baseline forecast of ${num(reading.forecast)}${through}`;
    case 'on-baseline':
      return `on the baseline forecast: ${head}, within ${num(reading.tolerance)} of the forecast ${num(reading.forecast)}${through}`;
    case 'worse-than-baseline':
      return `worse than the baseline forecast: ${head}, ${num(gap)} worse than the forecast ${num(reading.forecast)}${through}`;
    case 'no-later-value':
      return `no later value: ${toText(reading.reason)}`;
    case 'no-baseline':
      return `no baseline forecast: ${toText(reading.reason)}`;
    case 'no-direction':
      return `no direction: ${toText(reading.reason)}`;
    default:
      return 'no reading';
  }
}

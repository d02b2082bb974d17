import type { TrendPoint } from '../metrics/trend.js';
import { isFiniteNumber } from '../metrics/metric.js';
import { optionsOf } from '../options-of.js';
import { sentenceNumbers, type SentenceNumbers } from './sentence-numbers.js';
import type { TrendReading } from './trend-reading.js';

/**
 * Options of {@link trendSentence}.
 */
export interface TrendSentenceOptions {
  /** Words after the values, e.g. `percent` (none by default). */
  readonly unitWords?: string;
  /** Decimals (default 1). */
  readonly digits?: number;
  /** What the first period is called (default `baseline`). */
  readonly baselineWord?: string;
}

function yearsText(years: number | undefined): string {
  if (!isFiniteNumber(years)) return '';
  const rounded = Math.round(years * 100) / 100;
  return ` over ${rounded} ${rounded === 1 ? 'year' : 'years'}`;
}

/** `peak` for the highest point, `low` for the lowest, given which one is the extreme. */
function extremeWord(point: TrendPoint, other: TrendPoint | undefined): string {
  return other !== undefined && point.value < other.value ? 'low' : 'peak';
}

function endpoints(n: SentenceNumbers, r: TrendReading): string {
  return `${n.number(r.first?.value)} -> ${n.number(r.last?.value)}${n.unit}`;
}

/**
 * The one English sentence a report prints for a {@link TrendReading}. It never contradicts the
 * endpoints without saying so: a `mixed` reading names the turning point and the baseline, for
 * example `mixed: improving since the 2021-22 peak (22.6 -> 15.8); still worse than the 2020-21
 * baseline (14.2)`; `improving: 76.9 -> 84.1 over 4 years (slope +1.8 a year)`. When the noise
 * test finds the movement indistinguishable from zero, ` (within noise)` is added (for `mixed`:
 * `; the slope is within noise`, or `; the first-to-last change is within noise`).
 *
 * Never throws: a reading that cannot be read gives the insufficient-data sentence.
 *
 * @example
 * ```ts
 * const r = readTrend([
 *   { label: '2021', time: 2021, value: 76.9 },
 *   { label: '2022', time: 2022, value: 79.0 },
 *   { label: '2023', time: 2023, value: 80.2 },
 *   { label: '2024', time: 2024, value: 82.5 },
 *   { label: '2025', time: 2025, value: 84.1 },
 * ], 'higher-is-better');
 * trendSentence(r); // 'improving: 76.9 -> 84.1 over 4 years (slope +1.8 a year)'
 * ```
 */
export function trendSentence(reading: TrendReading, options: TrendSentenceOptions = {}): string {
  try {
    return trendSentenceUnchecked(reading, options);
  } catch {
    return 'not enough data for a trend';
  }
}

function trendSentenceUnchecked(r: TrendReading, options: TrendSentenceOptions): string {
  const opts = optionsOf(options);
  const n = sentenceNumbers(opts);
  if (typeof r !== 'object' || r === null) return 'not enough data for a trend';
  const baseline =
    typeof opts.baselineWord === 'string' && opts.baselineWord.trim() !== ''
      ? opts.baselineWord.trim()
      : 'baseline';
  const slope = isFiniteNumber(r.slopePerYear) ? `slope ${n.signed(r.slopePerYear)} a year` : '';
  const withinNoise =
    r.noise?.method !== undefined && r.noise.method !== 'none' && r.noise.distinguishable === false;
  const noise = withinNoise ? ' (within noise)' : '';
  const first = r.first;
  const last = r.last;
  switch (r.status) {
    case 'insufficient-data': {
      const count = isFiniteNumber(r.points) ? r.points : 0;
      const head = `not enough data for a trend: ${count === 0 ? 'no periods' : count === 1 ? '1 period' : `${count} periods`} with a value (${isFiniteNumber(r.minPoints) ? r.minPoints : 3} needed)`;
      return count >= 2 && first !== undefined && last !== undefined
        ? `${head}; ${first.label} ${n.number(first.value)} -> ${last.label} ${n.number(last.value)}${n.unit}`
        : head;
    }
    case 'no-direction':
      return `no direction of good: ${endpoints(n, r)}${yearsText(r.years)}${slope === '' ? ' (neutral indicator)' : ` (${slope}; neutral indicator)`}`;
    case 'flat':
      return `flat: ${endpoints(n, r)}${yearsText(r.years)} (${slope})${noise}`;
    case 'improving':
    case 'worsening': {
      const turn = r.status === 'improving' ? r.sinceWorst : r.sinceBest;
      const other = r.status === 'improving' ? r.best : r.worst;
      const via =
        turn !== undefined
          ? `; passing through the ${turn.from.label} ${extremeWord(turn.from, other)} (${n.number(turn.from.value)})`
          : '';
      return `${r.status}: ${endpoints(n, r)}${yearsText(r.years)} (${slope})${via}${noise}`;
    }
    case 'mixed':
      return `mixed: ${mixedClause(n, r, baseline)}${withinNoise ? (r.noise.method === 'slope-t-test' ? '; the slope is within noise' : '; the first-to-last change is within noise') : ''}`;
    default:
      return 'not enough data for a trend';
  }
}

/** How the slope and the endpoints disagree, naming the turning point when there is one. */
function mixedClause(n: SentenceNumbers, r: TrendReading, baseline: string): string {
  const first = r.first;
  const last = r.last;
  if (first === undefined || last === undefined) return 'the slope and the endpoints disagree';
  if (r.changeMove === 'worsening' && r.sinceWorst !== undefined)
    return `improving since the ${r.sinceWorst.from.label} ${extremeWord(r.sinceWorst.from, r.best)} (${n.number(r.sinceWorst.from.value)} -> ${n.number(last.value)}${n.unit}); still worse than the ${first.label} ${baseline} (${n.number(first.value)})`;
  if (r.changeMove === 'improving' && r.sinceBest !== undefined)
    return `worsening since the ${r.sinceBest.from.label} ${extremeWord(r.sinceBest.from, r.worst)} (${n.number(r.sinceBest.from.value)} -> ${n.number(last.value)}${n.unit}); still better than the ${first.label} ${baseline} (${n.number(first.value)})`;
  const slope = `the slope is ${r.slopeMove ?? 'unknown'} (${n.signed(r.slopePerYear)} a year)`;
  const ends =
    r.changeMove === 'flat'
      ? 'the last value equals the first'
      : `the last value is ${r.changeMove === 'improving' ? 'better' : 'worse'} than the first`;
  return `${slope} but ${ends} (${first.label} ${n.number(first.value)} -> ${last.label} ${n.number(last.value)}${n.unit})`;
}

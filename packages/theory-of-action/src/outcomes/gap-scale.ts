import type { Indicator } from '@community-excellence/schemas/data';
import { unitWords } from './unit-words.js';

type IndicatorUnit = Indicator['unit'];

/**
 * How a gap (a difference of two values of one indicator) is shown: multiply by `factor`, then
 * write `unitWords` after the number.
 *
 * @example
 * ```ts
 * const scale: GapScale = { factor: 100, unitWords: 'percentage points' };
 * ```
 */
export interface GapScale {
  readonly factor: number;
  readonly unitWords: string;
}

/**
 * How gaps of an indicator are shown. Gaps of `proportion` data are shown in percentage points
 * (factor 100: 0.724 - 0.391 = 0.333 is 33.3 percentage points), gaps of `percent` data are
 * percentage points as they are (factor 1); any other unit keeps its numbers and its
 * {@link unitWords} (`per 1,000`, `grade levels`, `years`, `USD`). `gapUnitOf` agrees:
 * `proportion-points` is the unit of the raw numbers, which this scale turns into percentage points.
 *
 * Never throws: a unit that cannot be read is `{ factor: 1, unitWords: 'value' }`.
 *
 * @example
 * ```ts
 * gapScale({ type: 'proportion' }); // { factor: 100, unitWords: 'percentage points' }
 * gapScale({ type: 'rate', per: 1000 }); // { factor: 1, unitWords: 'per 1,000' }
 * ```
 */
export function gapScale(unit: IndicatorUnit): GapScale {
  try {
    return gapScaleUnchecked(unit);
  } catch {
    return { factor: 1, unitWords: 'value' };
  }
}

function gapScaleUnchecked(unit: IndicatorUnit): GapScale {
  const type: unknown = unit?.type;
  if (type === 'proportion') return { factor: 100, unitWords: 'percentage points' };
  if (type === 'percent') return { factor: 1, unitWords: 'percentage points' };
  return { factor: 1, unitWords: unitWords(unit) };
}

const DEFAULT_DIGITS = 1;

/**
 * A gap as text in its {@link gapScale}: the number times the factor, with `digits` decimals
 * (default 1), then the unit words. A gap that is not a finite number is `-`.
 *
 * Never throws: a unit that cannot be read is shown as `value`.
 *
 * @example
 * ```ts
 * formatGap(-0.333, { type: 'proportion' }); // '-33.3 percentage points'
 * formatGap(-14.3, { type: 'percent' }); // '-14.3 percentage points'
 * formatGap(2.5, { type: 'rate', per: 1000 }, 0); // '3 per 1,000'
 * ```
 */
export function formatGap(
  gap: number,
  unit: IndicatorUnit,
  digits: number = DEFAULT_DIGITS,
): string {
  try {
    return formatGapUnchecked(gap, unit, digits);
  } catch {
    return '-';
  }
}

function formatGapUnchecked(gap: number, unit: IndicatorUnit, digits: number): string {
  if (typeof gap !== 'number' || !Number.isFinite(gap)) return '-';
  const places =
    typeof digits === 'number' && Number.isInteger(digits) && digits >= 0 && digits <= 20
      ? digits
      : DEFAULT_DIGITS;
  const scale = gapScale(unit);
  const scaled = gap * scale.factor;
  if (!Number.isFinite(scaled)) return '-';
  let text = scaled.toFixed(places);
  // -0.04 with one decimal is not a negative gap.
  if (/^-0(\.0*)?$/.test(text)) text = text.slice(1);
  return `${text} ${scale.unitWords}`;
}

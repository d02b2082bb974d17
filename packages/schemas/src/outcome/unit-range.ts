import type { IndicatorUnit } from './indicator-unit.js';

/**
 * The plausible value range of a unit (`percent` 0..100, `proportion` 0..1, `count`,
 * `rate`, `years` and `currency` from 0, `score` its declared scale), or `undefined` when
 * the unit has no natural range. Used by the observation checks to warn about values such
 * as 55.7 for a proportion (a factor-100 mix-up seen in real files).
 *
 * Never throws: a value that is not a unit gives `undefined`.
 *
 * @example
 * ```ts
 * unitRange({ type: 'proportion' }); // { minimum: 0, maximum: 1 }
 * ```
 */
export function unitRange(
  unit: IndicatorUnit,
): { readonly minimum: number; readonly maximum: number } | undefined {
  try {
    return unitRangeUnchecked(unit);
  } catch {
    return undefined;
  }
}

function unitRangeUnchecked(
  unit: IndicatorUnit,
): { readonly minimum: number; readonly maximum: number } | undefined {
  switch (unit.type) {
    case 'percent':
      return { minimum: 0, maximum: 100 };
    case 'proportion':
      return { minimum: 0, maximum: 1 };
    case 'count':
    case 'years':
    case 'rate':
      return { minimum: 0, maximum: Number.POSITIVE_INFINITY };
    case 'score':
      return unit.min === undefined && unit.max === undefined
        ? undefined
        : {
            minimum: unit.min ?? Number.NEGATIVE_INFINITY,
            maximum: unit.max ?? Number.POSITIVE_INFINITY,
          };
    case 'currency':
    case 'other':
      return undefined;
  }
}

import { computed, isFiniteNumber, notComputable, type Metric } from './metric.js';
import { optionsOf } from '../options-of.js';

/**
 * Options of {@link populationAttributableProportion}.
 */
export interface AttributableOptions {
  /** The indicator's direction of good; `lower-is-better` (the rate is a burden) when absent. */
  readonly direction?: 'higher-is-better' | 'lower-is-better' | 'neutral';
  /**
   * For a higher-is-better rate, the burden is its complement `scaleMaximum - r` (100 for percent,
   * 1 for a proportion). Required for higher-is-better indicators.
   */
  readonly scaleMaximum?: number;
}

/**
 * Population attributable proportion `(r_all - r_best) / r_all`: the share of the whole population's
 * burden above the best group's rate (theory-of-action.md 5.3, CDC D1). For a lower-is-better rate
 * (poverty) `r` is the burden. For a higher-is-better rate (graduation) the burden is the complement
 * `scaleMaximum - r` ([inferred] this library's reading), so `scaleMaximum` must be given; without it,
 * or for a neutral indicator, the result is `NOT_COMPUTABLE`.
 *
 * @example
 * ```ts
 * populationAttributableProportion(0.2, 0.1); // computed 0.5: half the child-poverty burden is above the best group's rate
 * populationAttributableProportion(88, 92, { direction: 'higher-is-better', scaleMaximum: 100 }); // computed (12 - 8) / 12 = 0.333...
 * ```
 */
export function populationAttributableProportion(
  allRate: number,
  bestRate: number,
  options: AttributableOptions = {},
): Metric {
  options = optionsOf(options);
  if (!isFiniteNumber(allRate) || !isFiniteNumber(bestRate))
    return notComputable('a rate is not a finite number');
  const direction = options.direction ?? 'lower-is-better';
  if (direction === 'neutral')
    return notComputable('the indicator has no direction of good, so there is no burden');
  let all = allRate;
  let best = bestRate;
  if (direction === 'higher-is-better') {
    if (!isFiniteNumber(options.scaleMaximum))
      return notComputable('a higher-is-better rate needs scaleMaximum to express its burden');
    all = options.scaleMaximum - allRate;
    best = options.scaleMaximum - bestRate;
  }
  if (all <= 0) return notComputable('the whole-population burden is 0 or negative');
  return computed((all - best) / all);
}

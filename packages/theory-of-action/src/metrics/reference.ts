import type { Indicator } from '@community-excellence/schemas/data';
import { isFiniteNumber } from './metric.js';

/**
 * The direction of good of an indicator: its `direction` field (`higher-is-better`,
 * `lower-is-better` or `neutral`).
 */
export type IndicatorDirection = Indicator['direction'];

/**
 * The group with the best rate given the direction of good: the highest rate when higher is better,
 * the lowest when lower is better; `undefined` for a neutral indicator or when no group has a finite
 * rate. Ties go to the first group in the input order, so the choice is deterministic.
 *
 * @example
 * ```ts
 * bestGroup([{ label: 'White', rate: 91 }, { label: 'Black', rate: 76.9 }], 'higher-is-better'); // { label: 'White', rate: 91 }
 * ```
 */
export function bestGroup<G extends { readonly label: string; readonly rate: number }>(
  groups: readonly G[],
  direction: IndicatorDirection,
): G | undefined {
  if (direction !== 'higher-is-better' && direction !== 'lower-is-better') return undefined;
  let best: G | undefined;
  for (const group of Array.isArray(groups) ? groups : []) {
    if (!isFiniteNumber(group?.rate)) continue;
    if (
      best === undefined ||
      (direction === 'higher-is-better' ? group.rate > best.rate : group.rate < best.rate)
    )
      best = group;
  }
  return best;
}

/**
 * Whether a change `delta` (later minus earlier) is an improvement, a worsening or no change given the
 * direction of good; `unknown` for a neutral indicator or a non-finite change.
 *
 * @example
 * ```ts
 * changeDirection(2.5, 'higher-is-better'); // 'improving'
 * changeDirection(2.5, 'lower-is-better'); // 'worsening'
 * ```
 */
export function changeDirection(
  delta: number,
  direction: IndicatorDirection,
): 'improving' | 'worsening' | 'flat' | 'unknown' {
  if (
    !isFiniteNumber(delta) ||
    (direction !== 'higher-is-better' && direction !== 'lower-is-better')
  )
    return 'unknown';
  if (delta === 0) return 'flat';
  return delta > 0 === (direction === 'higher-is-better') ? 'improving' : 'worsening';
}

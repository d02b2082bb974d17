import {
  baldrigeScoringGuidelines,
  rangeForPercent,
  type ItemKind,
  type ScoringGuidelines,
} from '@community-excellence/schemas/data';
import { fromExactValue, toExactValue, type ExactNumber } from './exact-number.js';
import { itemPointsRational } from './item-points.js';
import { compareRational } from './rational.js';
import type { Scorecard } from './scorecard.js';

/**
 * What moving one item up one range is worth.
 *
 * @example
 * ```ts
 * const stake: PointsAtStake = pointsAtStake(scorecard)[0]!;
 * stake.points?.exact; // '18' for 7.1 moving from 35% to 50% of 120
 * ```
 */
export interface PointsAtStake {
  readonly code: string;
  readonly name: string;
  readonly kind: ItemKind;
  readonly status: 'scored' | 'unscored';
  /** The current percent (null when unscored; the gain is then counted from 0%). */
  readonly currentPercent: number | null;
  readonly currentRange: string | null;
  /** The next range up, or null when the item is already in the top range. */
  readonly nextRange: string | null;
  /** The percent the rule moves to: the lower bound of the next range (100 in the top range). */
  readonly targetPercent: number;
  readonly percentGain: number;
  /** The points gained (null when the scorecard has no points). */
  readonly points: ExactNumber | null;
}

/**
 * "Where the next points come from": for every counted item, the points gained by moving from
 * its current percent to the **lower bound of the next range up** (the smallest move that
 * reaches the next range; an item already in the top range moves to 100%). Unscored items count
 * from 0%. Ranked by points gained, largest first (by percent gained when there are no points),
 * then in framework order.
 *
 * Never throws: a value that is not a scorecard gives `[]`.
 *
 * @example
 * ```ts
 * for (const stake of pointsAtStake(scorecard).slice(0, 3)) {
 *   console.log(`${stake.code}: ${stake.currentPercent}% -> ${stake.targetPercent}% = +${stake.points?.exact} points`);
 * }
 * // 7.1: 35% -> 50% = +18 points
 * ```
 */
export function pointsAtStake(
  scorecard: Scorecard,
  guidelines: ScoringGuidelines = baldrigeScoringGuidelines,
): readonly PointsAtStake[] {
  try {
    return pointsAtStakeUnchecked(scorecard, guidelines);
  } catch {
    return [];
  }
}

function pointsAtStakeUnchecked(
  scorecard: Scorecard,
  guidelines: ScoringGuidelines = baldrigeScoringGuidelines,
): readonly PointsAtStake[] {
  const ranges = [...guidelines.ranges].sort((a, b) => a.min - b.min);
  const stakes = scorecard.items.flatMap((item, order) => {
    if (item.status !== 'scored' && item.status !== 'unscored') return [];
    const current = item.percent ?? 0;
    const range = rangeForPercent(guidelines, current);
    const index = range === undefined ? -1 : ranges.findIndex((r) => r.id === range.id);
    const next = index >= 0 ? ranges[index + 1] : ranges.find((r) => r.min > current);
    const targetPercent = next?.min ?? 100;
    const max = item.maxPoints === null ? undefined : fromExactValue(item.maxPoints);
    const gain = max === undefined ? undefined : itemPointsRational(targetPercent - current, max);
    const stake: PointsAtStake = {
      code: item.code,
      name: item.name,
      kind: item.kind,
      status: item.status,
      currentPercent: item.percent,
      currentRange: item.status === 'scored' ? item.range : null,
      nextRange: next?.id ?? null,
      targetPercent,
      percentGain: targetPercent - current,
      points: gain === undefined ? null : toExactValue(gain),
    };
    return [{ stake, gain, order }];
  });
  stakes.sort((a, b) => {
    if (a.gain !== undefined && b.gain !== undefined) {
      const byPoints = compareRational(b.gain, a.gain);
      if (byPoints !== 0) return byPoints;
    } else if (a.stake.percentGain !== b.stake.percentGain)
      return b.stake.percentGain - a.stake.percentGain;
    return a.order - b.order;
  });
  return stakes.map((s) => s.stake);
}

import {
  baldrigeScoringGuidelines,
  type ScoringGuidelines,
} from '@community-excellence/schemas/data';
import { pointsAtStake } from '../score/points-at-stake.js';
import type { Scorecard } from '../score/scorecard.js';
import type { FeedbackFinding, NextPointsEntry } from './feedback.js';

/**
 * "Where the next points come from", with the opportunities behind them: {@link pointsAtStake}
 * (the points gained by moving each counted item to the next range up, largest first) with, for
 * each item, the OFIs the reviewers wrote on it (`opportunities` maps item codes to them; high
 * priority first). An item without written OFIs gets an empty list: points at stake that no
 * written opportunity stands behind. Never throws (a value that is not a scorecard gives `[]`).
 *
 * @example
 * ```ts
 * declare const scorecard: Scorecard;
 * declare const opportunities: ReadonlyMap<string, readonly FeedbackFinding[]>;
 * for (const next of nextPointsWithOpportunities(scorecard, opportunities).slice(0, 3))
 *   console.log(next.stake.code, next.stake.points?.exact, next.opportunities.map((o) => o.id));
 * ```
 */
export function nextPointsWithOpportunities(
  scorecard: Scorecard,
  opportunities: ReadonlyMap<string, readonly FeedbackFinding[]>,
  guidelines: ScoringGuidelines = baldrigeScoringGuidelines,
): readonly NextPointsEntry[] {
  try {
    return pointsAtStake(scorecard, guidelines).map((stake) => ({
      stake,
      opportunities: opportunities.get(stake.code) ?? [],
    }));
  } catch {
    return [];
  }
}

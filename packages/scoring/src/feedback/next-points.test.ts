import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { coeBaldrigeDerivedPoints, type Assessment } from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { pointsAtStake } from '../score/points-at-stake.js';
import { scoreAssessment } from '../score/score-assessment.js';
import type { FeedbackFinding } from './feedback.js';
import { nextPointsWithOpportunities } from './next-points.js';

const riverbend = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../../examples/riverbend/assessment.json', import.meta.url)),
    'utf8',
  ),
) as Assessment;

const ofi = (id: string, item: string, priority: 'high' | 'low'): FeedbackFinding => ({
  id,
  idGiven: true,
  kind: 'opportunity',
  item,
  text: id,
  priority,
  keyFactors: [],
});

describe('nextPointsWithOpportunities', () => {
  const scored = scoreAssessment(riverbend, coeBaldrigeDerivedPoints);
  if (!scored.ok) throw new Error('must score');
  const card = scored.scorecard;

  it('keeps the order and points of pointsAtStake and puts each item\u2019s OFIs beside them', () => {
    const stakes = pointsAtStake(card);
    const first = stakes[0]!;
    const list = nextPointsWithOpportunities(
      card,
      new Map([[first.code, [ofi('a', first.code, 'high'), ofi('b', first.code, 'low')]]]),
    );
    expect(list.map((n) => n.stake)).toEqual(stakes);
    expect(list[0]?.opportunities.map((o) => [o.id, o.priority])).toEqual([
      ['a', 'high'],
      ['b', 'low'],
    ]);
    // An item no written opportunity stands behind shows an empty list.
    expect(list[1]?.opportunities).toEqual([]);
  });

  it('never throws', () => {
    expect(nextPointsWithOpportunities(null as never, new Map())).toEqual([]);
    expect(nextPointsWithOpportunities(card, null as never)).toEqual([]);
  });
});

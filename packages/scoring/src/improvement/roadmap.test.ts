import {
  baldrige20232024,
  coeBaldrigeDerivedPoints,
  coeCommunity2024,
} from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../score/score-assessment.js';
import { consensusAssessment } from '../score/test-fixtures.js';
import { roadmap, type Roadmap } from './roadmap.js';
import { riverbendAssessment, scoreDerived } from './riverbend.fixture.js';

const assessment = riverbendAssessment();
const scorecard = scoreDerived(assessment);

const codes = (plan: Roadmap, phase: number): string[] =>
  plan.phases[phase]!.moves.map((move) => move.code);

// Riverbend, one range up per item (percent -> next range's lower bound, x item points):
// 7.1 35->50 x120 = 18   7.4 30->50 x80 = 16   7.2 15->30 x80 = 12 (high)  7.3 15->30 x80 = 12 (high)
// 7.5 20->30 x90 = 9     2.2 30->50 x40 = 8 (high)   5.1 30->50 x40 = 8 (high)   1.1 40->50 x70 = 7
// 6.2 15->30 x40 = 6 (high)   3.1 35->50 x40 = 6   4.1 40->50 x45 = 4.5 (high)  4.2 20->30 x45 = 4.5 (high)
// 2.1 40->50 x45 = 4.5   5.2 40->50 x45 = 4.5   1.2 25->30 x50 = 2.5 (high)
// 3.2 25->30 x45 = 2.25 (high)   6.1 25->30 x45 = 2.25 (high);  all seventeen add 127: 278 -> 405.
describe('roadmap on Riverbend (278 of 1,000, coe-baldrige-derived points)', () => {
  it('reaches 400 in one phase of 15 moves, stopping at the move that gets there', () => {
    const plan = roadmap(scorecard, { target: 400, assessment });
    expect(plan.outcome).toBe('reached');
    expect(plan.start.total?.exact).toBe('278');
    expect(plan.phases).toHaveLength(1);
    // 18+16+12+12+9+8+8+7+6+6+4.5+4.5+4.5+4.5+2.5 = 122.5: 278 + 122.5 = 400.5 (3.2 and 6.1 stay)
    expect(codes(plan, 0)).toEqual([
      '7.1',
      '7.4',
      '7.2',
      '7.3',
      '7.5',
      '2.2',
      '5.1',
      '1.1',
      '6.2',
      '3.1', // 6 points each: 6.2 carries a high-priority OFI, 3.1 does not
      '4.1',
      '4.2',
      '2.1',
      '5.2', // 4.5 each: the high-priority ones first
      '1.2',
    ]);
    const phase = plan.phases[0]!;
    expect(phase.projected.total?.exact).toBe('400.5');
    // process 170 + 55.5 = 225.5 (band 3: 201-260); results 108 + 67 = 175 (band 3: 171-210)
    expect(phase.projected.processBand).toBe(3);
    expect(phase.projected.resultsBand).toBe(3);
    expect(plan.start.processBand).toBe(2);
    expect(plan.start.resultsBand).toBe(1);
    // 225.5 / 550 = 41%: still Early Systematic Approaches (30-45%)
    expect(phase.projected.maturityStage).toBe('Early Systematic Approaches');
    expect(phase.targets).toMatchObject({ '7.1': 50, '7.2': 30, '1.2': 30 });
    expect(phase.targets['3.2']).toBeUndefined();
    const first = phase.moves[0]!;
    expect(first).toMatchObject({
      code: '7.1',
      fromPercent: 35,
      fromRange: '30-45',
      toPercent: 50,
      toRange: '50-65',
      percentGain: 15,
      highPriorityOpportunities: ['consensus-7.1-o1'],
    });
    expect(first.points?.exact).toBe('18');
    expect(phase.moves.find((m) => m.code === '1.1')?.highPriorityOpportunities).toEqual([]);
    expect(plan.shortfall).toBeNull();
  });

  it('reaches 500 in two phases: all seventeen (405), then 7.1, 7.5, 7.2, 7.3, 7.4, 1.1 (509)', () => {
    const plan = roadmap(scorecard, { target: 500, assessment });
    expect(plan.outcome).toBe('reached');
    expect(plan.phases).toHaveLength(2);
    expect(plan.phases[0]!.moves).toHaveLength(17);
    expect(plan.phases[0]!.projected.total?.exact).toBe('405');
    expect(plan.phases[0]!.reachesTarget).toBe(false);
    // every item +20% in phase 2: 7.1 24, 7.5 18, 7.2/7.3/7.4 16, 1.1 14: 405 + 104 = 509
    expect(codes(plan, 1)).toEqual(['7.1', '7.5', '7.2', '7.3', '7.4', '1.1']);
    expect(plan.phases[1]!.projected.total?.exact).toBe('509');
    expect(plan.phases[1]!.moves[0]).toMatchObject({
      fromPercent: 50,
      toPercent: 70,
      toRange: '70-85',
    });
    expect(plan.phases[1]!.targets['3.2']).toBe(30);
  });

  it('orders high-priority items first with order: priority-first', () => {
    const plan = roadmap(scorecard, { target: 400, assessment, order: 'priority-first' });
    // the twelve high-priority items add 96 (374); then 7.5 9, 1.1 7, 3.1 6, 2.1 4.5 = 400.5
    expect(codes(plan, 0)).toEqual([
      '7.1',
      '7.4',
      '7.2',
      '7.3',
      '2.2',
      '5.1',
      '6.2',
      '4.1',
      '4.2',
      '1.2',
      '3.2',
      '6.1',
      '7.5',
      '1.1',
      '3.1',
      '2.1',
    ]);
    expect(plan.order).toBe('priority-first');
    expect(plan.phases[0]!.projected.total?.exact).toBe('400.5');
  });

  it('without the assessment, ties stay in framework order', () => {
    const plan = roadmap(scorecard, { target: 400 });
    expect(codes(plan, 0).slice(8, 10)).toEqual(['3.1', '6.2']);
    expect(plan.phases[0]!.moves.every((m) => m.highPriorityOpportunities.length === 0)).toBe(true);
  });

  it('says when the target is already met', () => {
    const plan = roadmap(scorecard, { target: 278 });
    expect(plan.outcome).toBe('already-met');
    expect(plan.phases).toEqual([]);
    expect(plan.shortfall).toBeNull();
  });

  it('stops at the phase limit and says what is missing', () => {
    const plan = roadmap(scorecard, { target: 500, phases: 1 });
    expect(plan.outcome).toBe('phase-limit');
    expect(plan.phases).toHaveLength(1);
    expect(plan.shortfall?.exact).toBe('95');
  });

  it('plans to 1,000 (every item to 100%) and calls more unreachable', () => {
    const full = roadmap(scorecard, { target: 1000 });
    expect(full.outcome).toBe('reached');
    expect(full.phases.at(-1)!.projected.total?.exact).toBe('1000');
    const beyond = roadmap(scorecard, { target: 1200 });
    expect(beyond.outcome).toBe('unreachable');
    expect(beyond.phases.at(-1)!.projected.total?.exact).toBe('1000');
    expect(beyond.shortfall?.exact).toBe('200');
    expect(beyond.phases.length).toBe(full.phases.length);
  });

  it('takes the target as a mean item percent: 480/17 now, 30 needs two moves', () => {
    const plan = roadmap(scorecard, { target: { averagePercent: 30 }, assessment });
    expect(plan.start.averagePercent?.exact).toBe('480/17');
    expect(plan.target).toEqual({ measure: 'average-percent', value: 30 });
    // 510/17 = 30 after +30 percent: 7.1 (+15) and 7.4 (+20) give 515/17
    expect(codes(plan, 0)).toEqual(['7.1', '7.4']);
    expect(plan.phases[0]!.projected.averagePercent?.exact).toBe('515/17');
  });
});

describe('roadmap on constructed scorecards', () => {
  it('plans a framework without points by mean item percent and refuses a points target', () => {
    const noPoints = scoreAssessment(
      consensusAssessment(coeCommunity2024, { '1.1': 20, '7.1': 50 }),
      coeCommunity2024,
    );
    expect(noPoints.ok).toBe(true);
    if (!noPoints.ok) return;
    const refused = roadmap(noPoints.scorecard, { target: 400 });
    expect(refused.outcome).toBe('invalid');
    expect(refused.issues.map((i) => i.code)).toEqual(['roadmap_target_needs_points']);
    expect(refused.issues[0]!.message).toBe(
      'Framework coe-community-2024 has no points: give the roadmap target as { averagePercent }.',
    );
    // 17 counted items, 15 unscored (0%): mean 70/17. A mean of 10 needs 170: +100 percent,
    // ranked by percent gained: 7.1 50->70 (+20), then +10 each in framework order.
    const plan = roadmap(noPoints.scorecard, { target: { averagePercent: 10 } });
    expect(plan.outcome).toBe('reached');
    expect(plan.start.averagePercent?.exact).toBe('70/17');
    expect(plan.start.total).toBeNull();
    expect(codes(plan, 0)).toEqual(['7.1', '1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2']);
    expect(plan.phases[0]!.projected.averagePercent?.exact).toBe('10');
    expect(plan.phases[0]!.projected.total).toBeNull();
    expect(plan.phases[0]!.moves[0]!.points).toBeNull();
  });

  it('counts unscored items from 0% and moves them to the first range above', () => {
    const result = scoreAssessment(
      consensusAssessment(baldrige20232024, { '1.1': 50 }),
      baldrige20232024,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const plan = roadmap(result.scorecard, { target: { points: 100 } });
    expect(plan.outcome).toBe('reached');
    const unscored = plan.phases[0]!.moves.find((m) => m.fromPercent === null)!;
    expect(unscored.toPercent).toBe(10);
    expect(unscored.fromRange).toBeNull();
  });

  it('answers bad targets and bad input with issues, never throwing', () => {
    expect(roadmap(scorecard, { target: -1 }).issues.map((i) => i.code)).toEqual(['too_small']);
    expect(roadmap(scorecard, { target: Number.NaN }).issues.map((i) => i.code)).toEqual([
      'invalid_type',
    ]);
    expect(
      roadmap(scorecard, { target: { averagePercent: 101 } }).issues.map((i) => i.code),
    ).toEqual(['too_big']);
    expect(roadmap(scorecard, { target: 400, phases: 0 }).issues.map((i) => i.code)).toEqual([
      'invalid_type',
    ]);
    const junk = roadmap({ items: 'x' } as never, { target: 400 });
    expect(junk.outcome).toBe('invalid');
    expect(junk.issues.map((i) => i.code)).toEqual(['unexpected_shape']);
    const hostile = {};
    Object.defineProperty(hostile, 'points', {
      get() {
        throw new Error('boom');
      },
    });
    expect(roadmap(scorecard, { target: hostile as never }).outcome).toBe('invalid');
    expect(roadmap(null as never, null as never).outcome).toBe('invalid');
  });

  it('reads the same numbers as the engine for the derived-points framework id', () => {
    expect(scorecard.framework.id).toBe(coeBaldrigeDerivedPoints.id);
  });
});

describe('roadmap on a scorecard of another shape', () => {
  it('ends when no target can rise (duplicated item codes count twice: 2,000 points at most)', () => {
    const doubled = { ...scorecard, items: [...scorecard.items, ...scorecard.items] };
    const plan = roadmap(doubled, { target: 2001 });
    expect(plan.outcome).toBe('unreachable');
    expect(plan.phases.at(-1)!.projected.total?.exact).toBe('2000');
    expect(plan.shortfall?.exact).toBe('1');
  });
});

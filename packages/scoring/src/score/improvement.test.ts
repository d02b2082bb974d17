import { baldrige20232024 } from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { diffScorecards } from './diff-scorecards.js';
import { explainItem, explainTotal } from './explain.js';
import { pointsAtStake } from './points-at-stake.js';
import { projectScore } from './project-score.js';
import { scoreAssessment } from './score-assessment.js';
import type { Scorecard } from './scorecard.js';
import { consensusAssessment } from './test-fixtures.js';

function scorecard(percents: Record<string, number>, scope?: readonly string[]): Scorecard {
  const result = scoreAssessment(
    consensusAssessment(baldrige20232024, percents),
    baldrige20232024,
    scope === undefined ? {} : { scope },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.scorecard;
}

describe('explainItem and explainTotal', () => {
  const s = scorecard({ '1.1': 60, '2.1': 55 }, ['1', '2']);

  it('explains one item line by line', () => {
    expect(explainItem(s, '2.1')).toBe(
      [
        'Item 2.1 Strategy Development (process, category 2)',
        'Status: scored',
        'Input: consensus item 2.1, based on rev-a (reviewers rev-a)',
        'Range: 50-65 (guidelines baldrige-2023-2024-scoring-guidelines 2023-2024, version 1.0.0)',
        'Percent: 55%',
        `Maximum: 45 points (framework baldrige-2023-2024 2023-2024, version ${baldrige20232024.version})`,
        'Points: 55% × 45 = 24.75',
        'Maturity stage: Aligned Approaches (50-65%; confidence inferred)',
      ].join('\n'),
    );
    expect(explainItem(s, '7.1')).toContain('Points: N/A');
    expect(explainItem(s, '1.2')).toContain('Status: unscored');
    expect(explainItem(s, '9.9')).toBe('Item 9.9 is not a scored item of baldrige-2023-2024.');
  });

  it('explains the total with its items, bands and maturity', () => {
    const text = explainTotal(s);
    expect(text).toContain('Total: 66.75 of 205 (32.6%)');
    expect(text).toContain(
      'Process: 66.75 of 205 (32.6%) = 42 (1.1) + 0 (1.2, unscored) + 24.75 (2.1) + 0 (2.2, unscored)',
    );
    expect(text).toContain('Results: N/A (no item in scope)');
    expect(text).toContain(
      'Process band: none - Bands are defined on the full 550-point process scale',
    );
    expect(text).toContain('Unscored (0 points, counted in the maximum): 1.2, 2.2');
  });
});

describe('pointsAtStake', () => {
  it('ranks items by the points of moving to the next range lower bound', () => {
    // 7.1 at 35% -> 50%: 15% x 120 = 18; 1.1 at 45% -> 50%: 5% x 70 = 3.5; 7.5 at 90% (top) -> 100%: 10% x 90 = 9
    const s = scorecard({ '1.1': 45, '7.1': 35, '7.5': 90 }, ['1.1', '7.1', '7.5']);
    expect(
      pointsAtStake(s).map((p) => [
        p.code,
        p.currentRange,
        p.nextRange,
        p.targetPercent,
        p.points?.exact,
      ]),
    ).toEqual([
      ['7.1', '30-45', '50-65', 50, '18'],
      ['7.5', '90-100', null, 100, '9'],
      ['1.1', '30-45', '50-65', 50, '3.5'],
    ]);
  });
});

describe('projectScore', () => {
  const s = scorecard({ '1.1': 45, '7.1': 35 }, ['1.1', '7.1']);

  it('projects totals for target percents', () => {
    const result = projectScore(s, { '7.1': 50 });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.scorecard.total.earned?.exact).toBe('91.5'); // 31.5 + 60
    expect(result.diff.total.earnedDelta?.exact).toBe('18');
    expect(result.scorecard.source).toEqual({
      type: 'projection',
      basedOn: s.id,
      targets: ['7.1'],
    });
    expect(result.scorecard.items.find((i) => i.code === '7.1')?.range).toBe('50-65');
  });

  it('validates targets', () => {
    const result = projectScore(s, { '7.1': 57, '9.9': 50, '2.1': 50, '1.1': 105 });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['percent_not_multiple_of_5', 'targets.7.1'],
      ['unknown_item', 'targets.9.9'],
      ['item_out_of_scope', 'targets.2.1'],
      ['too_big', 'targets.1.1'],
    ]);
  });
});

describe('diffScorecards', () => {
  it('compares by item and category, including items present in one scorecard only', () => {
    const before = scorecard({ '1.1': 45, '1.2': 30 }, ['1']);
    const after = scorecard({ '1.1': 50, '1.2': 30, '2.1': 40 }, ['1', '2.1']);
    const diff = diffScorecards(before, after);
    expect(diff.items.find((i) => i.code === '1.1')).toMatchObject({
      presence: 'both',
      rangeChange: 'up',
      percentDelta: 5,
      earnedDelta: { exact: '3.5' },
    });
    expect(diff.items.find((i) => i.code === '1.2')).toMatchObject({
      rangeChange: 'same',
      earnedDelta: { exact: '0' },
    });
    expect(diff.items.find((i) => i.code === '2.1')).toMatchObject({
      previousStatus: 'out-of-scope',
      currentStatus: 'scored',
      earnedDelta: null,
    });
    expect(diff.categories.find((c) => c.code === '2')).toMatchObject({
      previousEarned: null,
      currentEarned: { exact: '18' },
      earnedDelta: null,
      sameMax: false,
    });
    expect(diff.total).toMatchObject({ earnedDelta: { exact: '21.5' }, sameMax: false });
    const edited = { ...after, items: after.items.filter((i) => i.code !== '7.5') };
    expect(diffScorecards(before, edited).items.find((i) => i.code === '7.5')?.presence).toBe(
      'previous-only',
    );
    expect(diff.notes).toContain('Different scopes: codes 1 and codes 1, 2.1; maxima may differ.');
  });
});

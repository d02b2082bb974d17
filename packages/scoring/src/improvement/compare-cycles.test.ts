import { coeBaldrigeDerivedPoints, type Assessment } from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { AssessmentSchema } from '../../../schemas/src/assessment/assessment.js';
import { ActionPlanSchema } from '../../../schemas/src/action-plan/action-plan.js';
import type { ActionPlan } from './action-plan-imports.js';
import { compareCycles, type CycleComparison } from './compare-cycles.js';
import { cycleComparisonSentences } from './compare-cycles-text.js';
import { riverbendAssessment } from './riverbend.fixture.js';

const previous = riverbendAssessment();

/** The next cycle, built from the example: 7.1, 1.1 and 7.4 move up a range, 2.2 moves within
 * 30-45, 4.1 falls to 10-25, 3.2 is not reassessed, and the 7.4 OFI is carried over. Every
 * other OFI keeps its id (ids are per assessment: an equal id is no repeat). */
function nextCycle(): Assessment {
  const current = riverbendAssessment();
  current.id = 'riverbend-2027-level-3';
  current.cycle = { label: '2027 reassessment', startDate: '2027-01-11' };
  const set = (code: string, percent: number, range: string): void => {
    const item = current.consensus!.items.find((i) => i.item === code)!;
    item.percent = percent;
    item.range = range;
  };
  set('7.1', 50, '50-65');
  set('1.1', 50, '50-65');
  set('7.4', 50, '50-65');
  set('2.2', 40, '30-45');
  set('4.1', 25, '10-25');
  current.consensus!.items = current.consensus!.items.filter((i) => i.item !== '3.2');
  current.reviews = current.reviews.map((r) => ({
    ...r,
    items: r.items.filter((i) => i.item !== '3.2'),
  }));
  const item74 = current.consensus!.items.find((i) => i.item === '7.4')!;
  item74.opportunities = [
    {
      id: 'consensus-7.4-o1-2027',
      text: 'Trends are still too short to show sustained improvement.',
      priority: 'high',
      carriedFrom: 'consensus-7.4-o1',
    },
  ];
  return current;
}

const done = (id: string, findingId: string, extra: object = {}) => ({
  id,
  title: `Action ${id}`,
  status: 'done' as const,
  completedOn: '2026-10-01',
  serves: { findings: [{ findingId }] },
  ...extra,
});

const plan: ActionPlan = {
  kind: 'action-plan',
  formatVersion: 1,
  id: 'riverbend-plan-2026',
  communityId: 'riverbend',
  createdOn: '2026-05-15',
  asOf: '2026-12-31',
  actions: [
    done('act-7.1', 'consensus-7.1-o1'),
    done('act-2.2', 'consensus-2.2-o1'),
    done('act-7.4', 'consensus-7.4-o1'),
    done('act-5.1-a', 'consensus-5.1-o1'),
    {
      id: 'act-5.1-b',
      title: 'Still going',
      status: 'in-progress',
      serves: { findings: [{ findingId: 'consensus-5.1-o1' }] },
    },
    { ...done('act-6.2', 'consensus-6.2-o1'), status: 'dropped' },
    done('act-3.2', 'consensus-3.2-o1'),
    done('act-7.3', 'consensus-7.3-o1', {
      serves: { findings: [{ assessmentId: 'riverbend-2025', findingId: 'consensus-7.3-o1' }] },
    }),
    {
      id: 'act-4.2',
      title: 'Closed after the as-of date',
      status: 'planned',
      serves: { findings: [{ findingId: 'consensus-4.2-o1' }] },
    },
    done('act-6.1', 'consensus-6.1-o1'),
    done('act-4.1', 'consensus-4.1-o1'),
  ],
  reportBacks: [{ actionId: 'act-4.2', date: '2027-02-01', text: 'Done at last.', status: 'done' }],
};

const statusOf = (comparison: CycleComparison, item: string) =>
  comparison.opportunities.find((o) => o.opportunity.item === item)!;

describe('compareCycles on Riverbend and a constructed next cycle', () => {
  const current = nextCycle();
  const comparison = compareCycles(previous, current, {
    framework: coeBaldrigeDerivedPoints,
    plan,
  });

  it('uses a valid next cycle and plan', () => {
    expect(AssessmentSchema.safeParse(current).success).toBe(true);
    expect(ActionPlanSchema.safeParse(plan).success).toBe(true);
  });

  it('takes the score changes from diffScorecards', () => {
    // 7.1 +15% x 120 = 18, 1.1 +10% x 70 = 7, 7.4 +20% x 80 = 16, 2.2 +10% x 40 = 4,
    // 4.1 -15% x 45 = -6.75, 3.2 unscored -11.25: +27, 278 -> 305
    expect(comparison.diff?.total.earnedDelta?.exact).toBe('27');
    expect(comparison.diff?.total.currentEarned?.exact).toBe('305');
    expect(comparison.diff?.items.find((i) => i.code === '7.1')?.rangeChange).toBe('up');
  });

  it('gives every status its own case, none fooled', () => {
    expect(statusOf(comparison, '7.1')).toMatchObject({ status: 'addressed', rangeChange: 'up' });
    // moved up without any action: carried over, not addressed
    expect(statusOf(comparison, '1.1')).toMatchObject({
      status: 'carried-over',
      carriedOver: 'no-action',
      rangeChange: 'up',
    });
    // percent up within 30-45: no range movement
    expect(statusOf(comparison, '2.2')).toMatchObject({
      status: 'acted-no-movement',
      rangeChange: 'same',
    });
    // fell a range after the action was done
    expect(statusOf(comparison, '4.1')).toMatchObject({
      status: 'acted-no-movement',
      rangeChange: 'down',
    });
    // done and moved up, but the reviewers repeat it: carried over
    expect(statusOf(comparison, '7.4')).toMatchObject({
      status: 'carried-over',
      carriedOver: 'repeated',
      repeatedBy: ['consensus-7.4-o1-2027'],
      rangeChange: 'up',
    });
    // one action done, one open
    expect(statusOf(comparison, '5.1').status).toBe('in-progress');
    // closed by a report-back dated after the plan's as-of date: still open then
    expect(statusOf(comparison, '4.2')).toMatchObject({
      status: 'in-progress',
      actions: [{ id: 'act-4.2', status: 'planned' }],
    });
    // dropped only: no action
    expect(statusOf(comparison, '6.2')).toMatchObject({
      status: 'carried-over',
      carriedOver: 'no-action',
    });
    // an action on another assessment's finding with the same id does not count
    expect(statusOf(comparison, '7.3')).toMatchObject({ status: 'carried-over', actions: [] });
    // same id in the current cycle without carriedFrom is no repeat
    expect(statusOf(comparison, '6.1')).toMatchObject({
      status: 'acted-no-movement',
      repeatedBy: [],
    });
    expect(statusOf(comparison, '3.2')).toMatchObject({
      status: 'item-not-reassessed',
      currentRange: null,
    });
    expect(comparison.counts).toEqual({
      addressed: 1,
      'acted-no-movement': 3,
      'in-progress': 2,
      'carried-over': 10,
      'item-not-reassessed': 1,
    });
  });

  it('judges action states as of the given date', () => {
    const later = compareCycles(previous, current, {
      framework: coeBaldrigeDerivedPoints,
      plan,
      asOf: '2027-03-01',
    });
    // act-4.2 is done by then; 4.2 stayed in 10-25
    expect(statusOf(later, '4.2').status).toBe('acted-no-movement');
  });

  it('carries everything over without a plan, except what is not reassessed', () => {
    const bare = compareCycles(previous, current, { framework: coeBaldrigeDerivedPoints });
    expect(bare.counts['carried-over']).toBe(16);
    expect(bare.counts['item-not-reassessed']).toBe(1);
  });

  it('renders the comparison in sentences', () => {
    const lines = cycleComparisonSentences(comparison);
    expect(lines[0]).toBe(
      'From riverbend-2026-baseline-level-3 to riverbend-2027-level-3: total 278 to 305 (+27).',
    );
    expect(lines[1]).toBe(
      '17 opportunities of the previous cycle: 1 addressed, 3 acted on, no movement, 2 in progress, 10 carried over, 1 item not reassessed.',
    );
    expect(lines).toContain(
      'consensus-7.1-o1 (7.1, high): addressed (done: act-7.1; range 30-45 to 50-65).',
    );
    expect(lines).toContain(
      'consensus-1.1-o1 (1.1, medium): carried over (no action; range 30-45 to 50-65).',
    );
    expect(lines).toContain(
      'consensus-4.1-o1 (4.1, high): acted on, no movement (done: act-4.1; range 30-45 to 10-25).',
    );
    expect(lines).toContain(
      'consensus-5.1-o1 (5.1, high): in progress (open: act-5.1-b; range 30-45 to 30-45).',
    );
    expect(lines).toContain(
      'consensus-7.4-o1 (7.4, high): carried over (repeated as consensus-7.4-o1-2027; range 30-45 to 50-65).',
    );
    expect(lines).toContain(
      'consensus-3.2-o1 (3.2, high): item not reassessed (the current cycle does not score 3.2).',
    );
    expect(lines).toHaveLength(19);
  });
});

describe('compareCycles on bad input', () => {
  it('reports scoring errors with the side in the path, and never throws', () => {
    const broken = riverbendAssessment();
    broken.consensus!.items[0]!.percent = 57;
    const result = compareCycles(broken, previous, { framework: coeBaldrigeDerivedPoints });
    expect(result.diff).toBeNull();
    expect(result.opportunities).toEqual([]);
    expect(result.issues.some((i) => i.severity === 'error' && i.path[0] === 'previous')).toBe(
      true,
    );
    expect(cycleComparisonSentences(result)[0]).toMatch(/^No comparison: /);
    expect(
      compareCycles(null as never, null as never, null as never).issues.map((i) => i.code),
    ).toEqual(['unexpected_shape']);
    expect(cycleComparisonSentences(null as never)).toEqual([
      'No comparison: the input is not a cycle comparison.',
    ]);
  });
});

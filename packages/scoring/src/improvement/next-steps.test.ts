import { describe, expect, it } from 'vitest';
import { ActionPlanSchema } from '../../../schemas/src/action-plan/action-plan.js';
import { nextSteps } from './next-steps.js';
import { nextStepsSentences } from './next-steps-text.js';
import { riverbendAssessment, riverbendPlan, scoreDerived } from './riverbend.fixture.js';

const assessment = riverbendAssessment();
const scorecard = scoreDerived(assessment);
const plan = riverbendPlan();

describe('nextSteps on Riverbend with a constructed plan (as of 2026-06-30)', () => {
  it('uses a valid action plan', () => {
    expect(ActionPlanSchema.safeParse(plan).success).toBe(true);
  });

  it('lists the twelve high-priority OFIs by points at stake, then framework order', () => {
    const steps = nextSteps(assessment, scorecard, { plan });
    expect(steps.priorities).toEqual(['high']);
    // 7.1 +18, 7.4 +16, 7.2 +12, 7.3 +12, 2.2 +8, 5.1 +8, 6.2 +6, 4.1 +4.5, 4.2 +4.5, 1.2 +2.5,
    // 3.2 +2.25, 6.1 +2.25
    expect(steps.opportunities.map((o) => o.opportunity.item)).toEqual([
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
    ]);
    const first = steps.opportunities[0]!;
    expect(first.opportunity.id).toBe('consensus-7.1-o1');
    expect(first.points?.exact).toBe('18');
    expect(first).toMatchObject({ currentRange: '30-45', nextRange: '50-65', targetPercent: 50 });
  });

  it('links open actions by finding id and flags the rest, without being fooled', () => {
    const steps = nextSteps(assessment, scorecard, { plan });
    const by = (item: string) => steps.opportunities.find((o) => o.opportunity.item === item)!;
    expect(by('7.1').answer).toBe('open-actions');
    expect(by('7.1').actions.map((a) => a.id)).toEqual(['act-dashboard']);
    expect(by('7.1').actions[0]!.overdue).toBe(true);
    // act-benchmarks closed by its report-back on 2026-06-10; act-trends still open
    expect(by('7.4').actions.map((a) => a.id)).toEqual(['act-trends']);
    expect(by('7.4').closedActions).toEqual(['act-benchmarks']);
    expect(by('7.2').answer).toBe('closed-actions-only');
    // done on 2026-07-15, after the as-of date: still open (in progress) on 2026-06-30
    expect(by('6.2').answer).toBe('open-actions');
    expect(by('6.2').actions[0]).toMatchObject({ id: 'act-late-close', status: 'in-progress' });
    // act-other-cycle cites 7.3's finding id of another assessment: it does not count
    expect(by('7.3').answer).toBe('no-action-yet');
    expect(steps.opportunities.filter((o) => o.answer === 'no-action-yet')).toHaveLength(8);
  });

  it('orders open actions overdue first, then by due date, undated last', () => {
    const steps = nextSteps(assessment, scorecard, { plan });
    expect(steps.asOf).toBe('2026-06-30');
    expect(steps.openActions.map((a) => [a.id, a.overdue])).toEqual([
      ['act-survey', true],
      ['act-dashboard', true],
      ['act-late-close', true],
      ['act-trends', false],
      ['act-other-cycle', false],
      ['act-no-date', false],
    ]);
    expect(steps.openActions.find((a) => a.id === 'act-other-cycle')!.findings).toEqual([]);
  });

  it('judges overdue as of the given date', () => {
    const early = nextSteps(assessment, scorecard, { plan, asOf: '2026-04-01' });
    expect(early.openActions.filter((a) => a.overdue).map((a) => a.id)).toEqual(['act-survey']);
    // act-workforce was done on 2026-05-20: open on 2026-04-01
    expect(early.openActions.map((a) => a.id)).toContain('act-workforce');
  });

  it('takes other priorities on request and works without a plan or scorecard', () => {
    const steps = nextSteps(assessment, null, { priorities: ['medium'] });
    expect(steps.opportunities.map((o) => o.opportunity.item)).toEqual([
      '1.1',
      '2.1',
      '3.1',
      '5.2',
      '7.5',
    ]);
    expect(
      steps.opportunities.every((o) => o.answer === 'no-action-yet' && o.points === null),
    ).toBe(true);
    expect(steps.openActions).toEqual([]);
    expect(steps.asOf).toBeNull();
  });

  it('falls back to the highest priority present', () => {
    const medium = riverbendAssessment();
    for (const item of medium.consensus!.items)
      for (const ofi of item.opportunities ?? []) ofi.priority = 'medium';
    const steps = nextSteps(medium, scorecard);
    expect(steps.priorities).toEqual(['medium']);
    expect(steps.opportunities).toHaveLength(17);
  });

  it('never throws', () => {
    expect(nextSteps(null as never, null).issues.map((i) => i.code)).toEqual(['unexpected_shape']);
    expect(
      nextSteps(assessment, scorecard, { plan: { actions: 'x' } as never }).issues,
    ).toHaveLength(1);
  });
});

describe('nextStepsSentences', () => {
  it('renders the Riverbend next steps', () => {
    const lines = nextStepsSentences(nextSteps(assessment, scorecard, { plan }));
    expect(lines[0]).toBe(
      '12 high-priority opportunities, largest points at stake first; 8 with no action yet.',
    );
    expect(lines[1]).toMatch(
      /^7\.1 .+ \(high\): .+ At stake: \+18 points \(35% to 50%, range 30-45 to 50-65\)\. Open actions: act-dashboard "Publish the results dashboard" \(Riverbend Thrives, due 2026-04-15, overdue\)\.$/,
    );
    expect(lines[3]).toMatch(/^7\.2 .+ No open action; closed: act-workforce\.$/);
    expect(lines[4]).toMatch(
      /^7\.3 .+ At stake: \+12 points \(15% to 30%, range 10-25 to 30-45\)\. No action yet\.$/,
    );
    expect(lines[13]).toBe('6 open actions as of 2026-06-30, 3 overdue:');
    expect(lines[14]).toBe(
      'act-survey "Survey partner staff on the vision": Leadership table, due 2026-03-31, overdue; planned. Answers consensus-1.1-o1.',
    );
    expect(lines.at(-1)).toBe(
      'act-no-date "Collect partner stories": no owner, no due date; planned. Answers no finding.',
    );
  });

  it('says when there is nothing', () => {
    const empty = riverbendAssessment();
    for (const item of empty.consensus!.items) delete item.opportunities;
    expect(nextStepsSentences(nextSteps(empty, scorecard))).toEqual([
      'No opportunities for improvement recorded.',
      'No open actions.',
    ]);
    expect(nextStepsSentences(null as never)).toEqual([
      'No next steps: the input is not a next-steps value.',
    ]);
  });
});

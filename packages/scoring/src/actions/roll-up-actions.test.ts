import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  coeBaldrigeDerivedPoints,
  type Action,
  type ActionPlan,
} from '@community-excellence/schemas/data';
import { rollUpActions, type ActionGroup } from './roll-up-actions.js';

const riverbend = JSON.parse(
  readFileSync(new URL('../../../../examples/riverbend/action-plan.json', import.meta.url), 'utf8'),
) as ActionPlan;

/** `key: total open overdue done dropped` per group. */
const rows = (groups: readonly ActionGroup[]): string[] =>
  groups.map(
    ({ key, counts: c }) =>
      `${key ?? '(none)'}: ${c.total} ${c.open} ${c.overdue} ${c.done} ${c.dropped}`,
  );

describe('rollUpActions on the Riverbend plan (as of 2026-10-31)', () => {
  const rollUp = rollUpActions(riverbend, { framework: coeBaldrigeDerivedPoints });

  it('counts 14 actions: 9 open (1 overdue), 4 done, 1 dropped', () => {
    expect(rollUp.asOf).toBe('2026-10-31');
    expect(rollUp.totals).toEqual({ total: 14, open: 9, overdue: 1, done: 4, dropped: 1 });
  });

  it('groups by owner in order of appearance, the unassigned resilience action last', () => {
    expect(rows(rollUp.byOwner)).toEqual([
      'Riverbend Thrives: 4 1 0 3 0',
      'Riverbend County Board of Commissioners: 1 1 1 0 0',
      'Riverbend County Health Department: 1 1 0 0 0',
      'East Fork Local Schools: 1 0 0 1 0',
      'Tri-County Workforce Development Board: 1 1 0 0 0',
      'Riverbend Interfaith Council: 1 1 0 0 0',
      'Riverbend Early Learning Coalition: 1 1 0 0 0',
      'Millbrook City Schools: 1 1 0 0 0',
      'Riverbend Community College: 1 1 0 0 0',
      'Riverbend Community Foundation: 1 0 0 0 1',
      '(none): 1 1 0 0 0',
    ]);
    expect(rollUp.byOwner.at(-1)?.actionIds).toEqual(['act-community-resilience']);
    expect(rollUp.byOwner[0]?.actionIds).toEqual([
      'act-vision-deployment',
      'act-governance-review',
      'act-complaints-route',
      'act-key-work-processes',
    ]);
  });

  it('groups by category in framework order; the capacity action (5.1 and 7.3) counts in 5 and 7', () => {
    expect(rows(rollUp.byCategory)).toEqual([
      '1: 2 0 0 2 0',
      '2: 1 1 1 0 0',
      '3: 2 2 0 0 0',
      '4: 2 1 0 1 0',
      '5: 1 1 0 0 0',
      '6: 2 1 0 1 0',
      '7: 5 4 0 0 1',
    ]);
    expect(rollUp.byCategory.map((group) => group.label)).toEqual(
      coeBaldrigeDerivedPoints.categories.map((category) => category.name),
    );
    expect(rollUp.byCategory[4]?.actionIds).toEqual(['act-capacity-needs']);
    expect(rollUp.byCategory[6]?.actionIds).toContain('act-capacity-needs');
  });

  it('groups by indicator (indicators and targets, once per action), the actions serving none last', () => {
    expect(rows(rollUp.byIndicator)).toEqual([
      'chronic-absence-k3: 2 1 1 1 0',
      'children-in-poverty: 1 1 0 0 0',
      'teen-birth-rate: 1 1 0 0 0',
      'child-maltreatment-rate: 1 1 0 0 0',
      'kindergarten-readiness: 1 1 0 0 0',
      'ninth-grade-on-track: 1 1 0 0 0',
      'hs-graduation-4yr: 1 1 0 0 0',
      '(none): 9 5 0 3 1',
    ]);
  });

  it('lists the overdue rural transport plan and no orphan', () => {
    expect(rollUp.overdue.map(({ action, state }) => `${action.id} ${state.status}`)).toEqual([
      'act-rural-transport-plan in-progress',
    ]);
    expect(rollUp.orphaned).toEqual([]);
  });

  it('judges against a date given in the options, and groups categories by code without a framework', () => {
    const early = rollUpActions(riverbend, { asOf: '2026-06-30' });
    // The funding report was dropped on 2026-09-10 and the key processes closed on 2026-08-12: open then.
    expect(early.totals).toEqual({ total: 14, open: 13, overdue: 0, done: 1, dropped: 0 });
    expect(rows(early.byCategory).map((row) => row.split(':')[0])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
    expect(early.byCategory[0]?.label).toBe('1');
  });
});

function plan(actions: Action[], extra: Partial<ActionPlan> = {}): ActionPlan {
  return {
    kind: 'action-plan',
    formatVersion: 1,
    id: 'p',
    communityId: 'c',
    createdOn: '2026-01-01',
    actions,
    ...extra,
  };
}

function action(id: string, fields: Partial<Action> = {}): Action {
  return {
    id,
    title: id,
    status: 'in-progress',
    owner: 'Team',
    serves: { findings: [{ findingId: 'f' }], items: ['1.1'] },
    ...fields,
  };
}

describe('rollUpActions on plans that try to fool it', () => {
  it('counts an action closed by a report-back after its due date as done, not overdue', () => {
    const rollUp = rollUpActions(
      plan([action('late', { dueDate: '2026-03-31' })], {
        asOf: '2026-06-30',
        reportBacks: [{ actionId: 'late', date: '2026-04-20', text: 'Finished.', status: 'done' }],
      }),
    );
    expect(rollUp.totals).toEqual({ total: 1, open: 0, overdue: 0, done: 1, dropped: 0 });
    expect(rollUp.overdue).toEqual([]);
  });

  it('does not count an action due on the as-of date as overdue', () => {
    const rollUp = rollUpActions(plan([action('today', { dueDate: '2026-06-30' })]), {
      asOf: '2026-06-30',
    });
    expect(rollUp.totals.overdue).toBe(0);
    expect(
      rollUpActions(plan([action('today', { dueDate: '2026-06-30' })]), { asOf: '2026-07-01' })
        .totals.overdue,
    ).toBe(1);
  });

  it('ignores a report-back on an action the plan does not have', () => {
    const rollUp = rollUpActions(
      plan([action('a')], {
        reportBacks: [{ actionId: 'ghost', date: '2026-02-01', text: 'Done.', status: 'done' }],
      }),
    );
    expect(rollUp.totals).toEqual({ total: 1, open: 1, overdue: 0, done: 0, dropped: 0 });
    expect(rows(rollUp.byOwner)).toEqual(['Team: 1 1 0 0 0']);
  });

  it('does not call an action serving only a strength an orphan, and does call one serving only items', () => {
    const rollUp = rollUpActions(
      plan([
        action('strength', { serves: { findings: [{ findingId: 'consensus-1.1-s1' }] } }),
        action('items-only', { serves: { items: ['4.1'] } }),
      ]),
    );
    expect(rollUp.orphaned.map(({ action: a }) => a.id)).toEqual(['items-only']);
    expect(rows(rollUp.byCategory)).toEqual(['4: 1 1 0 0 0', '(none): 1 1 0 0 0']);
  });

  it('puts actions without an owner (absent or blank) in the unassigned group, last', () => {
    const noOwner = action('nobody');
    delete (noOwner as { owner?: string }).owner;
    const rollUp = rollUpActions(
      plan([noOwner, action('blank', { owner: '  ' }), action('team', { owner: ' Team ' })]),
    );
    expect(rows(rollUp.byOwner)).toEqual(['Team: 1 1 0 0 0', '(none): 2 2 0 0 0']);
  });

  it('puts codes the framework does not know in the group without category', () => {
    const rollUp = rollUpActions(
      plan([action('x', { serves: { indicators: ['i'], items: ['9.9', 'P.1'] } })]),
      {
        framework: coeBaldrigeDerivedPoints,
      },
    );
    expect(rows(rollUp.byCategory)).toEqual(['(none): 1 1 0 0 0']);
  });

  it('never throws', () => {
    const empty = {
      totals: { total: 0, open: 0, overdue: 0, done: 0, dropped: 0 },
      byOwner: [],
      byCategory: [],
      byIndicator: [],
      overdue: [],
      orphaned: [],
    };
    expect(rollUpActions(null as unknown as ActionPlan)).toEqual(empty);
    expect(rollUpActions({ actions: 5 } as unknown as ActionPlan)).toEqual(empty);
    expect(rollUpActions(riverbend, { framework: {} as never }).totals.total).toBe(14);
  });
});

import { describe, expect, it } from 'vitest';
import type { Action, ActionPlan } from './action-plan.js';
import { checkActionPlan, validateActionPlan } from './validate-action-plan.js';
import { readRiverbend, riverbendPlan } from './test-fixtures.js';

function plan(actions: Action[], extra: Partial<ActionPlan> = {}): ActionPlan {
  return {
    kind: 'action-plan',
    formatVersion: 1,
    id: 'plan',
    communityId: 'riverbend',
    createdOn: '2026-05-12',
    actions,
    ...extra,
  };
}

function action(id: string, fields: Partial<Action> = {}): Action {
  return {
    id,
    title: `Action ${id}`,
    status: 'planned',
    serves: { findings: [{ findingId: 'consensus-1.1-o1' }] },
    ...fields,
  };
}

const summary = (
  issues: readonly { code: string; path: readonly (string | number)[]; severity: string }[],
) => issues.map((issue) => `${issue.severity} ${issue.code} ${issue.path.join('.')}`);

describe('validateActionPlan on the Riverbend plan', () => {
  it('validates with one warning: the overdue rural transport plan as of 2026-10-31', () => {
    const result = validateActionPlan(readRiverbend('action-plan.json'));
    expect(result.ok).toBe(true);
    expect(summary(result.issues)).toEqual(['warning action_overdue actions.2.dueDate']);
    expect(result.issues[0]?.message).toBe(
      'Action act-rural-transport-plan was due on 2026-08-31 and is still in-progress as of 2026-10-31.',
    );
  });

  it('judges overdue against a date given at check time', () => {
    expect(
      summary(validateActionPlan(readRiverbend('action-plan.json'), { asOf: '2026-08-31' }).issues),
    ).toEqual([]);
    const later = validateActionPlan(readRiverbend('action-plan.json'), { asOf: '2027-01-01' });
    expect(summary(later.issues)).toEqual([
      'warning action_overdue actions.2.dueDate',
      'warning action_overdue actions.3.dueDate',
      'warning action_overdue actions.4.dueDate',
      'warning action_overdue actions.6.dueDate',
    ]);
  });

  it('refuses a wrong structure and a wrong format version with issues, not exceptions', () => {
    const noStatus = validateActionPlan({
      ...riverbendPlan(),
      actions: [{ id: 'a', title: 'A', serves: {} }],
    });
    expect(noStatus.ok).toBe(false);
    expect(noStatus.issues.some((issue) => issue.path.join('.') === 'actions.0.status')).toBe(true);
    const version = validateActionPlan({ ...riverbendPlan(), formatVersion: 2 });
    expect(version.issues.map((issue) => issue.code)).toEqual(['unsupported_format_version']);
  });
});

describe('checkActionPlan', () => {
  it('reports duplicate action, report-back and PDSA cycle ids', () => {
    const cycle = { id: 'c', change: 'Try it', prediction: 'It works', startedOn: '2026-06-01' };
    const issues = checkActionPlan(
      plan([action('a', { pdsaCycles: [cycle, cycle] }), action('a')], {
        reportBacks: [
          { id: 'r', actionId: 'a', date: '2026-06-01', text: 'x' },
          { id: 'r', actionId: 'a', date: '2026-06-02', text: 'y' },
        ],
      }),
    );
    expect(summary(issues)).toEqual([
      'error duplicate_id actions.1.id',
      'error duplicate_id reportBacks.1.id',
      'error duplicate_id actions.0.pdsaCycles.1.id',
    ]);
  });

  it('reports a report-back on an action that does not exist at its actionId', () => {
    const issues = checkActionPlan(
      plan([action('a')], {
        reportBacks: [{ actionId: 'ghost', date: '2026-06-01', text: 'Done.', status: 'done' }],
      }),
    );
    expect(summary(issues)).toEqual(['error report_back_unknown_action reportBacks.0.actionId']);
    expect(issues[0]?.message).toBe('Report-back on action ghost, which the plan does not have.');
  });

  it('reports dates out of order: completedOn before startedOn, decidedOn before startedOn, asOf before createdOn', () => {
    const issues = checkActionPlan(
      plan(
        [
          action('a', { status: 'done', startedOn: '2026-06-10', completedOn: '2026-06-01' }),
          action('b', {
            pdsaCycles: [
              {
                id: 'c',
                change: 'x',
                prediction: 'y',
                startedOn: '2026-07-01',
                decidedOn: '2026-06-01',
                decision: 'adopt',
              },
            ],
          }),
        ],
        { asOf: '2026-05-01' },
      ),
    );
    expect(summary(issues)).toEqual([
      'error out_of_order asOf',
      'error out_of_order actions.0.completedOn',
      'error out_of_order actions.1.pdsaCycles.0.decidedOn',
    ]);
  });

  it('warns on report-backs before the plan was created and after its as-of date', () => {
    const issues = checkActionPlan(
      plan([action('a')], {
        asOf: '2026-10-31',
        reportBacks: [
          { actionId: 'a', date: '2026-04-01', text: 'Carried over.' },
          { actionId: 'a', date: '2026-11-02', text: 'Later.' },
        ],
      }),
    );
    expect(summary(issues)).toEqual([
      'warning out_of_order reportBacks.0.date',
      'warning out_of_order asOf',
    ]);
    expect(issues[1]?.message).toBe(
      '"2026-10-31" comes before "2026-11-02" (at reportBacks.1.date), which it must not precede.',
    );
  });

  it('warns on a done or dropped action without a closing date, unless a report-back closed it', () => {
    const issues = checkActionPlan(
      plan(
        [
          action('a', { status: 'done' }),
          action('b', { status: 'dropped' }),
          action('c', { status: 'in-progress' }),
        ],
        {
          reportBacks: [
            { actionId: 'b', date: '2026-06-01', text: 'Stopped.', status: 'dropped' },
            { actionId: 'c', date: '2026-06-01', text: 'Done.', status: 'done' },
          ],
        },
      ),
    );
    expect(summary(issues)).toEqual(['warning action_closed_undated actions.0.status']);
    expect(issues[0]?.message).toBe(
      'Action a is done but has no completedOn date and no report-back that closed it.',
    );
  });

  it('warns on an orphaned action: items alone, or a strength-free empty serves', () => {
    const issues = checkActionPlan(
      plan([
        action('a', { serves: { items: ['1.1'] } }),
        action('b', { serves: { indicators: ['x'] } }),
      ]),
    );
    expect(summary(issues)).toEqual(['warning action_orphaned actions.0.serves']);
    expect(issues[0]?.message).toBe('Action a serves no finding and no indicator.');
  });

  it('reports overdue only when open, as of a known date, with the due date strictly before it', () => {
    const actions = [
      action('due-before', { dueDate: '2026-09-30', status: 'in-progress' }),
      action('due-on', { dueDate: '2026-10-31' }),
      action('closed-late', { dueDate: '2026-09-30' }),
      action('no-due'),
    ];
    const reportBacks = [
      { actionId: 'closed-late', date: '2026-10-10', text: 'Done late.', status: 'done' as const },
    ];
    expect(summary(checkActionPlan(plan(actions, { reportBacks })))).toEqual([]);
    const issues = checkActionPlan(plan(actions, { reportBacks, asOf: '2026-10-31' }));
    expect(summary(issues)).toEqual(['warning action_overdue actions.0.dueDate']);
    expect(
      summary(checkActionPlan(plan(actions, { reportBacks }), { asOf: '2026-11-01' })),
    ).toEqual([
      'warning action_overdue actions.0.dueDate',
      'warning action_overdue actions.1.dueDate',
    ]);
  });

  it('never throws on values of another shape', () => {
    expect(checkActionPlan(null as unknown as ActionPlan).map((issue) => issue.code)).toEqual([
      'unexpected_shape',
    ]);
    expect(validateActionPlan({ __proto__: { kind: 'action-plan' } }).ok).toBe(false);
    const getter = Object.defineProperty({}, 'kind', {
      get() {
        throw new Error('boom');
      },
    });
    expect(validateActionPlan(getter).ok).toBe(false);
    expect(validateActionPlan(riverbendPlan(), { asOf: 7 as unknown as string }).ok).toBe(true);
  });
});

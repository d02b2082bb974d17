import { describe, expect, it } from 'vitest';
import type { Action, ActionPlan, ReportBack } from './action-plan.js';
import {
  actionState,
  actionStates,
  isActionOrphaned,
  isClosedStatus,
  planAsOf,
} from './action-state.js';

function action(fields: Partial<Action> & { id: string }): Action {
  return {
    title: `Action ${fields.id}`,
    status: 'planned',
    serves: { findings: [{ findingId: 'consensus-1.1-o1' }] },
    ...fields,
  };
}

function reportBack(actionId: string, date: string, status?: ReportBack['status']): ReportBack {
  return status === undefined
    ? { actionId, date, text: 'Reported.' }
    : { actionId, date, text: 'Reported.', status };
}

describe('isClosedStatus', () => {
  it('closes on done and dropped only', () => {
    expect(
      ['proposed', 'planned', 'in-progress', 'done', 'dropped'].map((s) =>
        isClosedStatus(s as Action['status']),
      ),
    ).toEqual([false, false, false, true, true]);
  });
});

describe('isActionOrphaned', () => {
  it('is anchored by a finding, an indicator or a target', () => {
    expect(isActionOrphaned(action({ id: 'a' }))).toBe(false);
    expect(isActionOrphaned(action({ id: 'a', serves: { indicators: ['ind-x'] } }))).toBe(false);
    expect(
      isActionOrphaned(action({ id: 'a', serves: { targets: [{ indicatorId: 'ind-x' }] } })),
    ).toBe(false);
  });
  it('is an orphan with items only, empty lists or nothing', () => {
    expect(isActionOrphaned(action({ id: 'a', serves: { items: ['1.1'] } }))).toBe(true);
    expect(isActionOrphaned(action({ id: 'a', serves: { findings: [], indicators: [] } }))).toBe(
      true,
    );
    expect(isActionOrphaned(action({ id: 'a', serves: {} }))).toBe(true);
  });
});

describe('actionState', () => {
  it('keeps the action status when no report-back carries one', () => {
    const state = actionState(action({ id: 'a', status: 'in-progress' }), [
      reportBack('a', '2026-02-01'),
    ]);
    expect(state).toMatchObject({
      actionId: 'a',
      status: 'in-progress',
      statusSource: 'action',
      closed: false,
    });
    expect(state.reportBacks).toHaveLength(1);
  });

  it('takes the status of the latest report-back that carries one', () => {
    const backs = [
      reportBack('a', '2026-03-01', 'done'),
      reportBack('a', '2026-02-01', 'in-progress'),
      reportBack('a', '2026-04-01'),
      reportBack('b', '2026-05-01', 'dropped'),
    ];
    const state = actionState(action({ id: 'a' }), backs);
    expect(state).toMatchObject({
      status: 'done',
      statusSource: 'report-back',
      statusDate: '2026-03-01',
      closed: true,
      closedOn: '2026-03-01',
    });
    expect(state.reportBacks.map((back) => back.date)).toEqual([
      '2026-03-01',
      '2026-02-01',
      '2026-04-01',
    ]);
  });

  it('lets a later report-back in the list win on the same date', () => {
    const state = actionState(action({ id: 'a' }), [
      reportBack('a', '2026-03-01', 'done'),
      reportBack('a', '2026-03-01', 'in-progress'),
    ]);
    expect(state.status).toBe('in-progress');
  });

  it("dates the action's own closing status on completedOn", () => {
    const closed = action({ id: 'a', status: 'done', completedOn: '2026-04-01' });
    expect(actionState(closed, [reportBack('a', '2026-03-01', 'in-progress')])).toMatchObject({
      status: 'done',
      statusSource: 'action',
      closedOn: '2026-04-01',
    });
    expect(actionState(closed, [reportBack('a', '2026-04-01', 'in-progress')]).status).toBe(
      'in-progress',
    );
    expect(actionState(closed, [reportBack('a', '2026-05-01', 'in-progress')]).status).toBe(
      'in-progress',
    );
  });

  it('lets a status report-back reopen an undated closed action', () => {
    const state = actionState(action({ id: 'a', status: 'done' }), [
      reportBack('a', '2026-02-01', 'in-progress'),
    ]);
    expect(state.status).toBe('in-progress');
    const alone = actionState(action({ id: 'a', status: 'done' }), undefined);
    expect(alone).toMatchObject({ status: 'done', closed: true });
    expect(alone.closedOn).toBeUndefined();
  });

  it('ignores report-backs after the as-of date', () => {
    const state = actionState(
      action({ id: 'a', dueDate: '2026-03-01' }),
      [reportBack('a', '2026-05-01', 'done')],
      { asOf: '2026-04-01' },
    );
    expect(state).toMatchObject({
      status: 'planned',
      closed: false,
      overdue: true,
      asOf: '2026-04-01',
    });
    expect(state.reportBacks).toEqual([]);
  });

  it('counts an action completed after the as-of date as open then', () => {
    const started = action({
      id: 'a',
      status: 'done',
      startedOn: '2026-01-10',
      completedOn: '2026-05-01',
    });
    expect(actionState(started, [], { asOf: '2026-04-01' })).toMatchObject({
      status: 'in-progress',
      statusSource: 'as-of',
      closed: false,
    });
    const notStarted = action({
      id: 'a',
      status: 'dropped',
      startedOn: '2026-04-10',
      completedOn: '2026-05-01',
    });
    expect(actionState(notStarted, [], { asOf: '2026-04-01' }).status).toBe('planned');
    expect(actionState(started, [], { asOf: '2026-05-01' })).toMatchObject({
      status: 'done',
      closed: true,
    });
  });

  it('is overdue only when open with a due date strictly before the as-of date', () => {
    const due = action({ id: 'a', dueDate: '2026-03-31', status: 'in-progress' });
    expect(actionState(due, []).overdue).toBe(false);
    expect(actionState(due, [], { asOf: '2026-03-31' }).overdue).toBe(false);
    expect(actionState(due, [], { asOf: '2026-04-01' }).overdue).toBe(true);
    expect(actionState(action({ id: 'a' }), [], { asOf: '2030-01-01' }).overdue).toBe(false);
  });

  it('is not overdue but closed late when a report-back closed it after the due date', () => {
    const state = actionState(
      action({ id: 'a', dueDate: '2026-03-31' }),
      [reportBack('a', '2026-04-15', 'done')],
      { asOf: '2026-06-30' },
    );
    expect(state).toMatchObject({
      closed: true,
      overdue: false,
      closedLate: true,
      closedOn: '2026-04-15',
    });
    const onTime = actionState(
      action({ id: 'a', dueDate: '2026-03-31' }),
      [reportBack('a', '2026-03-31', 'done')],
      { asOf: '2026-06-30' },
    );
    expect(onTime.closedLate).toBe(false);
  });

  it('never throws on values of another shape', () => {
    const getter = Object.defineProperty({ id: 'x', status: 'done' }, 'serves', {
      get() {
        throw new Error('boom');
      },
    });
    expect(actionState(getter as unknown as Action, undefined)).toMatchObject({
      actionId: 'x',
      status: 'done',
    });
    expect(actionState(null as unknown as Action, undefined)).toMatchObject({
      actionId: '',
      status: 'proposed',
    });
    expect(actionState(action({ id: 'a' }), 42 as unknown as ReportBack[]).status).toBe('planned');
  });
});

describe('actionStates', () => {
  const plan: ActionPlan = {
    kind: 'action-plan',
    formatVersion: 1,
    id: 'p',
    communityId: 'riverbend',
    createdOn: '2026-01-15',
    asOf: '2026-06-30',
    actions: [
      action({ id: 'a', dueDate: '2026-05-01' }),
      action({ id: 'b', dueDate: '2026-09-01', status: 'in-progress' }),
      action({ id: 'a', status: 'done' }),
    ],
    reportBacks: [reportBack('ghost', '2026-02-01', 'done')],
  };

  it("uses the plan's asOf and keeps the first action of a duplicated id", () => {
    const states = actionStates(plan);
    expect([...states.keys()]).toEqual(['a', 'b']);
    expect(states.get('a')).toMatchObject({ status: 'planned', overdue: true, asOf: '2026-06-30' });
    expect(states.get('b')?.overdue).toBe(false);
  });

  it('lets the given date win over the plan asOf', () => {
    expect(actionStates(plan, { asOf: '2026-04-01' }).get('a')?.overdue).toBe(false);
    expect(planAsOf(plan)).toBe('2026-06-30');
    expect(planAsOf(plan, '2026-04-01')).toBe('2026-04-01');
  });

  it('never throws', () => {
    expect(actionStates(null as unknown as ActionPlan).size).toBe(0);
    expect(planAsOf(null as unknown as ActionPlan)).toBeUndefined();
  });
});

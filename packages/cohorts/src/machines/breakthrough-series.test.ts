import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../core/time.js';
import { machineProperties, sendAll, start, type Driver } from '../testing/machine-properties.js';
import type { Action } from '@community-excellence/schemas/data';
import {
  breakthroughMachine as machine,
  collaborativeActions,
  pdsaPhase,
  type BreakthroughContext,
  type BreakthroughEvent,
  type BreakthroughTypes,
  type PdsaCycle,
  type PdsaPhase,
} from './breakthrough-series.js';

/** The phase of a cycle, read from the record its change idea holds. */
const phase = (c: BreakthroughContext, x: PdsaCycle): PdsaPhase | undefined => {
  const record = c.actions
    .find((a) => a.id === x.actionId)
    ?.pdsaCycles?.find((r) => r.id === x.cycleId);
  return record === undefined ? undefined : pdsaPhase(record);
};

const idea = (id: string, title = 'Written asthma action plans'): Action => ({
  id,
  title,
  status: 'planned',
  serves: {},
});

const fullCycle = (
  cycleId: string,
  teamId: string,
  at: string,
  decision: 'adopt' | 'adapt' | 'abandon' = 'adopt',
): BreakthroughEvent[] => [
  {
    type: 'pdsa-plan',
    cycleId,
    teamId,
    change: 'written asthma action plan',
    prediction: '80% of patients get one',
    at,
  },
  { type: 'pdsa-do', cycleId, observations: '11 of 15 patients', at },
  { type: 'pdsa-study', cycleId, findings: 'below prediction; nurses lacked time', at },
  { type: 'pdsa-act', cycleId, decision, at },
];

const driver: Driver<BreakthroughTypes> = {
  machine,
  input: { collaborativeId: 'asthma-2027' },
  startAt: '2027-01-10',
  eventsFor: (step, snapshot, now) => {
    const c = snapshot.context;
    const n = snapshot.history.length;
    const period = Number(step.from.slice(-1));
    const teamsNeedingCycles = c.teams.filter(
      (t) =>
        !c.cycles.some(
          (x) => x.teamId === t.teamId && x.period === period && phase(c, x) === 'done',
        ),
    );
    const open = c.cycles.find((x) => phase(c, x) !== 'done');
    const finishOpen: BreakthroughEvent[] =
      open === undefined
        ? []
        : fullCycle(open.cycleId, open.teamId, now).slice(
            ['plan', 'do', 'study'].indexOf(phase(c, open) ?? 'plan') + 1,
          );
    switch (step.event) {
      case 'enroll-team':
        return [{ type: 'enroll-team', teamId: `team-${n}`, at: now }];
      case 'add-change-idea':
        return [
          ...(c.teams.length === 0
            ? [{ type: 'enroll-team' as const, teamId: 'clinic-a', at: now }]
            : []),
          {
            type: 'add-change-idea',
            teamId: c.teams[0]?.teamId ?? 'clinic-a',
            action: idea(`idea-${n}`),
            at: now,
          },
        ];
      case 'record-prework':
        return [
          ...(c.teams.length === 0
            ? [{ type: 'enroll-team' as const, teamId: 'clinic-a', at: now }]
            : []),
          {
            type: 'record-prework',
            teamId: c.teams[0]?.teamId ?? 'clinic-a',
            aim: 'reduce ED visits 30%',
            measures: ['ED visits'],
            at: now,
          },
        ];
      case 'start-learning-session':
        if (step.from === 'prework') {
          const pre: BreakthroughEvent[] =
            c.teams.length === 0 ? [{ type: 'enroll-team', teamId: 'clinic-a', at: now }] : [];
          const teams =
            c.teams.length === 0
              ? ['clinic-a']
              : c.teams
                  .filter((t) => t.aim === null || t.measures.length === 0)
                  .map((t) => t.teamId);
          return [
            ...pre,
            ...teams.map((teamId): BreakthroughEvent => ({
              type: 'record-prework',
              teamId,
              aim: 'reduce ED visits 30%',
              measures: ['ED visits'],
              at: now,
            })),
            { type: 'start-learning-session', at: addDays(now, 30) },
          ];
        }
        return [
          ...teamsNeedingCycles.flatMap((t, i) => fullCycle(`c${n}-${i}`, t.teamId, now)),
          { type: 'start-learning-session', at: addDays(now, 60) },
        ];
      case 'hold-summative-congress':
        return [
          ...finishOpen,
          ...teamsNeedingCycles.flatMap((t, i) => fullCycle(`c${n}-${i}`, t.teamId, now)),
          { type: 'hold-summative-congress', at: addDays(now, 60) },
        ];
      case 'pdsa-plan': {
        const teamId = c.teams[0]?.teamId ?? '';
        return [
          { type: 'add-change-idea', teamId, action: idea(`idea-${n}`), at: now },
          {
            type: 'pdsa-plan',
            cycleId: `c${n}`,
            teamId,
            change: 'x',
            prediction: 'y',
            actionId: `idea-${n}`,
            at: now,
          },
        ];
      }
      case 'pdsa-do':
      case 'pdsa-study':
      case 'pdsa-act': {
        const steps = fullCycle(`c${n}`, c.teams[0]?.teamId ?? '', now);
        return steps.slice(0, ['pdsa-do', 'pdsa-study', 'pdsa-act'].indexOf(step.event) + 2);
      }
      default:
        return [{ type: step.event, at: now } as BreakthroughEvent];
    }
  },
  arbitraryEvent: fc.oneof(
    fc.record({ type: fc.constant('enroll-team' as const), teamId: fc.constantFrom('a', 'b') }),
    fc.record({
      type: fc.constant('record-prework' as const),
      teamId: fc.constantFrom('a', 'b', 'z'),
      aim: fc.constant('aim'),
      measures: fc.constantFrom([], ['m']),
    }),
    fc.constantFrom<BreakthroughEvent>(
      { type: 'start-learning-session' },
      { type: 'start-action-period' },
      { type: 'hold-summative-congress' },
      { type: 'close' },
    ),
    fc.record({
      type: fc.constant('pdsa-plan' as const),
      cycleId: fc.constantFrom('1', '2'),
      teamId: fc.constantFrom('a', 'b', 'clinic-a'),
      change: fc.constant('c'),
      prediction: fc.constant('p'),
    }),
    fc.record({
      type: fc.constant('pdsa-plan' as const),
      cycleId: fc.constantFrom('1', '2', 'bad id'),
      teamId: fc.constantFrom('a', 'clinic-a'),
      change: fc.constantFrom('c', ''),
      prediction: fc.constant('p'),
      actionId: fc.constantFrom('i1', 'change-1', 'nope'),
    }),
    fc.record({
      type: fc.constant('add-change-idea' as const),
      teamId: fc.constantFrom('a', 'clinic-a'),
      action: fc.constantFrom(
        idea('i1'),
        idea('change-1'),
        idea(''),
        { ...idea('i2'), origin: { type: 'collaborative' as const, teamId: 'b' } },
        {
          ...idea('i3'),
          pdsaCycles: [{ id: 'p', change: 'c', prediction: 'p', startedOn: '2027-01-01' }],
        },
        'x' as unknown as Action,
      ),
    }),
    fc.record({
      type: fc.constant('pdsa-do' as const),
      cycleId: fc.constantFrom('1', '2'),
      observations: fc.constant('o'),
    }),
    fc.record({
      type: fc.constant('pdsa-study' as const),
      cycleId: fc.constantFrom('1', '2'),
      findings: fc.constant('f'),
    }),
    fc.record({
      type: fc.constant('pdsa-act' as const),
      cycleId: fc.constantFrom('1', '2'),
      decision: fc.constantFrom(
        'adopt' as const,
        'adapt' as const,
        'abandon' as const,
        'keep' as 'adopt',
      ),
    }),
  ),
};

describe('Breakthrough-Series collaborative', () => {
  it('needs prework, PDSA cycles in each action period, and closed cycles before the congress', () => {
    let s = sendAll(machine, start(driver), [
      { type: 'enroll-team', teamId: 'clinic-a', at: '2027-01-10' },
      { type: 'enroll-team', teamId: 'clinic-b', at: '2027-01-10' },
    ]);
    const early = machine.transition(s, { type: 'start-learning-session', at: '2027-02-01' });
    expect(!early.ok && early.reasons).toEqual([
      expect.objectContaining({ code: 'prework_incomplete', teamIds: ['clinic-a', 'clinic-b'] }),
    ]);
    s = sendAll(machine, s, [
      {
        type: 'record-prework',
        teamId: 'clinic-a',
        aim: 'reduce ED visits 30%',
        measures: ['ED visits per 100 patients'],
        at: '2027-01-20',
      },
      {
        type: 'record-prework',
        teamId: 'clinic-b',
        aim: 'reduce ED visits 30%',
        measures: ['ED visits per 100 patients'],
        at: '2027-01-20',
      },
      { type: 'start-learning-session', at: '2027-02-01' },
      { type: 'start-action-period', at: '2027-02-03' },
      ...fullCycle('a1', 'clinic-a', '2027-03-01', 'adapt'),
    ]);
    const ls2 = machine.transition(s, { type: 'start-learning-session', at: '2027-05-01' });
    expect(!ls2.ok && ls2.reasons).toEqual([
      expect.objectContaining({
        code: 'cycles_missing',
        period: 1,
        teamIds: ['clinic-b'],
        minimum: 1,
      }),
    ]);
    const outOfOrder = machine.transition(s, {
      type: 'pdsa-study',
      cycleId: 'a1',
      findings: 'again',
      at: '2027-03-02',
    });
    expect(!outOfOrder.ok && outOfOrder.reasons).toEqual([
      expect.objectContaining({ code: 'pdsa_out_of_order', expected: 'do', found: 'done' }),
    ]);
    const adopted = machine.transition(s, {
      type: 'pdsa-plan',
      cycleId: 'b1',
      teamId: 'clinic-b',
      change: 'c',
      prediction: 'p',
      at: '2027-03-05',
    });
    expect(adopted.ok).toBe(true);
    s = sendAll(machine, s, [
      ...fullCycle('b1', 'clinic-b', '2027-03-05'),
      { type: 'start-learning-session', at: '2027-05-01' },
      { type: 'start-action-period', at: '2027-05-03' },
      ...fullCycle('a2', 'clinic-a', '2027-06-01'),
      ...fullCycle('b2', 'clinic-b', '2027-06-01'),
      { type: 'start-learning-session', at: '2027-08-01' },
      { type: 'start-action-period', at: '2027-08-03' },
      ...fullCycle('a3', 'clinic-a', '2027-09-01'),
      ...fullCycle('b3', 'clinic-b', '2027-09-01'),
      {
        type: 'pdsa-plan',
        cycleId: 'a4',
        teamId: 'clinic-a',
        change: 'spread',
        prediction: 'p',
        at: '2027-10-01',
      },
    ]);
    const congress = machine.transition(s, { type: 'hold-summative-congress', at: '2027-11-01' });
    expect(!congress.ok && congress.reasons).toEqual([
      expect.objectContaining({ code: 'cycles_open', cycleIds: ['a4'] }),
    ]);
    const act = machine.transition(
      sendAll(machine, s, fullCycle('a4', 'clinic-a', '2027-10-01').slice(1, 3)),
      { type: 'pdsa-act', cycleId: 'a4', decision: 'adopt', at: '2027-10-02' },
    );
    expect(act.ok && act.effects).toEqual([
      { type: 'change-adopted', teamId: 'clinic-a', change: 'spread' },
    ]);
    if (!act.ok) return;
    const done = sendAll(machine, act.snapshot, [
      { type: 'hold-summative-congress', at: '2027-11-01' },
      { type: 'close', at: '2027-11-02' },
    ]);
    expect(done.state).toBe('holding-the-gains');
  });

  it('keeps PDSA cycles inside action periods', () => {
    const s = start(driver);
    const r = machine.transition(s, {
      type: 'pdsa-plan',
      cycleId: 'x',
      teamId: 'a',
      change: 'c',
      prediction: 'p',
      at: '2027-01-10',
    });
    expect(!r.ok && r.reasons).toEqual([
      expect.objectContaining({
        code: 'not_allowed_in_state',
        allowedFrom: ['action-period-1', 'action-period-2', 'action-period-3'],
      }),
    ]);
  });

  const inPeriod = (): ReturnType<typeof start<BreakthroughTypes>> =>
    sendAll(machine, start(driver), [
      { type: 'enroll-team', teamId: 'clinic-a', at: '2027-01-10' },
      { type: 'enroll-team', teamId: 'clinic-b', at: '2027-01-10' },
      {
        type: 'add-change-idea',
        teamId: 'clinic-a',
        action: {
          ...idea('idea-plans'),
          owner: 'Nurse lead',
          serves: { indicators: ['ind-ed-visits'] },
        },
        at: '2027-01-15',
      },
      ...['clinic-a', 'clinic-b'].map((teamId): BreakthroughEvent => ({
        type: 'record-prework',
        teamId,
        aim: 'reduce ED visits 30%',
        measures: ['ED visits'],
        at: '2027-01-20',
      })),
      { type: 'start-learning-session', at: '2027-02-01' },
      { type: 'start-action-period', at: '2027-02-03' },
    ]);

  it("records PDSA cycles on the teams' change ideas, which are action-plan actions", () => {
    let s = inPeriod();
    expect(s.context.actions).toEqual([
      {
        ...idea('idea-plans'),
        owner: 'Nurse lead',
        serves: { indicators: ['ind-ed-visits'] },
        origin: { type: 'collaborative', collaborativeId: 'asthma-2027', teamId: 'clinic-a' },
      },
    ]);
    s = sendAll(machine, s, [
      {
        type: 'pdsa-plan',
        cycleId: 'a1',
        teamId: 'clinic-a',
        change: 'Plans for 5 patients',
        prediction: '4 of 5 get one',
        actionId: 'idea-plans',
        at: '2027-02-10',
      },
      { type: 'pdsa-do', cycleId: 'a1', observations: '3 of 5', at: '2027-02-17' },
      { type: 'pdsa-study', cycleId: 'a1', findings: 'Below prediction', at: '2027-02-18' },
    ]);
    const adapt = machine.transition(s, {
      type: 'pdsa-act',
      cycleId: 'a1',
      decision: 'adapt',
      at: '2027-02-19',
    });
    expect(adapt.ok && adapt.effects).toEqual([
      { type: 'next-cycle-suggested', teamId: 'clinic-a', change: 'Plans for 5 patients' },
    ]);
    if (!adapt.ok) return;
    s = sendAll(machine, adapt.snapshot, [
      {
        type: 'pdsa-plan',
        cycleId: 'a2',
        teamId: 'clinic-a',
        change: 'Plans for 15 patients, nurse-led',
        prediction: '12 of 15',
        actionId: 'idea-plans',
        at: '2027-03-01',
      },
      ...fullCycle('b1', 'clinic-b', '2027-03-01', 'abandon'),
    ]);
    const plans = collaborativeActions(s);
    expect(plans[0]).toMatchObject({
      id: 'idea-plans',
      status: 'in-progress',
      startedOn: '2027-02-10',
    });
    expect(plans[0]?.pdsaCycles).toEqual([
      {
        id: 'a1',
        change: 'Plans for 5 patients',
        prediction: '4 of 5 get one',
        startedOn: '2027-02-10',
        observations: '3 of 5',
        study: 'Below prediction',
        decision: 'adapt',
        decidedOn: '2027-02-19',
      },
      {
        id: 'a2',
        change: 'Plans for 15 patients, nurse-led',
        prediction: '12 of 15',
        startedOn: '2027-03-01',
      },
    ]);
    // A cycle planned without actionId tests a new change idea named after the cycle.
    expect(plans[1]).toMatchObject({
      id: 'change-b1',
      title: 'written asthma action plan',
      status: 'dropped',
      completedOn: '2027-03-01',
      origin: { type: 'collaborative', collaborativeId: 'asthma-2027', teamId: 'clinic-b' },
    });
    expect(s.context.cycles).toEqual([
      { cycleId: 'a1', teamId: 'clinic-a', actionId: 'idea-plans', period: 1 },
      { cycleId: 'a2', teamId: 'clinic-a', actionId: 'idea-plans', period: 1 },
      { cycleId: 'b1', teamId: 'clinic-b', actionId: 'change-b1', period: 1 },
    ]);
    // Adopting the change closes the idea only once none of its cycles is open.
    s = sendAll(machine, s, fullCycle('a2', 'clinic-a', '2027-03-08').slice(1));
    expect(collaborativeActions(s)[0]).toMatchObject({ status: 'done', completedOn: '2027-03-08' });
    // A new cycle on a closed idea (spreading it) reopens it.
    s = sendAll(machine, s, [
      {
        type: 'pdsa-plan',
        cycleId: 'a3',
        teamId: 'clinic-a',
        change: 'Spread to the second clinic site',
        prediction: 'Same uptake',
        actionId: 'idea-plans',
        at: '2027-03-20',
      },
    ]);
    expect(collaborativeActions(s)[0]).toMatchObject({ status: 'in-progress' });
    expect(collaborativeActions(s)[0]?.completedOn).toBeUndefined();
    const ls2 = machine.transition(s, { type: 'start-learning-session', at: '2027-05-01' });
    expect(ls2.ok).toBe(true);
  });

  it('refuses malformed change ideas and cycles on ideas the team does not have', () => {
    const s = inPeriod();
    const add = (teamId: string, action: unknown): ReturnType<typeof machine.transition> =>
      machine.transition(s, {
        type: 'add-change-idea',
        teamId,
        action: action as Action,
        at: '2027-02-05',
      });
    const reused = add('clinic-b', idea('idea-plans'));
    expect(!reused.ok && reused.reasons).toEqual([
      expect.objectContaining({ code: 'duplicate_action', actionId: 'idea-plans' }),
    ]);
    const elsewhere = add('clinic-b', {
      ...idea('idea-b'),
      origin: { type: 'collaborative', collaborativeId: 'diabetes-2027', teamId: 'clinic-a' },
    });
    expect(!elsewhere.ok && elsewhere.reasons).toEqual([
      expect.objectContaining({
        code: 'origin_mismatch',
        field: 'origin.teamId',
        expected: 'clinic-b',
        found: 'clinic-a',
      }),
      expect.objectContaining({
        field: 'origin.collaborativeId',
        expected: 'asthma-2027',
        found: 'diabetes-2027',
      }),
    ]);
    const network = add('clinic-b', {
      ...idea('idea-b'),
      origin: { type: 'action-network', actionNetworkId: 'can-asthma' },
    });
    expect(!network.ok && network.reasons[0]?.message).toBe(
      'Action idea-b has origin.type "action-network"; expected "collaborative".',
    );
    const tested = add('clinic-b', {
      ...idea('idea-b'),
      pdsaCycles: [{ id: 'p1', change: 'c', prediction: 'p', startedOn: '2027-01-01' }],
    });
    expect(!tested.ok && tested.reasons[0]).toMatchObject({
      code: 'invalid_event',
      issues: [expect.objectContaining({ code: 'too_big', path: ['action', 'pdsaCycles'] })],
    });
    const stranger = add('clinic-z', idea('idea-z'));
    expect(!stranger.ok && stranger.reasons.map((r) => r.code)).toEqual(['unknown_team']);
    const hostile = add(
      'clinic-b',
      JSON.parse(
        '{"id":"h","title":"t","status":"planned","serves":{},"__proto__":{"polluted":1}}',
      ),
    );
    expect(!hostile.ok && hostile.reasons[0]).toMatchObject({
      code: 'invalid_event',
      issues: [expect.objectContaining({ code: 'forbidden_key', path: ['action', '__proto__'] })],
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const plan = (
      extra: Partial<Extract<BreakthroughEvent, { type: 'pdsa-plan' }>>,
    ): ReturnType<typeof machine.transition> =>
      machine.transition(s, {
        type: 'pdsa-plan',
        cycleId: 'b1',
        teamId: 'clinic-b',
        change: 'c',
        prediction: 'p',
        at: '2027-02-10',
        ...extra,
      });
    const foreign = plan({ actionId: 'idea-plans' });
    expect(!foreign.ok && foreign.reasons).toEqual([
      expect.objectContaining({
        code: 'unknown_action',
        actionId: 'idea-plans',
        teamId: 'clinic-b',
      }),
    ]);
    const malformed = plan({ cycleId: 'b 1', change: '' });
    expect(!malformed.ok && malformed.reasons[0]).toMatchObject({
      code: 'invalid_event',
      issues: [
        expect.objectContaining({ code: 'invalid_format', path: ['cycleId'] }),
        expect.objectContaining({ code: 'too_small', path: ['change'] }),
      ],
    });
    const s2 = sendAll(machine, s, [
      { type: 'add-change-idea', teamId: 'clinic-b', action: idea('change-b1'), at: '2027-02-05' },
    ]);
    const clash = machine.transition(s2, {
      type: 'pdsa-plan',
      cycleId: 'b1',
      teamId: 'clinic-b',
      change: 'c',
      prediction: 'p',
      at: '2027-02-10',
    });
    expect(!clash.ok && clash.reasons).toEqual([
      expect.objectContaining({ code: 'duplicate_action', actionId: 'change-b1' }),
    ]);
  });

  it('collaborativeActions never throws', () => {
    expect(collaborativeActions(undefined as never)).toEqual([]);
  });

  machineProperties(driver);
});

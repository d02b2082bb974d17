import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../core/time.js';
import { machineProperties, sendAll, start, type Driver } from '../testing/machine-properties.js';
import {
  breakthroughMachine as machine,
  type BreakthroughEvent,
  type BreakthroughTypes,
} from './breakthrough-series.js';

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
        !c.cycles.some((x) => x.teamId === t.teamId && x.period === period && x.phase === 'done'),
    );
    const open = c.cycles.find((x) => x.phase !== 'done');
    const finishOpen: BreakthroughEvent[] =
      open === undefined
        ? []
        : fullCycle(open.cycleId, open.teamId, now).slice(
            ['plan', 'do', 'study'].indexOf(open.phase) + 1,
          );
    switch (step.event) {
      case 'enroll-team':
        return [{ type: 'enroll-team', teamId: `team-${n}`, at: now }];
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
      case 'pdsa-plan':
        return [
          {
            type: 'pdsa-plan',
            cycleId: `c${n}`,
            teamId: c.teams[0]?.teamId ?? '',
            change: 'x',
            prediction: 'y',
            at: now,
          },
        ];
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

  machineProperties(driver);
});

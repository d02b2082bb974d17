import { createMachine } from '../core/create-machine.js';
import {
  refusalReason,
  type CohortsReasonCode,
  type CohortsReasonDataByCode,
  type ReasonOf,
} from '../issue-codes.js';
import { shape } from '@community-excellence/schemas/data';
import type { EventBase, GuardDefinition, Machine, MachineDefinition } from '../core/types.js';

/** The states of a Breakthrough-Series style collaborative. */
export type BreakthroughState =
  | 'prework'
  | 'learning-session-1'
  | 'action-period-1'
  | 'learning-session-2'
  | 'action-period-2'
  | 'learning-session-3'
  | 'action-period-3'
  | 'summative-congress'
  | 'holding-the-gains';

/** The phase of a PDSA cycle: plan, do, study, act; `done` after the act decision. */
export type PdsaPhase = 'plan' | 'do' | 'study' | 'done';

/** A Plan-Do-Study-Act cycle of one team in one action period. */
export interface PdsaCycle {
  cycleId: string;
  teamId: string;
  period: number;
  change: string;
  prediction: string;
  phase: PdsaPhase;
  observations: string | null;
  findings: string | null;
  /** The act decision (adopt / adapt / abandon is the common IHI convention [inferred]). */
  decision: 'adopt' | 'adapt' | 'abandon' | null;
}

/** The context of {@link breakthroughMachine}. */
export interface BreakthroughContext {
  collaborativeId: string;
  /** Completed PDSA cycles each team needs per action period before the next learning session (default 1). */
  minCyclesPerPeriod: number;
  teams: { teamId: string; aim: string | null; measures: string[] }[];
  cycles: PdsaCycle[];
}

type E<T extends string, P = object> = EventBase<T> & Readonly<P>;

/** The events of {@link breakthroughMachine}. */
export type BreakthroughEvent =
  | E<'enroll-team', { teamId: string }>
  | E<'record-prework', { teamId: string; aim: string; measures: readonly string[] }>
  | E<'start-learning-session'>
  | E<'start-action-period'>
  | E<'pdsa-plan', { cycleId: string; teamId: string; change: string; prediction: string }>
  | E<'pdsa-do', { cycleId: string; observations: string }>
  | E<'pdsa-study', { cycleId: string; findings: string }>
  | E<'pdsa-act', { cycleId: string; decision: 'adopt' | 'adapt' | 'abandon' }>
  | E<'hold-summative-congress'>
  | E<'close'>;

type R<
  C extends CohortsReasonCode,
  D extends CohortsReasonDataByCode[C] = CohortsReasonDataByCode[C],
> = ReasonOf<C, Readonly<D>>;

/** The type bundle of {@link breakthroughMachine}. */
export interface BreakthroughTypes {
  state: BreakthroughState;
  context: BreakthroughContext;
  event: BreakthroughEvent;
  /** Why the collaborative machine refuses an event. */
  reason:
    | R<'already_enrolled', { teamId: string }>
    | R<'unknown_team', { teamId: string }>
    | R<'no_teams'>
    | R<'prework_incomplete', { teamIds: readonly string[] }>
    | R<'duplicate_cycle', { cycleId: string }>
    | R<'unknown_cycle', { cycleId: string }>
    | R<'pdsa_out_of_order', { cycleId: string; expected: PdsaPhase; found: PdsaPhase }>
    | R<'cycles_missing', { period: number; teamIds: readonly string[]; minimum: number }>
    | R<'cycles_open', { cycleIds: readonly string[] }>;
  /** Effects of the collaborative machine. */
  effect:
    | { readonly type: 'change-adopted'; readonly teamId: string; readonly change: string }
    | { readonly type: 'next-cycle-suggested'; readonly teamId: string; readonly change: string }
    | { readonly type: 'learning-session-started'; readonly number: number };
  /** What starts a collaborative. */
  input: {
    readonly collaborativeId: string;
    readonly minCyclesPerPeriod?: number;
  };
}
type T = BreakthroughTypes;
type BreakthroughEffect = T['effect'];
type BreakthroughReason = T['reason'];
type BreakthroughInput = T['input'];
type Guard = GuardDefinition<T>;

const ACTION_PERIODS = [
  'action-period-1',
  'action-period-2',
  'action-period-3',
] as const satisfies readonly BreakthroughState[];
const periodOf = (state: BreakthroughState): number => Number(state.slice(-1));

const cyclesDone = (period: number): Guard => ({
  id: `cycles-in-period-${period}`,
  description: `Every team completed its PDSA cycles in action period ${period}.`,
  check: ({ context }) => {
    const teamIds = context.teams
      .filter(
        (t) =>
          context.cycles.filter(
            (c) => c.teamId === t.teamId && c.period === period && c.phase === 'done',
          ).length < context.minCyclesPerPeriod,
      )
      .map((t) => t.teamId);
    return teamIds.length === 0
      ? []
      : [refusalReason('cycles_missing', { period, teamIds, minimum: context.minCyclesPerPeriod })];
  },
});

const noOpenCycles: Guard = {
  id: 'no-open-cycles',
  description: 'Every PDSA cycle reached its act decision.',
  check: ({ context }) => {
    const cycleIds = context.cycles.filter((c) => c.phase !== 'done').map((c) => c.cycleId);
    return cycleIds.length === 0 ? [] : [refusalReason('cycles_open', { cycleIds })];
  },
};

const startSession = (
  from: BreakthroughState,
  to: BreakthroughState,
  guards: readonly Guard[],
) => ({
  from: [from],
  to,
  guards,
  effects: (): BreakthroughEffect[] => [
    { type: 'learning-session-started', number: Number(to.slice(-1)) },
  ],
});

const phaseStep = (expected: PdsaPhase): Guard => ({
  id: `cycle-in-${expected}`,
  description: `The cycle exists and is in its ${expected} phase (plan, do, study, act in order).`,
  needs: 'event',
  check: ({ context, event }) => {
    const cycleId = 'cycleId' in event ? event.cycleId : '';
    const cycle = context.cycles.find((c) => c.cycleId === cycleId);
    if (cycle === undefined) return [refusalReason('unknown_cycle', { cycleId })];
    return cycle.phase === expected
      ? []
      : [refusalReason('pdsa_out_of_order', { cycleId, expected, found: cycle.phase })];
  },
});

/**
 * The definition of a Breakthrough-Series style collaborative (IHI [verified]): prework (aims,
 * measures) -> learning session 1 -> action period 1 -> session 2 -> period 2 -> session 3 ->
 * period 3 -> summative congress -> holding the gains, with PDSA cycles (plan, do, study, act:
 * adopt / adapt / abandon) inside action periods.
 *
 * @example
 * ```ts
 * Object.keys(breakthroughDefinition.states).length; // 9
 * ```
 */
export const breakthroughDefinition: MachineDefinition<T> = {
  id: 'breakthrough-series',
  description: 'A Breakthrough-Series style collaborative with PDSA cycles.',
  initial: 'prework',
  states: {
    prework: { description: 'Teams enroll and set aims, measures and a baseline.' },
    'learning-session-1': { description: 'First learning session (in person, about 2 days).' },
    'action-period-1': { description: 'Teams test changes with PDSA cycles.' },
    'learning-session-2': { description: 'Second learning session.' },
    'action-period-2': { description: 'Teams keep testing and spreading changes.' },
    'learning-session-3': { description: 'Third learning session.' },
    'action-period-3': { description: 'Testing continues; data reporting continues.' },
    'summative-congress': { description: 'Teams present results; publications.' },
    'holding-the-gains': {
      description: 'The collaborative is over; gains are held.',
      terminal: true,
    },
  },
  events: {
    'enroll-team': {
      description: 'Enroll a team.',
      payload: { teamId: 'string' },
      transitions: [
        {
          from: ['prework'],
          guards: [
            {
              id: 'new-team',
              description: 'Not enrolled yet.',
              needs: 'event',
              check: ({ context, event }) =>
                context.teams.some((t) => t.teamId === event.teamId)
                  ? [refusalReason('already_enrolled', { teamId: event.teamId })]
                  : [],
            },
          ],
          update: (draft, { event }) =>
            void draft.teams.push({ teamId: event.teamId, aim: null, measures: [] }),
        },
      ],
    },
    'record-prework': {
      description: "Record a team's aim and measures.",
      payload: { teamId: 'string', aim: 'string', measures: shape.array('string') },
      transitions: [
        {
          from: ['prework'],
          guards: [
            {
              id: 'team-enrolled',
              description: 'The team is enrolled.',
              needs: 'event',
              check: ({ context, event }) =>
                context.teams.some((t) => t.teamId === event.teamId)
                  ? []
                  : [refusalReason('unknown_team', { teamId: event.teamId })],
            },
          ],
          update: (draft, { event }) => {
            for (const t of draft.teams) {
              if (t.teamId !== event.teamId) continue;
              t.aim = event.aim;
              t.measures = [...event.measures];
            }
          },
        },
      ],
    },
    'start-learning-session': {
      description: 'Start the next learning session.',
      transitions: [
        startSession('prework', 'learning-session-1', [
          {
            id: 'has-teams',
            description: 'At least one team is enrolled.',
            check: ({ context }) =>
              context.teams.length > 0 ? [] : [refusalReason('no_teams', {})],
          },
          {
            id: 'prework-done',
            description: 'Every team has an aim and at least one measure.',
            check: ({ context }) => {
              const teamIds = context.teams
                .filter((t) => t.aim === null || t.measures.length === 0)
                .map((t) => t.teamId);
              return teamIds.length === 0 ? [] : [refusalReason('prework_incomplete', { teamIds })];
            },
          },
        ]),
        startSession('action-period-1', 'learning-session-2', [cyclesDone(1)]),
        startSession('action-period-2', 'learning-session-3', [cyclesDone(2)]),
      ],
    },
    'start-action-period': {
      description: 'Start the action period after a learning session.',
      transitions: [
        { from: ['learning-session-1'], to: 'action-period-1' },
        { from: ['learning-session-2'], to: 'action-period-2' },
        { from: ['learning-session-3'], to: 'action-period-3' },
      ],
    },
    'pdsa-plan': {
      description: 'Plan a PDSA cycle: the change to test and the prediction.',
      payload: { cycleId: 'string', teamId: 'string', change: 'string', prediction: 'string' },
      transitions: [
        {
          from: [...ACTION_PERIODS],
          guards: [
            {
              id: 'new-cycle',
              description: 'The cycle id is new and the team is enrolled.',
              needs: 'event',
              check: ({ context, event }) => [
                ...(context.cycles.some((c) => c.cycleId === event.cycleId)
                  ? [refusalReason('duplicate_cycle', { cycleId: event.cycleId })]
                  : []),
                ...(context.teams.some((t) => t.teamId === event.teamId)
                  ? []
                  : [refusalReason('unknown_team', { teamId: event.teamId })]),
              ],
            },
          ],
          update: (draft, { event, state }) =>
            void draft.cycles.push({
              cycleId: event.cycleId,
              teamId: event.teamId,
              period: periodOf(state),
              change: event.change,
              prediction: event.prediction,
              phase: 'plan',
              observations: null,
              findings: null,
              decision: null,
            }),
        },
      ],
    },
    'pdsa-do': {
      description: 'Run the test and record what happened.',
      payload: { cycleId: 'string', observations: 'string' },
      transitions: [
        {
          from: [...ACTION_PERIODS],
          guards: [phaseStep('plan')],
          update: (draft, { event }) => {
            for (const c of draft.cycles)
              if (c.cycleId === event.cycleId)
                Object.assign(c, { phase: 'do', observations: event.observations });
          },
        },
      ],
    },
    'pdsa-study': {
      description: 'Compare the results with the prediction.',
      payload: { cycleId: 'string', findings: 'string' },
      transitions: [
        {
          from: [...ACTION_PERIODS],
          guards: [phaseStep('do')],
          update: (draft, { event }) => {
            for (const c of draft.cycles)
              if (c.cycleId === event.cycleId)
                Object.assign(c, { phase: 'study', findings: event.findings });
          },
        },
      ],
    },
    'pdsa-act': {
      description: 'Decide: adopt, adapt or abandon the change.',
      payload: { cycleId: 'string', decision: shape.enum(['adopt', 'adapt', 'abandon']) },
      transitions: [
        {
          from: [...ACTION_PERIODS],
          guards: [phaseStep('study')],
          update: (draft, { event }) => {
            for (const c of draft.cycles)
              if (c.cycleId === event.cycleId)
                Object.assign(c, { phase: 'done', decision: event.decision });
          },
          effects: ({ event, next }) => {
            const cycle = next.cycles.find((c) => c.cycleId === event.cycleId);
            if (cycle === undefined || event.decision === 'abandon') return [];
            return [
              {
                type: event.decision === 'adopt' ? 'change-adopted' : 'next-cycle-suggested',
                teamId: cycle.teamId,
                change: cycle.change,
              },
            ];
          },
        },
      ],
    },
    'hold-summative-congress': {
      description: 'Hold the summative congress after the third action period.',
      transitions: [
        {
          from: ['action-period-3'],
          to: 'summative-congress',
          guards: [cyclesDone(3), noOpenCycles],
        },
      ],
    },
    close: {
      description: 'Close the collaborative; teams hold the gains.',
      transitions: [{ from: ['summative-congress'], to: 'holding-the-gains' }],
    },
  },
  createContext: (input) => ({
    collaborativeId: input.collaborativeId,
    minCyclesPerPeriod: input.minCyclesPerPeriod ?? 1,
    teams: [],
    cycles: [],
  }),
  context: shape.object({
    collaborativeId: 'string',
    minCyclesPerPeriod: 'integer',
    teams: shape.array(
      shape.object({
        teamId: 'string',
        aim: shape.nullable('string'),
        measures: shape.array('string'),
      }),
    ),
    cycles: shape.array(
      shape.object({
        cycleId: 'string',
        teamId: 'string',
        period: 'integer',
        change: 'string',
        prediction: 'string',
        phase: shape.enum(['plan', 'do', 'study', 'done']),
        observations: shape.nullable('string'),
        findings: shape.nullable('string'),
        decision: shape.nullable(shape.enum(['adopt', 'adapt', 'abandon'])),
      }),
    ),
  }),
};

/**
 * The Breakthrough-Series collaborative machine (its definition, with every guard and effect, is `.definition`).
 *
 * @example
 * ```ts
 * const s = breakthroughMachine.initialSnapshot({ collaborativeId: 'asthma-2027' });
 * if (s.ok) breakthroughMachine.transition(s.value, { type: 'enroll-team', teamId: 'clinic-a', at: '2027-01-10' });
 * ```
 */
export const breakthroughMachine: Machine<T> = createMachine(breakthroughDefinition);

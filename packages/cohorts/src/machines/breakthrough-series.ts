import { createMachine } from '../core/create-machine.js';
import {
  refusalReason,
  type CohortsReasonCode,
  type CohortsReasonDataByCode,
  type ReasonOf,
} from '../issue-codes.js';
import { createIssue, shape } from '@community-excellence/schemas/data';
import type { Action, Issue, PdsaCycleRecord } from '@community-excellence/schemas/data';
import { actionIssues, actionShape, checkId, checkText, copyAction } from '../core/action-shape.js';
import { calendarDate } from '../core/time.js';
import type {
  EventBase,
  GuardDefinition,
  Machine,
  MachineDefinition,
  Snapshot,
} from '../core/types.js';

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

/**
 * Where a Plan-Do-Study-Act cycle of one team sits: the change idea (an action) whose
 * `pdsaCycles` hold its record (`PdsaCycleRecord` of `@community-excellence/schemas`), and the
 * action period it was planned in.
 */
export interface PdsaCycle {
  cycleId: string;
  teamId: string;
  /** The id of the change idea (in `actions`) the cycle tests. */
  actionId: string;
  period: number;
}

/** The context of {@link breakthroughMachine}. */
export interface BreakthroughContext {
  collaborativeId: string;
  /** Completed PDSA cycles each team needs per action period before the next learning session (default 1). */
  minCyclesPerPeriod: number;
  teams: { teamId: string; aim: string | null; measures: string[] }[];
  /**
   * Each team's change ideas: actions of the action-plan type with origin `collaborative`
   * (this collaborative and the team); their `pdsaCycles` are the PDSA cycles that test them.
   */
  actions: Action[];
  /** Every PDSA cycle: which change idea it tests, in which action period. */
  cycles: PdsaCycle[];
}

/**
 * The phase a PDSA cycle record is in: `plan` until observations are recorded (do), `do` until
 * the study, `study` until the act decision, then `done`. Never throws: a record whose fields
 * cannot be read is in `plan`.
 *
 * @example
 * ```ts
 * pdsaPhase({ id: 'c1', change: 'Reminders', prediction: 'Fewer absences', startedOn: '2027-02-10' }); // 'plan'
 * ```
 */
export function pdsaPhase(record: PdsaCycleRecord): PdsaPhase {
  try {
    if (record.decision !== undefined) return 'done';
    if (record.study !== undefined) return 'study';
    if (record.observations !== undefined) return 'do';
    return 'plan';
  } catch {
    // A record whose fields cannot be read has recorded nothing beyond its plan.
    return 'plan';
  }
}

type E<T extends string, P = object> = EventBase<T> & Readonly<P>;

/** The events of {@link breakthroughMachine}. */
export type BreakthroughEvent =
  | E<'enroll-team', { teamId: string }>
  | E<'record-prework', { teamId: string; aim: string; measures: readonly string[] }>
  | E<'start-learning-session'>
  | E<'start-action-period'>
  | E<'add-change-idea', { teamId: string; action: Action }>
  | E<
      'pdsa-plan',
      { cycleId: string; teamId: string; change: string; prediction: string; actionId?: string }
    >
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
    | R<'cycles_open', { cycleIds: readonly string[] }>
    | R<'invalid_event', { issues: readonly Issue[] }>
    | R<'duplicate_action', { actionId: string }>
    | R<'unknown_action', { actionId: string; teamId: string }>
    | R<'origin_mismatch', { actionId: string; field: string; expected: string; found: string }>;
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
type Guard<Ev extends BreakthroughEvent = BreakthroughEvent> = GuardDefinition<T, Ev>;

const ACTION_PERIODS = [
  'action-period-1',
  'action-period-2',
  'action-period-3',
] as const satisfies readonly BreakthroughState[];
const periodOf = (state: BreakthroughState): number => Number(state.slice(-1));

/** The record of a cycle, in the change idea that holds it. */
const recordOf = (
  context: BreakthroughContext,
  cycle: PdsaCycle,
): { action: Action; record: PdsaCycleRecord } | undefined => {
  const action = context.actions.find((a) => a.id === cycle.actionId);
  const record = action?.pdsaCycles?.find((r) => r.id === cycle.cycleId);
  return action === undefined || record === undefined ? undefined : { action, record };
};

const phaseOf = (context: BreakthroughContext, cycle: PdsaCycle): PdsaPhase => {
  const found = recordOf(context, cycle);
  return found === undefined ? 'plan' : pdsaPhase(found.record);
};

const cyclesDone = (period: number): Guard => ({
  id: `cycles-in-period-${period}`,
  description: `Every team completed its PDSA cycles in action period ${period}.`,
  check: ({ context }) => {
    const teamIds = context.teams
      .filter(
        (t) =>
          context.cycles.filter(
            (c) => c.teamId === t.teamId && c.period === period && phaseOf(context, c) === 'done',
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
    const cycleIds = context.cycles
      .filter((c) => phaseOf(context, c) !== 'done')
      .map((c) => c.cycleId);
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
    const found = phaseOf(context, cycle);
    return found === expected
      ? []
      : [refusalReason('pdsa_out_of_order', { cycleId, expected, found })];
  },
});

type AddChangeIdea = Extract<BreakthroughEvent, { type: 'add-change-idea' }>;
type PdsaPlan = Extract<BreakthroughEvent, { type: 'pdsa-plan' }>;

const teamEnrolled = <Ev extends BreakthroughEvent & { readonly teamId: string }>(): Guard<Ev> => ({
  id: 'team-enrolled',
  description: 'The team is enrolled.',
  needs: 'event',
  check: ({ context, event }) =>
    context.teams.some((t) => t.teamId === event.teamId)
      ? []
      : [refusalReason('unknown_team', { teamId: event.teamId })],
});

const changeIdeaWellFormed: Guard<AddChangeIdea> = {
  id: 'change-idea-well-formed',
  description:
    'The change idea is a well-formed action with a new id and no PDSA cycles yet; its origin, when given, is this collaborative and the team.',
  needs: 'event',
  check: ({ context, event }) => {
    const { action } = event;
    const issues = actionIssues(action, ['action']);
    if ((action.pdsaCycles?.length ?? 0) > 0)
      issues.push(
        createIssue({
          code: 'too_big',
          path: ['action', 'pdsaCycles'],
          maximum: 0,
          origin: 'array',
          inclusive: true,
        }),
      );
    if (issues.length > 0) return [refusalReason('invalid_event', { issues })];
    const reasons: BreakthroughReason[] = [];
    if (context.actions.some((a) => a.id === action.id))
      reasons.push(refusalReason('duplicate_action', { actionId: action.id }));
    const origin = action.origin;
    const mismatch = (field: string, expected: string, found: string): BreakthroughReason =>
      refusalReason('origin_mismatch', { actionId: action.id, field, expected, found });
    if (origin === undefined) return reasons;
    if (origin.type !== 'collaborative')
      return [...reasons, mismatch('origin.type', 'collaborative', origin.type)];
    if (origin.teamId !== event.teamId)
      reasons.push(mismatch('origin.teamId', event.teamId, origin.teamId));
    if (origin.collaborativeId !== undefined && origin.collaborativeId !== context.collaborativeId)
      reasons.push(
        mismatch('origin.collaborativeId', context.collaborativeId, origin.collaborativeId),
      );
    return reasons;
  },
};

/** The id of the change idea a cycle planned without `actionId` creates. */
const newChangeIdeaId = (cycleId: string): string => `change-${cycleId}`;

const cyclePlanWellFormed: Guard<PdsaPlan> = {
  id: 'cycle-plan-well-formed',
  description:
    "The cycle id is an id, the change and prediction are not empty, and the change idea tested is one of the team's (or, without `actionId`, a new one named change-<cycleId>).",
  needs: 'event',
  check: ({ context, event }) => {
    const issues: Issue[] = [];
    checkId(event.cycleId, ['cycleId'], issues);
    checkText(event.change, ['change'], issues);
    checkText(event.prediction, ['prediction'], issues);
    if (issues.length > 0) return [refusalReason('invalid_event', { issues })];
    if (event.actionId === undefined) {
      const actionId = newChangeIdeaId(event.cycleId);
      return context.actions.some((a) => a.id === actionId)
        ? [refusalReason('duplicate_action', { actionId })]
        : [];
    }
    const action = context.actions.find((a) => a.id === event.actionId);
    return action?.origin?.type === 'collaborative' && action.origin.teamId === event.teamId
      ? []
      : [refusalReason('unknown_action', { actionId: event.actionId, teamId: event.teamId })];
  },
};

/** Updates the record of a cycle in the draft and returns it with its change idea. */
function changeRecord(
  draft: BreakthroughContext,
  cycleId: string,
  change: (record: PdsaCycleRecord) => void,
): { action: Action; record: PdsaCycleRecord } | undefined {
  const cycle = draft.cycles.find((c) => c.cycleId === cycleId);
  const found = cycle === undefined ? undefined : recordOf(draft, cycle);
  if (found !== undefined) change(found.record);
  return found;
}

/**
 * The act decision closes the change idea when no other cycle of it is open: adopt makes it
 * `done`, abandon `dropped` (with the decision date as `completedOn`); adapt keeps it in progress.
 */
function settleChangeIdea(
  action: Action,
  decision: 'adopt' | 'adapt' | 'abandon',
  on: string,
): void {
  if (decision === 'adapt') return;
  if ((action.pdsaCycles ?? []).some((r) => pdsaPhase(r) !== 'done')) return;
  action.status = decision === 'adopt' ? 'done' : 'dropped';
  action.completedOn = on;
}

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
      payload: { teamId: 'string', aim: 'string', measures: /* @__PURE__ */ shape.array('string') },
      transitions: [
        {
          from: ['prework'],
          guards: [/* @__PURE__ */ teamEnrolled()],
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
        /* @__PURE__ */ startSession('prework', 'learning-session-1', [
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
        /* @__PURE__ */ startSession('action-period-1', 'learning-session-2', [
          /* @__PURE__ */ cyclesDone(1),
        ]),
        /* @__PURE__ */ startSession('action-period-2', 'learning-session-3', [
          /* @__PURE__ */ cyclesDone(2),
        ]),
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
    'add-change-idea': {
      description:
        "Add one of a team's change ideas: an action of the action-plan type; the machine sets its origin to this collaborative and the team.",
      payload: { teamId: 'string', action: actionShape },
      transitions: [
        {
          from: [
            'prework',
            'learning-session-1',
            'learning-session-2',
            'learning-session-3',
            'action-period-1',
            'action-period-2',
            'action-period-3',
          ],
          guards: [/* @__PURE__ */ teamEnrolled(), changeIdeaWellFormed],
          update: (draft, { event }) => {
            const action = copyAction(event.action);
            action.origin = {
              type: 'collaborative',
              collaborativeId: draft.collaborativeId,
              teamId: event.teamId,
            };
            draft.actions.push(action);
          },
        },
      ],
    },
    'pdsa-plan': {
      description:
        'Plan a PDSA cycle: the change to test and the prediction; it tests the change idea `actionId` of the team, or a new change idea.',
      payload: {
        cycleId: 'string',
        teamId: 'string',
        change: 'string',
        prediction: 'string',
        actionId: 'string',
      },
      optional: ['actionId'],
      transitions: [
        {
          from: ACTION_PERIODS,
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
            cyclePlanWellFormed,
          ],
          update: (draft, { event, state, at }) => {
            const on = calendarDate(at);
            let action = draft.actions.find((a) => a.id === event.actionId);
            if (action === undefined) {
              action = {
                id: newChangeIdeaId(event.cycleId),
                title: event.change,
                status: 'in-progress',
                startedOn: on,
                origin: {
                  type: 'collaborative',
                  collaborativeId: draft.collaborativeId,
                  teamId: event.teamId,
                },
                serves: {},
              };
              draft.actions.push(action);
            }
            action.status = 'in-progress';
            action.startedOn ??= on;
            delete action.completedOn;
            (action.pdsaCycles ??= []).push({
              id: event.cycleId,
              change: event.change,
              prediction: event.prediction,
              startedOn: on,
            });
            draft.cycles.push({
              cycleId: event.cycleId,
              teamId: event.teamId,
              actionId: action.id,
              period: periodOf(state),
            });
          },
        },
      ],
    },
    'pdsa-do': {
      description: 'Run the test and record what happened.',
      payload: { cycleId: 'string', observations: 'string' },
      transitions: [
        {
          from: ACTION_PERIODS,
          guards: [/* @__PURE__ */ phaseStep('plan')],
          update: (draft, { event }) =>
            void changeRecord(draft, event.cycleId, (r) => {
              r.observations = event.observations;
            }),
        },
      ],
    },
    'pdsa-study': {
      description: 'Compare the results with the prediction.',
      payload: { cycleId: 'string', findings: 'string' },
      transitions: [
        {
          from: ACTION_PERIODS,
          guards: [/* @__PURE__ */ phaseStep('do')],
          update: (draft, { event }) =>
            void changeRecord(draft, event.cycleId, (r) => {
              r.study = event.findings;
            }),
        },
      ],
    },
    'pdsa-act': {
      description: 'Decide: adopt, adapt or abandon the change.',
      payload: {
        cycleId: 'string',
        decision: /* @__PURE__ */ shape.enum(['adopt', 'adapt', 'abandon']),
      },
      transitions: [
        {
          from: ACTION_PERIODS,
          guards: [/* @__PURE__ */ phaseStep('study')],
          update: (draft, { event, at }) => {
            const on = calendarDate(at);
            const found = changeRecord(draft, event.cycleId, (r) => {
              r.decision = event.decision;
              r.decidedOn = on;
            });
            if (found !== undefined) settleChangeIdea(found.action, event.decision, on);
          },
          effects: ({ event, next }) => {
            const cycle = next.cycles.find((c) => c.cycleId === event.cycleId);
            const found = cycle === undefined ? undefined : recordOf(next, cycle);
            if (cycle === undefined || found === undefined || event.decision === 'abandon')
              return [];
            return [
              {
                type: event.decision === 'adopt' ? 'change-adopted' : 'next-cycle-suggested',
                teamId: cycle.teamId,
                change: found.record.change,
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
          guards: [/* @__PURE__ */ cyclesDone(3), noOpenCycles],
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
    actions: [],
    cycles: [],
  }),
  context: /* @__PURE__ */ shape.object({
    collaborativeId: 'string',
    minCyclesPerPeriod: 'integer',
    teams: /* @__PURE__ */ shape.array(
      /* @__PURE__ */ shape.object({
        teamId: 'string',
        aim: /* @__PURE__ */ shape.nullable('string'),
        measures: /* @__PURE__ */ shape.array('string'),
      }),
    ),
    actions: /* @__PURE__ */ shape.array(actionShape),
    cycles: /* @__PURE__ */ shape.array(
      /* @__PURE__ */ shape.object({
        cycleId: 'string',
        teamId: 'string',
        actionId: 'string',
        period: 'integer',
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
export const breakthroughMachine: Machine<T> =
  /* @__PURE__ */ createMachine(breakthroughDefinition);

/**
 * The change ideas of a Breakthrough-Series collaborative as action-plan actions (origin
 * `collaborative` with the collaborative and team), each with the PDSA cycles that tested it, so
 * that they roll up with the community's action plan. The list is a copy.
 *
 * Never throws: a snapshot it cannot read gives an empty list.
 *
 * @example
 * ```ts
 * declare const snapshot: Snapshot<BreakthroughTypes>;
 * const changeIdeas = collaborativeActions(snapshot);
 * ```
 */
export function collaborativeActions(snapshot: Snapshot<BreakthroughTypes>): Action[] {
  try {
    return snapshot.context.actions.map(copyAction);
  } catch {
    return [];
  }
}

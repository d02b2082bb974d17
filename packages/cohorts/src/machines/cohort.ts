import { createIssue, shape } from '@community-excellence/schemas/data';
import { createMachine } from '../core/create-machine.js';
import {
  refusalReason,
  type CohortsReasonCode,
  type CohortsReasonDataByCode,
  type ReasonOf,
} from '../issue-codes.js';
import { addMonths, calendarDate, monthOf, yearOf } from '../core/time.js';
import type { EventBase, GuardDefinition, Machine, MachineDefinition } from '../core/types.js';

/** The stages of a cohort (the labels of `COHORT_STAGE_LABELS` in the schemas package). */
export type CohortState =
  'forming' | 'kickoff' | 'phase-one' | 'phase-two' | 'phase-three' | 'alumni';

/**
 * NLC cohort defaults as data: up to 6 communities [verified for current calls; earlier calls said
 * 10 or 10-15], kickoff in October [verified], one program year (12 months) per phase [inferred from
 * the Phase One / Two / Three program years]. Override any of them in the input (`CohortTypes['input']`).
 *
 * @example
 * ```ts
 * NLC_COHORT_DEFAULTS.capacity; // 6
 * NLC_COHORT_DEFAULTS.kickoffMonth; // 10 (October)
 * ```
 */
export const NLC_COHORT_DEFAULTS = { capacity: 6, kickoffMonth: 10, phaseMonths: 12 } as const;

/** A community enrolled in a cohort, with its mentors. */
export interface CohortMember {
  communityId: string;
  joinedOn: string;
  status: 'active' | 'withdrawn';
  mentorIds: string[];
}

/** A session, mentor session or expert review recorded for a cohort. */
export interface CohortActivity {
  kind: 'session' | 'mentor-session' | 'expert-review';
  on: string;
  communityId: string | null;
}

/** The context of {@link cohortMachine}. */
export interface CohortContext {
  cohortId: string;
  program: string;
  capacity: number;
  kickoffMonth: number;
  phaseMonths: number;
  communities: CohortMember[];
  faculty: string[];
  coaches: string[];
  kickoffOn: string | null;
  phaseStartedOn: string | null;
  classLabel: string | null;
  alumniOn: string | null;
  activities: CohortActivity[];
}

type E<T extends string, P = object> = EventBase<T> & Readonly<P>;

/** The events of {@link cohortMachine}. */
export type CohortEvent =
  | E<'enroll', { communityId: string }>
  | E<'withdraw-community', { communityId: string }>
  | E<'assign-mentor', { communityId: string; mentorId: string }>
  | E<'assign-coach', { coachId: string }>
  | E<'assign-faculty', { facultyId: string }>
  | E<'kick-off'>
  | E<'advance'>
  | E<
      'record-activity',
      { kind: 'session' | 'mentor-session' | 'expert-review'; communityId?: string }
    >;

type R<
  C extends CohortsReasonCode,
  D extends CohortsReasonDataByCode[C] = CohortsReasonDataByCode[C],
> = ReasonOf<C, Readonly<D>>;

/** The type bundle of {@link cohortMachine}. */
export interface CohortTypes {
  state: CohortState;
  context: CohortContext;
  event: CohortEvent;
  /** Why the cohort machine refuses an event (besides the core reasons). */
  reason:
    | R<'capacity_exceeded', { limit: number; count: number }>
    | R<'already_enrolled', { communityId: string }>
    | R<'not_enrolled', { communityId: string }>
    | R<'already_assigned'>
    | R<'no_communities'>
    | R<'wrong_kickoff_month', { month: number; expected: number }>
    | R<'mentor_missing', { communityIds: readonly string[] }>
    | R<'faculty_missing'>
    | R<'phase_not_finished', { phase: CohortState; endsOn: string; at: string }>;
  /** Effects of the cohort machine. */
  effect:
    | { readonly type: 'kicked-off'; readonly on: string; readonly communityIds: readonly string[] }
    | { readonly type: 'phase-started'; readonly phase: CohortState; readonly on: string }
    | { readonly type: 'class-label-assigned'; readonly classLabel: string }
    | {
        readonly type: 'members-became-alumni';
        readonly communityIds: readonly string[];
        readonly on: string;
      }
    | { readonly type: 'community-of-practice-eligible'; readonly communityIds: readonly string[] };
  /** What starts a cohort; omitted fields take {@link NLC_COHORT_DEFAULTS}. */
  input: {
    readonly cohortId: string;
    readonly program?: string;
    readonly capacity?: number;
    readonly kickoffMonth?: number;
    readonly phaseMonths?: number;
  };
}

type T = CohortTypes;
type CohortEffect = T['effect'];
type CohortReason = T['reason'];
type CohortInput = T['input'];
type Guard<Ev extends CohortEvent = CohortEvent> = GuardDefinition<T, Ev>;

const RUNNING = [
  'kickoff',
  'phase-one',
  'phase-two',
  'phase-three',
] as const satisfies readonly CohortState[];
const BEFORE_ALUMNI = ['forming', ...RUNNING] as const satisfies readonly CohortState[];

const active = (c: CohortContext): CohortMember[] =>
  c.communities.filter((m) => m.status === 'active');

const enrolled = <Ev extends CohortEvent & { readonly communityId: string }>(): Guard<Ev> => ({
  id: 'community-enrolled',
  description: 'The community is an active member of the cohort.',
  needs: 'event',
  check: ({ context, event }) =>
    active(context).some((m) => m.communityId === event.communityId)
      ? []
      : [refusalReason('not_enrolled', { communityId: event.communityId })],
});

const hasActive: Guard = {
  id: 'has-communities',
  description: 'At least one community is active.',
  check: ({ context }) => (active(context).length > 0 ? [] : [refusalReason('no_communities', {})]),
};

const phaseFinished: Guard = {
  id: 'phase-finished',
  description: 'The phase has run its program year.',
  check: ({ context, at, state }) => {
    const endsOn = addMonths(context.phaseStartedOn ?? '0000-01-01', context.phaseMonths);
    return calendarDate(at) >= endsOn
      ? []
      : [refusalReason('phase_not_finished', { phase: state, endsOn, at })];
  },
};

const advanceTo = (from: CohortState, to: CohortState, guards: readonly Guard[]) => ({
  from: [from],
  to,
  guards,
  update: (draft: CohortContext, { at }: { at: string }) => {
    draft.phaseStartedOn = calendarDate(at);
  },
  effects: ({ at }: { at: string }): CohortEffect[] => [
    { type: 'phase-started', phase: to, on: calendarDate(at) },
  ],
});

/**
 * The definition of a cohort of the National Learning Collaborative: forming (up to `capacity`
 * communities, mentors per community, coaches and faculty) -> kickoff (in the kickoff month,
 * October by default) -> phase one -> phase two -> phase three -> alumni, where the class label is
 * derived from the year the cohort moves to alumni ("Class of 2029") [inferred].
 *
 * @example
 * ```ts
 * cohortDefinition.initial; // 'forming'
 * ```
 */
export const cohortDefinition: MachineDefinition<T> = {
  id: 'nlc-cohort',
  description: 'A cohort of communities in the COE National Learning Collaborative.',
  initial: 'forming',
  states: {
    forming: {
      description:
        'Communities enroll (up to the capacity); mentors, coaches and faculty are assigned.',
    },
    kickoff: { description: 'The kickoff (October by default), in person or virtual.' },
    'phase-one': {
      description: 'First program year: online sessions, mentor sessions, expert reviews.',
    },
    'phase-two': { description: 'Second program year.' },
    'phase-three': { description: 'Third program year.' },
    alumni: {
      description: 'The cohort has finished; its class label is the year it became alumni.',
      terminal: true,
    },
  },
  events: {
    enroll: {
      description: 'Enroll a community while the cohort forms.',
      payload: { communityId: 'string' },
      transitions: [
        {
          from: ['forming'],
          guards: [
            {
              id: 'capacity',
              description: 'The cohort has a free seat (withdrawn communities free theirs).',
              check: ({ context }) => {
                const count = active(context).length;
                return count < context.capacity
                  ? []
                  : [refusalReason('capacity_exceeded', { limit: context.capacity, count })];
              },
            },
            {
              id: 'not-enrolled-yet',
              description: 'The community is not enrolled already.',
              needs: 'event',
              check: ({ context, event }) =>
                active(context).some((m) => m.communityId === event.communityId)
                  ? [refusalReason('already_enrolled', { communityId: event.communityId })]
                  : [],
            },
          ],
          update: (draft, { event, at }) => {
            const i = draft.communities.findIndex((m) => m.communityId === event.communityId);
            const member: CohortMember = {
              communityId: event.communityId,
              joinedOn: calendarDate(at),
              status: 'active',
              mentorIds: [],
            };
            if (i === -1) draft.communities.push(member);
            else draft.communities[i] = member;
          },
        },
      ],
    },
    'withdraw-community': {
      description: 'A community leaves the cohort; its seat is freed.',
      payload: { communityId: 'string' },
      transitions: [
        {
          from: [...BEFORE_ALUMNI],
          guards: [enrolled()],
          update: (draft, { event }) => {
            for (const m of draft.communities)
              if (m.communityId === event.communityId) m.status = 'withdrawn';
          },
        },
      ],
    },
    'assign-mentor': {
      description: 'Assign a mentor to a community (one mentor per community is expected).',
      payload: { communityId: 'string', mentorId: 'string' },
      transitions: [
        {
          from: [...BEFORE_ALUMNI],
          guards: [
            enrolled(),
            {
              id: 'mentor-new',
              description: 'The mentor is not assigned to this community already.',
              needs: 'event',
              check: ({ context, event }) =>
                context.communities.some(
                  (m) =>
                    m.communityId === event.communityId && m.mentorIds.includes(event.mentorId),
                )
                  ? [
                      refusalReason('already_assigned', {
                        personId: event.mentorId,
                        role: 'mentor',
                        communityId: event.communityId,
                      }),
                    ]
                  : [],
            },
          ],
          update: (draft, { event }) => {
            for (const m of draft.communities)
              if (m.communityId === event.communityId && m.status === 'active')
                m.mentorIds.push(event.mentorId);
          },
        },
      ],
    },
    'assign-coach': {
      description: 'Add a coach (a Baldrige expert available to the communities).',
      payload: { coachId: 'string' },
      transitions: [
        {
          from: [...BEFORE_ALUMNI],
          guards: [
            {
              id: 'coach-new',
              description: 'The coach is not assigned already.',
              needs: 'event',
              check: ({ context, event }) =>
                context.coaches.includes(event.coachId)
                  ? [refusalReason('already_assigned', { personId: event.coachId, role: 'coach' })]
                  : [],
            },
          ],
          update: (draft, { event }) => void draft.coaches.push(event.coachId),
        },
      ],
    },
    'assign-faculty': {
      description: 'Add a faculty member (leads sessions).',
      payload: { facultyId: 'string' },
      transitions: [
        {
          from: [...BEFORE_ALUMNI],
          guards: [
            {
              id: 'faculty-new',
              description: 'The faculty member is not assigned already.',
              needs: 'event',
              check: ({ context, event }) =>
                context.faculty.includes(event.facultyId)
                  ? [
                      refusalReason('already_assigned', {
                        personId: event.facultyId,
                        role: 'faculty',
                      }),
                    ]
                  : [],
            },
          ],
          update: (draft, { event }) => void draft.faculty.push(event.facultyId),
        },
      ],
    },
    'kick-off': {
      description: 'Hold the kickoff.',
      transitions: [
        {
          from: ['forming'],
          to: 'kickoff',
          guards: [
            hasActive,
            {
              id: 'kickoff-month',
              description: 'The kickoff happens in the kickoff month (October by default).',
              check: ({ context, at }) =>
                monthOf(at) === context.kickoffMonth
                  ? []
                  : [
                      refusalReason('wrong_kickoff_month', {
                        month: monthOf(at),
                        expected: context.kickoffMonth,
                      }),
                    ],
            },
            {
              id: 'mentor-per-community',
              description: 'Every active community has a mentor.',
              check: ({ context }) => {
                const communityIds = active(context)
                  .filter((m) => m.mentorIds.length === 0)
                  .map((m) => m.communityId);
                return communityIds.length === 0
                  ? []
                  : [refusalReason('mentor_missing', { communityIds })];
              },
            },
            {
              id: 'faculty-assigned',
              description: 'At least one faculty member leads the sessions.',
              check: ({ context }) =>
                context.faculty.length > 0 ? [] : [refusalReason('faculty_missing', {})],
            },
          ],
          update: (draft, { at }) => {
            draft.kickoffOn = calendarDate(at);
          },
          effects: ({ next, at }) => [
            {
              type: 'kicked-off',
              on: calendarDate(at),
              communityIds: active(next).map((m) => m.communityId),
            },
          ],
        },
      ],
    },
    advance: {
      description:
        'Move to the next phase (each phase is one program year), and after phase three to alumni.',
      transitions: [
        advanceTo('kickoff', 'phase-one', [hasActive]),
        advanceTo('phase-one', 'phase-two', [hasActive, phaseFinished]),
        advanceTo('phase-two', 'phase-three', [hasActive, phaseFinished]),
        {
          from: ['phase-three'],
          to: 'alumni',
          guards: [hasActive, phaseFinished],
          update: (draft, { at }) => {
            draft.alumniOn = calendarDate(at);
            draft.classLabel = `Class of ${yearOf(at)}`;
          },
          effects: ({ next, at }) => {
            const communityIds = active(next).map((m) => m.communityId);
            return [
              { type: 'class-label-assigned', classLabel: next.classLabel ?? '' },
              { type: 'members-became-alumni', communityIds, on: calendarDate(at) },
              { type: 'community-of-practice-eligible', communityIds },
            ];
          },
        },
      ],
    },
    'record-activity': {
      description:
        'Record a session (twice a month), a mentor session (monthly) or an expert review.',
      payload: {
        kind: shape.enum(['session', 'mentor-session', 'expert-review']),
        communityId: 'string',
      },
      optional: ['communityId'],
      transitions: [
        {
          from: [...RUNNING],
          guards: [
            {
              id: 'activity-community',
              description: 'A named community is an active member.',
              needs: 'event',
              check: ({ context, event }) =>
                event.communityId === undefined ||
                active(context).some((m) => m.communityId === event.communityId)
                  ? []
                  : [refusalReason('not_enrolled', { communityId: event.communityId })],
            },
          ],
          update: (draft, { event, at }) =>
            void draft.activities.push({
              kind: event.kind,
              on: calendarDate(at),
              communityId: event.communityId ?? null,
            }),
        },
      ],
    },
  },
  createContext: (input) => ({
    cohortId: input.cohortId,
    program: input.program ?? 'coe-nlc',
    capacity: input.capacity ?? NLC_COHORT_DEFAULTS.capacity,
    kickoffMonth: input.kickoffMonth ?? NLC_COHORT_DEFAULTS.kickoffMonth,
    phaseMonths: input.phaseMonths ?? NLC_COHORT_DEFAULTS.phaseMonths,
    communities: [],
    faculty: [],
    coaches: [],
    kickoffOn: null,
    phaseStartedOn: null,
    classLabel: null,
    alumniOn: null,
    activities: [],
  }),
  context: shape.object({
    cohortId: 'string',
    program: 'string',
    capacity: 'integer',
    kickoffMonth: 'integer',
    phaseMonths: 'integer',
    communities: shape.array(
      shape.object({
        communityId: 'string',
        joinedOn: 'timestamp',
        status: shape.enum(['active', 'withdrawn']),
        mentorIds: shape.array('string'),
      }),
    ),
    faculty: shape.array('string'),
    coaches: shape.array('string'),
    kickoffOn: shape.nullable('timestamp'),
    phaseStartedOn: shape.nullable('timestamp'),
    classLabel: shape.nullable('string'),
    alumniOn: shape.nullable('timestamp'),
    activities: shape.array(
      shape.object({
        kind: shape.enum(['session', 'mentor-session', 'expert-review']),
        on: 'timestamp',
        communityId: shape.nullable('string'),
      }),
    ),
  }),
  checkContext: (context) => [
    ...(context.capacity < 1
      ? [
          createIssue({
            code: 'too_small',
            path: ['capacity'],
            minimum: 1,
            origin: 'number',
            inclusive: true,
          }),
        ]
      : []),
    ...(context.kickoffMonth < 1 || context.kickoffMonth > 12
      ? [
          createIssue({
            code: 'too_big',
            path: ['kickoffMonth'],
            maximum: 12,
            origin: 'number',
            inclusive: true,
            message: 'The kickoff month is 1-12.',
          }),
        ]
      : []),
  ],
};

/**
 * The NLC cohort machine (its definition, with every guard and effect, is `.definition`).
 *
 * @example
 * ```ts
 * const start = cohortMachine.initialSnapshot({ cohortId: 'nlc-2026-10' });
 * if (start.ok) {
 *   const r = cohortMachine.transition(start.value, { type: 'kick-off', at: '2026-09-01' });
 *   // r.ok === false; r.reasons codes: no_communities, wrong_kickoff_month, faculty_missing
 * }
 * ```
 */
export const cohortMachine: Machine<T> = createMachine(cohortDefinition);

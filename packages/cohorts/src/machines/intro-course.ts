import { createMachine } from '../core/create-machine.js';
import {
  refusalReason,
  type CohortsReasonCode,
  type CohortsReasonDataByCode,
  type ReasonOf,
} from '../issue-codes.js';
import { shape } from '@community-excellence/schemas/data';
import { calendarDate } from '../core/time.js';
import type { EventBase, Machine, MachineDefinition } from '../core/types.js';

/** The states of an introductory course. */
export type IntroCourseState = 'scheduled' | 'in-progress' | 'completed' | 'cancelled';

/** The context of {@link introCourseMachine}. */
export interface IntroCourseContext {
  courseId: string;
  sessionCount: number;
  participants: string[];
  /** Session numbers held, in order, with their dates. */
  sessions: { number: number; on: string; topic: string }[];
  /** Participants who attended each session number. */
  attendance: { number: number; participantId: string }[];
}

type E<T extends string, P = object> = EventBase<T> & Readonly<P>;

/** The events of {@link introCourseMachine}. */
export type IntroCourseEvent =
  | E<'enroll-participant', { participantId: string }>
  | E<'hold-session', { number: number; topic: string; attendees?: readonly string[] }>
  | E<'complete'>
  | E<'cancel', { reason: string }>;

type R<
  C extends CohortsReasonCode,
  D extends CohortsReasonDataByCode[C] = CohortsReasonDataByCode[C],
> = ReasonOf<C, Readonly<D>>;

/** The type bundle of {@link introCourseMachine}. */
export interface IntroCourseTypes {
  state: IntroCourseState;
  context: IntroCourseContext;
  event: IntroCourseEvent;
  /** Why the course machine refuses an event. */
  reason:
    | R<'already_enrolled', { participantId: string }>
    | R<'no_participants'>
    | R<'session_out_of_sequence'>
    | R<'unknown_attendee', { participantIds: readonly string[] }>
    | R<'sessions_incomplete', { held: number; required: number }>;
  /** Effects of the course machine. */
  effect:
    | { readonly type: 'session-held'; readonly number: number; readonly of: number }
    | { readonly type: 'course-completed'; readonly participantIds: readonly string[] };
  /** What starts a course; `sessionCount` defaults to 6 (the COE introductory course). */
  input: {
    readonly courseId: string;
    readonly sessionCount?: number;
  };
}
type T = IntroCourseTypes;
type IntroCourseEffect = T['effect'];
type IntroCourseReason = T['reason'];
type IntroCourseInput = T['input'];

const holdSessionGuards = [
  {
    id: 'has-participants',
    description: 'At least one participant is enrolled.',
    check: ({ context }: { context: IntroCourseContext }): IntroCourseReason[] =>
      context.participants.length > 0 ? [] : [refusalReason('no_participants', {})],
  },
  {
    id: 'next-session',
    description: 'Sessions are held in order, 1 to the session count.',
    needs: 'event' as const,
    check: ({
      context,
      event,
    }: {
      context: IntroCourseContext;
      event: { number: number };
    }): IntroCourseReason[] => {
      const expected = context.sessions.length + 1;
      return event.number === expected && expected <= context.sessionCount
        ? []
        : [
            refusalReason('session_out_of_sequence', {
              expected,
              found: event.number,
              sessionCount: context.sessionCount,
            }),
          ];
    },
  },
  {
    id: 'attendees-enrolled',
    description: 'Attendees are enrolled participants.',
    needs: 'event' as const,
    check: ({
      context,
      event,
    }: {
      context: IntroCourseContext;
      event: { attendees?: readonly string[] };
    }): IntroCourseReason[] => {
      const participantIds = (event.attendees ?? []).filter(
        (p) => !context.participants.includes(p),
      );
      return participantIds.length === 0
        ? []
        : [refusalReason('unknown_attendee', { participantIds })];
    },
  },
];

const holdSession = {
  update: (
    draft: IntroCourseContext,
    {
      event,
      at,
    }: { event: { number: number; topic: string; attendees?: readonly string[] }; at: string },
  ) => {
    draft.sessions.push({ number: event.number, on: calendarDate(at), topic: event.topic });
    for (const participantId of event.attendees ?? [])
      draft.attendance.push({ number: event.number, participantId });
  },
  effects: ({
    event,
    next,
  }: {
    event: { number: number };
    next: IntroCourseContext;
  }): IntroCourseEffect[] => [
    { type: 'session-held', number: event.number, of: next.sessionCount },
  ],
};

/**
 * The definition of the six-session introductory course (piloted as a six-week spring course
 * [verified]): participants enroll, sessions 1-6 are held in order (with attendance), then the
 * course completes; it may be cancelled before that. The session count is configurable.
 *
 * @example
 * ```ts
 * introCourseDefinition.initial; // 'scheduled'
 * ```
 */
export const introCourseDefinition: MachineDefinition<T> = {
  id: 'intro-course',
  description: 'The six-session introductory course.',
  initial: 'scheduled',
  states: {
    scheduled: { description: 'Announced; participants enroll.' },
    'in-progress': { description: 'Sessions are being held in order.' },
    completed: { description: 'Every session was held.', terminal: true },
    cancelled: { description: 'Cancelled before completion.', terminal: true },
  },
  events: {
    'enroll-participant': {
      description: 'Enroll a participant (before or during the course).',
      payload: { participantId: 'string' },
      transitions: [
        {
          from: ['scheduled', 'in-progress'],
          guards: [
            {
              id: 'not-enrolled',
              description: 'The participant is not enrolled yet.',
              needs: 'event',
              check: ({ context, event }) =>
                context.participants.includes(event.participantId)
                  ? [refusalReason('already_enrolled', { participantId: event.participantId })]
                  : [],
            },
          ],
          update: (draft, { event }) => void draft.participants.push(event.participantId),
        },
      ],
    },
    'hold-session': {
      description: 'Hold the next session.',
      payload: { number: 'integer', topic: 'string', attendees: shape.array('string') },
      optional: ['attendees'],
      transitions: [
        { from: ['scheduled'], to: 'in-progress', guards: holdSessionGuards, ...holdSession },
        { from: ['in-progress'], guards: holdSessionGuards, ...holdSession },
      ],
    },
    complete: {
      description: 'Complete the course after its last session.',
      transitions: [
        {
          from: ['in-progress'],
          to: 'completed',
          guards: [
            {
              id: 'all-sessions-held',
              description: 'Every session was held.',
              check: ({ context }) =>
                context.sessions.length >= context.sessionCount
                  ? []
                  : [
                      refusalReason('sessions_incomplete', {
                        held: context.sessions.length,
                        required: context.sessionCount,
                      }),
                    ],
            },
          ],
          effects: ({ next }) => [{ type: 'course-completed', participantIds: next.participants }],
        },
      ],
    },
    cancel: {
      description: 'Cancel the course.',
      payload: { reason: 'string' },
      transitions: [{ from: ['scheduled', 'in-progress'], to: 'cancelled' }],
    },
  },
  createContext: (input) => ({
    courseId: input.courseId,
    sessionCount: input.sessionCount ?? 6,
    participants: [],
    sessions: [],
    attendance: [],
  }),
  context: shape.object({
    courseId: 'string',
    sessionCount: 'integer',
    participants: shape.array('string'),
    sessions: shape.array(shape.object({ number: 'integer', on: 'timestamp', topic: 'string' })),
    attendance: shape.array(shape.object({ number: 'integer', participantId: 'string' })),
  }),
};

/**
 * The introductory-course machine (its definition, with every guard and effect, is `.definition`).
 *
 * @example
 * ```ts
 * const s = introCourseMachine.initialSnapshot({ courseId: 'intro-2027-spring' });
 * if (s.ok) introCourseMachine.transition(s.value, { type: 'enroll-participant', participantId: 'ana', at: '2027-03-01' });
 * ```
 */
export const introCourseMachine: Machine<T> = createMachine(introCourseDefinition);

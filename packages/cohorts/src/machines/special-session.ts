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

/** The states of a one-time special session. */
export type SpecialSessionState = 'proposed' | 'scheduled' | 'held' | 'cancelled';

/** The context of {@link specialSessionMachine}. */
export interface SpecialSessionContext {
  sessionId: string;
  topic: string;
  date: string | null;
  heldOn: string | null;
  attendees: string[];
}

type E<T extends string, P = object> = EventBase<T> & Readonly<P>;

/** The events of {@link specialSessionMachine}. */
export type SpecialSessionEvent =
  | E<'schedule', { date: string }>
  | E<'reschedule', { date: string }>
  | E<'hold', { attendees?: readonly string[] }>
  | E<'cancel', { reason: string }>;

type R<
  C extends CohortsReasonCode,
  D extends CohortsReasonDataByCode[C] = CohortsReasonDataByCode[C],
> = ReasonOf<C, Readonly<D>>;

/** The type bundle of {@link specialSessionMachine}. */
export interface SpecialSessionTypes {
  state: SpecialSessionState;
  context: SpecialSessionContext;
  event: SpecialSessionEvent;
  /** Why the special-session machine refuses an event. */
  reason:
    | R<'date_in_past', { date: string; at: string }>
    | R<'before_scheduled_date', { date: string; at: string }>;
  /** Effects of the special-session machine. */
  effect: {
    readonly type: 'session-announced';
    readonly date: string;
    readonly topic: string;
  };
  /** What starts a special session. */
  input: {
    readonly sessionId: string;
    readonly topic: string;
  };
}
type T = SpecialSessionTypes;
type SpecialSessionEffect = T['effect'];
type SpecialSessionReason = T['reason'];
type SpecialSessionInput = T['input'];

const futureDate = {
  id: 'date-not-past',
  description: 'The date is not before the time of scheduling.',
  needs: 'event' as const,
  check: ({ event, at }: { event: { date: string }; at: string }): SpecialSessionReason[] =>
    calendarDate(event.date) < calendarDate(at)
      ? [refusalReason('date_in_past', { date: event.date, at })]
      : [],
};

/**
 * The definition of a one-time special session on a specific topic [verified as an offering]:
 * proposed -> scheduled (rescheduling allowed) -> held, or cancelled. Held is final: a session
 * happens once.
 *
 * @example
 * ```ts
 * specialSessionDefinition.states.held.terminal; // true
 * ```
 */
export const specialSessionDefinition: MachineDefinition<T> = {
  id: 'special-session',
  description: 'A one-time special session on a specific topic.',
  initial: 'proposed',
  states: {
    proposed: { description: 'A topic is proposed.' },
    scheduled: { description: 'A date is set.' },
    held: { description: 'The session took place (once).', terminal: true },
    cancelled: { description: 'The session will not take place.', terminal: true },
  },
  events: {
    schedule: {
      description: 'Set the date.',
      payload: { date: 'timestamp' },
      transitions: [
        {
          from: ['proposed'],
          to: 'scheduled',
          guards: [futureDate],
          update: (draft, { event }) => {
            draft.date = calendarDate(event.date);
          },
          effects: ({ next }) => [
            { type: 'session-announced', date: next.date ?? '', topic: next.topic },
          ],
        },
      ],
    },
    reschedule: {
      description: 'Move the date.',
      payload: { date: 'timestamp' },
      transitions: [
        {
          from: ['scheduled'],
          guards: [futureDate],
          update: (draft, { event }) => {
            draft.date = calendarDate(event.date);
          },
          effects: ({ next }) => [
            { type: 'session-announced', date: next.date ?? '', topic: next.topic },
          ],
        },
      ],
    },
    hold: {
      description: 'Hold the session, on or after its date.',
      payload: { attendees: shape.array('string') },
      optional: ['attendees'],
      transitions: [
        {
          from: ['scheduled'],
          to: 'held',
          guards: [
            {
              id: 'date-reached',
              description: 'The scheduled date has come.',
              check: ({ context, at }) =>
                context.date !== null && calendarDate(at) < context.date
                  ? [refusalReason('before_scheduled_date', { date: context.date, at })]
                  : [],
            },
          ],
          update: (draft, { event, at }) => {
            draft.heldOn = calendarDate(at);
            draft.attendees = [...(event.attendees ?? [])];
          },
        },
      ],
    },
    cancel: {
      description: 'Cancel the session.',
      payload: { reason: 'string' },
      transitions: [{ from: ['proposed', 'scheduled'], to: 'cancelled' }],
    },
  },
  createContext: (input) => ({
    sessionId: input.sessionId,
    topic: input.topic,
    date: null,
    heldOn: null,
    attendees: [],
  }),
  context: shape.object({
    sessionId: 'string',
    topic: 'string',
    date: shape.nullable('timestamp'),
    heldOn: shape.nullable('timestamp'),
    attendees: shape.array('string'),
  }),
};

/**
 * The special-session machine (its definition, with every guard and effect, is `.definition`).
 *
 * @example
 * ```ts
 * const s = specialSessionMachine.initialSnapshot({ sessionId: 'data-equity', topic: 'Disaggregating outcome data' });
 * if (s.ok) specialSessionMachine.transition(s.value, { type: 'schedule', date: '2027-02-17', at: '2027-01-05' });
 * ```
 */
export const specialSessionMachine: Machine<T> = createMachine(specialSessionDefinition);

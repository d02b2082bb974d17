import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../core/time.js';
import { machineProperties, sendAll, start, type Driver } from '../testing/machine-properties.js';
import {
  introCourseMachine as machine,
  type IntroCourseEvent,
  type IntroCourseTypes,
} from './intro-course.js';
import {
  specialSessionMachine,
  type SpecialSessionEvent,
  type SpecialSessionTypes,
} from './special-session.js';

const driver: Driver<IntroCourseTypes> = {
  machine,
  input: { courseId: 'intro-2027' },
  startAt: '2027-03-01',
  eventsFor: (step, snapshot, now) => {
    const c = snapshot.context;
    const enroll: IntroCourseEvent[] =
      c.participants.length === 0
        ? [{ type: 'enroll-participant', participantId: 'ana', at: now }]
        : [];
    const next = (n: number, at: string): IntroCourseEvent => ({
      type: 'hold-session',
      number: n,
      topic: `Session ${n}`,
      at,
    });
    switch (step.event) {
      case 'enroll-participant':
        return [
          { type: 'enroll-participant', participantId: `p${snapshot.history.length}`, at: now },
        ];
      case 'hold-session':
        return [...enroll, next(c.sessions.length + 1, now)];
      case 'complete': {
        const rest: IntroCourseEvent[] = [];
        for (let n = c.sessions.length + 1; n <= c.sessionCount; n += 1)
          rest.push(next(n, addDays(now, 7 * n)));
        return [...rest, { type: 'complete', at: addDays(now, 7 * (c.sessionCount + 1)) }];
      }
      case 'cancel':
        return [{ type: 'cancel', reason: 'too few participants', at: now }];
      default:
        return [{ type: step.event, at: now } as IntroCourseEvent];
    }
  },
  arbitraryEvent: fc.oneof(
    fc.record({
      type: fc.constant('enroll-participant' as const),
      participantId: fc.constantFrom('ana', 'bo', 'cy'),
    }),
    fc.record({
      type: fc.constant('hold-session' as const),
      number: fc.integer({ min: 0, max: 8 }),
      topic: fc.constant('t'),
      attendees: fc.constantFrom([], ['ana'], ['zed']),
    }),
    fc.constant<IntroCourseEvent>({ type: 'complete' }),
    fc.record({ type: fc.constant('cancel' as const), reason: fc.string() }),
    fc.constant({ type: 'hold-session', number: 'one' } as unknown as IntroCourseEvent),
  ),
};

describe('introductory course (six sessions)', () => {
  it('holds sessions 1-6 in order and completes only after the sixth', () => {
    let s = sendAll(machine, start(driver), [
      { type: 'enroll-participant', participantId: 'ana', at: '2027-03-01' },
    ]);
    const skip = machine.transition(s, {
      type: 'hold-session',
      number: 2,
      topic: 'x',
      at: '2027-03-03',
    });
    expect(!skip.ok && skip.reasons).toEqual([
      {
        code: 'session_out_of_sequence',
        expected: 1,
        found: 2,
        sessionCount: 6,
        message: 'The next session is number 1 of 6, not 2.',
      },
    ]);
    for (let n = 1; n <= 5; n += 1)
      s = sendAll(machine, s, [
        {
          type: 'hold-session',
          number: n,
          topic: `Session ${n}`,
          attendees: ['ana'],
          at: addDays('2027-03-03', 7 * n),
        },
      ]);
    const early = machine.transition(s, { type: 'complete', at: '2027-05-01' });
    expect(!early.ok && early.reasons).toEqual([
      expect.objectContaining({ code: 'sessions_incomplete', held: 5, required: 6 }),
    ]);
    s = sendAll(machine, s, [
      { type: 'hold-session', number: 6, topic: 'Next steps', at: '2027-05-01' },
    ]);
    const seventh = machine.transition(s, {
      type: 'hold-session',
      number: 7,
      topic: 'x',
      at: '2027-05-02',
    });
    expect(!seventh.ok && seventh.reasons[0]?.code).toBe('session_out_of_sequence');
    const done = machine.transition(s, { type: 'complete', at: '2027-05-02' });
    expect(done.ok && done.effects).toEqual([
      { type: 'course-completed', participantIds: ['ana'] },
    ]);
  });

  it('needs participants before the first session, and attendees must be enrolled', () => {
    const s = start(driver);
    const empty = machine.transition(s, {
      type: 'hold-session',
      number: 1,
      topic: 'x',
      at: '2027-03-01',
    });
    expect(!empty.ok && empty.reasons.map((r) => r.code)).toEqual(['no_participants']);
    const withAna = sendAll(machine, s, [
      { type: 'enroll-participant', participantId: 'ana', at: '2027-03-01' },
    ]);
    const stranger = machine.transition(withAna, {
      type: 'hold-session',
      number: 1,
      topic: 'x',
      attendees: ['zed'],
      at: '2027-03-02',
    });
    expect(!stranger.ok && stranger.reasons).toEqual([
      expect.objectContaining({ code: 'unknown_attendee', participantIds: ['zed'] }),
    ]);
  });

  machineProperties(driver);
});

const sessionDriver: Driver<SpecialSessionTypes> = {
  machine: specialSessionMachine,
  input: { sessionId: 'data-equity', topic: 'Disaggregating outcome data' },
  startAt: '2027-01-05',
  eventsFor: (step, snapshot, now) => {
    switch (step.event) {
      case 'schedule':
      case 'reschedule':
        return [{ type: step.event, date: addDays(now, 30), at: now }];
      case 'hold':
        return [
          {
            type: 'hold',
            attendees: ['ana'],
            at:
              snapshot.context.date !== null && snapshot.context.date > now
                ? snapshot.context.date
                : now,
          },
        ];
      default:
        return [{ type: 'cancel', reason: 'speaker ill', at: now }];
    }
  },
  arbitraryEvent: fc.oneof(
    fc.record({
      type: fc.constantFrom('schedule' as const, 'reschedule' as const),
      date: fc.constantFrom('2026-12-01', '2027-02-17', '2028-01-01', 'soon'),
    }),
    fc.constant<SpecialSessionEvent>({ type: 'hold' }),
    fc.record({ type: fc.constant('cancel' as const), reason: fc.string() }),
  ),
};

describe('special session (one-time)', () => {
  it('is held once, on or after its date', () => {
    const s = sendAll(specialSessionMachine, start(sessionDriver), [
      { type: 'schedule', date: '2027-02-17', at: '2027-01-05' },
    ]);
    const early = specialSessionMachine.transition(s, { type: 'hold', at: '2027-02-16' });
    expect(!early.ok && early.reasons).toEqual([
      expect.objectContaining({ code: 'before_scheduled_date', date: '2027-02-17' }),
    ]);
    const held = sendAll(specialSessionMachine, s, [{ type: 'hold', at: '2027-02-17T18:00:00Z' }]);
    const again = specialSessionMachine.transition(held, { type: 'hold', at: '2027-03-17' });
    expect(!again.ok && again.reasons.map((r) => r.code)).toEqual(['terminal_state']);
    const past = specialSessionMachine.transition(start(sessionDriver), {
      type: 'schedule',
      date: '2026-12-01',
      at: '2027-01-05',
    });
    expect(!past.ok && past.reasons.map((r) => r.code)).toEqual(['date_in_past']);
  });

  machineProperties(sessionDriver);
});

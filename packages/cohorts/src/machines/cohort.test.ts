import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, calendarDate } from '../core/time.js';
import type { Snapshot } from '../core/types.js';
import { machineProperties, sendAll, start, type Driver } from '../testing/machine-properties.js';
import { cohortMachine as machine, type CohortEvent, type CohortTypes } from './cohort.js';

type Snap = Snapshot<CohortTypes>;

const nextOctober = (now: string): string => {
  const year = Number(now.slice(0, 4));
  return `${year}-10-07` >= calendarDate(now) ? `${year}-10-07` : `${year + 1}-10-07`;
};
const later = (a: string, b: string): string => (calendarDate(a) >= calendarDate(b) ? a : b);

const driver: Driver<CohortTypes> = {
  machine,
  input: { cohortId: 'nlc-2026-10' },
  startAt: '2026-06-01',
  eventsFor: (step, snapshot, now) => {
    const c = snapshot.context;
    const members = c.communities.filter((m) => m.status === 'active');
    switch (step.event) {
      case 'kick-off': {
        const events: CohortEvent[] = [];
        if (members.length === 0)
          events.push({ type: 'enroll', communityId: 'riverbend-county', at: now });
        for (const m of members.length === 0
          ? [{ communityId: 'riverbend-county', mentorIds: [] as string[] }]
          : members) {
          if (m.mentorIds.length === 0)
            events.push({
              type: 'assign-mentor',
              communityId: m.communityId,
              mentorId: 'mentor-kim',
              at: now,
            });
        }
        if (c.faculty.length === 0)
          events.push({ type: 'assign-faculty', facultyId: 'fac-lee', at: now });
        events.push({ type: 'kick-off', at: nextOctober(now) });
        return events;
      }
      case 'advance':
        return [
          {
            type: 'advance',
            at:
              step.from === 'kickoff'
                ? now
                : later(now, addMonths(c.phaseStartedOn ?? now, c.phaseMonths)),
          },
        ];
      case 'enroll':
        return [{ type: 'enroll', communityId: `community-${c.communities.length + 1}`, at: now }];
      case 'withdraw-community':
      case 'assign-mentor': {
        const pre: CohortEvent[] =
          members.length === 0 ? [{ type: 'enroll', communityId: 'hill-county', at: now }] : [];
        const id = members[0]?.communityId ?? 'hill-county';
        return [
          ...pre,
          step.event === 'assign-mentor'
            ? {
                type: 'assign-mentor',
                communityId: id,
                mentorId: `mentor-${snapshot.history.length}`,
                at: now,
              }
            : { type: 'withdraw-community', communityId: id, at: now },
        ];
      }
      case 'assign-coach':
        return [{ type: 'assign-coach', coachId: `coach-${snapshot.history.length}`, at: now }];
      case 'assign-faculty':
        return [{ type: 'assign-faculty', facultyId: `fac-${snapshot.history.length}`, at: now }];
      case 'record-activity':
        return [{ type: 'record-activity', kind: 'mentor-session', at: now }];
      default:
        return [{ type: step.event, at: now } as CohortEvent];
    }
  },
  arbitraryEvent: fc.oneof(
    fc.constantFrom<CohortEvent>({ type: 'kick-off' }, { type: 'advance' }),
    fc.record({
      type: fc.constant('enroll' as const),
      communityId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
    }),
    fc.record({
      type: fc.constant('withdraw-community' as const),
      communityId: fc.constantFrom('a', 'b', 'z'),
    }),
    fc.record({
      type: fc.constant('assign-mentor' as const),
      communityId: fc.constantFrom('a', 'b', 'riverbend-county'),
      mentorId: fc.constantFrom('m1', 'm2'),
    }),
    fc.record({ type: fc.constant('assign-coach' as const), coachId: fc.constantFrom('c1', 'c2') }),
    fc.record({
      type: fc.constant('assign-faculty' as const),
      facultyId: fc.constantFrom('f1', 'f2'),
    }),
    fc.record({
      type: fc.constant('record-activity' as const),
      kind: fc.constantFrom(
        'session' as const,
        'mentor-session' as const,
        'expert-review' as const,
        'party' as 'session',
      ),
    }),
    fc.constant({ type: 'apply' } as unknown as CohortEvent),
    fc.constant({ type: 'enroll', communityId: 'a', machine: 'nlc-community' } as CohortEvent),
  ),
};

const reasonsOf = (s: Snap, e: CohortEvent): unknown[] => {
  const r = machine.transition(s, e);
  return r.ok ? [] : [...r.reasons];
};
const enrollAll = (s: Snap, ids: readonly string[], at: string): Snap =>
  sendAll(
    machine,
    s,
    ids.map((communityId): CohortEvent => ({ type: 'enroll', communityId, at })),
  );

describe('NLC cohort', () => {
  it('takes at most 6 communities by default ("cohort already has 6 communities"); a withdrawal frees a seat', () => {
    const full = enrollAll(start(driver), ['a', 'b', 'c', 'd', 'e', 'f'], '2026-07-01');
    expect(reasonsOf(full, { type: 'enroll', communityId: 'g', at: '2026-07-02' })).toEqual([
      {
        code: 'capacity_exceeded',
        limit: 6,
        count: 6,
        message: 'Cohort already has 6 communities (capacity 6).',
      },
    ]);
    expect(
      reasonsOf(full, { type: 'enroll', communityId: 'a', at: '2026-07-02' }).map(
        (r) => (r as { code: string }).code,
      ),
    ).toEqual(['capacity_exceeded', 'already_enrolled']);
    const freed = sendAll(machine, full, [
      { type: 'withdraw-community', communityId: 'c', at: '2026-07-03' },
      { type: 'enroll', communityId: 'g', at: '2026-07-03' },
    ]);
    expect(
      freed.context.communities.filter((m) => m.status === 'active').map((m) => m.communityId),
    ).toEqual(['a', 'b', 'd', 'e', 'f', 'g']);
  });

  it('capacity is configurable', () => {
    const r = machine.initialSnapshot({ cohortId: 'first-call', capacity: 10 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const nine = enrollAll(r.value, ['1', '2', '3', '4', '5', '6', '7', '8', '9'], '2016-01-01');
    expect(
      machine.transition(nine, { type: 'enroll', communityId: '10', at: '2016-01-02' }).ok,
    ).toBe(true);
  });

  it('kicks off in October with a mentor per community and faculty', () => {
    const formed = enrollAll(start(driver), ['riverbend-county', 'hill-county'], '2026-08-01');
    expect(reasonsOf(formed, { type: 'kick-off', at: '2026-09-15' })).toEqual([
      expect.objectContaining({ code: 'wrong_kickoff_month', month: 9, expected: 10 }),
      expect.objectContaining({
        code: 'mentor_missing',
        communityIds: ['riverbend-county', 'hill-county'],
      }),
      { code: 'faculty_missing', message: 'No faculty assigned to lead the sessions.' },
    ]);
    const staffed = sendAll(machine, formed, [
      {
        type: 'assign-mentor',
        communityId: 'riverbend-county',
        mentorId: 'mentor-kim',
        at: '2026-09-01',
      },
      {
        type: 'assign-mentor',
        communityId: 'hill-county',
        mentorId: 'mentor-ode',
        at: '2026-09-01',
      },
      { type: 'assign-faculty', facultyId: 'fac-lee', at: '2026-09-01' },
      { type: 'assign-coach', coachId: 'coach-baker', at: '2026-09-01' },
    ]);
    expect(
      reasonsOf(staffed, { type: 'assign-coach', coachId: 'coach-baker', at: '2026-09-02' }),
    ).toEqual([expect.objectContaining({ code: 'already_assigned', role: 'coach' })]);
    expect(
      reasonsOf(staffed, {
        type: 'assign-mentor',
        communityId: 'nowhere',
        mentorId: 'm',
        at: '2026-09-02',
      }),
    ).toEqual([expect.objectContaining({ code: 'not_enrolled', communityId: 'nowhere' })]);
    const r = machine.transition(staffed, {
      type: 'kick-off',
      at: '2026-10-07T17:00:00Z',
      actor: 'program director',
    });
    expect(r.ok && r.effects).toEqual([
      { type: 'kicked-off', on: '2026-10-07', communityIds: ['riverbend-county', 'hill-county'] },
    ]);
    const march = machine.initialSnapshot({ cohortId: 'spring', kickoffMonth: 3 });
    expect(march.ok && march.value.context.kickoffMonth).toBe(3);
  });

  it('moves through the phases one program year at a time and becomes alumni with a class label from the alumni year', () => {
    let s = sendAll(machine, enrollAll(start(driver), ['riverbend-county'], '2026-08-01'), [
      {
        type: 'assign-mentor',
        communityId: 'riverbend-county',
        mentorId: 'mentor-kim',
        at: '2026-09-01',
      },
      { type: 'assign-faculty', facultyId: 'fac-lee', at: '2026-09-01' },
      { type: 'kick-off', at: '2026-10-07' },
      { type: 'advance', at: '2026-10-08' },
    ]);
    expect(s.state).toBe('phase-one');
    expect(reasonsOf(s, { type: 'advance', at: '2027-09-30' })).toEqual([
      expect.objectContaining({
        code: 'phase_not_finished',
        phase: 'phase-one',
        endsOn: '2027-10-08',
      }),
    ]);
    s = sendAll(machine, s, [
      { type: 'record-activity', kind: 'session', at: '2026-11-04' },
      {
        type: 'record-activity',
        kind: 'mentor-session',
        communityId: 'riverbend-county',
        at: '2026-11-10',
      },
      { type: 'advance', at: '2027-10-08' },
      { type: 'advance', at: '2028-10-08' },
    ]);
    expect(s.state).toBe('phase-three');
    const r = machine.transition(s, { type: 'advance', at: '2029-10-08' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.snapshot.state).toBe('alumni');
    expect(r.snapshot.context.classLabel).toBe('Class of 2029');
    expect(r.effects).toEqual([
      { type: 'class-label-assigned', classLabel: 'Class of 2029' },
      { type: 'members-became-alumni', communityIds: ['riverbend-county'], on: '2029-10-08' },
      { type: 'community-of-practice-eligible', communityIds: ['riverbend-county'] },
    ]);
    expect(
      reasonsOf(r.snapshot, { type: 'enroll', communityId: 'late', at: '2029-11-01' }),
    ).toEqual([expect.objectContaining({ code: 'terminal_state' })]);
  });

  it('refuses events for another machine and snapshots of another machine', () => {
    const s = start(driver);
    expect(
      reasonsOf(s, {
        type: 'enroll',
        communityId: 'a',
        at: '2026-07-01',
        machine: 'nlc-community',
      }),
    ).toEqual([expect.objectContaining({ code: 'wrong_machine', subject: 'event' })]);
    const other = { ...s, machine: 'nlc-community' };
    expect(reasonsOf(other, { type: 'enroll', communityId: 'a', at: '2026-07-01' })).toEqual([
      expect.objectContaining({
        code: 'wrong_machine',
        subject: 'snapshot',
        found: 'nlc-community',
      }),
    ]);
    expect(machine.restore({ ...s, context: { ...s.context, kickoffMonth: 13 } })).toMatchObject({
      ok: false,
      issues: [{ code: 'too_big', path: ['context', 'kickoffMonth'] }],
    });
  });

  machineProperties(driver);
});

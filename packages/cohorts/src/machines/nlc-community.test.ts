import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NLC_READINESS } from '@community-excellence/schemas/data';
import { addMonths, calendarDate } from '../core/time.js';
import type { Snapshot } from '../core/types.js';
import { machineProperties, sendAll, start, type Driver } from '../testing/machine-properties.js';
import {
  communityJourneyMachine as machine,
  type CommunityJourneyEvent,
  type CommunityJourneyTypes,
} from './nlc-community.js';

type Snap = Snapshot<CommunityJourneyTypes>;
const IDS = NLC_READINESS.characteristics.map((c) => c.id);

/** The next 7 October on or after `now`. */
const nextKickoff = (now: string): string => {
  const year = Number(now.slice(0, 4));
  const candidate = `${year}-10-07`;
  return candidate >= calendarDate(now) ? candidate : `${year + 1}-10-07`;
};
const later = (a: string, b: string): string => (calendarDate(a) >= calendarDate(b) ? a : b);

const driver: Driver<CommunityJourneyTypes> = {
  machine,
  input: { communityId: 'riverbend-county' },
  startAt: '2026-02-10',
  eventsFor: (step, snapshot, now) => {
    const c = snapshot.context;
    switch (step.event) {
      case 'assess-readiness':
        return [
          ...IDS.map((id): CommunityJourneyEvent => ({
            type: 'record-readiness',
            characteristicId: id,
            status: 'met',
            evidence: [{ note: `evidence for ${id}`, date: calendarDate(now) }],
            at: now,
          })),
          { type: 'assess-readiness', at: now },
        ];
      case 'join-cohort':
        return [
          { type: 'join-cohort', cohortId: 'nlc-2026-10', kickoffOn: nextKickoff(now), at: now },
        ];
      case 'start-year-1':
        return [{ type: 'start-year-1', at: later(now, c.kickoffOn ?? now) }];
      case 'complete-year': {
        const events: CommunityJourneyEvent[] = [];
        if (step.from === 'year-1') {
          if (c.profileSubmittedOn === null) events.push({ type: 'submit-profile', at: now });
          for (const cat of c.requiredCategories)
            if (!c.categoriesCompleted.includes(cat))
              events.push({ type: 'complete-category', category: cat, at: now });
        }
        if (step.from !== 'year-3' && !c.renewals.some((r) => r.year === c.programYear + 1))
          events.push({ type: 'renew-commitment', year: c.programYear + 1, at: now });
        events.push({
          type: 'complete-year',
          at: later(now, addMonths(c.yearStartedOn ?? now, c.yearMonths)),
        });
        return events;
      }
      case 'withdraw':
        return [{ type: 'withdraw', reason: 'capacity', at: now }];
      case 'record-readiness':
        return [{ type: 'record-readiness', characteristicId: 'R1', status: 'not-met', at: now }];
      case 'record-self-assessment':
        return [{ type: 'record-self-assessment', scores: [4, 4, 4], at: now }];
      case 'complete-category':
        return [
          ...(c.profileSubmittedOn === null ? [{ type: 'submit-profile' as const, at: now }] : []),
          { type: 'complete-category', category: 3, at: now },
        ];
      case 'renew-commitment':
        return [{ type: 'renew-commitment', year: c.programYear + 1, at: now }];
      default:
        return [{ type: step.event, at: now } as CommunityJourneyEvent];
    }
  },
  arbitraryEvent: fc.oneof(
    fc.constantFrom<CommunityJourneyEvent>(
      { type: 'apply' },
      { type: 'assess-readiness' },
      { type: 'start-year-1' },
      { type: 'complete-year' },
      { type: 'pause' },
      { type: 'resume' },
      { type: 'submit-profile' },
    ),
    fc.record({
      type: fc.constant('record-readiness' as const),
      characteristicId: fc.constantFrom(...IDS, 'R99'),
      status: fc.constantFrom('met' as const, 'not-met' as const, 'unknown' as const),
      evidence: fc.constantFrom([], [{ note: 'minutes', date: '2026-03-01' }]),
    }),
    fc.record({
      type: fc.constant('record-self-assessment' as const),
      scores: fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 12 }),
    }),
    fc.record({
      type: fc.constant('join-cohort' as const),
      cohortId: fc.constant('c1'),
      kickoffOn: fc.constantFrom('2026-10-07', '2027-10-06', '2031-10-01'),
    }),
    fc.record({
      type: fc.constant('complete-category' as const),
      category: fc.integer({ min: 0, max: 8 }),
    }),
    fc.record({
      type: fc.constant('renew-commitment' as const),
      year: fc.integer({ min: 1, max: 4 }),
    }),
    fc.record({ type: fc.constant('withdraw' as const), reason: fc.string() }),
    fc.constant({ type: 'kick-off' } as unknown as CommunityJourneyEvent),
    fc.constant({ type: 'apply', machine: 'nlc-cohort' } as CommunityJourneyEvent),
  ),
};

function at(state: string): Snap {
  // Reuse the driver to reach common states in the scenario tests.
  let s = start(driver);
  const order = ['application', 'readiness', 'preparatory', 'year-1'];
  for (const to of order) {
    s = sendAll(
      machine,
      s,
      driver.eventsFor(
        {
          event:
            {
              application: 'apply',
              readiness: 'assess-readiness',
              preparatory: 'join-cohort',
              'year-1': 'start-year-1',
            }[to] ?? '',
          from: s.state,
          to,
        },
        s,
        s.lastEventAt ?? driver.startAt,
      ),
    );
    if (to === state) return s;
  }
  return s;
}

const reasonsOf = (s: Snap, e: CommunityJourneyEvent): unknown[] => {
  const r = machine.transition(s, e);
  return r.ok ? [] : [...r.reasons];
};

describe('NLC community journey', () => {
  it('refuses readiness with the missing characteristics, or accepts the self-assessment at the threshold', () => {
    const app = at('application');
    expect(reasonsOf(app, { type: 'assess-readiness', at: '2026-03-01' })).toEqual([
      expect.objectContaining({
        code: 'readiness_incomplete',
        missing: IDS,
        selfAssessmentTotal: null,
        threshold: 30,
      }),
    ]);
    const partly = sendAll(machine, app, [
      {
        type: 'record-readiness',
        characteristicId: 'R1',
        status: 'met',
        evidence: [{ note: 'coalition charter', date: '2026-02-20' }],
        at: '2026-03-01',
      },
      { type: 'record-readiness', characteristicId: 'R2', status: 'not-met', at: '2026-03-01' },
    ]);
    expect(reasonsOf(partly, { type: 'assess-readiness', at: '2026-03-02' })).toEqual([
      expect.objectContaining({ missing: IDS.filter((id) => id !== 'R1') }),
    ]);
    const ready = sendAll(machine, partly, [
      { type: 'record-self-assessment', scores: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3], at: '2026-03-03' },
    ]);
    expect(machine.transition(ready, { type: 'assess-readiness', at: '2026-03-04' })).toMatchObject(
      { ok: true, snapshot: { state: 'readiness' } },
    );
    const below = sendAll(machine, partly, [
      { type: 'record-self-assessment', scores: [3, 3, 3, 3, 3, 3, 3, 3, 3, 2], at: '2026-03-03' },
    ]);
    expect(reasonsOf(below, { type: 'assess-readiness', at: '2026-03-04' })).toEqual([
      expect.objectContaining({ code: 'readiness_incomplete', selfAssessmentTotal: 29 }),
    ]);
  });

  it('checks readiness records: known characteristic, evidence for met, scores 1-4', () => {
    const app = at('application');
    expect(
      reasonsOf(app, {
        type: 'record-readiness',
        characteristicId: 'R10',
        status: 'unknown',
        at: '2026-03-01',
      }),
    ).toEqual([
      expect.objectContaining({ code: 'unknown_characteristic', characteristicId: 'R10' }),
    ]);
    expect(
      reasonsOf(app, {
        type: 'record-readiness',
        characteristicId: 'R3',
        status: 'met',
        at: '2026-03-01',
      }),
    ).toEqual([expect.objectContaining({ code: 'evidence_required', characteristicId: 'R3' })]);
    expect(
      reasonsOf(app, { type: 'record-self-assessment', scores: [4, 5, 0], at: '2026-03-01' }),
    ).toEqual([
      expect.objectContaining({ code: 'score_out_of_scale', index: 1, score: 5 }),
      expect.objectContaining({ code: 'score_out_of_scale', index: 2, score: 0 }),
    ]);
  });

  it('waits in the preparatory phase for the October kickoff', () => {
    const prep = at('preparatory');
    expect(prep.context.kickoffOn).toBe('2026-10-07');
    expect(reasonsOf(prep, { type: 'start-year-1', at: '2026-09-30' })).toEqual([
      expect.objectContaining({ code: 'before_kickoff', kickoffOn: '2026-10-07' }),
    ]);
    const r = machine.transition(prep, { type: 'start-year-1', at: '2026-10-07' });
    expect(r.ok && r.effects).toEqual([
      { type: 'year-started', year: 1, startsOn: '2026-10-07', endsOn: '2027-10-07' },
      { type: 'renewal-due', year: 2 },
    ]);
    const ready = at('readiness');
    expect(
      reasonsOf(ready, {
        type: 'join-cohort',
        cohortId: 'old',
        kickoffOn: '2025-10-07',
        at: '2026-03-01',
      }),
    ).toEqual([expect.objectContaining({ code: 'kickoff_passed' })]);
  });

  it('year 1: profile first, then the categories; it cannot close without the profile, the categories, the renewal, or before 12 months', () => {
    const y1 = at('year-1');
    expect(reasonsOf(y1, { type: 'complete-category', category: 1, at: '2026-11-01' })).toEqual([
      expect.objectContaining({ code: 'profile_not_submitted' }),
    ]);
    expect(reasonsOf(y1, { type: 'complete-year', at: '2027-10-07' })).toEqual([
      {
        code: 'profile_not_submitted',
        year: 1,
        message: 'Year 1 cannot close before the community profile is submitted.',
      },
      expect.objectContaining({ code: 'categories_incomplete', missing: [1, 2, 3, 4, 5, 6] }),
      expect.objectContaining({ code: 'commitment_not_renewed', year: 2 }),
    ]);
    const worked = sendAll(machine, y1, [
      { type: 'submit-profile', at: '2026-12-01' },
      ...[1, 2, 3, 4, 5, 6].map((category): CommunityJourneyEvent => ({
        type: 'complete-category',
        category,
        at: '2027-05-01',
      })),
    ]);
    expect(reasonsOf(worked, { type: 'complete-category', category: 2, at: '2027-05-02' })).toEqual(
      [expect.objectContaining({ code: 'category_already_completed' })],
    );
    expect(reasonsOf(worked, { type: 'complete-category', category: 7, at: '2027-05-02' })).toEqual(
      [expect.objectContaining({ code: 'unknown_category' })],
    );
    expect(reasonsOf(worked, { type: 'renew-commitment', year: 3, at: '2027-06-01' })).toEqual([
      expect.objectContaining({ code: 'wrong_commitment_year', expected: 2 }),
    ]);
    const renewed = sendAll(machine, worked, [
      { type: 'renew-commitment', year: 2, at: '2027-06-01' },
    ]);
    expect(reasonsOf(renewed, { type: 'renew-commitment', year: 2, at: '2027-06-02' })).toEqual([
      expect.objectContaining({ code: 'already_renewed' }),
    ]);
    expect(reasonsOf(renewed, { type: 'complete-year', at: '2027-10-06' })).toEqual([
      expect.objectContaining({ code: 'year_not_finished', endsOn: '2027-10-07' }),
    ]);
    expect(machine.transition(renewed, { type: 'complete-year', at: '2027-10-07' })).toMatchObject({
      ok: true,
      snapshot: { state: 'year-2', context: { programYear: 2 } },
    });
  });

  it('pauses and resumes where it stopped; paused days extend the program year', () => {
    const y1 = at('year-1');
    const paused = sendAll(machine, y1, [
      { type: 'pause', reason: 'leadership change', at: '2027-01-01' },
    ]);
    expect(paused.state).toBe('paused');
    const resumed = sendAll(machine, paused, [{ type: 'resume', at: '2027-01-31' }]);
    expect(resumed.state).toBe('year-1');
    expect(resumed.context.yearStartedOn).toBe('2026-11-06');
  });

  it('withdraws from any open stage and reports the effect', () => {
    const r = machine.transition(at('readiness'), {
      type: 'withdraw',
      reason: 'no backbone',
      at: '2026-04-01',
      actor: 'backbone lead',
    });
    expect(r.ok && r.effects).toEqual([
      { type: 'withdrawn', communityId: 'riverbend-county', reason: 'no backbone' },
    ]);
    expect(r.ok && r.entry).toMatchObject({
      actor: 'backbone lead',
      from: 'readiness',
      to: 'withdrawn',
    });
  });

  machineProperties(driver);
});

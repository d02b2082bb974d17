import { readFileSync } from 'node:fs';
import type { Cohort } from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { cohortDocumentEvents, replayCohortDocument } from './cohort-document.js';

const example = JSON.parse(
  readFileSync(new URL('../../../../examples/riverbend/cohort.json', import.meta.url), 'utf8'),
) as Cohort;

describe('cohortDocumentEvents', () => {
  it('dates staff before the kickoff and keeps the events in date order', () => {
    const events = cohortDocumentEvents(example);
    expect(events.slice(0, 2)).toEqual([
      { type: 'enroll', communityId: 'riverbend', at: '2025-10-14' },
      {
        type: 'assign-mentor',
        communityId: 'riverbend',
        mentorId: 'mentor-grace-whitaker',
        at: '2025-10-14',
      },
    ]);
    expect(events.filter((e) => e.type === 'record-activity')).toHaveLength(16);
    expect(events.at(-1)).toEqual({ type: 'record-activity', kind: 'session', at: '2026-04-14' });
  });
});

describe('cohortDocumentEvents, in order and without withdrawn communities', () => {
  it('turns the cohort document into dated events in order', () => {
    const events = cohortDocumentEvents(example);
    expect(events[0]).toEqual({ type: 'enroll', communityId: 'riverbend', at: '2025-10-14' });
    expect(events.map((e) => e.type)).toContain('kick-off');
    const dates = events.map((e) => e.at ?? '');
    expect([...dates].sort()).toEqual(dates);
  });

  it('skips withdrawn communities', () => {
    const cohort: Cohort = {
      ...example,
      communities: [...example.communities, { communityId: 'gone', status: 'withdrawn' }],
    };
    expect(
      cohortDocumentEvents(cohort).some((e) => e.type === 'enroll' && e.communityId === 'gone'),
    ).toBe(false);
  });
});

describe('replayCohortDocument', () => {
  it('replays the example into phase one, with the document id, program and capacity', () => {
    const replay = replayCohortDocument(example);
    if (!replay.ok) throw new Error('expected a replay');
    expect(replay.snapshot.state).toBe('phase-one');
    expect(replay.snapshot.history).toHaveLength(24);
    expect(replay.asOf).toBe('2026-04-14');
    expect(replay.snapshot.context).toMatchObject({
      cohortId: 'coe-nlc-2025-10',
      program: 'coe-nlc',
      capacity: 6,
    });
  });

  it('names the refused event', () => {
    const replay = replayCohortDocument({
      ...example,
      capacity: 1,
      communities: [
        ...example.communities,
        { communityId: 'hill', status: 'active', joinedOn: '2025-10-01' },
      ],
    });
    expect(replay.ok).toBe(false);
    if (replay.ok || replay.stage !== 'event') throw new Error('expected a refused event');
    expect(replay.event).toEqual({ type: 'enroll', communityId: 'riverbend', at: '2025-10-14' });
    expect(replay.reasons.map((r) => r.code)).toEqual(['capacity_exceeded']);
  });

  it('reports a cohort the machine cannot start', () => {
    const replay = replayCohortDocument({ ...example, capacity: 0 });
    expect(replay.ok === false && replay.stage).toBe('start');
  });
});

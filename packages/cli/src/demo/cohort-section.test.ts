import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Cohort } from '@community-excellence/schemas';
import { cohortEvents, cohortSection } from './cohort-section.js';

const example = JSON.parse(readFileSync(new URL('../../../../examples/riverbend/cohort.json', import.meta.url), 'utf8')) as Cohort;

describe('cohortEvents', () => {
  it('turns the cohort document into dated events in order', () => {
    const events = cohortEvents(example);
    expect(events[0]).toEqual({ type: 'enroll', communityId: 'riverbend', at: '2025-10-14' });
    expect(events.map((e) => e.type)).toContain('kick-off');
    const dates = events.map((e) => e.at ?? '');
    expect([...dates].sort()).toEqual(dates);
  });

  it('skips withdrawn communities', () => {
    const cohort: Cohort = { ...example, communities: [...example.communities, { communityId: 'gone', status: 'withdrawn' }] };
    expect(cohortEvents(cohort).some((e) => e.type === 'enroll' && e.communityId === 'gone')).toBe(false);
  });
});

describe('cohortSection', () => {
  it('replays the example cohort into phase one', () => {
    const section = cohortSection(example);
    expect(section.ok).toBe(true);
    expect(section.lines[0]).toContain('state phase-one');
  });

  it('reports a refused event instead of throwing', () => {
    const section = cohortSection({ ...example, kickoffOn: '2025-07-01' });
    expect(section.ok).toBe(false);
    expect(section.lines[0]).toContain('kick-off at 2025-07-01 refused');
  });
});

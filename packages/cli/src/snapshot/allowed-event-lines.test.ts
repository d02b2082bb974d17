import { readFileSync } from 'node:fs';
import { cohortMachine } from '@community-excellence/cohorts';
import type { Cohort } from '@community-excellence/schemas';
import { describe, expect, it } from 'vitest';
import { allowedEventLines, snapshotHeadline } from './allowed-event-lines.js';
import { replayCohortDocument } from '@community-excellence/cohorts';

const example = JSON.parse(
  readFileSync(new URL('../../../../examples/riverbend/cohort.json', import.meta.url), 'utf8'),
) as Cohort;
const replay = replayCohortDocument(example);
if (!replay.ok) throw new Error('the example cohort must replay');

describe('allowedEventLines', () => {
  it('says which events may be sent and why the others may not, in one column', () => {
    const lines = allowedEventLines(
      cohortMachine.allowedEvents(replay.snapshot, { at: replay.asOf }),
    );
    expect(lines).toEqual([
      'enroll             not yet: Event "enroll" is not possible in state "phase-one"; it applies in forming.',
      'withdraw-community allowed (needs details)',
      'assign-mentor      allowed (needs details)',
      'assign-coach       allowed (needs details)',
      'assign-faculty     allowed (needs details)',
      'kick-off           not yet: Event "kick-off" is not possible in state "phase-one"; it applies in forming.',
      'advance            not yet: phase-one runs until 2026-10-14; the cohort cannot move on 2026-04-14.',
      'record-activity    allowed (needs details)',
    ]);
  });

  it('widens the column for long event types and says allowed for events without fields', () => {
    const lines = allowedEventLines([
      {
        type: 'a-very-long-event-type-name',
        description: '',
        allowed: true,
        reasons: [],
        targets: [],
        needsInput: false,
      },
    ]);
    expect(lines).toEqual(['a-very-long-event-type-name allowed']);
  });
});

describe('snapshotHeadline', () => {
  it('gives the state, the number of events and the date', () => {
    expect(snapshotHeadline('NLC', replay.snapshot, replay.asOf)).toBe(
      'NLC: state phase-one after 24 recorded events (as of 2026-04-14)',
    );
  });
});

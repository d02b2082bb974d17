import { readFileSync } from 'node:fs';
import { cohortMachine, type MachineTypes, type Snapshot } from '@community-excellence/cohorts';
import type { Cohort } from '@community-excellence/schemas';
import { describe, expect, it } from 'vitest';
import { replayCohortDocument } from '@community-excellence/cohorts';
import {
  snapshotStatusMarkdown,
  snapshotStatusText,
  type SnapshotStatus,
} from './snapshot-status.js';

const example = JSON.parse(
  readFileSync(new URL('../../../../examples/riverbend/cohort.json', import.meta.url), 'utf8'),
) as Cohort;
const replay = replayCohortDocument(example);
if (!replay.ok) throw new Error('the example cohort must replay');
const moved = cohortMachine.transition(replay.snapshot, {
  type: 'advance',
  at: '2026-10-14',
  actor: 'staff | lead',
});
if (!moved.ok) throw new Error('the cohort must advance on 2026-10-14');

const status = (applied: boolean): SnapshotStatus => {
  const snapshot = (applied
    ? moved.snapshot
    : replay.snapshot) as unknown as Snapshot<MachineTypes>;
  return {
    ok: true,
    label: 'NLC 2025',
    source: applied ? 'snapshot' : 'cohort-document',
    asOf: snapshot.lastEventAt,
    snapshot,
    transition: applied ? { entry: moved.entry, effects: moved.effects } : null,
    allowedEvents: cohortMachine.allowedEvents(
      applied ? moved.snapshot : replay.snapshot,
    ) as SnapshotStatus['allowedEvents'],
    written: null,
  };
};

describe('snapshotStatusText', () => {
  it('gives the state and the events that may be sent now', () => {
    const lines = snapshotStatusText(status(false)).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'NLC 2025: state phase-one after 24 recorded events (as of 2026-04-14)',
      '  machine nlc-cohort, entered from kickoff',
      'Events now:',
    ]);
    expect(lines).toContain(
      '  advance            not yet: phase-one runs until 2026-10-14; the cohort cannot move on 2026-04-14.',
    );
  });

  it('shows the event applied and its effects', () => {
    const text = snapshotStatusText(status(true));
    expect(text).toContain(
      'NLC 2025: state phase-two after 25 recorded events (as of 2026-10-14)\n',
    );
    expect(text).toContain(
      'Applied advance at 2026-10-14: phase-one -> phase-two\n  effect {"type":"phase-started","phase":"phase-two","on":"2026-10-14"}\n',
    );
  });
});

describe('snapshotStatusMarkdown', () => {
  it('tabulates the state, the event applied and the allowed events', () => {
    const markdown = snapshotStatusMarkdown(status(true));
    expect(markdown.startsWith('# NLC 2025\n')).toBe(true);
    expect(markdown).toContain('| State | phase-two (entered from phase-one) |');
    expect(markdown).toContain('| advance | 2026-10-14 | phase-one | phase-two | staff \\| lead |');
    expect(markdown).toContain(
      '- effect `{"type":"phase-started","phase":"phase-two","on":"2026-10-14"}`',
    );
    expect(markdown).toContain('| record-activity | yes (needs details) | phase-two |  |');
    expect(markdown).toContain(
      '| enroll | no |  | Event "enroll" is not possible in state "phase-two"; it applies in forming. |',
    );
    expect(snapshotStatusMarkdown(status(false))).toContain(
      '| Read from | a cohort document, replayed |',
    );
    expect(snapshotStatusMarkdown(status(false))).not.toContain('## Event applied');
  });
});

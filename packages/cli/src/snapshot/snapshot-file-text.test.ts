import { cohortMachine, type MachineTypes, type Snapshot } from '@community-excellence/cohorts';
import { describe, expect, it } from 'vitest';
import { machineById } from './machines.js';
import { snapshotFileText } from './snapshot-file-text.js';

describe('snapshotFileText', () => {
  it('is the persisted snapshot, indented, ending in a newline, and restores to the same snapshot', () => {
    const start = cohortMachine.initialSnapshot({ cohortId: 'c1' });
    if (!start.ok) throw new Error('expected a snapshot');
    const moved = cohortMachine.transition(start.value, {
      type: 'enroll',
      communityId: 'riverbend',
      at: '2026-08-01',
    });
    if (!moved.ok) throw new Error('expected a transition');
    const machine = machineById('nlc-cohort');
    if (machine === undefined) throw new Error('expected the cohort machine');
    const text = snapshotFileText(machine, moved.snapshot as unknown as Snapshot<MachineTypes>);
    expect(text).toBe(
      `${JSON.stringify(JSON.parse(cohortMachine.persist(moved.snapshot)), null, 2)}\n`,
    );
    expect(text.startsWith('{\n  "formatVersion": 1,\n  "machine": "nlc-cohort",')).toBe(true);
    const restored = cohortMachine.restore(text);
    expect(restored.ok && restored.value).toEqual(moved.snapshot);
  });
});

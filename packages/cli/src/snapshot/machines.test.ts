import { cohortMachine } from '@community-excellence/cohorts';
import { describe, expect, it } from 'vitest';
import { machineById, PROGRAM_MACHINES } from './machines.js';

describe('PROGRAM_MACHINES', () => {
  it('holds every program machine once, by definition id', () => {
    const ids = PROGRAM_MACHINES.map((m) => m.definition.id);
    expect(ids).toEqual([
      'nlc-cohort',
      'nlc-community',
      'intro-course',
      'special-session',
      'community-of-practice',
      'practice-season',
      'breakthrough-series',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('machineById', () => {
  it('finds a machine or gives undefined', () => {
    expect(machineById('nlc-cohort')).toBe(cohortMachine);
    expect(machineById('nope')).toBeUndefined();
    expect(machineById(undefined)).toBeUndefined();
  });
});

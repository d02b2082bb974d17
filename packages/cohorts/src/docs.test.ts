import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toMermaid } from './core/mermaid.js';
import type { Machine, MachineTypes, Snapshot } from './core/types.js';
import { breakthroughMachine } from './machines/breakthrough-series.js';
import { cohortMachine, type CohortEvent, type CohortTypes } from './machines/cohort.js';
import { communityOfPracticeMachine } from './machines/community-of-practice.js';
import { introCourseMachine } from './machines/intro-course.js';
import { communityJourneyMachine } from './machines/nlc-community.js';
import { practiceSeasonMachine } from './machines/practice-season.js';
import { recognitionJourneyMachine } from './machines/recognition-journey.js';
import { specialSessionMachine } from './machines/special-session.js';

const machinesPage = readFileSync(
  new URL('../../../docs/cohorts-machines.md', import.meta.url),
  'utf8',
);
const guide = readFileSync(new URL('../../../docs/cohorts.md', import.meta.url), 'utf8');
const machines = [
  communityJourneyMachine,
  cohortMachine,
  introCourseMachine,
  specialSessionMachine,
  communityOfPracticeMachine,
  practiceSeasonMachine,
  breakthroughMachine,
  recognitionJourneyMachine,
] as unknown as Machine<MachineTypes>[];

describe('docs', () => {
  it.each(machines.map((m) => [m.definition.id, m] as const))(
    'shows the diagram of %s exactly as toMermaid generates it',
    (_id, machine) => {
      const block = '```mermaid\n' + toMermaid(machine.definition) + '\n```';
      expect(machinesPage).toContain(block);
      expect(machine.toMermaid()).toBe(toMermaid(machine.definition));
    },
  );

  it.each(machines.map((m) => [m.definition.id, m] as const))(
    'lists every event of %s with its state and event counts in the guide',
    (id, machine) => {
      for (const event of Object.keys(machine.definition.events))
        expect(machinesPage).toContain(`| \`${event}\` |`);
      // The guide's table cells, trimmed (the formatter pads columns to one width).
      const row = guide
        .split('\n')
        .map((line) => line.split('|').map((cell) => cell.trim()))
        .find((cells) => cells[2] === `\`${id}\``);
      expect(row?.slice(3, 5)).toEqual([
        String(Object.keys(machine.definition.states).length),
        String(Object.keys(machine.definition.events).length),
      ]);
    },
  );

  // tests/docs-code-blocks.test.ts type-checks and runs the walk-through itself; this test replays
  // it and checks that the results its comments state are the ones the machine gives.
  it('states the results of the walk-through of the guide as computed: a cohort from forming to alumni', () => {
    for (const comment of [
      "send({ type: 'kick-off', at: '2026-09-30' }); // ['wrong_kickoff_month', 'mentor_missing', 'faculty_missing']",
      "send({ type: 'advance', at: '2026-10-08' }); // phase-one",
      "send({ type: 'advance', at: '2027-06-01' }); // ['phase_not_finished']",
      "// [{ type: 'class-label-assigned', classLabel: 'Class of 2029' },",
      "s.state; // 'alumni'",
      'cohort.restore(cohort.persist(s)).ok; // true',
    ])
      expect(guide).toContain(comment);
    const start = cohortMachine.initialSnapshot({ cohortId: 'nlc-2026-10' });
    if (!start.ok) throw new Error('start');
    let s: Snapshot<CohortTypes> = start.value;
    const send = (event: CohortEvent): unknown => {
      const r = cohortMachine.transition(s, event);
      if (!r.ok) return r.reasons.map((x) => x.code);
      s = r.snapshot;
      return r.effects;
    };
    send({ type: 'enroll', communityId: 'riverbend-county', at: '2026-08-01' });
    send({ type: 'enroll', communityId: 'hill-county', at: '2026-08-03' });
    expect(send({ type: 'kick-off', at: '2026-09-30' })).toEqual([
      'wrong_kickoff_month',
      'mentor_missing',
      'faculty_missing',
    ]);
    send({
      type: 'assign-mentor',
      communityId: 'riverbend-county',
      mentorId: 'mentor-kim',
      at: '2026-09-01',
    });
    send({
      type: 'assign-mentor',
      communityId: 'hill-county',
      mentorId: 'mentor-ode',
      at: '2026-09-01',
    });
    send({ type: 'assign-faculty', facultyId: 'fac-lee', at: '2026-09-01' });
    send({ type: 'assign-coach', coachId: 'coach-baker', at: '2026-09-01' });
    expect(s.history).toHaveLength(6);
    expect(send({ type: 'kick-off', at: '2026-10-07' })).toEqual([
      { type: 'kicked-off', on: '2026-10-07', communityIds: ['riverbend-county', 'hill-county'] },
    ]);
    send({ type: 'advance', at: '2026-10-08' });
    expect(s.state).toBe('phase-one');
    send({ type: 'record-activity', kind: 'session', at: '2026-11-04' });
    expect(send({ type: 'advance', at: '2027-06-01' })).toEqual(['phase_not_finished']);
    send({ type: 'advance', at: '2027-10-08' });
    send({ type: 'advance', at: '2028-10-08' });
    expect(send({ type: 'advance', at: '2029-10-08' })).toEqual([
      { type: 'class-label-assigned', classLabel: 'Class of 2029' },
      {
        type: 'members-became-alumni',
        communityIds: ['riverbend-county', 'hill-county'],
        on: '2029-10-08',
      },
      { type: 'community-of-practice-eligible', communityIds: ['riverbend-county', 'hill-county'] },
    ]);
    expect(s.state).toBe('alumni');
    expect(cohortMachine.restore(cohortMachine.persist(s)).ok).toBe(true);
  });
});

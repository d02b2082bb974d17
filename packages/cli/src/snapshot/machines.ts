import {
  breakthroughMachine,
  cohortMachine,
  communityJourneyMachine,
  communityOfPracticeMachine,
  introCourseMachine,
  practiceSeasonMachine,
  specialSessionMachine,
  type Machine,
  type MachineTypes,
} from '@community-excellence/cohorts';

/** A program machine of any type, as the CLI handles it (snapshots and events as plain JSON). */
export type AnyMachine = Machine<MachineTypes>;

const widen = <T extends MachineTypes>(machine: Machine<T>): AnyMachine =>
  machine as unknown as AnyMachine;

/**
 * The program machines of `@community-excellence/cohorts` whose snapshots the CLI reads, in a
 * stable order. A snapshot names its machine in `machine` (the definition id).
 *
 * @example
 * ```ts
 * PROGRAM_MACHINES.map((m) => m.definition.id);
 * // ['nlc-cohort', 'nlc-community', 'intro-course', 'special-session', 'community-of-practice', 'practice-season', 'breakthrough-series']
 * ```
 */
export const PROGRAM_MACHINES: readonly AnyMachine[] = [
  widen(cohortMachine),
  widen(communityJourneyMachine),
  widen(introCourseMachine),
  widen(specialSessionMachine),
  widen(communityOfPracticeMachine),
  widen(practiceSeasonMachine),
  widen(breakthroughMachine),
];

/**
 * The program machine with this definition id, or `undefined`.
 *
 * @example
 * ```ts
 * machineById('nlc-cohort')?.definition.initial; // 'forming'
 * machineById('nope'); // undefined
 * ```
 */
export function machineById(id: unknown): AnyMachine | undefined {
  return PROGRAM_MACHINES.find((machine) => machine.definition.id === id);
}

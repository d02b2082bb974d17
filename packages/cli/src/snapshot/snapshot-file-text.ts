import type { MachineTypes, Snapshot } from '@community-excellence/cohorts';
import type { AnyMachine } from './machines.js';

/**
 * The text the CLI writes for a snapshot: the machine's own `persist()` output, indented by two
 * spaces and ending in a newline, so that a snapshot file is readable, diffs well and restores
 * with `machine.restore(text)` or `coe cohort <file>`.
 *
 * @example
 * ```ts
 * const machine = machineById(snapshot.machine)!;
 * writeFileSync('cohort.snapshot.json', snapshotFileText(machine, snapshot));
 * machine.restore(readFileSync('cohort.snapshot.json', 'utf8')).ok; // true
 * ```
 */
export function snapshotFileText(machine: AnyMachine, snapshot: Snapshot<MachineTypes>): string {
  return `${JSON.stringify(JSON.parse(machine.persist(snapshot)) as unknown, null, 2)}\n`;
}

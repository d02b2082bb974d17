import type { MachineTypes, Snapshot } from '@community-excellence/cohorts';
import { createIssue, validateDocument, type Issue } from '@community-excellence/schemas';
import { readJsonFile } from '../files/read-json-file.js';
import { inFile } from '../scorecard/read-document-file.js';
import { replayCohortDocument } from '@community-excellence/cohorts';
import { cliIssueCodes } from '../issue-codes.js';
import { machineById, PROGRAM_MACHINES, type AnyMachine } from './machines.js';

/**
 * A snapshot read by {@link readSnapshotFile}: the machine, the snapshot, where it came from (a
 * persisted snapshot, or a cohort document replayed in the cohort machine) and a label for people;
 * or an I/O error (exit code 2), or the issues that make the file unusable (exit code 1).
 */
export type SnapshotFileResult =
  | {
      readonly ok: true;
      readonly machine: AnyMachine;
      readonly snapshot: Snapshot<MachineTypes>;
      readonly source: 'snapshot' | 'cohort-document';
      readonly label: string;
    }
  | { readonly ok: false; readonly reason: 'io'; readonly message: string }
  | { readonly ok: false; readonly reason: 'invalid'; readonly issues: readonly Issue[] };

/** `<machine> <id>` from the context's first string field named `...Id` (`nlc-cohort coe-nlc-2025-10`), else `<machine> snapshot`. */
const snapshotLabel = (machineId: string, context: unknown): string => {
  const entries = typeof context === 'object' && context !== null ? Object.entries(context) : [];
  const id = entries.find(
    ([key, value]) => key.endsWith('Id') && typeof value === 'string',
  )?.[1] as string | undefined;
  return id === undefined ? `${machineId} snapshot` : `${machineId} ${id}`;
};

const invalid = (file: string, issues: readonly Issue[]): SnapshotFileResult => ({
  ok: false,
  reason: 'invalid',
  issues: issues.map((issue) => inFile(issue, file)),
});

/**
 * Reads a machine snapshot from a file: the JSON that a machine's `persist()` writes
 * (`{ formatVersion, machine, state, enteredFrom, context, history, lastEventAt }`), restored and
 * validated completely by the machine its `machine` field names (one of {@link PROGRAM_MACHINES}).
 * A `cohort` document is also accepted: it is validated and replayed in the cohort machine (the
 * same replay as the demo), which gives its current snapshot. Never throws.
 *
 * @example
 * ```ts
 * const read = readSnapshotFile('examples/riverbend/cohort.json');
 * if (read.ok) read.snapshot.state; // 'phase-one'
 * ```
 */
export function readSnapshotFile(file: string): SnapshotFileResult {
  const read = readJsonFile(file);
  if (!read.ok)
    return read.reason === 'io' ? read : { ok: false, reason: 'invalid', issues: [read.issue] };
  const value = read.value;
  const record =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;

  if (record !== undefined && typeof record['kind'] === 'string') {
    const result = validateDocument(value);
    if (!result.ok) return invalid(file, result.issues);
    if (result.value.kind !== 'cohort') {
      return invalid(file, [
        createIssue({
          code: 'unknown_kind',
          path: ['kind'],
          found: result.value.kind,
          expected: ['cohort'],
          message: `Expected a machine snapshot or a cohort document, found a ${result.value.kind} document.`,
        }),
      ]);
    }
    const cohort = result.value;
    const replay = replayCohortDocument(cohort);
    if (!replay.ok) {
      if (replay.stage === 'start') return invalid(file, replay.issues);
      return invalid(file, [
        cliIssueCodes.create({
          code: 'cohort_replay_refused',
          path: [],
          event: replay.event.type,
          at: replay.event.at ?? null,
          reasons: replay.reasons,
        }),
      ]);
    }
    return {
      ok: true,
      machine: machineById('nlc-cohort') as AnyMachine,
      snapshot: replay.snapshot as unknown as Snapshot<MachineTypes>,
      source: 'cohort-document',
      label: cohort.name,
    };
  }

  const machine = machineById(record?.['machine']);
  if (machine === undefined) {
    const ids = PROGRAM_MACHINES.map((m) => m.definition.id);
    const found =
      record === undefined
        ? 'not a JSON object'
        : `machine ${JSON.stringify(record['machine'] ?? null)}`;
    return invalid(file, [
      createIssue({
        code: 'invalid_value',
        path: record === undefined ? [] : ['machine'],
        expected: ids,
        message: `Expected a machine snapshot of one of ${ids.join(', ')} (or a cohort document); found ${found}.`,
      }),
    ]);
  }
  const restored = machine.restore(value);
  if (!restored.ok) return invalid(file, restored.issues);
  return {
    ok: true,
    machine,
    snapshot: restored.value,
    source: 'snapshot',
    label: snapshotLabel(machine.definition.id, restored.value.context),
  };
}

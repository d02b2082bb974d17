import {
  createIssue,
  type Issue,
  checkShape,
  isTimestamp,
  shape,
} from '@community-excellence/schemas/data';
import { createCohortsIssue } from '../issue-codes.js';
import type { HistoryEntry, MachineDefinition, MachineTypes, Snapshot } from './types.js';
import { errorIssue } from './error-issue.js';

/**
 * The snapshot format versions this library reads.
 *
 * @example
 * ```ts
 * SUPPORTED_SNAPSHOT_VERSIONS; // [1]
 * ```
 */
export const SUPPORTED_SNAPSHOT_VERSIONS: readonly number[] = [1];

const typeName = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

function checkVersionAndMachine(
  definition: MachineDefinition<MachineTypes>,
  value: unknown,
): Issue[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [
      createIssue({
        code: 'invalid_type',
        path: [],
        expected: 'object',
        received: typeName(value),
      }),
    ];
  }
  const record = value as Record<string, unknown>;
  const version = record['formatVersion'];
  if (typeof version !== 'number') {
    return [
      createIssue({
        code: 'invalid_type',
        path: ['formatVersion'],
        expected: 'number',
        received: typeName(version),
      }),
    ];
  }
  if (!SUPPORTED_SNAPSHOT_VERSIONS.includes(version)) {
    return [
      createIssue({
        code: 'unsupported_format_version',
        path: ['formatVersion'],
        kind: 'machine-snapshot',
        found: version,
        supported: SUPPORTED_SNAPSHOT_VERSIONS,
      }),
    ];
  }
  if (record['machine'] !== definition.id) {
    return [
      createIssue({
        code: 'invalid_value',
        path: ['machine'],
        expected: [definition.id],
        message: `Snapshot belongs to machine ${JSON.stringify(record['machine'])}, not ${JSON.stringify(definition.id)}.`,
      }),
    ];
  }
  return [];
}

/**
 * The cheap checks run on every transition: an object of a supported format version, for this
 * machine, in a known state, with a context object, a history array and a valid `lastEventAt`.
 *
 * Never throws: a definition of another shape gives an `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * quickCheckSnapshot(cohortMachine.definition, { formatVersion: 2 });
 * // [{ code: 'unsupported_format_version', ... }]
 * ```
 */
export function quickCheckSnapshot<T extends MachineTypes>(
  definition: MachineDefinition<T>,
  value: unknown,
): Issue[] {
  try {
    return quickCheckSnapshotUnchecked(
      definition as unknown as MachineDefinition<MachineTypes>,
      value,
    );
  } catch (error) {
    const issue = errorIssue(error);
    return [issue];
  }
}

function quickCheckSnapshotUnchecked(
  definition: MachineDefinition<MachineTypes>,
  value: unknown,
): Issue[] {
  const head = checkVersionAndMachine(definition, value);
  if (head.length > 0) return head;
  const record = value as Record<string, unknown>;
  const issues: Issue[] = [];
  const states = Object.keys(definition.states);
  if (typeof record['state'] !== 'string' || !Object.hasOwn(definition.states, record['state'])) {
    issues.push(createIssue({ code: 'invalid_value', path: ['state'], expected: states }));
  }
  const enteredFrom = record['enteredFrom'];
  if (
    enteredFrom !== null &&
    (typeof enteredFrom !== 'string' || !Object.hasOwn(definition.states, enteredFrom))
  ) {
    issues.push(
      createIssue({ code: 'invalid_value', path: ['enteredFrom'], expected: [...states, null] }),
    );
  }
  const context = record['context'];
  if (typeof context !== 'object' || context === null) {
    issues.push(
      createIssue({
        code: 'invalid_type',
        path: ['context'],
        expected: 'object',
        received: typeName(context),
      }),
    );
  }
  if (!Array.isArray(record['history'])) {
    issues.push(
      createIssue({
        code: 'invalid_type',
        path: ['history'],
        expected: 'array',
        received: typeName(record['history']),
      }),
    );
  }
  const last = record['lastEventAt'];
  if (last !== null && !isTimestamp(last)) {
    issues.push(
      createIssue({
        code: 'invalid_format',
        path: ['lastEventAt'],
        format: 'ISO date or date-time, or null',
      }),
    );
  }
  return issues;
}

/**
 * Validates a snapshot completely: structure (strict, no unknown keys), states and events known
 * to the definition, the context's shape and meaning, a continuous history in calendar order that
 * ends in the current state. Returns the library's structured issues; never throws.
 *
 * Never throws: a definition of another shape gives an `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * checkSnapshot(cohortMachine.definition, JSON.parse(text)); // [] when valid
 * ```
 */
export function checkSnapshot<T extends MachineTypes>(
  definition: MachineDefinition<T>,
  value: unknown,
): Issue[] {
  try {
    return checkSnapshotUnchecked(definition, value);
  } catch (error) {
    const issue = errorIssue(error);
    return [issue];
  }
}

function checkSnapshotUnchecked<T extends MachineTypes>(
  definition: MachineDefinition<T>,
  value: unknown,
): Issue[] {
  const def = definition as unknown as MachineDefinition<MachineTypes>;
  const head = checkVersionAndMachine(def, value);
  if (head.length > 0) return head;
  const states = Object.keys(definition.states);
  const events = Object.keys(definition.events);
  const entryShape = shape.object(
    {
      seq: 'integer',
      event: shape.enum(events),
      at: 'timestamp',
      actor: 'string',
      from: shape.enum(states),
      to: shape.enum(states),
      payload: shape.record('unknown'),
      patches: shape.array('unknown'),
    },
    ['actor', 'patches'],
  );
  const snapshotShape = shape.object({
    formatVersion: 'integer',
    machine: 'string',
    state: shape.enum(states),
    enteredFrom: shape.nullable(shape.enum(states)),
    context: definition.context,
    history: shape.array(entryShape),
    lastEventAt: shape.nullable('timestamp'),
  });
  const issues = checkShape(value, snapshotShape);
  if (issues.length > 0) return issues;
  const snapshot = value as Snapshot<T>;
  let previousAt: string | null = null;
  snapshot.history.forEach((entry, i) => {
    if (entry.seq !== i + 1) {
      issues.push(
        createCohortsIssue({
          code: 'history_seq_mismatch',
          path: ['history', i, 'seq'],
          index: i,
          seq: entry.seq,
        }),
      );
    }
    if (previousAt !== null && Date.parse(entry.at) < Date.parse(previousAt)) {
      issues.push(
        createIssue({
          code: 'out_of_order',
          path: ['history', i, 'at'],
          value: entry.at,
          previous: previousAt,
          previousPath: ['history', i - 1, 'at'],
        }),
      );
    }
    const before = i === 0 ? definition.initial : snapshot.history[i - 1]?.to;
    if (entry.from !== before) {
      issues.push(
        createCohortsIssue({
          code: 'history_state_discontinuous',
          path: ['history', i, 'from'],
          index: i,
          from: entry.from,
          expected: String(before),
        }),
      );
    }
    previousAt = entry.at;
  });
  const lastEntry = snapshot.history.at(-1);
  const expectedState = lastEntry?.to ?? definition.initial;
  if (snapshot.state !== expectedState) {
    issues.push(
      createIssue({
        code: 'invalid_value',
        path: ['state'],
        expected: [expectedState],
        message: `State "${snapshot.state}" differs from where the history ends ("${expectedState}").`,
      }),
    );
  }
  let lastMove: HistoryEntry<T['state']> | undefined;
  for (const entry of snapshot.history) if (entry.from !== entry.to) lastMove = entry;
  if ((lastMove?.from ?? null) !== snapshot.enteredFrom) {
    issues.push(
      createIssue({
        code: 'invalid_value',
        path: ['enteredFrom'],
        expected: [lastMove?.from ?? null],
        message: 'enteredFrom differs from the state the history last moved from.',
      }),
    );
  }
  if ((lastEntry?.at ?? null) !== snapshot.lastEventAt) {
    issues.push(
      createIssue({
        code: 'invalid_value',
        path: ['lastEventAt'],
        expected: [lastEntry?.at ?? null],
        message: 'lastEventAt differs from the time of the last history entry.',
      }),
    );
  }
  if (issues.length === 0 && definition.checkContext !== undefined) {
    try {
      issues.push(
        ...definition
          .checkContext(snapshot.context)
          .map((issue) => ({ ...issue, path: ['context', ...issue.path] })),
      );
    } catch (error) {
      issues.push(
        createCohortsIssue({
          code: 'context_check_failed',
          path: ['context'],
          error: String(error),
        }),
      );
    }
  }
  return issues;
}

import { resolve } from 'node:path';
import {
  fixedClock,
  type EffectBase,
  type HistoryEntry,
  type MachineTypes,
  type Snapshot,
} from '@community-excellence/cohorts';
import type { CliIo } from '../cli-io.js';
import { ExitCode } from '../exit-codes.js';
import { writeOutputs } from '../files/write-outputs.js';
import { reportInvalid, type DataFormat } from '../scorecard/issue-output.js';
import { parseEvent } from '../snapshot/parse-event.js';
import { readSnapshotFile } from '../snapshot/read-snapshot-file.js';
import { snapshotFileText } from '../snapshot/snapshot-file-text.js';
import { dateOptionProblem } from './calendar-date.js';
import {
  snapshotStatusMarkdown,
  snapshotStatusText,
  type SnapshotStatus,
} from '../snapshot/snapshot-status.js';

/** Options of the `cohort` command. */
export interface CohortOptions {
  readonly format: DataFormat;
  /** The event to apply: a JSON object with `type`, or a bare event type. */
  readonly event?: string;
  /** The time for an event without `at` and for judging the allowed events (ISO date or date-time). */
  readonly at?: string;
  /** Where to write the snapshot; default the input file (with `--event`, and only with `--force`). */
  readonly out?: string;
  readonly force?: boolean;
}

const fail = (io: CliIo, message: string): ExitCode => {
  io.stderr(`community-excellence cohort: ${message}\n`);
  return ExitCode.UsageOrIo;
};

/**
 * The `cohort` command: reads a machine snapshot (a machine's `persist()` output) or a cohort
 * document (replayed in the cohort machine), prints the state and the events that may be sent
 * now and, with `--event`, applies one event (a pure transition; an event without `at` takes
 * `--at`, else the current time from `now`) and writes the new snapshot atomically: to `--out`,
 * or back to the input snapshot file, never over an existing file without `--force`. `--out`
 * without `--event` writes the current snapshot (for example to turn a cohort document into a
 * snapshot file). Exit code 0 when done, 1 on an invalid file or a refused event, 2 on usage or
 * I/O errors (missing file, malformed `--event` or `--at`, refusing to overwrite).
 *
 * @example
 * ```ts
 * const code = await runCohort(processIo(), 'cohort.snapshot.json', { format: 'text', event: 'advance', at: '2026-10-14', out: 'next.json' });
 * ```
 */
export async function runCohort(
  io: CliIo,
  file: string,
  options: CohortOptions,
  now: () => string = () => new Date().toISOString(),
): Promise<ExitCode> {
  const badAt =
    options.at === undefined
      ? undefined
      : dateOptionProblem('--at', options.at, { dateTime: true });
  if (badAt !== undefined) return fail(io, badAt);
  const parsedEvent = options.event === undefined ? undefined : parseEvent(options.event);
  if (parsedEvent !== undefined && !parsedEvent.ok)
    return fail(io, `--event: ${parsedEvent.message}`);

  const read = readSnapshotFile(file);
  if (!read.ok) {
    if (read.reason === 'io') return fail(io, read.message);
    reportInvalid(io, 'cohort', options.format, read.issues);
    return ExitCode.InvalidData;
  }
  const { machine } = read;
  const target = options.out ?? (parsedEvent === undefined ? undefined : file);
  if (
    target !== undefined &&
    read.source === 'cohort-document' &&
    resolve(target) === resolve(file)
  ) {
    return fail(
      io,
      `${file} is a cohort document; write the snapshot to another file with --out <file>`,
    );
  }

  let snapshot: Snapshot<MachineTypes> = read.snapshot;
  let transition: { entry: HistoryEntry; effects: readonly EffectBase[] } | null = null;
  if (parsedEvent?.ok === true) {
    const result = machine.transition(snapshot, parsedEvent.event, {
      clock: fixedClock(options.at ?? now()),
    });
    if (!result.ok) {
      if (options.format === 'json') io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      else {
        io.stderr(
          `community-excellence cohort: event ${parsedEvent.event.type} refused in state ${snapshot.state}:\n`,
        );
        for (const reason of result.reasons) io.stderr(`  ${reason.code}: ${reason.message}\n`);
      }
      return ExitCode.InvalidData;
    }
    snapshot = result.snapshot;
    transition = { entry: result.entry, effects: result.effects };
  }

  let written: string | null = null;
  if (target !== undefined) {
    const outcome = writeOutputs([{ path: target, text: snapshotFileText(machine, snapshot) }], {
      force: options.force === true,
    });
    if (!outcome.ok) {
      if (outcome.reason === 'exists')
        return fail(
          io,
          `${target} exists; nothing was written (use --force to overwrite${options.out === undefined ? ', or --out <file>' : ''})`,
        );
      return fail(io, `cannot write ${outcome.path}: ${outcome.message}`);
    }
    written = target;
    io.stderr(`community-excellence cohort: wrote ${target}\n`);
  }

  const asOf = options.at ?? snapshot.lastEventAt;
  const status: SnapshotStatus = {
    ok: true,
    label: read.label,
    source: read.source,
    asOf,
    snapshot,
    transition,
    allowedEvents: machine.allowedEvents(
      snapshot,
      options.at === undefined ? {} : { at: options.at },
    ),
    written,
  };
  if (options.format === 'json') io.stdout(`${JSON.stringify(status, null, 2)}\n`);
  else
    io.stdout(
      options.format === 'markdown' ? snapshotStatusMarkdown(status) : snapshotStatusText(status),
    );
  return ExitCode.Ok;
}

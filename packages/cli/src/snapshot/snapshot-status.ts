import type {
  AllowedEvent,
  EffectBase,
  HistoryEntry,
  MachineTypes,
  Snapshot,
} from '@community-excellence/cohorts';
import { escapeTableCell, markdownTable } from '../scorecard/markdown-table.js';
import { allowedEventLines, snapshotHeadline } from './allowed-event-lines.js';

/**
 * What the `cohort` command reports (its JSON output): the snapshot after the run, the event
 * applied (its history entry and effects) or `null`, every event of the machine with whether it
 * may be sent now (judged at `asOf`), and the file the snapshot was written to, if any.
 * `snapshot`, `allowedEvents`, `entry` and `effects` are the cohorts package's own objects.
 */
export interface SnapshotStatus {
  readonly ok: true;
  readonly label: string;
  readonly source: 'snapshot' | 'cohort-document';
  /** The time the allowed events were judged at: `--at`, else the last event's time. */
  readonly asOf: string | null;
  readonly snapshot: Snapshot<MachineTypes>;
  readonly transition: {
    readonly entry: HistoryEntry;
    readonly effects: readonly EffectBase[];
  } | null;
  readonly allowedEvents: readonly AllowedEvent<MachineTypes>[];
  readonly written: string | null;
}

/**
 * A snapshot status as text: the headline, the machine and the state it was entered from, the
 * event applied with its effects, and the events that may be sent now. Ends with a newline.
 *
 * @example
 * ```ts
 * process.stdout.write(snapshotStatusText(status));
 * // NLC October 2025 cohort: state phase-one after 24 recorded events (as of 2026-04-14)
 * //   machine nlc-cohort, entered from kickoff
 * // Events now:
 * //   enroll             not yet: ...
 * ```
 */
export function snapshotStatusText(status: SnapshotStatus): string {
  const { snapshot } = status;
  const lines = [snapshotHeadline(status.label, snapshot, status.asOf ?? '-')];
  lines.push(
    `  machine ${snapshot.machine}, ${snapshot.enteredFrom === null ? 'initial state' : `entered from ${snapshot.enteredFrom}`}`,
  );
  if (status.transition !== null) {
    const { entry, effects } = status.transition;
    lines.push(`Applied ${entry.event} at ${entry.at}: ${entry.from} -> ${entry.to}`);
    for (const effect of effects) lines.push(`  effect ${JSON.stringify(effect)}`);
  }
  lines.push('Events now:');
  lines.push(...allowedEventLines(status.allowedEvents).map((line) => `  ${line}`));
  return `${lines.join('\n')}\n`;
}

/**
 * A snapshot status as a Markdown document: where the machine stands, the event applied and
 * its effects, and a table of the events that may be sent now (with the reasons for the others).
 *
 * @example
 * ```ts
 * writeFileSync('cohort-status.md', snapshotStatusMarkdown(status));
 * ```
 */
export function snapshotStatusMarkdown(status: SnapshotStatus): string {
  const { snapshot } = status;
  const out: string[] = [`# ${escapeTableCell(status.label)}`, ''];
  out.push(
    markdownTable(
      ['', ''],
      [
        ['Machine', snapshot.machine],
        [
          'State',
          `${snapshot.state}${snapshot.enteredFrom === null ? '' : ` (entered from ${snapshot.enteredFrom})`}`,
        ],
        ['History', `${snapshot.history.length} events, last at ${snapshot.lastEventAt ?? '-'}`],
        [
          'Read from',
          status.source === 'snapshot' ? 'a persisted snapshot' : 'a cohort document, replayed',
        ],
        ['As of', status.asOf ?? '-'],
      ],
    ),
    '',
  );
  if (status.transition !== null) {
    const { entry, effects } = status.transition;
    out.push('## Event applied', '');
    out.push(
      markdownTable(
        ['event', 'at', 'from', 'to', 'actor'],
        [[entry.event, entry.at, entry.from, entry.to, entry.actor ?? '-']],
      ),
      '',
    );
    for (const effect of effects)
      out.push(`- effect \`${JSON.stringify(effect).replace(/`/g, "'")}\``);
    if (effects.length > 0) out.push('');
  }
  out.push('## Events now', '');
  out.push(
    markdownTable(
      ['event', 'allowed', 'leads to', 'why not'],
      status.allowedEvents.map((e) => [
        e.type,
        e.allowed ? (e.needsInput ? 'yes (needs details)' : 'yes') : 'no',
        e.targets.join(', '),
        e.reasons.map((r) => r.message).join('; '),
      ]),
    ),
    '',
  );
  return `${out.join('\n').trimEnd()}\n`;
}

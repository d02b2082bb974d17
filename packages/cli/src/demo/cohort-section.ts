import { cohortMachine } from '@community-excellence/cohorts';
import type { Cohort } from '@community-excellence/schemas';
import { allowedEventLines, snapshotHeadline } from '../snapshot/allowed-event-lines.js';
import { replayCohortDocument } from '@community-excellence/cohorts';

/** What the demo found when replaying the example cohort in the cohort state machine. */
export interface CohortSection {
  readonly lines: readonly string[];
  readonly ok: boolean;
}

/**
 * Replays the example cohort document in the cohort machine and prints its current state and the
 * events a staff dashboard could offer next, as of the last date the document records (the same
 * replay and text as the `cohort` command).
 *
 * @example
 * ```ts
 * cohortSection(cohort).lines[0]; // '  National Learning Collaborative, October 2025 cohort: state phase-one after 24 recorded events (as of 2026-04-14)'
 * ```
 */
export function cohortSection(cohort: Cohort): CohortSection {
  const replay = replayCohortDocument(cohort);
  if (!replay.ok) {
    if (replay.stage === 'start')
      return {
        lines: replay.issues.map((issue) => `  ${issue.code}: ${issue.message}`),
        ok: false,
      };
    return {
      lines: [
        `  ${replay.event.type} at ${replay.event.at ?? '?'} refused: ${replay.reasons.map((r) => r.message).join('; ')}`,
      ],
      ok: false,
    };
  }
  const { snapshot, asOf } = replay;
  const lines = [`  ${snapshotHeadline(cohort.name, snapshot, asOf)}`];
  lines.push(
    ...allowedEventLines(cohortMachine.allowedEvents(snapshot, { at: asOf })).map(
      (line) => `    ${line}`,
    ),
  );
  return { lines, ok: true };
}

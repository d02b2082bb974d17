import type { AllowedEvent, MachineTypes } from '@community-excellence/cohorts';

/**
 * A machine's events as text lines, one per event: its type, then `allowed`,
 * `allowed (needs details)` when the event needs fields of its own, or `not yet:` with the
 * reasons. Types are padded to one column (at least 18 characters).
 *
 * @example
 * ```ts
 * allowedEventLines(cohortMachine.allowedEvents(snapshot));
 * // ['enroll             not yet: Event "enroll" is not possible in state "phase-one"; it applies in forming.', ...]
 * ```
 */
export function allowedEventLines<T extends MachineTypes>(
  events: readonly AllowedEvent<T>[],
): string[] {
  const width = Math.max(18, ...events.map((e) => e.type.length));
  return events.map((option) => {
    const why = option.allowed
      ? option.needsInput
        ? 'allowed (needs details)'
        : 'allowed'
      : `not yet: ${option.reasons.map((r) => r.message).join('; ')}`;
    return `${option.type.padEnd(width)} ${why}`;
  });
}

/**
 * One line saying where a machine stands: `<label>: state <state> after <n> recorded events (as of <date>)`.
 *
 * @example
 * ```ts
 * snapshotHeadline('NLC October 2025 cohort', snapshot, '2026-04-14');
 * // 'NLC October 2025 cohort: state phase-one after 24 recorded events (as of 2026-04-14)'
 * ```
 */
export function snapshotHeadline(
  label: string,
  snapshot: { readonly state: string; readonly history: readonly unknown[] },
  asOf: string,
): string {
  return `${label}: state ${snapshot.state} after ${snapshot.history.length} recorded events (as of ${asOf})`;
}

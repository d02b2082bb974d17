import { cohortMachine, type CohortEvent } from '@community-excellence/cohorts';
import type { Cohort } from '@community-excellence/schemas';

/** What the demo found when replaying the example cohort in the cohort state machine. */
export interface CohortSection {
  readonly lines: readonly string[];
  readonly ok: boolean;
}

/** The events a cohort document records, in date order (enrollments, assignments, kickoff, sessions). */
export function cohortEvents(cohort: Cohort): CohortEvent[] {
  const before = (date: string | undefined): string => date ?? cohort.kickoffOn ?? '1970-01-01';
  const events: CohortEvent[] = [];
  for (const enrollment of cohort.communities) {
    if (enrollment.status === 'withdrawn') continue;
    const at = before(enrollment.joinedOn);
    events.push({ type: 'enroll', communityId: enrollment.communityId, at });
    for (const mentorId of enrollment.mentorIds ?? []) events.push({ type: 'assign-mentor', communityId: enrollment.communityId, mentorId, at });
  }
  const staffAt = before(cohort.kickoffOn);
  for (const person of cohort.faculty ?? []) events.push({ type: 'assign-faculty', facultyId: person.id, at: staffAt });
  for (const person of cohort.coaches ?? []) events.push({ type: 'assign-coach', coachId: person.id, at: staffAt });
  if (cohort.kickoffOn !== undefined) events.push({ type: 'kick-off', at: cohort.kickoffOn }, { type: 'advance', at: cohort.kickoffOn });
  for (const session of cohort.sessions ?? []) {
    if (session.kind !== 'kickoff') events.push({ type: 'record-activity', kind: 'session', at: session.date });
  }
  return events.sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
}

/**
 * Replays the example cohort document in the cohort machine and prints its current state and the
 * events a staff dashboard could offer next, as of the last date the document records.
 */
export function cohortSection(cohort: Cohort): CohortSection {
  const start = cohortMachine.initialSnapshot({ cohortId: cohort.id });
  if (!start.ok) return { lines: start.issues.map((issue) => `  ${issue.code}: ${issue.message}`), ok: false };
  let snapshot = start.value;
  const events = cohortEvents(cohort);
  for (const event of events) {
    const result = cohortMachine.transition(snapshot, event);
    if (!result.ok) {
      return { lines: [`  ${event.type} at ${event.at ?? '?'} refused: ${result.reasons.map((r) => r.message).join('; ')}`], ok: false };
    }
    snapshot = result.snapshot;
  }
  const asOf = events.at(-1)?.at ?? cohort.kickoffOn ?? '';
  const lines = [`  ${cohort.name}: state ${snapshot.state} after ${snapshot.history.length} recorded events (as of ${asOf})`];
  for (const option of cohortMachine.allowedEvents(snapshot, { at: asOf })) {
    const why = option.allowed ? (option.needsInput ? 'allowed (needs details)' : 'allowed') : `not yet: ${option.reasons.map((r) => r.message).join('; ')}`;
    lines.push(`    ${option.type.padEnd(18)} ${why}`);
  }
  return { lines, ok: true };
}

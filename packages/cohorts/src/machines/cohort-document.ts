import {
  checkShape,
  shape,
  type Cohort,
  type Issue,
  type Shape,
} from '@community-excellence/schemas/data';
import type { Refusal, Snapshot } from '../core/types.js';
import { cohortMachine, type CohortEvent, type CohortTypes } from './cohort.js';

/** The parts of a cohort document that the replay reads; the rest is left to `validateCohort`. */
const REPLAYED: Shape = shape.looseObject(
  {
    id: 'string',
    program: 'string',
    capacity: 'number',
    kickoffOn: 'string',
    communities: shape.array(
      shape.looseObject(
        {
          communityId: 'string',
          status: 'string',
          joinedOn: 'string',
          mentorIds: shape.array('string'),
        },
        ['status', 'joinedOn', 'mentorIds'],
      ),
    ),
    faculty: shape.array(shape.looseObject({ id: 'string' })),
    coaches: shape.array(shape.looseObject({ id: 'string' })),
    sessions: shape.array(shape.looseObject({ kind: 'string', date: 'string' }, ['kind'])),
  },
  ['capacity', 'kickoffOn', 'faculty', 'coaches', 'sessions'],
);

/**
 * The events a `cohort` document (from `@community-excellence/schemas`) records, for the
 * {@link cohortMachine}, in date order: enrollments (with their mentors), faculty
 * and coaches, the kickoff (and the move into phase one), and every session after the kickoff
 * as recorded activity. Withdrawn communities are left out. Never throws: a document whose read
 * fields have other types (a session `date` that is not a string...) gives no events;
 * {@link replayCohortDocument} reports why.
 *
 * @example
 * ```ts
 * cohortDocumentEvents(cohort)[0]; // { type: 'enroll', communityId: 'riverbend', at: '2025-10-14' }
 * ```
 */
export function cohortDocumentEvents(cohort: Cohort): CohortEvent[] {
  if (checkShape(cohort, REPLAYED).length > 0) return [];
  const before = (date: string | undefined): string => date ?? cohort.kickoffOn ?? '1970-01-01';
  const events: CohortEvent[] = [];
  for (const enrollment of cohort.communities) {
    if (enrollment.status === 'withdrawn') continue;
    const at = before(enrollment.joinedOn);
    events.push({ type: 'enroll', communityId: enrollment.communityId, at });
    for (const mentorId of enrollment.mentorIds ?? [])
      events.push({ type: 'assign-mentor', communityId: enrollment.communityId, mentorId, at });
  }
  const staffAt = before(cohort.kickoffOn);
  for (const person of cohort.faculty ?? [])
    events.push({ type: 'assign-faculty', facultyId: person.id, at: staffAt });
  for (const person of cohort.coaches ?? [])
    events.push({ type: 'assign-coach', coachId: person.id, at: staffAt });
  if (cohort.kickoffOn !== undefined)
    events.push(
      { type: 'kick-off', at: cohort.kickoffOn },
      { type: 'advance', at: cohort.kickoffOn },
    );
  for (const session of cohort.sessions ?? []) {
    if (session.kind !== 'kickoff')
      events.push({ type: 'record-activity', kind: 'session', at: session.date });
  }
  return events.sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
}

/**
 * What replaying a cohort document gave: the cohort machine's snapshot and the date of the last
 * event (`asOf`), or why it could not start (`issues`) or which event was refused (`reasons`).
 */
export type CohortDocumentReplay =
  | {
      readonly ok: true;
      readonly snapshot: Snapshot<CohortTypes>;
      readonly asOf: string;
      readonly events: readonly CohortEvent[];
    }
  | { readonly ok: false; readonly stage: 'start'; readonly issues: readonly Issue[] }
  | {
      readonly ok: false;
      readonly stage: 'event';
      readonly event: CohortEvent;
      readonly reasons: readonly Refusal<CohortTypes>[];
    };

/**
 * Replays a cohort document ({@link cohortDocumentEvents}) in the cohort machine, from its first
 * snapshot (with the document's id, program and capacity). Pure: every event carries its own date.
 * Never throws: a document whose read fields have other types (it was not validated with
 * `validateCohort`) stops at stage `start` with the shape issues.
 *
 * @example
 * ```ts
 * const replay = replayCohortDocument(cohort);
 * if (replay.ok) replay.snapshot.state; // 'phase-one'
 * ```
 */
export function replayCohortDocument(cohort: Cohort): CohortDocumentReplay {
  const shapeIssues = checkShape(cohort, REPLAYED);
  if (shapeIssues.length > 0) return { ok: false, stage: 'start', issues: shapeIssues };
  const start = cohortMachine.initialSnapshot({
    cohortId: cohort.id,
    program: cohort.program,
    ...(cohort.capacity === undefined ? {} : { capacity: cohort.capacity }),
  });
  if (!start.ok) return { ok: false, stage: 'start', issues: start.issues };
  let snapshot = start.value;
  const events = cohortDocumentEvents(cohort);
  for (const event of events) {
    const result = cohortMachine.transition(snapshot, event);
    if (!result.ok) return { ok: false, stage: 'event', event, reasons: result.reasons };
    snapshot = result.snapshot;
  }
  return { ok: true, snapshot, asOf: events.at(-1)?.at ?? cohort.kickoffOn ?? '', events };
}

import { checkReference, idEntries, indexIds } from '../community/id-index.js';
import { createIssue, type Issue } from '../issue.js';
import { validateWithSchema } from '../validate-with-schema.js';
import type { ValidationResult } from '../validation-result.js';
import { CohortSchema, DEFAULT_COHORT_CAPACITY, type Cohort } from './cohort.js';
import { errorIssue } from '../error-issue.js';

/**
 * The semantic checks of a structurally valid cohort:
 * - community ids are unique among enrollments, people ids unique within `faculty`,
 *   `coaches` and `mentors` each (the same person may appear in two lists under one id),
 *   session ids unique: `duplicate_id`;
 * - enrollments that are not withdrawn do not exceed `capacity` (default 6):
 *   `capacity_exceeded` at `['communities']`;
 * - `mentorIds` and session `facilitatorIds` name a person of the cohort: `unknown_reference`;
 * - a course session number is not above its count: `too_big`.
 *
 * Requires validated input (its type says so); a value of another shape is answered with an
 * `unexpected_shape` issue, never an exception.
 *
 * @example
 * ```ts
 * checkCohort(cohort); // [] when everything is consistent
 * ```
 */
export function checkCohort(cohort: Cohort): Issue[] {
  try {
    return checkCohortUnchecked(cohort);
  } catch (error) {
    const issue = errorIssue(error);
    return [issue];
  }
}

function checkCohortUnchecked(cohort: Cohort): Issue[] {
  const issues: Issue[] = [];
  indexIds(
    cohort.communities.map((enrollment, index) => ({
      id: enrollment.communityId,
      path: ['communities', index, 'communityId'],
    })),
    issues,
  );
  const people = new Map<string, readonly (string | number)[]>();
  for (const list of ['faculty', 'coaches', 'mentors'] as const) {
    for (const [id, path] of indexIds(idEntries(cohort[list], [list]), issues))
      if (!people.has(id)) people.set(id, path);
  }
  indexIds(
    (cohort.sessions ?? []).flatMap((session, index) =>
      session.id === undefined ? [] : [{ id: session.id, path: ['sessions', index, 'id'] }],
    ),
    issues,
  );

  const limit = cohort.capacity ?? DEFAULT_COHORT_CAPACITY;
  const count = cohort.communities.filter((enrollment) => enrollment.status !== 'withdrawn').length;
  if (count > limit)
    issues.push(createIssue({ code: 'capacity_exceeded', path: ['communities'], limit, count }));

  cohort.communities.forEach((enrollment, index) => {
    enrollment.mentorIds?.forEach((id, at) =>
      checkReference(people, id, 'person', ['communities', index, 'mentorIds', at], issues),
    );
  });
  (cohort.sessions ?? []).forEach((session, index) => {
    session.facilitatorIds?.forEach((id, at) =>
      checkReference(people, id, 'person', ['sessions', index, 'facilitatorIds', at], issues),
    );
    const course = session.courseSession;
    if (course !== undefined && course.number > course.of) {
      issues.push(
        createIssue({
          code: 'too_big',
          path: ['sessions', index, 'courseSession', 'number'],
          maximum: course.of,
          origin: 'number',
          inclusive: true,
        }),
      );
    }
  });
  return issues;
}

/**
 * Validates unknown input as a cohort document: forbidden keys, format version, structure
 * ({@link CohortSchema}), then {@link checkCohort}. Never throws.
 *
 * @example
 * ```ts
 * const result = validateCohort(JSON.parse(text));
 * if (!result.ok) console.error(result.issues.map((issue) => issue.message));
 * ```
 */
export function validateCohort(input: unknown): ValidationResult<Cohort> {
  return validateWithSchema(CohortSchema, input, {
    kind: 'cohort',
    formatVersions: [1],
    check: checkCohort,
  });
}

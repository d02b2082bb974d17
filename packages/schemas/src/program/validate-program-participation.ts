import { checkNotBefore } from '../community/date-order.js';
import { checkReference, indexIds } from '../community/id-index.js';
import { createIssue, type Issue } from '../issue.js';
import { validateWithSchema } from '../validate-with-schema.js';
import type { ValidationResult } from '../validation-result.js';
import { ProgramParticipationSchema, type ProgramParticipation } from './program-participation.js';
import { NLC_READINESS } from './readiness-characteristics.js';
import { errorIssue } from '../error-issue.js';
import { optionsOf } from '../options-of.js';

/** Options for {@link validateProgramParticipation}. */
export interface ProgramParticipationOptions {
  /**
   * The readiness characteristics that `readinessChecklist[].characteristicId` may name.
   * Defaults to {@link NLC_READINESS} when `program` is `"coe-nlc"`; for other programs
   * the ids are not checked unless a catalogue is given here.
   */
  readonly readinessCharacteristics?: readonly { readonly id: string }[];
}

const continuityWarning = (index: number, expected: string, found: string | undefined): Issue =>
  createIssue({
    code: 'history_discontinuous',
    path: ['history', index, 'from'],
    severity: 'warning',
    expected,
    found: found ?? null,
  });

const checkCommitments = (doc: ProgramParticipation, issues: Issue[]): void => {
  const commitments = doc.commitments ?? [];
  indexIds(
    commitments.map((c, index) => ({ id: String(c.year), path: ['commitments', index, 'year'] })),
    issues,
  );
  commitments.forEach((c, index) =>
    checkNotBefore(
      c.endsOn,
      ['commitments', index, 'endsOn'],
      c.startsOn,
      ['commitments', index, 'startsOn'],
      issues,
    ),
  );
  // Sort by start and track the period that reaches furthest: any later start on or before
  // that end overlaps it. O(n log n).
  const order = commitments
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => c.endsOn >= c.startsOn)
    .sort((a, b) =>
      a.c.startsOn < b.c.startsOn ? -1 : a.c.startsOn > b.c.startsOn ? 1 : a.index - b.index,
    );
  let furthest: { end: string; index: number } | undefined;
  for (const { c, index } of order) {
    if (furthest !== undefined && c.startsOn <= furthest.end) {
      issues.push(
        createIssue({
          code: 'overlapping_periods',
          path: ['commitments', index],
          otherPath: ['commitments', furthest.index],
        }),
      );
    }
    if (furthest === undefined || c.endsOn > furthest.end) furthest = { end: c.endsOn, index };
  }
};

/**
 * The semantic checks of a structurally valid program participation:
 * - history dates never decrease: `out_of_order` at `['history', i, 'date']`;
 * - each entry's `from` equals the previous entry's `to`, and `stage` equals the last
 *   entry's `to`: `history_discontinuous` and `stage_differs_from_history` warnings;
 * - commitments end on or after they start (`out_of_order`), have distinct years
 *   (`duplicate_id`) and do not overlap (`overlapping_periods`);
 * - readiness characteristic ids are unique (`duplicate_id`) and known to the catalogue
 *   (`unknown_reference` warning).
 *
 * Requires validated input (its type says so); a value of another shape is answered with an
 * `unexpected_shape` issue, never an exception.
 *
 * @example
 * ```ts
 * checkProgramParticipation(participation); // [] when consistent
 * ```
 */
export function checkProgramParticipation(
  doc: ProgramParticipation,
  options: ProgramParticipationOptions = {},
): Issue[] {
  try {
    return checkProgramParticipationUnchecked(doc, options);
  } catch (error) {
    const issue = errorIssue(error);
    return [issue];
  }
}

function checkProgramParticipationUnchecked(
  doc: ProgramParticipation,
  options: ProgramParticipationOptions = {},
): Issue[] {
  const issues: Issue[] = [];
  const checklist = doc.readinessChecklist ?? [];
  indexIds(
    checklist.map((entry, index) => ({
      id: entry.characteristicId,
      path: ['readinessChecklist', index, 'characteristicId'],
    })),
    issues,
  );
  const catalogue =
    options.readinessCharacteristics ??
    (doc.program === NLC_READINESS.program ? NLC_READINESS.characteristics : undefined);
  if (catalogue !== undefined) {
    const known = new Map(catalogue.map((c) => [c.id, []] as const));
    checklist.forEach((entry, index) =>
      checkReference(
        known,
        entry.characteristicId,
        'readiness characteristic',
        ['readinessChecklist', index, 'characteristicId'],
        issues,
        'warning',
      ),
    );
  }

  const history = doc.history ?? [];
  history.forEach((entry, index) => {
    const previous = history[index - 1];
    if (previous === undefined) return;
    checkNotBefore(
      entry.date,
      ['history', index, 'date'],
      previous.date,
      ['history', index - 1, 'date'],
      issues,
    );
    if (entry.from !== previous.to) issues.push(continuityWarning(index, previous.to, entry.from));
  });
  const last = history[history.length - 1];
  if (last !== undefined && last.to !== doc.stage) {
    issues.push(
      createIssue({
        code: 'stage_differs_from_history',
        path: ['stage'],
        severity: 'warning',
        stage: doc.stage,
        lastTo: last.to,
      }),
    );
  }
  checkCommitments(doc, issues);
  return issues;
}

/**
 * Validates unknown input as a program-participation document: forbidden keys, format
 * version, structure ({@link ProgramParticipationSchema}), then
 * {@link checkProgramParticipation}. Never throws.
 *
 * @example
 * ```ts
 * const result = validateProgramParticipation(input, { readinessCharacteristics: myProgram.characteristics });
 * ```
 */
export function validateProgramParticipation(
  input: unknown,
  options: ProgramParticipationOptions = {},
): ValidationResult<ProgramParticipation> {
  options = optionsOf(options);
  return validateWithSchema(ProgramParticipationSchema, input, {
    kind: 'program-participation',
    formatVersions: [1],
    check: (doc) => checkProgramParticipation(doc, options),
  });
}

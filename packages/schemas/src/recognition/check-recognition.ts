import { checkNotBefore } from '../community/date-order.js';
import { indexIds } from '../community/id-index.js';
import { errorIssue } from '../error-issue.js';
import { createIssue, type Issue, type IssueSeverity, type PathSegment } from '../issue.js';
import {
  levelApplicationVerdict,
  type LevelStanding,
  type RecognitionLevel,
} from './level-application.js';
import type { Recognition, RecognitionApplication } from './recognition.js';

/** Options of {@link checkRecognition}. */
export interface RecognitionCheckOptions {
  /**
   * The recognition levels: the scopes of the document's framework. Without them the scope ids
   * and the level prerequisites are not checked (the framework is unknown).
   */
  readonly levels?: readonly RecognitionLevel[];
}

const DECIDED = new Set(['recognised', 'not-recognised', 'withdrawn']);
const STEPS = [
  'appliedOn',
  'reviewStartedOn',
  'feedbackOn',
  'conversationOn',
  'decidedOn',
] as const;

/** The date an application stops being open (`''` when it is decided without a date: unknown). */
const openUntil = (application: RecognitionApplication): string | undefined =>
  DECIDED.has(application.status) ? (application.decidedOn ?? '') : undefined;

/**
 * The semantic checks of a structurally valid recognition document:
 * - application ids are unique (`duplicate_id`);
 * - each application's dates follow the journey (applied, review started, feedback, conversation,
 *   decided): `out_of_order`; a decided application has `decidedOn` (`decision_date_missing`);
 * - with `options.levels`: each scope id is a level (`unknown_reference`), and each application
 *   passes the level rule `levelApplicationVerdict` on its application date: the level it requires
 *   was recognised on or before that date (`level_prerequisite_missing`, at the application), it was
 *   not recognised before (`level_already_recognised`) and no earlier application for it was still
 *   open (`level_in_progress`). A recognition without a decision date counts from no date.
 *
 * Requires validated input (its type says so); a value of another shape is answered with an
 * `unexpected_shape` issue, never an exception.
 *
 * @example
 * ```ts
 * import { coeCommunity2024 } from '@community-excellence/schemas/data';
 * declare const recognition: Recognition;
 * checkRecognition(recognition, { levels: coeCommunity2024.scopes ?? [] }); // [] when consistent
 * ```
 */
export function checkRecognition(doc: Recognition, options: RecognitionCheckOptions = {}): Issue[] {
  try {
    return checkRecognitionUnchecked(doc, options);
  } catch (error) {
    return [errorIssue(error)];
  }
}

function checkRecognitionUnchecked(doc: Recognition, options: RecognitionCheckOptions): Issue[] {
  const issues: Issue[] = [];
  const applications = doc.applications;
  indexIds(
    applications.map((a, index) => ({ id: a.id, path: ['applications', index, 'id'] })),
    issues,
  );
  applications.forEach((application, index) => {
    const at = (field: string): PathSegment[] => ['applications', index, field];
    let previous: { value: string; field: string } | undefined;
    for (const field of STEPS) {
      const value = application[field];
      if (value === undefined) continue;
      if (previous !== undefined)
        checkNotBefore(value, at(field), previous.value, at(previous.field), issues);
      if (previous === undefined || value >= previous.value) previous = { value, field };
    }
    if (DECIDED.has(application.status) && application.decidedOn === undefined)
      issues.push(
        createIssue({
          code: 'decision_date_missing',
          path: at('decidedOn'),
          status: application.status,
        }),
      );
  });
  if (options.levels !== undefined) checkLevels(applications, options.levels, issues);
  return issues;
}

/**
 * The level checks of {@link checkRecognition} alone (unknown level, level rule), for a document
 * already checked without its framework's levels: `validateDocumentSet` runs them once it knows
 * the framework. Never throws: a value of another shape gives an `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * import { coeCommunity2024 } from '@community-excellence/schemas/data';
 * declare const recognition: Recognition;
 * checkRecognitionLevels(recognition, coeCommunity2024.scopes ?? []); // [] when every level's prerequisite was recognised in time
 * ```
 */
export function checkRecognitionLevels(
  doc: Recognition,
  levels: readonly RecognitionLevel[],
): Issue[] {
  try {
    const issues: Issue[] = [];
    checkLevels(doc.applications, levels, issues);
    return issues;
  } catch (error) {
    return [errorIssue(error)];
  }
}

/** The recognitions of each level with the application's index. */
function recognitionsByLevel(
  applications: readonly RecognitionApplication[],
): Map<string, { on: string; index: number }[]> {
  const byLevel = new Map<string, { on: string; index: number }[]>();
  applications.forEach((a, index) => {
    if (a.status !== 'recognised' || a.decidedOn === undefined) return;
    const list = byLevel.get(a.scopeId) ?? [];
    list.push({ on: a.decidedOn, index });
    byLevel.set(a.scopeId, list);
  });
  return byLevel;
}

/** For each application: whether an earlier application for the same level was open on its date. */
function openBefore(applications: readonly RecognitionApplication[]): boolean[] {
  const open = applications.map(() => false);
  const byLevel = new Map<string, number[]>();
  applications.forEach((a, index) => {
    const list = byLevel.get(a.scopeId) ?? [];
    list.push(index);
    byLevel.set(a.scopeId, list);
  });
  for (const indices of byLevel.values()) {
    indices.sort((x, y) => {
      const a = applications[x]?.appliedOn ?? '';
      const b = applications[y]?.appliedOn ?? '';
      return a < b ? -1 : a > b ? 1 : x - y;
    });
    // The latest date until which an earlier application stayed open ('\uffff' = still open).
    let furthest = '';
    for (const index of indices) {
      const application = applications[index];
      if (application === undefined) continue;
      if (furthest > application.appliedOn) open[index] = true;
      const until = openUntil(application) ?? '\uffff';
      if (until > furthest) furthest = until;
    }
  }
  return open;
}

function checkLevels(
  applications: readonly RecognitionApplication[],
  levels: readonly RecognitionLevel[],
  issues: Issue[],
): void {
  const recognised = recognitionsByLevel(applications);
  const open = openBefore(applications);
  /** True when level `scopeId` was recognised on or before `date` by an application other than `self`. */
  const recognisedBy = (scopeId: string, date: string, self: number): boolean =>
    (recognised.get(scopeId) ?? []).some((r) => r.index !== self && r.on <= date);
  applications.forEach((application, index) => {
    const { scopeId, appliedOn } = application;
    const level = levels.find((l) => l.id === scopeId);
    const standings: LevelStanding[] = [];
    if (recognisedBy(scopeId, appliedOn, index))
      standings.push({ scopeId, standing: 'recognised' });
    if (open[index] === true) standings.push({ scopeId, standing: 'in-progress' });
    const requires = level?.requires;
    if (requires !== undefined && recognisedBy(requires, appliedOn, index))
      standings.push({ scopeId: requires, standing: 'recognised' });
    const verdict = levelApplicationVerdict(scopeId, levels, standings);
    if (verdict.ok) return;
    const path: PathSegment[] = ['applications', index];
    switch (verdict.problem) {
      case 'unknown_level':
        issues.push(
          createIssue({
            code: 'unknown_reference',
            path: [...path, 'scopeId'],
            target: 'recognition level',
            id: scopeId,
          }),
        );
        return;
      case 'already_recognised':
        issues.push(createIssue({ code: 'level_already_recognised', path, scopeId }));
        return;
      case 'already_in_progress':
        issues.push(createIssue({ code: 'level_in_progress', path, scopeId }));
        return;
      case 'prerequisite_missing':
        issues.push(
          createIssue({
            code: 'level_prerequisite_missing',
            path,
            scopeId,
            requires: verdict.requires,
            requiresName: verdict.requiresName,
          }),
        );
        return;
    }
  });
}

/** What {@link checkRecognitionAssessments} reads of an assessment: its scope. */
export interface RecognitionAssessmentScope {
  readonly scope?: { readonly type: string; readonly scopeId?: string } | undefined;
}

/**
 * The references of a recognition document to the assessments that back its reviews: each
 * `assessmentId` names a known assessment (`unknown_reference`, at `missingSeverity`, default
 * `warning`), and that assessment's scope is the level applied for (`assessment_scope_mismatch`,
 * error; an assessment without a named scope, or with a list of codes, does not match). An id
 * mapped to `null` is known but not checked (a document that failed validation: its own issues
 * say why). `validateDocumentSet` runs it with the set's assessments.
 *
 * Never throws: a value of another shape gives an `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * declare const recognition: Recognition;
 * declare const assessment: { id: string; scope?: { type: 'scope'; scopeId: string } };
 * checkRecognitionAssessments(recognition, new Map([[assessment.id, assessment]])); // [] when consistent
 * ```
 */
export function checkRecognitionAssessments(
  doc: Recognition,
  assessments: ReadonlyMap<string, RecognitionAssessmentScope | null>,
  missingSeverity: IssueSeverity = 'warning',
): Issue[] {
  try {
    const issues: Issue[] = [];
    doc.applications.forEach((application, index) => {
      const assessmentId = application.assessmentId;
      if (assessmentId === undefined) return;
      const path = ['applications', index, 'assessmentId'];
      if (!assessments.has(assessmentId)) {
        issues.push(
          createIssue({
            code: 'unknown_reference',
            path,
            target: 'assessment',
            id: assessmentId,
            severity: missingSeverity,
          }),
        );
        return;
      }
      const assessment = assessments.get(assessmentId);
      if (assessment === undefined || assessment === null) return;
      const scope = assessment.scope;
      const assessmentScopeId = scope?.type === 'scope' ? (scope.scopeId ?? null) : null;
      if (assessmentScopeId !== application.scopeId)
        issues.push(
          createIssue({
            code: 'assessment_scope_mismatch',
            path,
            assessmentId,
            scopeId: application.scopeId,
            assessmentScopeId,
          }),
        );
    });
    return issues;
  } catch (error) {
    return [errorIssue(error)];
  }
}

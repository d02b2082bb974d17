import { checkActionPlanReferences } from './action-plan/check-action-plan-references.js';
import { checkAssessmentAgainstFramework } from './assessment/check-against-framework.js';
import type { CommunityExcellenceDocument, DocumentKind, DocumentOf } from './document-kinds.js';
import { BUILT_IN_FRAMEWORKS } from './built-in-frameworks.js';
import { baldrigeScoringGuidelines } from './framework/baldrige-scoring-guidelines.js';
import type { Framework } from './framework/framework.js';
import type { ScoringGuidelines } from './framework/scoring-guidelines.js';
import { createIssue, prefixIssuePath, type Issue, type PathSegment } from './issue.js';
import type { Indicator } from './outcome/indicator.js';
import {
  checkRecognitionAssessments,
  checkRecognitionLevels,
} from './recognition/check-recognition.js';
import { validateDocument } from './validate-document.js';
import { walkInput } from './input-walk.js';
import { optionsOf } from './options-of.js';
import type { ValidationResult } from './validation-result.js';

/** Options of {@link validateDocumentSet}. */
export interface ValidateDocumentSetOptions {
  /** Frameworks besides the built-in ones and the framework documents in the set. */
  readonly frameworks?: readonly Framework[];
  /** Scoring guidelines by id; the Baldrige 2023-2024 guidelines are always known. */
  readonly guidelines?: readonly ScoringGuidelines[];
  /** Severity of a reference to a community, cohort or other document missing from the set (default `warning`). */
  readonly missingReferenceSeverity?: 'error' | 'warning';
}

/** One document's outcome inside a {@link DocumentSetResult}. */
export interface DocumentSetEntry {
  /** Position of the document in the input list; issue paths start with it. */
  readonly index: number;
  readonly result: ValidationResult<CommunityExcellenceDocument>;
}

/** The result of {@link validateDocumentSet}. */
export interface DocumentSetResult {
  /** True when no document and no cross-document check produced an error. */
  readonly ok: boolean;
  readonly documents: readonly DocumentSetEntry[];
  /** Every issue, each path prefixed with the document's index in the input list. */
  readonly issues: readonly Issue[];
}

const byKind = <K extends DocumentKind>(
  docs: readonly { index: number; doc: CommunityExcellenceDocument }[],
  kind: K,
): { index: number; doc: DocumentOf<K> }[] =>
  docs.filter((entry) => entry.doc.kind === kind) as { index: number; doc: DocumentOf<K> }[];

/**
 * Validates several documents together: each on its own (as {@link validateDocument}), then
 * the references between them: ids unique per kind, an assessment's framework (built-in, given
 * in `options.frameworks`, or a framework document in the set) with every item and percent
 * checked against it, observation sets resolved against the set's indicator sets, and the
 * communities, cohorts and indicators that assessments, cohorts, participation records and
 * partnership evidence name; a recognition record's levels against its framework's scopes and the
 * assessment behind each application (its scope is the level applied for); and the findings,
 * indicators, targets and framework items that action plans serve. Issue paths start
 * with the document's index. Never throws: a value that is not an array gives one `invalid_type`
 * issue, and each document is read as
 * {@link validateDocument} reads it (`too_deep`, `unreadable_value`, `circular_value`).
 *
 * @example
 * ```ts
 * import { validateDocumentSet } from '@community-excellence/schemas';
 *
 * const result = validateDocumentSet([community, assessment, indicators, observations]);
 * for (const issue of result.issues) console.log(issue.path.join('.'), issue.code);
 * ```
 */
export function validateDocumentSet(
  inputs: readonly unknown[],
  options: ValidateDocumentSetOptions = {},
): DocumentSetResult {
  const unsafe = walkInput(inputs, { maxDepth: 1 }).filter((issue) => issue.code !== 'too_deep');
  if (unsafe.length > 0) return { ok: false, documents: [], issues: unsafe };
  if (!Array.isArray(inputs)) {
    const issue = createIssue({
      code: 'invalid_type',
      expected: 'array',
      received: inputs === null ? 'null' : typeof inputs,
    });
    return { ok: false, documents: [], issues: [issue] };
  }
  return validateSet(inputs, optionsOf(options));
}

function validateSet(
  inputs: readonly unknown[],
  options: ValidateDocumentSetOptions,
): DocumentSetResult {
  const missingSeverity = options.missingReferenceSeverity ?? 'warning';
  // First pass: indicator sets, so that observation sets can resolve indicators across documents.
  // Framework checks of assessments run below, against every framework the set knows.
  const first = inputs.map((input, index) => ({
    index,
    result: validateDocument(input, { frameworks: [], builtIns: false }),
  }));
  // A document that could not be read (a throwing getter, a cycle, too deep) is not read again.
  const unreadable = new Set(['unreadable_value', 'circular_value', 'too_deep']);
  const readable = inputs.map((input, index) =>
    first[index]?.result.issues.some((issue) => unreadable.has(issue.code)) === true
      ? undefined
      : input,
  );
  const valid = first.flatMap(({ index, result }) =>
    result.ok ? [{ index, doc: result.value }] : [],
  );
  const indicators: Indicator[] = byKind(valid, 'indicator-set').flatMap(({ doc }) => [
    ...doc.indicators,
  ]);
  const documents: DocumentSetEntry[] = first.map((entry) =>
    isObservationSet(readable[entry.index])
      ? {
          index: entry.index,
          result: validateDocument(readable[entry.index], {
            indicators,
            frameworks: [],
            builtIns: false,
          }),
        }
      : entry,
  );
  const issues: Issue[] = documents.flatMap(({ index, result }) =>
    result.issues.map((issue) => prefixIssuePath(issue, [index])),
  );
  const docs = documents.flatMap(({ index, result }) =>
    result.ok ? [{ index, doc: result.value }] : [],
  );

  // Ids are unique per kind.
  const seen = new Map<string, number>();
  for (const { index, doc } of docs) {
    const key = `${doc.kind}\u0000${doc.id}`;
    const firstIndex = seen.get(key);
    if (firstIndex === undefined) seen.set(key, index);
    else
      issues.push(
        createIssue({
          code: 'duplicate_id',
          path: [index, 'id'],
          id: doc.id,
          firstPath: [firstIndex, 'id'],
        }),
      );
  }

  const frameworks = new Map<string, Framework>();
  for (const framework of [
    ...BUILT_IN_FRAMEWORKS,
    ...(options.frameworks ?? []),
    ...byKind(docs, 'framework').map((e) => e.doc),
  ]) {
    frameworks.set(framework.id, framework);
  }
  const guidelines = new Map<string, ScoringGuidelines>();
  for (const g of [
    baldrigeScoringGuidelines,
    ...(options.guidelines ?? []),
    ...byKind(docs, 'scoring-guidelines').map((e) => e.doc),
  ]) {
    guidelines.set(g.id, g);
  }
  // Ids of documents that failed validation still count as present, so that one broken document
  // does not make every document that refers to it report a missing reference as well.
  const communities = declaredIds(readable, 'community');
  const cohorts = declaredIds(readable, 'cohort');
  const reference = (
    index: number,
    path: readonly PathSegment[],
    target: string,
    id: string,
    known: Set<string>,
  ): void => {
    if (!known.has(id))
      issues.push(
        createIssue({
          code: 'unknown_reference',
          path: [index, ...path],
          target,
          id,
          severity: missingSeverity,
        }),
      );
  };

  for (const { index, doc } of byKind(docs, 'assessment')) {
    reference(index, ['communityId'], 'community', doc.communityId, communities);
    const framework = frameworks.get(doc.framework.id);
    if (framework === undefined) {
      issues.push(
        createIssue({
          code: 'unknown_reference',
          path: [index, 'framework', 'id'],
          target: 'framework',
          id: doc.framework.id,
        }),
      );
      continue;
    }
    const guidelineId = doc.guidelinesId ?? baldrigeScoringGuidelines.id;
    const chosen = guidelines.get(guidelineId);
    if (chosen === undefined) {
      issues.push(
        createIssue({
          code: 'unknown_reference',
          path: [index, 'guidelinesId'],
          target: 'scoring guidelines',
          id: guidelineId,
        }),
      );
    }
    for (const issue of checkAssessmentAgainstFramework(doc, framework, chosen))
      issues.push(prefixIssuePath(issue, [index]));
  }
  for (const { index, doc } of byKind(docs, 'cohort')) {
    doc.communities.forEach((enrollment, position) => {
      reference(
        index,
        ['communities', position, 'communityId'],
        'community',
        enrollment.communityId,
        communities,
      );
    });
  }
  for (const { index, doc } of byKind(docs, 'program-participation')) {
    reference(index, ['communityId'], 'community', doc.communityId, communities);
    if (doc.cohortId !== undefined) reference(index, ['cohortId'], 'cohort', doc.cohortId, cohorts);
  }
  // Indicators a partnership may name: those of the indicator sets and those observation sets
  // define for their own rows.
  const indicatorIds = new Set(indicators.map((indicator) => indicator.id));
  for (const { doc } of byKind(docs, 'observation-set'))
    for (const indicator of doc.indicators ?? []) indicatorIds.add(indicator.id);
  for (const { index, doc } of byKind(docs, 'partnership-evidence')) {
    if (doc.communityId !== undefined)
      reference(index, ['communityId'], 'community', doc.communityId, communities);
    (doc.outcomes ?? []).forEach((outcome, position) => {
      for (const field of ['coreIndicatorIds', 'contributingIndicatorIds'] as const) {
        (outcome[field] ?? []).forEach((id, at) => {
          reference(index, ['outcomes', position, field, at], 'indicator', id, indicatorIds);
        });
      }
    });
  }

  // Assessments that failed validation count as present (their own issues say why), unchecked.
  const assessments = new Map<string, DocumentOf<'assessment'> | null>(
    [...declaredIds(readable, 'assessment')].map((id) => [id, null]),
  );
  for (const { doc } of byKind(docs, 'assessment')) assessments.set(doc.id, doc);
  for (const { index, doc } of byKind(docs, 'recognition')) {
    reference(index, ['communityId'], 'community', doc.communityId, communities);
    const framework = frameworks.get(doc.frameworkId);
    if (framework === undefined)
      issues.push(
        createIssue({
          code: 'unknown_reference',
          path: [index, 'frameworkId'],
          target: 'framework',
          id: doc.frameworkId,
        }),
      );
    else
      for (const issue of checkRecognitionLevels(doc, framework.scopes ?? []))
        issues.push(prefixIssuePath(issue, [index]));
    for (const issue of checkRecognitionAssessments(doc, assessments, missingSeverity))
      issues.push(prefixIssuePath(issue, [index]));
  }
  const indicatorSets = byKind(docs, 'indicator-set').length > 0;
  for (const { index, doc } of byKind(docs, 'action-plan')) {
    reference(index, ['communityId'], 'community', doc.communityId, communities);
    const context = {
      assessments: byKind(docs, 'assessment').map((entry) => entry.doc),
      assessmentIds: declaredIds(readable, 'assessment'),
      ...(indicatorSets ? { indicators } : {}),
      outcomeTargets: byKind(docs, 'partnership-evidence').flatMap(({ doc: evidence }) =>
        (evidence.outcomes ?? []).flatMap((outcome) => outcome.targets ?? []),
      ),
      frameworks,
      missingReferenceSeverity: missingSeverity,
    };
    for (const issue of checkActionPlanReferences(doc, context))
      issues.push(prefixIssuePath(issue, [index]));
  }

  return { ok: !issues.some((issue) => issue.severity === 'error'), documents, issues };
}

function declaredIds(inputs: readonly unknown[], kind: DocumentKind): Set<string> {
  const ids = new Set<string>();
  for (const input of inputs) {
    if (typeof input !== 'object' || input === null) continue;
    const { kind: found, id } = input as { kind?: unknown; id?: unknown };
    if (found === kind && typeof id === 'string') ids.add(id);
  }
  return ids;
}

function isObservationSet(input: unknown): boolean {
  return (
    typeof input === 'object' &&
    input !== null &&
    (input as { kind?: unknown }).kind === 'observation-set'
  );
}

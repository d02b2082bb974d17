import { createIssue, type Issue, type PathSegment } from '../issue.js';
import type { Framework } from '../framework/framework.js';
import { listFrameworkCodes } from '../framework/framework-codes.js';
import { findItem, itemsInScope, listScoredItems } from '../framework/find-item.js';
import type { FrameworkItem } from '../framework/framework-parts.js';
import type { ScoringGuidelines } from '../framework/scoring-guidelines.js';
import type { Assessment } from './assessment.js';
import { errorIssue } from '../error-issue.js';

interface ResolvedScope {
  readonly label: string;
  readonly items: readonly FrameworkItem[];
}

function resolveScope(
  assessment: Assessment,
  framework: Framework,
  known: ReadonlySet<string>,
  out: Issue[],
): ResolvedScope {
  const scope = assessment.scope;
  if (scope === undefined) return { label: 'all items', items: listScoredItems(framework) };
  if (scope.type === 'scope') {
    const found = framework.scopes?.find((s) => s.id === scope.scopeId);
    if (found === undefined) {
      out.push(
        createIssue({
          code: 'unknown_reference',
          path: ['scope', 'scopeId'],
          target: 'scope',
          id: scope.scopeId,
        }),
      );
      return { label: scope.scopeId, items: listScoredItems(framework) };
    }
    return { label: found.id, items: itemsInScope(framework, found.codes) };
  }
  scope.codes.forEach((code, k) => {
    if (!known.has(code))
      out.push(
        createIssue({
          code: 'unknown_reference',
          path: ['scope', 'codes', k],
          target: 'framework code',
          id: code,
        }),
      );
  });
  return { label: 'listed codes', items: itemsInScope(framework, scope.codes) };
}

/**
 * Checks an assessment against the framework it names (and, optionally, scoring
 * guidelines). Reports: a different framework id or edition (`framework_mismatch`); an
 * unknown scope id or scope code (`unknown_reference`); items the framework does not define
 * (`unknown_item`); Profile codes scored as items (`profile_scored`); a results item with
 * ADLI notes or a process item with LeTCI notes (`wrong_evaluation_factors`); items outside
 * the scope (`item_out_of_scope`, warning); reviews that leave in-scope items unevaluated
 * (`incomplete_review`, warning); range ids the guidelines do not define
 * (`unknown_reference`). Run it after {@link validateAssessment}; it never throws.
 *
 * Never throws: an assessment or framework of another shape (never validated) is answered with an
 * `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * const issues = checkAssessmentAgainstFramework(assessment, coeCommunity2024, baldrigeScoringGuidelines);
 * ```
 */
export function checkAssessmentAgainstFramework(
  assessment: Assessment,
  framework: Framework,
  guidelines?: ScoringGuidelines,
): Issue[] {
  try {
    return checkAssessmentAgainstFrameworkUnchecked(assessment, framework, guidelines);
  } catch (error) {
    const issue = errorIssue(error);
    return [issue];
  }
}

function checkAssessmentAgainstFrameworkUnchecked(
  assessment: Assessment,
  framework: Framework,
  guidelines?: ScoringGuidelines,
): Issue[] {
  const out: Issue[] = [];
  if (assessment.framework.id !== framework.id) {
    out.push(
      createIssue({
        code: 'framework_mismatch',
        path: ['framework', 'id'],
        expected: framework.id,
        found: assessment.framework.id,
      }),
    );
  }
  const edition = assessment.framework.edition;
  if (edition !== undefined && edition !== framework.edition) {
    out.push(
      createIssue({
        code: 'framework_mismatch',
        path: ['framework', 'edition'],
        expected: framework.edition,
        found: edition,
      }),
    );
  }
  const entries = listFrameworkCodes(framework);
  const known = new Set(entries.map((e) => e.code));
  const profileCodes = new Set(
    entries
      .filter(
        (e) => e.type === 'profile-section' || (e.type !== 'category' && e.item === undefined),
      )
      .map((e) => e.code),
  );
  const scope = resolveScope(assessment, framework, known, out);
  const inScope = new Set(scope.items.map((i) => i.code));
  const rangeIds =
    guidelines === undefined ? undefined : new Set(guidelines.ranges.map((r) => r.id));

  const checkEntry = (
    code: string,
    range: string | undefined,
    factors: 'ADLI' | 'LeTCI' | undefined,
    path: readonly PathSegment[],
  ): void => {
    if (profileCodes.has(code)) {
      out.push(createIssue({ code: 'profile_scored', path: [...path, 'item'], item: code }));
      return;
    }
    const item = findItem(framework, code);
    if (item === undefined) {
      out.push(
        createIssue({
          code: 'unknown_item',
          path: [...path, 'item'],
          item: code,
          framework: framework.id,
        }),
      );
      return;
    }
    const expected = item.kind === 'process' ? 'ADLI' : 'LeTCI';
    if (factors !== undefined && factors !== expected) {
      out.push(
        createIssue({
          code: 'wrong_evaluation_factors',
          path: [...path, 'factors'],
          item: code,
          itemKind: item.kind,
          factors,
        }),
      );
    }
    if (!inScope.has(code)) {
      out.push(
        createIssue({
          code: 'item_out_of_scope',
          severity: 'warning',
          path: [...path, 'item'],
          item: code,
          scope: scope.label,
        }),
      );
    }
    if (rangeIds !== undefined && range !== undefined && !rangeIds.has(range)) {
      out.push(
        createIssue({
          code: 'unknown_reference',
          path: [...path, 'range'],
          target: 'scoring range',
          id: range,
        }),
      );
    }
  };

  assessment.reviews.forEach((review, r) => {
    review.items.forEach((evaluation, k) =>
      checkEntry(evaluation.item, evaluation.range, evaluation.factors, ['reviews', r, 'items', k]),
    );
    const evaluated = new Set(review.items.map((e) => e.item));
    const missing = scope.items.map((i) => i.code).filter((code) => !evaluated.has(code));
    if (missing.length > 0) {
      out.push(
        createIssue({
          code: 'incomplete_review',
          severity: 'warning',
          path: ['reviews', r, 'items'],
          reviewer: review.reviewerId,
          missing,
        }),
      );
    }
  });
  assessment.consensus?.items.forEach((entry, k) =>
    checkEntry(entry.item, entry.range, undefined, ['consensus', 'items', k]),
  );
  return out;
}

import { createIssue, type Issue, type PathSegment } from '../issue.js';
import type { Framework } from '../framework/framework.js';
import { listFrameworkCodes } from '../framework/framework-codes.js';
import { findItem } from '../framework/find-item.js';
import { parseRangeId } from '../framework/parse-range-id.js';
import type { ScoringGuidelines } from '../framework/scoring-guidelines.js';
import type { Assessment } from './assessment.js';
import type { AssessmentVerdicts, EntryVerdict } from './entry-verdict.js';
import type { ResolvedAssessmentScope } from './resolve-assessment-scope.js';
import { checkScore } from './score-checks.js';

/*
 * The ONE implementation of the assessment rules. Each rule lives here once, with one severity:
 * - structure-independent internal rules (no framework needed): `internalRules`;
 * - rules that need the framework (items, kinds, scope, ranges) and the verdict per entry:
 *   `frameworkRules`.
 * `checkAssessment`, `checkAssessmentAgainstFramework` and `runAssessmentCheck` are views of it.
 */

/** Codes that start like a Community Profile code (used when no framework is at hand). */
const PROFILE_LIKE = /^P\.\d/;

/**
 * Whether a code names the Community Profile when checked without a framework (`P.1`, `P.2a`).
 *
 * @example
 * ```ts
 * looksLikeProfileCode('P.1a'); // true
 * ```
 */
export const looksLikeProfileCode = (code: string): boolean => PROFILE_LIKE.test(code);

function firstPaths(
  entries: readonly { key: string; path: readonly PathSegment[] }[],
  out: Issue[],
): void {
  const seen = new Map<string, readonly PathSegment[]>();
  for (const { key, path } of entries) {
    const firstPath = seen.get(key);
    if (firstPath === undefined) seen.set(key, path);
    else out.push(createIssue({ code: 'duplicate_id', path, id: key, firstPath }));
  }
}

function checkKeyFactorRefs(
  refs: readonly string[] | undefined,
  known: ReadonlySet<string> | undefined,
  path: readonly PathSegment[],
  out: Issue[],
): void {
  if (known === undefined) return;
  refs?.forEach((id, k) => {
    if (!known.has(id))
      out.push(
        createIssue({ code: 'unknown_reference', path: [...path, k], target: 'key factor', id }),
      );
  });
}

interface Findings {
  readonly keyFactors?: readonly string[] | undefined;
  readonly strengths?:
    readonly { readonly keyFactors?: readonly string[] | undefined }[] | undefined;
  readonly opportunities?:
    readonly { readonly keyFactors?: readonly string[] | undefined }[] | undefined;
}

function checkFindings(
  findings: Findings,
  known: ReadonlySet<string> | undefined,
  path: readonly PathSegment[],
  out: Issue[],
): void {
  checkKeyFactorRefs(findings.keyFactors, known, [...path, 'keyFactors'], out);
  findings.strengths?.forEach((s, k) =>
    checkKeyFactorRefs(s.keyFactors, known, [...path, 'strengths', k, 'keyFactors'], out),
  );
  findings.opportunities?.forEach((o, k) =>
    checkKeyFactorRefs(o.keyFactors, known, [...path, 'opportunities', k, 'keyFactors'], out),
  );
}

/**
 * The rules that need no framework: cycle dates, unique ids, one review per reviewer, each
 * item once per review and consensus, references to reviewers, reviews and key factors, score
 * rules of scored entries (`checkScore`; `missing_score` is an error in submitted reviews and
 * the consensus, a warning in drafts; Profile entries are never asked for a score) and an info
 * for an empty assessment. Internal: `checkAssessment` and `runAssessmentCheck` call it.
 *
 * @example
 * ```ts
 * declare const assessment: Assessment;
 * const out: Issue[] = [];
 * internalRules(assessment, looksLikeProfileCode, out);
 * ```
 */
export function internalRules(
  assessment: Assessment,
  isProfile: (code: string) => boolean,
  out: Issue[],
): void {
  const { cycle } = assessment;
  if (cycle.endDate !== undefined && cycle.endDate < cycle.startDate) {
    out.push(
      createIssue({
        code: 'cycle_end_before_start',
        path: ['cycle', 'endDate'],
        start: cycle.startDate,
        end: cycle.endDate,
      }),
    );
  }
  firstPaths(
    assessment.reviewers.map((r, i) => ({ key: r.id, path: ['reviewers', i, 'id'] })),
    out,
  );
  firstPaths(
    (assessment.keyFactors ?? []).map((k, i) => ({ key: k.id, path: ['keyFactors', i, 'id'] })),
    out,
  );
  firstPaths(
    assessment.reviews.map((r, i) => ({ key: r.id, path: ['reviews', i, 'id'] })),
    out,
  );
  firstPaths(
    assessment.reviews.map((r, i) => ({ key: r.reviewerId, path: ['reviews', i, 'reviewerId'] })),
    out,
  );
  const reviewerIds = new Set(assessment.reviewers.map((r) => r.id));
  const keyFactors =
    assessment.keyFactors === undefined
      ? undefined
      : new Set(assessment.keyFactors.map((k) => k.id));

  assessment.reviews.forEach((review, r) => {
    if (!reviewerIds.has(review.reviewerId)) {
      out.push(
        createIssue({
          code: 'unknown_reference',
          path: ['reviews', r, 'reviewerId'],
          target: 'reviewer',
          id: review.reviewerId,
        }),
      );
    }
    firstPaths(
      review.items.map((e, k) => ({ key: e.item, path: ['reviews', r, 'items', k, 'item'] })),
      out,
    );
    review.items.forEach((evaluation, k) => {
      const path = ['reviews', r, 'items', k];
      if (!isProfile(evaluation.item))
        checkScore(evaluation, path, review.status === 'submitted' ? 'error' : 'warning', out);
      checkFindings(evaluation, keyFactors, path, out);
    });
  });

  const consensus = assessment.consensus;
  if (consensus !== undefined) {
    const basis = new Set([...reviewerIds, ...assessment.reviews.map((r) => r.id)]);
    if (consensus.teamLeaderId !== undefined && !reviewerIds.has(consensus.teamLeaderId)) {
      out.push(
        createIssue({
          code: 'unknown_reference',
          path: ['consensus', 'teamLeaderId'],
          target: 'reviewer',
          id: consensus.teamLeaderId,
        }),
      );
    }
    firstPaths(
      consensus.items.map((c, k) => ({ key: c.item, path: ['consensus', 'items', k, 'item'] })),
      out,
    );
    consensus.items.forEach((entry, k) => {
      const path = ['consensus', 'items', k];
      if (!isProfile(entry.item)) checkScore(entry, path, 'error', out);
      checkFindings(entry, keyFactors, path, out);
      entry.basedOn.forEach((id, b) => {
        if (!basis.has(id))
          out.push(
            createIssue({
              code: 'unknown_reference',
              path: [...path, 'basedOn', b],
              target: 'review or reviewer',
              id,
            }),
          );
      });
    });
  }

  if (
    assessment.reviews.length === 0 &&
    (consensus === undefined || consensus.items.length === 0)
  ) {
    out.push(
      createIssue({
        code: 'empty_assessment',
        severity: 'info',
        path: ['reviews'],
        assessment: assessment.id,
      }),
    );
  }
}

/**
 * The Profile section of each Profile code of a framework (P.1a -> P.1).
 *
 * @example
 * ```ts
 * declare const framework: Framework;
 * profileSectionsOf(framework).get('P.1a(2)'); // 'P.1'
 * ```
 */
export function profileSectionsOf(framework: Framework): ReadonlyMap<string, string> {
  const sectionOf = new Map<string, string>();
  for (const entry of listFrameworkCodes(framework)) {
    if (entry.type === 'profile-section') sectionOf.set(entry.code, entry.code);
    else if (entry.item === undefined && entry.type !== 'category' && entry.parent !== undefined)
      sectionOf.set(entry.code, sectionOf.get(entry.parent) ?? entry.parent);
  }
  return sectionOf;
}

/**
 * Whether the assessment's framework id names this framework: the same id, or a derived copy
 * of it (`pointsStatus: 'derived'` and id `<named id>-...`, such as the Baldrige-derived points
 * of COE), which scores the same items.
 */
function namesFramework(named: string, framework: Framework): boolean {
  return (
    named === framework.id ||
    (framework.pointsStatus === 'derived' && framework.id.startsWith(`${named}-`))
  );
}

interface Entry {
  readonly item: string;
  readonly range?: string | undefined;
  readonly percent?: number | undefined;
  readonly notApplicable?: boolean | undefined;
}

/**
 * The rules that need the framework, and the verdict on every entry: framework id and edition
 * (`framework_mismatch`; a derived copy of the named framework matches), the scope's own
 * issues (reported here, after the framework), unknown items
 * (`unknown_item`), Profile entries that carry a range or percent (`profile_scored`), notes of
 * the wrong kind (`wrong_evaluation_factors`), entries outside the scope (`item_out_of_scope`,
 * warning), range ids the guidelines do not define (`unknown_reference`), percents off the
 * guidelines' step when it is not 5 (`not_multiple_of`), reviews that leave in-scope items
 * unevaluated and panel reviewers without a review (`incomplete_review`, warning).
 * Internal: `checkAssessmentAgainstFramework` and `runAssessmentCheck` call it.
 *
 * @example
 * ```ts
 * declare const assessment: Assessment;
 * declare const framework: Framework;
 * declare const guidelines: ScoringGuidelines;
 * const out: Issue[] = [];
 * const scope = resolveAssessmentScope(framework, assessment.scope);
 * frameworkRules(assessment, framework, guidelines, guidelines, scope, out).consensus;
 * ```
 */
export function frameworkRules(
  assessment: Assessment,
  framework: Framework,
  guidelines: ScoringGuidelines | undefined,
  verdictGuidelines: ScoringGuidelines,
  scope: ResolvedAssessmentScope,
  out: Issue[],
): AssessmentVerdicts {
  if (!namesFramework(assessment.framework.id, framework)) {
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
  out.push(...scope.issues);
  const sectionOf = profileSectionsOf(framework);
  const nonItemCodes = new Set(
    listFrameworkCodes(framework)
      .filter((e) => e.type !== 'category' && e.item === undefined)
      .map((e) => e.code),
  );
  const inScope = new Set(scope.items.map((i) => i.item.code));
  const profileInScope = new Set(scope.profileSections);
  const rangeIds =
    guidelines === undefined ? undefined : new Set(guidelines.ranges.map((r) => r.id));
  const rangeIndex = new Map<string, number>();
  verdictGuidelines.ranges.forEach((range, index) => {
    if (!rangeIndex.has(range.id)) rangeIndex.set(range.id, index);
  });
  const step = verdictGuidelines.step > 0 ? verdictGuidelines.step : 5;

  const judge = (
    entry: Entry,
    factors: string | undefined,
    seen: Set<string>,
    path: readonly PathSegment[],
  ): EntryVerdict => {
    const code = entry.item;
    const first = !seen.has(code);
    seen.add(code);
    const section = sectionOf.get(code);
    if (section !== undefined || nonItemCodes.has(code)) {
      if (entry.range !== undefined || entry.percent !== undefined)
        out.push(createIssue({ code: 'profile_scored', path: [...path, 'item'], item: code }));
      if (factors !== undefined && factors !== 'profile')
        out.push(
          createIssue({
            code: 'wrong_evaluation_factors',
            path: [...path, 'factors'],
            item: code,
            itemKind: 'profile',
            factors,
          }),
        );
      if (!first) return { kind: 'duplicate', item: code };
      if (section === undefined || !profileInScope.has(section)) {
        out.push(
          createIssue({
            code: 'item_out_of_scope',
            severity: 'warning',
            path: [...path, 'item'],
            item: code,
            scope: scope.label,
          }),
        );
        return { kind: 'out-of-scope', item: code };
      }
      return { kind: 'profile', item: code, section };
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
      return { kind: 'unknown-item', item: code };
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
    const { range, percent } = entry;
    let rangeKnown = true;
    if (rangeIds !== undefined && range !== undefined && !rangeIds.has(range)) {
      rangeKnown = false;
      out.push(
        createIssue({
          code: 'unknown_reference',
          path: [...path, 'range'],
          target: 'scoring range',
          id: range,
        }),
      );
    }
    if (percent !== undefined && step !== 5 && percent % 5 === 0 && percent % step !== 0) {
      out.push(createIssue({ code: 'not_multiple_of', path: [...path, 'percent'], divisor: step }));
    }
    if (!first) return { kind: 'duplicate', item: code };
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
      return { kind: 'out-of-scope', item: code };
    }
    if (entry.notApplicable === true) return { kind: 'not-applicable', item: code };
    if (range === undefined || percent === undefined) return { kind: 'no-score', item: code };
    const bounds = parseRangeId(range);
    const index = rangeIndex.get(range);
    if (
      !rangeKnown ||
      bounds === undefined ||
      index === undefined ||
      !Number.isInteger(percent) ||
      percent % 5 !== 0 ||
      percent % step !== 0 ||
      percent < bounds.min ||
      percent > bounds.max
    )
      return { kind: 'invalid-score', item: code };
    return { kind: 'rating', item: code, percent, range, rangeIndex: index };
  };

  const reviews = assessment.reviews.map((review, r) => {
    const seen = new Set<string>();
    const verdicts = review.items.map((evaluation, k) =>
      judge(evaluation, evaluation.factors, seen, ['reviews', r, 'items', k]),
    );
    const missing = scope.items.map((i) => i.item.code).filter((code) => !seen.has(code));
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
    return verdicts;
  });
  const consensusSeen = new Set<string>();
  const consensus = (assessment.consensus?.items ?? []).map((entry, k) =>
    judge(entry, undefined, consensusSeen, ['consensus', 'items', k]),
  );

  if (assessment.reviews.length > 0 && scope.items.length > 0) {
    const authors = new Set(assessment.reviews.map((r) => r.reviewerId));
    assessment.reviewers.forEach((reviewer, i) => {
      if (reviewer.role === 'observer' || authors.has(reviewer.id)) return;
      authors.add(reviewer.id);
      out.push(
        createIssue({
          code: 'incomplete_review',
          severity: 'warning',
          path: ['reviewers', i],
          reviewer: reviewer.id,
          missing: scope.items.map((entry) => entry.item.code),
          message: `Reviewer ${reviewer.id} has no review yet; ${scope.items.length} item(s) in scope are unrated.`,
        }),
      );
    });
  }
  return { reviews, consensus };
}

import { createIssue, type Issue, type PathSegment } from '../issue.js';
import type { Assessment } from './assessment.js';
import { checkScore } from './score-checks.js';
import { errorIssue } from '../error-issue.js';

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
 * The internal checks of a structurally valid assessment (no framework needed): scores are
 * multiples of 5 (`percent_not_multiple_of_5`) inside their stated range
 * (`percent_outside_range`), complete (`missing_score`: an error in submitted reviews and the
 * consensus, a warning in drafts) and absent for not-applicable items
 * (`not_applicable_scored`); unique reviewer, review and key factor ids and one review per
 * reviewer (`duplicate_id`); each item evaluated at most once per review and per consensus
 * (`duplicate_id`); references to reviewers, reviews and key factors exist
 * (`unknown_reference`); the cycle does not end before it starts
 * (`cycle_end_before_start`); an assessment without reviews or consensus gets an info
 * (`empty_assessment`).
 *
 * Requires validated input (its type says so); a value of another shape is answered with an
 * `unexpected_shape` issue, never an exception.
 *
 * @example
 * ```ts
 * checkAssessment(assessment).filter((issue) => issue.severity === 'error');
 * ```
 */
export function checkAssessment(assessment: Assessment): Issue[] {
  try {
    return checkAssessmentUnchecked(assessment);
  } catch (error) {
    const issue = errorIssue(error);
    return [issue];
  }
}

function checkAssessmentUnchecked(assessment: Assessment): Issue[] {
  const out: Issue[] = [];
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
      checkScore(entry, path, 'error', out);
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
  return out;
}

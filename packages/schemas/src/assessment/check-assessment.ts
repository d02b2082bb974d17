import type { Issue } from '../issue.js';
import type { Assessment } from './assessment.js';
import { internalRules, looksLikeProfileCode } from './assessment-rules.js';
import { errorIssue } from '../error-issue.js';

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
 * (`empty_assessment`). Community Profile entries (codes `P.<n>...`) are findings, never asked
 * for a score. These rules are the framework-free part of the one assessment check
 * ({@link runAssessmentCheck}), implemented once.
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
    const out: Issue[] = [];
    internalRules(assessment, looksLikeProfileCode, out);
    return out;
  } catch (error) {
    return [errorIssue(error)];
  }
}

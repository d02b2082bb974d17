import { validateAssessment } from './assessment/validate-assessment.js';
import { validateCommunity } from './community/validate-community.js';
import { DOCUMENT_KINDS, isDocumentKind, type CommunityExcellenceDocument, type DocumentKind } from './document-kinds.js';
import { validatePartnershipEvidence } from './evidence/validate-partnership-evidence.js';
import { findForbiddenKeys } from './forbidden-keys.js';
import { validateFramework } from './framework/validate-framework.js';
import { validateScoringGuidelines } from './framework/validate-scoring-guidelines.js';
import { createIssue } from './issue.js';
import { validateIndicatorSet } from './outcome/validate-indicator-set.js';
import { validateObservationSet, type ObservationSetValidationOptions } from './outcome/validate-observation-set.js';
import { validateCohort } from './program/validate-cohort.js';
import { validateProgramParticipation } from './program/validate-program-participation.js';
import type { ValidationResult } from './validation-result.js';

/** Options of {@link validateDocument}. */
export interface ValidateDocumentOptions {
  /** Indicators known outside an observation set (for example from an `indicator-set`). */
  readonly indicators?: ObservationSetValidationOptions['indicators'];
}

type Validator = (input: unknown, options: ValidateDocumentOptions) => ValidationResult<CommunityExcellenceDocument>;

const validators: Record<DocumentKind, Validator> = {
  framework: (input) => validateFramework(input),
  'scoring-guidelines': (input) => validateScoringGuidelines(input),
  community: (input) => validateCommunity(input),
  assessment: (input) => validateAssessment(input),
  'indicator-set': (input) => validateIndicatorSet(input),
  'observation-set': (input, options) =>
    validateObservationSet(input, options.indicators === undefined ? {} : { indicators: options.indicators }),
  cohort: (input) => validateCohort(input),
  'program-participation': (input) => validateProgramParticipation(input),
  'partnership-evidence': (input) => validatePartnershipEvidence(input),
};

/**
 * Validates any document by its `kind` field: the structure, the format version and the
 * document's own semantic checks. A missing or unknown `kind` gives one `unknown_kind` issue.
 * Never throws.
 *
 * @example
 * ```ts
 * import { validateDocument, formatIssues } from '@community-excellence/schemas';
 *
 * const result = validateDocument(JSON.parse(text));
 * if (!result.ok) console.error(formatIssues(result.issues, { file: 'assessment.json' }));
 * else if (result.value.kind === 'assessment') console.log(result.value.reviews.length, 'reviews');
 * ```
 */
export function validateDocument(input: unknown, options: ValidateDocumentOptions = {}): ValidationResult<CommunityExcellenceDocument> {
  const forbidden = findForbiddenKeys(input);
  if (forbidden.length > 0) return { ok: false, issues: forbidden };
  const kind = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as { kind?: unknown }).kind : undefined;
  if (!isDocumentKind(kind)) {
    return { ok: false, issues: [createIssue({ code: 'unknown_kind', path: ['kind'], found: kind, expected: DOCUMENT_KINDS })] };
  }
  return validators[kind](input, options);
}

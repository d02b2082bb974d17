import { checkAssessmentAgainstFramework } from './assessment/check-against-framework.js';
import { validateAssessment } from './assessment/validate-assessment.js';
import { BUILT_IN_FRAMEWORKS } from './built-in-frameworks.js';
import { validateCommunity } from './community/validate-community.js';
import {
  DOCUMENT_KINDS,
  isDocumentKind,
  type CommunityExcellenceDocument,
  type DocumentKind,
} from './document-kinds.js';
import { validatePartnershipEvidence } from './evidence/validate-partnership-evidence.js';
import { walkInput } from './input-walk.js';
import { optionsOf } from './options-of.js';
import { validateFramework } from './framework/validate-framework.js';
import { baldrigeScoringGuidelines } from './framework/baldrige-scoring-guidelines.js';
import type { Framework } from './framework/framework.js';
import { validateScoringGuidelines } from './framework/validate-scoring-guidelines.js';
import { createIssue } from './issue.js';
import { validateIndicatorSet } from './outcome/validate-indicator-set.js';
import {
  validateObservationSet,
  type ObservationSetValidationOptions,
} from './outcome/validate-observation-set.js';
import { validateCohort } from './program/validate-cohort.js';
import { validateProgramParticipation } from './program/validate-program-participation.js';
import { validateRecognition } from './recognition/validate-recognition.js';
import { toValidationResult, type ValidationResult } from './validation-result.js';

/** Options of {@link validateDocument}. */
export interface ValidateDocumentOptions {
  /** Indicators known outside an observation set (for example from an `indicator-set`). */
  readonly indicators?: ObservationSetValidationOptions['indicators'];
  /**
   * Frameworks to check assessments against, besides the built-in ones. When an assessment's
   * framework is known, its items, kinds, scope and percents are checked against it; an unknown
   * framework is left to {@link validateDocumentSet}.
   */
  readonly frameworks?: readonly Framework[];
  /** Whether the built-in frameworks are known (default `true`). */
  readonly builtIns?: boolean;
}

function validateAssessmentDocument(
  input: unknown,
  options: ValidateDocumentOptions,
): ValidationResult<CommunityExcellenceDocument> {
  const result = validateAssessment(input);
  if (!result.ok) return result;
  const known = [
    ...(options.builtIns === false ? [] : BUILT_IN_FRAMEWORKS),
    ...(options.frameworks ?? []),
  ];
  const framework = known.find((candidate) => candidate.id === result.value.framework.id);
  if (framework === undefined) return result;
  const guidelines =
    result.value.guidelinesId === undefined ||
    result.value.guidelinesId === baldrigeScoringGuidelines.id
      ? baldrigeScoringGuidelines
      : undefined;
  return toValidationResult(result.value, [
    ...result.issues,
    ...checkAssessmentAgainstFramework(result.value, framework, guidelines),
  ]);
}

/** A recognition document, checked against its framework's levels when that framework is known. */
function validateRecognitionDocument(
  input: unknown,
  options: ValidateDocumentOptions,
): ValidationResult<CommunityExcellenceDocument> {
  const frameworkId =
    typeof input === 'object' && input !== null
      ? (input as { frameworkId?: unknown }).frameworkId
      : undefined;
  const framework = [
    ...(options.builtIns === false ? [] : BUILT_IN_FRAMEWORKS),
    ...(options.frameworks ?? []),
  ].find((candidate) => candidate.id === frameworkId);
  return validateRecognition(
    input,
    framework === undefined ? {} : { levels: framework.scopes ?? [] },
  );
}

type Validator = (
  input: unknown,
  options: ValidateDocumentOptions,
) => ValidationResult<CommunityExcellenceDocument>;

const validators: Record<DocumentKind, Validator> = {
  framework: (input) => validateFramework(input),
  'scoring-guidelines': (input) => validateScoringGuidelines(input),
  community: (input) => validateCommunity(input),
  assessment: validateAssessmentDocument,
  'indicator-set': (input) => validateIndicatorSet(input),
  'observation-set': (input, options) =>
    validateObservationSet(
      input,
      options.indicators === undefined ? {} : { indicators: options.indicators },
    ),
  cohort: (input) => validateCohort(input),
  'program-participation': (input) => validateProgramParticipation(input),
  'partnership-evidence': (input) => validatePartnershipEvidence(input),
  recognition: validateRecognitionDocument,
};

/**
 * Validates any document by its `kind` field: the structure, the format version and the
 * document's own semantic checks; an assessment or recognition record whose framework is built in
 * (or given in `options.frameworks`) is also checked against that framework (a recognition
 * record's levels against its scopes). A missing or unknown `kind` gives one `unknown_kind` issue.
 * The input is read once first, iteratively and in O(size) (see {@link walkInput}): nesting deeper
 * than `MAX_INPUT_DEPTH` (256) levels gives one `too_deep` issue, a throwing getter or Proxy an
 * `unreadable_value` issue, a cycle a `circular_value` issue. Never throws.
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
export function validateDocument(
  input: unknown,
  options: ValidateDocumentOptions = {},
): ValidationResult<CommunityExcellenceDocument> {
  const unsafe = walkInput(input);
  if (unsafe.length > 0) return { ok: false, issues: unsafe };
  options = optionsOf(options);
  const kind =
    typeof input === 'object' && input !== null && !Array.isArray(input)
      ? (input as { kind?: unknown }).kind
      : undefined;
  if (!isDocumentKind(kind)) {
    return {
      ok: false,
      issues: [
        createIssue({
          code: 'unknown_kind',
          path: ['kind'],
          found: kind,
          expected: DOCUMENT_KINDS,
        }),
      ],
    };
  }
  return validators[kind](input, options);
}

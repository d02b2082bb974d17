import type { ValidationResult } from '../validation-result.js';
import { validateWithSchema } from '../validate-with-schema.js';
import { AssessmentSchema, type Assessment } from './assessment.js';
import { checkAssessment } from './check-assessment.js';

/**
 * Validates unknown input as an {@link Assessment}: structure first, then
 * {@link checkAssessment}. Checks that need the framework are in
 * {@link checkAssessmentAgainstFramework}. Never throws.
 *
 * @example
 * ```ts
 * const result = validateAssessment(JSON.parse(text));
 * if (result.ok) console.log(checkAssessmentAgainstFramework(result.value, coeCommunity2024));
 * ```
 */
export function validateAssessment(input: unknown): ValidationResult<Assessment> {
  return validateWithSchema(AssessmentSchema, input, {
    kind: 'assessment',
    formatVersions: [1],
    check: checkAssessment,
  });
}

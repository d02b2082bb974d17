import type { Issue } from '../issue.js';
import { validateWithSchema } from '../validate-with-schema.js';
import type { ValidationResult } from '../validation-result.js';
import { IndicatorSetSchema, type IndicatorSet } from './indicator.js';
import { pushIndicatorIssues } from './indicator-set-checks.js';

/**
 * Validates an `indicator-set` document: forbidden keys, format version, structure, then
 * unique indicator ids and consistent score scales. Never throws.
 *
 * @example
 * ```ts
 * const result = validateIndicatorSet(JSON.parse(text));
 * if (result.ok) for (const indicator of result.value.indicators) console.log(indicator.id);
 * ```
 */
export function validateIndicatorSet(input: unknown): ValidationResult<IndicatorSet> {
  return validateWithSchema(IndicatorSetSchema, input, {
    kind: 'indicator-set',
    formatVersions: [1],
    check: (set) => {
      const issues: Issue[] = [];
      pushIndicatorIssues(set.indicators, ['indicators'], issues);
      return issues;
    },
  });
}

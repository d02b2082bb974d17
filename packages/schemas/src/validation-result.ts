import type { Issue } from './issue.js';
import { errorIssue } from './error-issue.js';

/** A successful validation: the typed value plus any warnings or notes. */
export interface ValidationSuccess<T> {
  readonly ok: true;
  readonly value: T;
  /** Issues of severity `warning` or `info`; never an `error`. */
  readonly issues: readonly Issue[];
}

/** A failed validation: at least one issue has severity `error`. */
export interface ValidationFailure {
  readonly ok: false;
  readonly issues: readonly Issue[];
}

/**
 * What every validator in the library returns instead of throwing.
 *
 * @example
 * ```ts
 * import { validateCommunity } from '@community-excellence/schemas';
 *
 * const result = validateCommunity(JSON.parse(text));
 * if (result.ok) use(result.value);
 * else for (const issue of result.issues) console.error(issue.code, issue.path, issue.message);
 * ```
 */
export type ValidationResult<T> = ValidationSuccess<T> | ValidationFailure;

/**
 * Builds a {@link ValidationResult} from a candidate value and the issues found: it fails
 * when any issue has severity `error`.
 *
 * Never throws: issues of another shape give a failure with an `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * toValidationResult({ id: 'x' }, []).ok; // true
 * ```
 */
export function toValidationResult<T>(value: T, issues: readonly Issue[]): ValidationResult<T> {
  try {
    return toValidationResultUnchecked(value, issues);
  } catch (error) {
    const issue = errorIssue(error);
    return { ok: false, issues: [issue] };
  }
}

function toValidationResultUnchecked<T>(value: T, issues: readonly Issue[]): ValidationResult<T> {
  if (issues.some((issue) => issue.severity === 'error')) return { ok: false, issues };
  return { ok: true, value, issues };
}

import { findForbiddenKeys } from '../forbidden-keys.js';
import { createIssue, type Issue, type PathSegment } from '../issue.js';
import { toValidationResult, type ValidationResult } from '../validation-result.js';
import { fromZodIssues } from '../zod-issues.js';
import {
  indexIndicators,
  pushObservationIssues,
  type IndicatorCatalogue,
} from './observation-checks.js';
import { ObservationSchema, type Observation } from './observation.js';
import { optionsOf } from '../options-of.js';
import { walkInput } from '../input-walk.js';
import { errorIssue } from '../error-issue.js';

/**
 * Options of {@link validateObservation}.
 *
 * @example
 * ```ts
 * const options: ObservationValidationOptions = { indicators: catalogue };
 * ```
 */
export interface ObservationValidationOptions {
  /** When given, `indicatorId` must name one of these (`unknown_reference` otherwise) and unit checks run. */
  readonly indicators?: IndicatorCatalogue;
}

const NO_PREFIX: readonly PathSegment[] = [];

/**
 * Validates one observation row (the fast path for streaming imports): structure first,
 * then the semantic checks of an observation, and, when a catalogue is
 * given, that `indicatorId` exists. Never throws. Forbidden keys (`__proto__`...) are
 * reported as `forbidden_key`; the walk that finds them runs only when the structure
 * check fails, since the strict row schema refuses every unknown key. A row that throws when read
 * (a getter, a Proxy) gives `unreadable_value`.
 *
 * @example
 * ```ts
 * const result = validateObservation(row, { indicators: new Map([[graduation.id, graduation]]) });
 * if (!result.ok) console.log(result.issues.map((issue) => issue.code));
 * ```
 */
export function validateObservation(
  input: unknown,
  options: ObservationValidationOptions = {},
): ValidationResult<Observation> {
  options = optionsOf(options);
  let parsed: ReturnType<typeof ObservationSchema.safeParse>;
  try {
    parsed = ObservationSchema.safeParse(input);
  } catch (error) {
    // Reading the row threw (a getter, a Proxy): the walk says where.
    const unreadable = walkInput(input);
    return { ok: false, issues: unreadable.length > 0 ? unreadable : [errorIssue(error)] };
  }
  if (!parsed.success) {
    const forbidden = findForbiddenKeys(input);
    if (forbidden.length > 0) return { ok: false, issues: forbidden };
    const detailed = ObservationSchema.safeParse(input, { reportInput: true });
    return { ok: false, issues: fromZodIssues(detailed.error?.issues ?? parsed.error.issues) };
  }
  const row = parsed.data;
  const issues: Issue[] = [];
  let indicator;
  if (options.indicators !== undefined) {
    indicator = indexIndicators(options.indicators).get(row.indicatorId);
    if (indicator === undefined) {
      issues.push(
        createIssue({
          code: 'unknown_reference',
          path: ['indicatorId'],
          target: 'indicator',
          id: row.indicatorId,
        }),
      );
    }
  }
  pushObservationIssues(row, indicator, NO_PREFIX, issues);
  return toValidationResult(row, issues);
}

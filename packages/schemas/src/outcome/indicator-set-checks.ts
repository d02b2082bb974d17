import { createIssue, type Issue, type PathSegment } from '../issue.js';
import type { Indicator } from './indicator.js';
import { errorIssue, pushSafely } from '../error-issue.js';

/**
 * Appends the semantic issues of a list of indicators to `out`: duplicate ids
 * (`duplicate_id`, error) and a score scale whose `min` is above its `max`
 * (`inconsistent_interval`, error). Paths are under `prefix` (the array's path).
 *
 * Requires validated input (its type says so); a value of another shape is answered with an
 * `unexpected_shape` issue, never an exception.
 *
 * @example
 * ```ts
 * const issues: Issue[] = [];
 * pushIndicatorIssues(set.indicators, ['indicators'], issues);
 * ```
 */
export function pushIndicatorIssues(
  indicators: readonly Indicator[],
  prefix: readonly PathSegment[],
  out: Issue[],
): void {
  try {
    return pushIndicatorIssuesUnchecked(indicators, prefix, out);
  } catch (error) {
    const issue = errorIssue(error);
    return pushSafely(out, issue);
  }
}

function pushIndicatorIssuesUnchecked(
  indicators: readonly Indicator[],
  prefix: readonly PathSegment[],
  out: Issue[],
): void {
  const first = new Map<string, number>();
  indicators.forEach((indicator, index) => {
    const seen = first.get(indicator.id);
    if (seen === undefined) first.set(indicator.id, index);
    else
      out.push(
        createIssue({
          code: 'duplicate_id',
          path: [...prefix, index, 'id'],
          id: indicator.id,
          firstPath: [...prefix, seen, 'id'],
        }),
      );
    const unit = indicator.unit;
    if (
      unit.type === 'score' &&
      unit.min !== undefined &&
      unit.max !== undefined &&
      unit.min > unit.max
    ) {
      out.push(
        createIssue({
          code: 'inconsistent_interval',
          path: [...prefix, index, 'unit'],
          low: unit.min,
          high: unit.max,
        }),
      );
    }
  });
}

import { createIssue, type Issue, type PathSegment } from '../issue.js';
import type { Indicator } from './indicator.js';

/**
 * Appends the semantic issues of a list of indicators to `out`: duplicate ids
 * (`duplicate_id`, error) and a score scale whose `min` is above its `max`
 * (`inconsistent_interval`, error). Paths are under `prefix` (the array's path).
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

import { createIssue, type Issue, type Observation } from '@community-excellence/schemas';

/**
 * For an import whose mapping carries no indicators: every observation refers to an indicator no
 * catalogue defines, an error `unknown_reference` at `["observations", n, "indicatorId"]`, as the
 * whole-set validation reports it. `first` is the index of the first observation of the batch.
 * Never throws.
 *
 * @example
 * ```ts
 * declare const batch: ImportBatch;
 * let seen = 0;
 * const issues = uncataloguedIndicatorIssues(batch.observations, seen);
 * seen += batch.observations.length;
 * ```
 */
export function uncataloguedIndicatorIssues(
  observations: readonly Observation[],
  first: number,
): Issue[] {
  const issues: Issue[] = [];
  for (let i = 0; i < observations.length; i += 1)
    issues.push(
      createIssue({
        code: 'unknown_reference',
        path: ['observations', first + i, 'indicatorId'],
        target: 'indicator',
        id: observations[i]!.indicatorId,
      }),
    );
  return issues;
}

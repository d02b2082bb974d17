import { createIssue, type Issue, type PathSegment } from '../issue.js';
import { validateWithSchema } from '../validate-with-schema.js';
import type { ValidationResult } from '../validation-result.js';
import type { Indicator } from './indicator.js';
import { pushIndicatorIssues } from './indicator-set-checks.js';
import {
  indexIndicators,
  pushObservationIssues,
  type IndicatorCatalogue,
} from './observation-checks.js';
import type { Observation } from './observation.js';
import { ObservationSetSchema, type ObservationSet } from './observation-set.js';
import { optionsOf } from '../options-of.js';
import { observationCell } from './observation-cell.js';

/**
 * Options of {@link validateObservationSet}.
 *
 * @example
 * ```ts
 * validateObservationSet(doc, { indicators: indicatorSet.indicators });
 * ```
 */
export interface ObservationSetValidationOptions {
  /** Indicators known outside the document; the set's own `indicators` take precedence. */
  readonly indicators?: IndicatorCatalogue;
}

/**
 * Validates an `observation-set` document: forbidden keys, format version, structure, then
 * the semantic rules: unique indicator ids and row ids (`duplicate_id`, error), one row
 * per indicator/place/period/subgroup cell (`duplicate_id` with the cell as id, warning),
 * every `indicatorId` in the set's indicators or `options.indicators`
 * (`unknown_reference`, error), and the row checks of {@link validateObservation}.
 * Never throws.
 *
 * @example
 * ```ts
 * const result = validateObservationSet(JSON.parse(text), { indicators: catalogue });
 * for (const issue of result.issues) console.log(issue.severity, issue.code, issue.path.join('.'));
 * ```
 */
export function validateObservationSet(
  input: unknown,
  options: ObservationSetValidationOptions = {},
): ValidationResult<ObservationSet> {
  options = optionsOf(options);
  return validateWithSchema(ObservationSetSchema, input, {
    kind: 'observation-set',
    formatVersions: [1],
    check: (set) => {
      const issues: Issue[] = [];
      const own = set.indicators ?? [];
      pushIndicatorIssues(own, ['indicators'], issues);
      const outside =
        options.indicators === undefined ? undefined : indexIndicators(options.indicators);
      const byId = new Map<string, Indicator>();
      for (const indicator of own) if (!byId.has(indicator.id)) byId.set(indicator.id, indicator);
      const rowIds = new Map<string, number>();
      const cells = new Map<string, number>();
      set.observations.forEach((row, index) => {
        const prefix: readonly PathSegment[] = ['observations', index];
        if (row.id !== undefined) {
          const first = rowIds.get(row.id);
          if (first === undefined) rowIds.set(row.id, index);
          else
            issues.push(
              createIssue({
                code: 'duplicate_id',
                path: [...prefix, 'id'],
                id: row.id,
                firstPath: ['observations', first, 'id'],
              }),
            );
        }
        const key = observationCell(row);
        const firstCell = cells.get(key);
        if (firstCell === undefined) cells.set(key, index);
        else
          issues.push(
            createIssue({
              code: 'duplicate_id',
              severity: 'warning',
              path: [...prefix],
              id: key,
              firstPath: ['observations', firstCell],
            }),
          );
        const indicator = byId.get(row.indicatorId) ?? outside?.get(row.indicatorId);
        if (indicator === undefined) {
          issues.push(
            createIssue({
              code: 'unknown_reference',
              path: [...prefix, 'indicatorId'],
              target: 'indicator',
              id: row.indicatorId,
            }),
          );
        }
        pushObservationIssues(row, indicator, prefix, issues);
      });
      return issues;
    },
  });
}

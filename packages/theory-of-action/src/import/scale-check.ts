import { type Issue, type Observation, type SourceLocation } from '@community-excellence/schemas';
import { createTheoryOfActionIssue } from '../issue-codes.js';
import type { ScaleCheckSpec } from './mapping.js';
import { optionsOf } from '../options-of.js';
import { scaleOutliers } from '../outcomes/scale-outliers.js';
import { SeriesPoints } from './series-points.js';

/**
 * Collects exact values per series (indicator, place, subgroup) and flags those off by a
 * factor (default 100) from the median of their series. Used by the importers; exported
 * for tools that assemble observations themselves. Memory per exact value is a few typed-array
 * slots (see `series-points.ts`), not an object.
 *
 * @example
 * ```ts
 * const check = createScaleCheck({ factor: 100 });
 * observations.forEach((o, i) => check.add(o, i, { row: i + 2 }));
 * const warnings = check.finish();
 * ```
 */
export interface ScaleCheck {
  add(observation: Observation, index: number, location: SourceLocation): void;
  /** The warnings (`scale_factor_suspected` issues). */
  finish(): Issue[];
}

/**
 * The importers' side of a {@link ScaleCheck}: the location is given as its parts, so that
 * nothing is allocated per value.
 *
 * @example
 * ```ts
 * declare const observation: Observation;
 * const check = createCompactScaleCheck({}, 'data.csv');
 * check.addCell(observation, 0, 2, 4, '90%');
 * check.finish();
 * ```
 */
export interface CompactScaleCheck extends ScaleCheck {
  /** Adds a value read at `row` and 1-based `column` whose cell text is `raw`. */
  addCell(observation: Observation, index: number, row: number, column: number, raw: string): void;
}

/**
 * Creates a {@link ScaleCheck}.
 *
 * @example
 * ```ts
 * createScaleCheck({ factor: 100, tolerance: 3, minSeries: 3 });
 * ```
 */
export function createScaleCheck(spec: ScaleCheckSpec = {}): ScaleCheck {
  return createCompactScaleCheck(spec, undefined);
}

/**
 * Creates a {@link CompactScaleCheck} whose compact locations name `file`.
 *
 * @example
 * ```ts
 * const check = createCompactScaleCheck({ factor: 100 }, 'data.csv');
 * ```
 */
export function createCompactScaleCheck(
  spec: ScaleCheckSpec,
  file: string | undefined,
): CompactScaleCheck {
  spec = optionsOf(spec);
  const factor = spec.factor ?? 100;
  const tolerance = spec.tolerance ?? 3;
  const minSeries = spec.minSeries ?? 3;
  const points = new SeriesPoints(file);
  return {
    add(observation, index, location) {
      if (observation.value.kind !== 'exact') return;
      points.addLocated(observation, index, location);
    },
    addCell(observation, index, row, column, raw) {
      if (observation.value.kind !== 'exact') return;
      points.addCell(observation, index, row, column, raw);
    },
    finish() {
      const issues: Issue[] = [];
      points.forEachSeries((values, at) => {
        for (const outlier of scaleOutliers(values, { factor, tolerance, minSeries })) {
          const point = at(outlier.index);
          issues.push(
            createTheoryOfActionIssue({
              code: 'scale_factor_suspected',
              path: ['observations', point.index, 'value'],
              factor,
              value: point.value,
              seriesMedian: outlier.median,
              ratio: outlier.ratio,
              period: point.period,
              direction: outlier.direction,
              location: point.location,
            }),
          );
        }
      });
      return issues;
    },
  };
}

import { type Issue, type Observation, type SourceLocation } from '@community-excellence/schemas';
import { createTheoryOfActionIssue } from '../issue-codes.js';
import type { ScaleCheckSpec } from './mapping.js';
import { optionsOf } from '../options-of.js';
import { scaleOutliers } from '../outcomes/scale-outliers.js';

interface SeriesPoint {
  readonly index: number;
  readonly value: number;
  readonly period: string;
  readonly location: SourceLocation;
}

/**
 * Collects exact values per series (indicator, place, subgroup) and flags those off by a
 * factor (default 100) from the median of their series. Used by the importers; exported
 * for tools that assemble observations themselves.
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
 * Creates a {@link ScaleCheck}.
 *
 * @example
 * ```ts
 * createScaleCheck({ factor: 100, tolerance: 3, minSeries: 3 });
 * ```
 */
export function createScaleCheck(spec: ScaleCheckSpec = {}): ScaleCheck {
  spec = optionsOf(spec);
  const factor = spec.factor ?? 100;
  const tolerance = spec.tolerance ?? 3;
  const minSeries = spec.minSeries ?? 3;
  const series = new Map<string, SeriesPoint[]>();
  return {
    add(observation, index, location) {
      if (observation.value.kind !== 'exact') return;
      const { place, subgroup } = observation;
      const key = `${observation.indicatorId}\u0000${place.level}\u0000${place.code}\u0000${subgroup.dimension}\u0000${subgroup.value}`;
      let points = series.get(key);
      if (points === undefined) series.set(key, (points = []));
      points.push({
        index,
        value: observation.value.value,
        period: observation.period.label,
        location,
      });
    },
    finish() {
      const issues: Issue[] = [];
      for (const points of series.values()) {
        for (const outlier of scaleOutliers(
          points.map((p) => p.value),
          { factor, tolerance, minSeries },
        )) {
          const point = points[outlier.index] as SeriesPoint;
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
      }
      return issues;
    },
  };
}

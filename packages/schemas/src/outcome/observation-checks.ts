import { createIssue, type Issue, type PathSegment } from '../issue.js';
import type { Indicator } from './indicator.js';
import { unitRange } from './unit-range.js';
import type { Observation } from './observation.js';
import { errorIssue, pushSafely } from '../error-issue.js';

/**
 * Indicators to resolve `indicatorId` against: an array or a map by id. Pass a `Map` (or
 * reuse the same array) when validating many rows; arrays are indexed once per array.
 *
 * @example
 * ```ts
 * const catalogue: IndicatorCatalogue = new Map(indicators.map((i) => [i.id, i]));
 * ```
 */
export type IndicatorCatalogue = readonly Indicator[] | ReadonlyMap<string, Indicator>;

const indexCache = new WeakMap<readonly Indicator[], ReadonlyMap<string, Indicator>>();

/**
 * Turns an {@link IndicatorCatalogue} into a map by id (cached per array; the first
 * indicator with an id wins).
 *
 * Never throws: a catalogue of another shape gives an empty index.
 *
 * @example
 * ```ts
 * indexIndicators([graduation]).get('acgr-4yr') === graduation; // true
 * ```
 */
export function indexIndicators(catalogue: IndicatorCatalogue): ReadonlyMap<string, Indicator> {
  try {
    return indexIndicatorsUnchecked(catalogue);
  } catch {
    return new Map();
  }
}

function indexIndicatorsUnchecked(catalogue: IndicatorCatalogue): ReadonlyMap<string, Indicator> {
  if (!Array.isArray(catalogue)) return catalogue instanceof Map ? catalogue : new Map();
  const list = catalogue as readonly Indicator[];
  const cached = indexCache.get(list);
  if (cached !== undefined) return cached;
  const map = new Map<string, Indicator>();
  for (const indicator of list) if (!map.has(indicator.id)) map.set(indicator.id, indicator);
  indexCache.set(list, map);
  return map;
}

const numbersOf = (row: Observation): number[] => {
  const value = row.value;
  switch (value.kind) {
    case 'exact':
    case 'bound':
      return [value.value];
    case 'interval':
      return [value.low, value.high];
    default:
      return [];
  }
};

/**
 * Appends the semantic issues of one structurally valid observation to `out`, with paths
 * under `prefix`. Rules (see `docs/outcomes.md`):
 * - `value` interval with low > high: `inconsistent_interval` (error);
 * - `ci.low > ci.high`: `inconsistent_interval` (error); an exact value outside its CI: warning;
 * - `numerator > denominator`: `inconsistent_counts` (error); a number computed from a
 *   denominator of 0: `inconsistent_counts` (warning; suppressed or missing values with an
 *   empty group are fine);
 * - `period.end` before `period.start`: `out_of_order` (error);
 * - with the indicator known: a value outside its unit's range (`value_outside_unit_range`,
 *   warning), a `%` token for a non-percent unit (`unit_mismatch`, warning), a subgroup
 *   dimension the indicator does not declare (`unknown_reference`, warning).
 *
 * It does not check that the indicator exists (the validators do that).
 *
 * Requires validated input (its type says so); a value of another shape is answered with an
 * `unexpected_shape` issue, never an exception.
 *
 * @example
 * ```ts
 * const issues: Issue[] = [];
 * pushObservationIssues(row, graduation, ['observations', 7], issues);
 * ```
 */
export function pushObservationIssues(
  row: Observation,
  indicator: Indicator | undefined,
  prefix: readonly PathSegment[],
  out: Issue[],
): void {
  try {
    return pushObservationIssuesUnchecked(row, indicator, prefix, out);
  } catch (error) {
    const issue = errorIssue(error);
    return pushSafely(out, issue);
  }
}

function pushObservationIssuesUnchecked(
  row: Observation,
  indicator: Indicator | undefined,
  prefix: readonly PathSegment[],
  out: Issue[],
): void {
  const { value, ci, numerator, denominator, period } = row;
  if (value.kind === 'interval' && value.low > value.high) {
    out.push(
      createIssue({
        code: 'inconsistent_interval',
        path: [...prefix, 'value'],
        low: value.low,
        high: value.high,
      }),
    );
  }
  if (ci !== undefined) {
    if (ci.low > ci.high) {
      out.push(
        createIssue({
          code: 'inconsistent_interval',
          path: [...prefix, 'ci'],
          low: ci.low,
          high: ci.high,
        }),
      );
    } else if (value.kind === 'exact' && (value.value < ci.low || value.value > ci.high)) {
      out.push(
        createIssue({
          code: 'inconsistent_interval',
          severity: 'warning',
          path: [...prefix, 'value'],
          low: ci.low,
          high: ci.high,
        }),
      );
    }
  }
  if (numerator !== undefined && denominator !== undefined) {
    if (numerator > denominator) {
      out.push(
        createIssue({
          code: 'inconsistent_counts',
          path: [...prefix, 'numerator'],
          numerator,
          denominator,
        }),
      );
    } else if (denominator === 0 && value.kind !== 'suppressed' && value.kind !== 'missing') {
      out.push(
        createIssue({
          code: 'inconsistent_counts',
          severity: 'warning',
          path: [...prefix, 'denominator'],
          numerator,
          denominator,
        }),
      );
    }
  }
  if (period.start !== undefined && period.end !== undefined && period.end < period.start) {
    out.push(
      createIssue({
        code: 'out_of_order',
        path: [...prefix, 'period', 'end'],
        value: period.end,
        previous: period.start,
        previousPath: [...prefix, 'period', 'start'],
      }),
    );
  }
  if (indicator === undefined) return;
  const unit = indicator.unit;
  if (
    value.kind !== 'suppressed' &&
    value.kind !== 'missing' &&
    value.unit === 'percent' &&
    unit.type !== 'percent'
  ) {
    out.push(
      createIssue({
        code: 'unit_mismatch',
        severity: 'warning',
        path: [...prefix, 'value', 'unit'],
        declared: unit.type,
        found: 'percent',
      }),
    );
  }
  const range = unitRange(unit);
  if (range !== undefined) {
    for (const number of numbersOf(row)) {
      if (number < range.minimum || number > range.maximum) {
        out.push(
          createIssue({
            code: 'value_outside_unit_range',
            severity: 'warning',
            path: [...prefix, 'value'],
            value: number,
            unit: unit.type,
            minimum: range.minimum,
            maximum: range.maximum,
          }),
        );
        break;
      }
    }
  }
  const dimensions = indicator.disaggregations;
  const dimension = row.subgroup.dimension;
  if (dimensions !== undefined && dimension !== 'all' && !dimensions.includes(dimension)) {
    out.push(
      createIssue({
        code: 'unknown_reference',
        severity: 'warning',
        path: [...prefix, 'subgroup', 'dimension'],
        target: 'disaggregation dimension',
        id: dimension,
      }),
    );
  }
}

import type {
  Indicator,
  IndicatorCatalogue,
  Issue,
  Observation,
  ObservationValue,
  PathSegment,
} from '@community-excellence/schemas';
import { indexIndicators } from '@community-excellence/schemas/data';
import { createTheoryOfActionIssue } from '../issue-codes.js';
import { optionsOf } from '../options-of.js';

/**
 * Thresholds of the unit-scale rule (see {@link checkUnitScale}).
 *
 * @example
 * ```ts
 * const options: UnitScaleOptions = { minValues: 10, minShareAboveOne: 0.8 };
 * ```
 */
export interface UnitScaleOptions {
  /**
   * Declared `percent`: the fewest values that, all in [0, 1], count as evidence of proportions
   * (default 5). A handful of small percents is not evidence.
   */
  readonly minValues?: number;
  /**
   * Declared `proportion`: the smallest share of the values lying in (1, 100] that suggests
   * percents (default 0.5). `0` warns on any such value. A minority of such values is a problem of
   * those values (per-row `value_outside_unit_range` and `scale_factor_suspected`), not of the unit.
   */
  readonly minShareAboveOne?: number;
}

/**
 * Collects, per indicator, how many values were seen and their range, in constant memory per
 * indicator, and answers the unit-scale warnings at the end. The importers feed it row by row
 * (so a streamed import keeps no rows for it); {@link checkUnitScale} uses it on an array. Never
 * throws.
 *
 * @example
 * ```ts
 * const units = createUnitScaleAccumulator();
 * for (const row of observations) units.add(row.indicatorId, row.value);
 * const warnings = units.issues([graduation]); // unit_scale_mismatch issues
 * ```
 */
export interface UnitScaleAccumulator {
  /** Counts one value of an indicator: exact, bound and interval values by their numbers; suppressed and missing ones not at all. */
  add(indicatorId: string, value: ObservationValue): void;
  /**
   * One `unit_scale_mismatch` warning per indicator of `indicators` (declared `percent` or
   * `proportion`) whose values contradict its unit, at path `['indicators', id, 'unit']`.
   * Indicators not in `indicators` are not judged.
   */
  issues(indicators: IndicatorCatalogue): Issue[];
}

interface Tally {
  /** Values with at least one finite number. */
  count: number;
  /** Values whose numbers all lie in [0, 1]. */
  inZeroOne: number;
  /** Values whose largest number lies in (1, 100]. */
  aboveOne: number;
  nonZero: boolean;
  min: number;
  max: number;
}

const DEFAULT_MIN_VALUES = 5;
const DEFAULT_MIN_SHARE = 0.5;
const PERCENT_MAX = 100;

function tallyValue(tally: Tally, low: number, high: number): void {
  tally.count += 1;
  if (low >= 0 && high <= 1) tally.inZeroOne += 1;
  if (high > 1 && high <= PERCENT_MAX) tally.aboveOne += 1;
  if (low !== 0 || high !== 0) tally.nonZero = true;
  if (low < tally.min) tally.min = low;
  if (high > tally.max) tally.max = high;
}

/**
 * Creates a {@link UnitScaleAccumulator}.
 *
 * @example
 * ```ts
 * const units = createUnitScaleAccumulator({ minValues: 5 });
 * units.add('co-graduation', { kind: 'exact', raw: '0.724', value: 0.724 });
 * ```
 */
export function createUnitScaleAccumulator(options: UnitScaleOptions = {}): UnitScaleAccumulator {
  const read = optionsOf(options);
  const minValues =
    typeof read.minValues === 'number' && Number.isFinite(read.minValues) && read.minValues >= 1
      ? read.minValues
      : DEFAULT_MIN_VALUES;
  const minShare =
    typeof read.minShareAboveOne === 'number' &&
    read.minShareAboveOne >= 0 &&
    read.minShareAboveOne <= 1
      ? read.minShareAboveOne
      : DEFAULT_MIN_SHARE;
  const tallies = new Map<string, Tally>();

  const add = (indicatorId: string, value: ObservationValue): void => {
    if (typeof indicatorId !== 'string' || typeof value !== 'object' || value === null) return;
    let low: unknown;
    let high: unknown;
    switch (value.kind) {
      case 'exact':
      case 'bound':
        low = high = value.value;
        break;
      case 'interval':
        low = value.low;
        high = value.high;
        if (typeof low === 'number' && typeof high === 'number' && low > high)
          [low, high] = [high, low];
        break;
      default:
        return;
    }
    if (typeof low !== 'number' || typeof high !== 'number') return;
    if (!Number.isFinite(low) || !Number.isFinite(high)) return;
    let tally = tallies.get(indicatorId);
    if (tally === undefined) {
      tally = {
        count: 0,
        inZeroOne: 0,
        aboveOne: 0,
        nonZero: false,
        min: Number.POSITIVE_INFINITY,
        max: Number.NEGATIVE_INFINITY,
      };
      tallies.set(indicatorId, tally);
    }
    tallyValue(tally, low, high);
  };

  const issues = (indicators: IndicatorCatalogue): Issue[] => {
    const index = indexIndicators(indicators);
    const out: Issue[] = [];
    for (const [id, tally] of tallies) {
      const type = index.get(id)?.unit?.type;
      const issue = judge(id, type, tally, minValues, minShare, ['indicators', id]);
      if (issue !== undefined) out.push(issue);
    }
    return out;
  };

  return {
    add(indicatorId, value) {
      try {
        add(indicatorId, value);
      } catch {
        // A value that cannot be read is not counted.
      }
    },
    issues(indicators) {
      try {
        return issues(indicators);
      } catch {
        return [];
      }
    },
  };
}

function judge(
  indicatorId: string,
  type: unknown,
  tally: Tally,
  minValues: number,
  minShare: number,
  path: readonly PathSegment[],
): Issue | undefined {
  const evidence = { indicatorId, count: tally.count, min: tally.min, max: tally.max };
  if (
    type === 'percent' &&
    tally.count >= minValues &&
    tally.inZeroOne === tally.count &&
    tally.nonZero
  )
    return createTheoryOfActionIssue({
      code: 'unit_scale_mismatch',
      path: [...path, 'unit'],
      declared: 'percent',
      ...evidence,
      outside: tally.count,
      suggested: 'proportion',
    });
  if (type === 'proportion' && tally.aboveOne > 0 && tally.aboveOne >= minShare * tally.count)
    return createTheoryOfActionIssue({
      code: 'unit_scale_mismatch',
      path: [...path, 'unit'],
      declared: 'proportion',
      ...evidence,
      outside: tally.aboveOne,
      suggested: 'percent',
    });
  return undefined;
}

/**
 * Checks that an indicator's values, as a whole, fit its declared unit: one
 * `unit_scale_mismatch` warning (or none) with the evidence (values checked, how many contradict
 * the unit, their range). Only `percent` and `proportion` indicators are judged; only rows of
 * `indicator.id` are read; exact values count by their number, bounds (`>=95`) by theirs,
 * intervals (`85-89`) by both ends; suppressed and missing cells not at all.
 *
 * - Declared `percent`, but every value lies in [0, 1], there are at least `minValues` (5) of
 *   them and not all are 0: they look like proportions (suggested `proportion`).
 * - Declared `proportion`, but at least `minShareAboveOne` (half) of the values lie above 1 and at
 *   most 100: they look like percents (suggested `percent`).
 *
 * The path is `[...options.path, 'unit']`, by default `['indicators', indicator.id, 'unit']`
 * (pass the indicator's position, `['indicators', 3]`, when it is known). The values are never
 * changed. The importers run the same rule on every import. Never throws: input that cannot be
 * read gives no issue.
 *
 * @example
 * ```ts
 * const issues = checkUnitScale({ ...graduation, unit: { type: 'percent' } }, observations);
 * issues[0]?.code; // 'unit_scale_mismatch' when every value is between 0 and 1
 * ```
 */
export function checkUnitScale(
  indicator: Indicator,
  observations: readonly Observation[],
  options: UnitScaleOptions & { readonly path?: readonly PathSegment[] } = {},
): Issue[] {
  try {
    return checkUnitScaleUnchecked(indicator, observations, options);
  } catch {
    return [];
  }
}

function checkUnitScaleUnchecked(
  indicator: Indicator,
  observations: readonly Observation[],
  options: UnitScaleOptions & { readonly path?: readonly PathSegment[] },
): Issue[] {
  const read = optionsOf(options);
  const id = indicator.id;
  if (typeof id !== 'string' || !Array.isArray(observations)) return [];
  const units = createUnitScaleAccumulator(read);
  for (const row of observations as readonly unknown[]) {
    if (typeof row !== 'object' || row === null) continue;
    const observation = row as Observation;
    if (observation.indicatorId === id) units.add(id, observation.value);
  }
  const path = Array.isArray(read.path) ? [...read.path] : undefined;
  const issues = units.issues([indicator]);
  return path === undefined
    ? issues
    : issues.map((issue) => ({ ...issue, path: [...path, 'unit'] }));
}

import type { Indicator, Observation } from '@community-excellence/schemas/data';
import { populationAttributableProportion } from './attributable.js';
import { cellsOf, exclusionOf, type Exclusion, type PlaceRef } from './cells.js';
import { gapMetrics, gapUnitOf, type GapMetrics } from './gap.js';
import { notComputable, toText, type Metric } from './metric.js';
import type { ValueOptions } from './read-value.js';
import { bestGroup, type IndicatorDirection } from './reference.js';
import { differenceTest, type DifferenceTest } from './uncertainty.js';
import { optionsOf } from '../options-of.js';

/**
 * Query of {@link subgroupGaps}: one indicator, place, period and disaggregation dimension.
 *
 * @example
 * ```ts
 * const q: SubgroupGapQuery = { indicator, observations, place: { level: 'county', code: 'riverbend-county' }, period: '2024-25', dimension: 'race-ethnicity', reference: 'White' };
 * ```
 */
export interface SubgroupGapQuery {
  readonly indicator: Indicator;
  readonly observations: readonly Observation[];
  readonly place: PlaceRef;
  readonly period: string;
  readonly dimension: string;
  /** Reference group chosen by the user; the best usable rate (by the indicator's direction) when absent. */
  readonly reference?: string;
  /** Only these focal groups; every other usable group when absent. */
  readonly focal?: readonly string[];
  readonly valueOptions?: ValueOptions;
}

/**
 * A gap of one focal group with its uncertainty test and warnings.
 */
export interface SubgroupGap extends GapMetrics {
  /** Whether the gap is distinguishable from zero (CIs of both cells; see `differenceTest`). */
  readonly test: DifferenceTest;
  /** Value-reading warnings (quality flag 2, interval midpoint) of either cell. */
  readonly warnings: readonly string[];
}

/**
 * Gaps of every focal subgroup against one explicit reference group in one period, plus the
 * population attributable proportion when the whole-population row is usable.
 */
export interface SubgroupGapReport {
  readonly indicatorId: string;
  readonly place: PlaceRef;
  readonly period: string;
  readonly dimension: string;
  readonly reference?: {
    readonly label: string;
    readonly rate: number;
    readonly choice: 'user' | 'best-rate';
  };
  readonly gaps: readonly SubgroupGap[];
  /** `(r_all - r_best) / r_all` with the `all` row of the same period and the best group. */
  readonly attributableProportion: Metric;
  /** Cells of the dimension (and the `all` row) left out, with the reason. */
  readonly excluded: readonly Exclusion[];
  readonly notes: readonly string[];
}

/**
 * Gap metrics between subgroups of one dimension and a reference group, read from observation rows.
 * Suppressed, missing, bounded, low-quality (flag 3) and, by default, interval cells are excluded and
 * listed in `excluded`; nothing is read as 0. Never throws.
 *
 * @example
 * ```ts
 * const report = subgroupGaps({ indicator, observations, place: { level: 'county', code: 'riverbend-county' }, period: '2024-25', dimension: 'race-ethnicity', reference: 'White' });
 * report.gaps.find((g) => g.focal.label === 'Black')?.absoluteGap; // computed -9.4
 * ```
 */
export function subgroupGaps(query: SubgroupGapQuery): SubgroupGapReport {
  query = optionsOf(query) as typeof query; // fields are read defensively below
  const indicatorId = toText(query.indicator?.id);
  const direction = (query.indicator?.direction ?? 'neutral') as IndicatorDirection;
  const unit = gapUnitOf(query.indicator?.unit);
  const cells = cellsOf(
    query.observations,
    indicatorId,
    query.place,
    query.valueOptions ?? {},
  ).filter((c) => c.period === query.period);
  const inDimension = cells.filter((c) => c.dimension === query.dimension);
  const allCell = cells.find((c) => c.dimension === 'all');
  const excluded = [...inDimension, ...(allCell ? [allCell] : [])]
    .map(exclusionOf)
    .filter((e): e is Exclusion => e !== undefined && e.reason !== 'no-period-time');
  const usable = inDimension.flatMap((c) =>
    c.read.usable ? [{ label: c.group, rate: c.read.value, read: c.read }] : [],
  );
  const notes: string[] = [];
  const base = {
    indicatorId,
    place: query.place,
    period: query.period,
    dimension: query.dimension,
    excluded,
  };
  let reference: (typeof usable)[number] | undefined;
  let choice: 'user' | 'best-rate' = 'user';
  if (query.reference !== undefined) {
    reference = usable.find((g) => g.label === query.reference);
    if (reference === undefined)
      notes.push(`the reference group ${query.reference} has no usable value in ${query.period}`);
  } else {
    choice = 'best-rate';
    reference = bestGroup(usable, direction);
    if (reference === undefined)
      notes.push(
        direction === 'neutral'
          ? 'the indicator is neutral: choose a reference group explicitly'
          : 'no group has a usable value',
      );
  }
  const best = bestGroup(usable, direction);
  const allRead = allCell?.read;
  const attributableProportion =
    allRead?.usable && best
      ? populationAttributableProportion(allRead.value, best.rate, {
          direction,
          ...(query.indicator?.unit?.type === 'percent'
            ? { scaleMaximum: 100 }
            : query.indicator?.unit?.type === 'proportion'
              ? { scaleMaximum: 1 }
              : {}),
        })
      : notComputable('needs a usable whole-population (all) value and a best group');
  if (reference === undefined) return { ...base, gaps: [], attributableProportion, notes };
  const ref = reference;
  const focalWanted = query.focal === undefined ? undefined : new Set(query.focal);
  const gaps = usable
    .filter((g) => g !== ref && (focalWanted === undefined || focalWanted.has(g.label)))
    .map((g) => ({
      ...gapMetrics({
        focal: { label: g.label, rate: g.rate },
        reference: { label: ref.label, rate: ref.rate },
        referenceChoice: choice,
        unit,
      }),
      test: differenceTest(
        { value: g.rate, ...(g.read.ci ? { ci: g.read.ci } : {}) },
        { value: ref.rate, ...(ref.read.ci ? { ci: ref.read.ci } : {}) },
      ),
      warnings: [...g.read.warnings, ...ref.read.warnings],
    }));
  if (focalWanted !== undefined)
    for (const f of focalWanted)
      if (!usable.some((g) => g.label === f))
        notes.push(`the focal group ${f} has no usable value in ${query.period}`);
  return {
    ...base,
    reference: { label: ref.label, rate: ref.rate, choice },
    gaps,
    attributableProportion,
    notes,
  };
}

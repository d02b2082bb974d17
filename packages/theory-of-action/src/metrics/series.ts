import type { Indicator, Observation } from '@community-excellence/schemas/data';
import { cellsOf, exclusionOf, type Cell, type Exclusion, type PlaceRef } from './cells.js';
import { gapTrend, type GapPoint, type GapTrend } from './gap-trend.js';
import type { ValueOptions } from './read-value.js';
import { toText } from './metric.js';
import type { IndicatorDirection } from './reference.js';
import { decideReferenceGroups } from '../outcomes/reference-group.js';
import { trend, type Trend } from './trend.js';
import { differenceTest, type DifferenceTest } from './uncertainty.js';
import { optionsOf } from '../options-of.js';

/**
 * Query of {@link indicatorTrend}: one indicator at one place for one subgroup (the whole population
 * when `subgroup` is absent).
 *
 * @example
 * ```ts
 * const q: IndicatorTrendQuery = { indicator, observations, place: { level: 'county', code: 'riverbend-county' } };
 * ```
 */
export interface IndicatorTrendQuery {
  readonly indicator: Indicator;
  readonly observations: readonly Observation[];
  readonly place: PlaceRef;
  readonly subgroup?: { readonly dimension: string; readonly value: string };
  readonly valueOptions?: ValueOptions;
  readonly minPoints?: number;
}

/**
 * A trend read from observation rows, with the cells left out and a test of the first-to-last change.
 */
export interface IndicatorTrend {
  readonly indicatorId: string;
  readonly place: PlaceRef;
  readonly subgroup: { readonly dimension: string; readonly value: string };
  readonly trend: Trend;
  /** Whether last minus first is distinguishable from zero (needs CIs on both). */
  readonly changeTest: DifferenceTest;
  readonly excluded: readonly Exclusion[];
  readonly warnings: readonly string[];
}

const ALL = { dimension: 'all', value: 'all' };

function usableTimed(
  cells: readonly Cell[],
): (Cell & { time: number; read: Extract<Cell['read'], { usable: true }> })[] {
  return cells.filter(
    (c): c is Cell & { time: number; read: Extract<Cell['read'], { usable: true }> } =>
      c.read.usable && c.time !== undefined,
  );
}

/**
 * The trend of one indicator for one subgroup at one place: change, direction relative to the
 * indicator's direction of good, least-squares slope per year, consecutive improvements, and whether
 * the change from the first to the last usable period is distinguishable from zero. Never throws.
 *
 * @example
 * ```ts
 * const t = indicatorTrend({ indicator, observations, place: { level: 'county', code: 'riverbend-county' } });
 * t.trend.direction; // 'improving'
 * ```
 */
export function indicatorTrend(query: IndicatorTrendQuery): IndicatorTrend {
  query = optionsOf(query) as typeof query; // fields are read defensively below
  const indicatorId = toText(query.indicator?.id);
  const subgroup = query.subgroup ?? ALL;
  const cells = cellsOf(
    query.observations,
    indicatorId,
    query.place,
    query.valueOptions ?? {},
  ).filter((c) => c.dimension === subgroup.dimension && c.group === subgroup.value);
  const used = usableTimed(cells);
  const t = trend(
    used.map((c) => ({ label: c.period, time: c.time, value: c.read.value })),
    (query.indicator?.direction ?? 'neutral') as IndicatorDirection,
    query.minPoints === undefined ? {} : { minPoints: query.minPoints },
  );
  const sorted = [...used].sort((a, b) => a.time - b.time);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const changeTest =
    first && last && sorted.length >= 2
      ? differenceTest(
          { value: last.read.value, ...(last.read.ci ? { ci: last.read.ci } : {}) },
          { value: first.read.value, ...(first.read.ci ? { ci: first.read.ci } : {}) },
        )
      : {
          difference: undefined,
          method: 'none' as const,
          distinguishable: undefined,
          notes: ['fewer than two usable periods'],
        };
  return {
    indicatorId,
    place: query.place,
    subgroup,
    trend: t,
    changeTest,
    excluded: cells.map(exclusionOf).filter((e): e is Exclusion => e !== undefined),
    warnings: [...new Set(used.flatMap((c) => c.read.warnings.map((w) => `${c.period}: ${w}`)))],
  };
}

/**
 * Query of {@link subgroupGapTrend}.
 *
 * @example
 * ```ts
 * const q: GapTrendQuery = { indicator, observations, place: { level: 'county', code: 'riverbend-county' }, dimension: 'race-ethnicity', focal: 'Black', reference: 'White' };
 * ```
 */
export interface GapTrendQuery {
  readonly indicator: Indicator;
  readonly observations: readonly Observation[];
  readonly place: PlaceRef;
  readonly dimension: string;
  readonly focal: string;
  /**
   * Reference group chosen by the user. When absent: the outcome analysis's one rule
   * (`decideReferenceGroups`) applied to this indicator: the group with the best rate in the first
   * period where two groups have values, never a residual group such as "Other", and with at least
   * two usable periods. When that group is the focal group itself, there is no gap to measure.
   */
  readonly reference?: string;
  readonly valueOptions?: ValueOptions;
}

/**
 * A gap series read from observation rows and its {@link gapTrend}.
 */
export interface SubgroupGapTrend {
  readonly indicatorId: string;
  readonly place: PlaceRef;
  readonly dimension: string;
  readonly focal: string;
  readonly reference?: { readonly label: string; readonly choice: 'user' | 'best-rate' };
  readonly points: readonly GapPoint[];
  readonly trend: GapTrend;
  readonly excluded: readonly Exclusion[];
}

/**
 * "Gap closing" for a focal subgroup against one reference group over every period where both have
 * usable values; periods where either cell is excluded are left out and listed. Never throws.
 *
 * @example
 * ```ts
 * const s = subgroupGapTrend({ indicator, observations, place: { level: 'county', code: 'riverbend-county' }, dimension: 'race-ethnicity', focal: 'Black', reference: 'White' });
 * s.trend.start?.gap; // -14.1 (2020-21)
 * s.trend.end?.gap; // -9.4 (2024-25)
 * ```
 */
export function subgroupGapTrend(query: GapTrendQuery): SubgroupGapTrend {
  query = optionsOf(query) as typeof query; // fields are read defensively below
  const indicatorId = toText(query.indicator?.id);
  const direction = (query.indicator?.direction ?? 'neutral') as IndicatorDirection;
  const cells = cellsOf(
    query.observations,
    indicatorId,
    query.place,
    query.valueOptions ?? {},
  ).filter((c) => c.dimension === query.dimension);
  const used = usableTimed(cells);
  const base = { indicatorId, place: query.place, dimension: query.dimension, focal: query.focal };
  let reference: { label: string; choice: 'user' | 'best-rate' } | undefined;
  if (query.reference !== undefined) reference = { label: query.reference, choice: 'user' };
  else {
    // The one reference rule of the outcome analysis (decideReferenceGroups), for this indicator.
    const groups = new Map<string, { time: number; value: number }[]>();
    for (const c of used) {
      const points = groups.get(c.group) ?? [];
      points.push({ time: c.time, value: c.read.value });
      groups.set(c.group, points);
    }
    const decided = decideReferenceGroups([
      {
        indicatorId,
        direction,
        dimension: query.dimension,
        series: [...groups].map(([group, points]) => ({ group, points })),
      },
    ]).perIndicator[0];
    if (decided?.group != null && decided.group !== query.focal)
      reference = { label: decided.group, choice: 'best-rate' };
  }
  const relevant = cells.filter((c) => c.group === query.focal || c.group === reference?.label);
  const excluded = relevant.map(exclusionOf).filter((e): e is Exclusion => e !== undefined);
  if (reference === undefined) return { ...base, points: [], trend: gapTrend([]), excluded };
  const ref = reference.label;
  const points: GapPoint[] = [];
  for (const f of used.filter((c) => c.group === query.focal)) {
    const r = used.find((c) => c.group === ref && c.period === f.period);
    if (r)
      points.push({
        label: f.period,
        time: f.time,
        focalRate: f.read.value,
        referenceRate: r.read.value,
      });
  }
  points.sort((a, b) => a.time - b.time);
  return { ...base, reference, points, trend: gapTrend(points), excluded };
}

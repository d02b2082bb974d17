import type { Indicator, Observation } from '@community-excellence/schemas';
import {
  bestGroup,
  gapScale,
  indicatorTrend,
  periodTime,
  readObservationValue,
  subgroupGapTrend,
  unitWords,
  type GapTrend,
  type PlaceRef,
  type TrendDirection,
} from '@community-excellence/theory-of-action';

/**
 * One line of an outcome chart: a subgroup's value in each period of the indicator (null where the
 * cell is suppressed, missing, a bound or an interval: never read as 0).
 */
export interface OutcomeSeries {
  /** `all` for the whole population, otherwise the subgroup value (e.g. `Black`). */
  readonly group: string;
  readonly values: readonly (number | null)[];
}

/**
 * A subgroup's gap to the reference group over the periods (`focal - reference`, in `gapUnit`:
 * percentage points for percent and proportion indicators, so a proportion gap of -0.333 is -33.3),
 * with the theory-of-action package's reading of the trend.
 */
export interface OutcomeGap {
  readonly focal: string;
  readonly values: readonly (number | null)[];
  readonly status: GapTrend['status'];
  readonly start: number | null;
  readonly end: number | null;
  /** Share of the starting gap closed (negative when it widened), when computable. */
  readonly relativeReduction: number | null;
}

/**
 * One indicator's outcome trend at the report's place: a line per subgroup of one dimension and
 * the gap of each subgroup to a reference group over time.
 *
 * @example
 * ```ts
 * const o = outcomesSection(indicators, observations).indicators[0];
 * o?.periods; // ['2020-21', '2021-22', '2022-23', '2023-24', '2024-25']
 * ```
 */
export interface OutcomeIndicator {
  readonly id: string;
  readonly name: string;
  readonly role: Indicator['role'];
  readonly direction: Indicator['direction'];
  /** The unit as words for an axis, e.g. `percent`. */
  readonly unit: string;
  /** The unit of a gap, e.g. `percentage points`. */
  readonly gapUnit: string;
  readonly periods: readonly string[];
  /** The whole population first (when it has rows), then every subgroup of `dimension`. */
  readonly series: readonly OutcomeSeries[];
  /** The dimension the subgroup lines break down (e.g. `race-ethnicity`), or null when there are only totals. */
  readonly dimension: string | null;
  /** The other dimensions the rows break down, not charted. */
  readonly otherDimensions: readonly string[];
  /** The reference group of the gaps (the best rate in the first period unless the data say otherwise). */
  readonly reference: string | null;
  readonly gaps: readonly OutcomeGap[];
  /** The whole population's trend relative to the direction of good. */
  readonly change: TrendDirection;
  /** Cells at this place that could not be used, by reason (`suppressed: 3`). */
  readonly excluded: Readonly<Record<string, number>>;
}

/**
 * The outcome part of a report: the place it looks at and the indicators with data there.
 *
 * @example
 * ```ts
 * const section = outcomesSection(indicators, observations);
 * section.place?.name; // 'Riverbend County'
 * ```
 */
export interface OutcomesSection {
  readonly place: (PlaceRef & { readonly name: string }) | null;
  readonly indicators: readonly OutcomeIndicator[];
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The place a report's outcome charts look at: the one the caller names (the partnership check's
 * primary place), otherwise the place with the most observation rows (the first one on a tie).
 *
 * @example
 * ```ts
 * primaryPlace(observations, null); // { level: 'county', code: 'riverbend-county', name: 'Riverbend County' }
 * ```
 */
export function primaryPlace(
  observations: readonly Observation[],
  preferred: PlaceRef | null,
): (PlaceRef & { readonly name: string }) | null {
  const counts = new Map<string, { level: string; code: string; name: string; rows: number }>();
  for (const row of observations) {
    const key = `${row.place.level}\u0000${row.place.code}`;
    const entry = counts.get(key) ?? {
      level: row.place.level,
      code: row.place.code,
      name: row.place.name ?? row.place.code,
      rows: 0,
    };
    entry.rows += 1;
    counts.set(key, entry);
  }
  if (preferred !== null) {
    const named = counts.get(`${preferred.level}\u0000${preferred.code}`);
    if (named !== undefined) return { level: named.level, code: named.code, name: named.name };
  }
  let best: { level: string; code: string; name: string; rows: number } | undefined;
  for (const entry of counts.values())
    if (best === undefined || entry.rows > best.rows) best = entry;
  return best === undefined ? null : { level: best.level, code: best.code, name: best.name };
}

function indicatorSeries(
  indicator: Indicator,
  rows: readonly Observation[],
  place: PlaceRef,
): OutcomeIndicator | null {
  const here = rows.filter(
    (row) =>
      row.indicatorId === indicator.id &&
      row.place.level === place.level &&
      row.place.code === place.code,
  );
  const periodTimes = new Map<string, number>();
  for (const row of here)
    if (!periodTimes.has(row.period.label))
      periodTimes.set(row.period.label, periodTime(row.period) ?? Number.POSITIVE_INFINITY);
  const periods = [...periodTimes.keys()].sort(
    (a, b) => (periodTimes.get(a) ?? 0) - (periodTimes.get(b) ?? 0) || byCodeUnits(a, b),
  );
  const usable = here.map((row) => ({ row, read: readObservationValue(row) }));
  if (!usable.some((u) => u.read.usable)) return null;

  const excluded: Record<string, number> = {};
  for (const u of usable)
    if (!u.read.usable) excluded[u.read.reason] = (excluded[u.read.reason] ?? 0) + 1;

  const valuesOf = (dimension: string, group: string): (number | null)[] =>
    periods.map((period) => {
      const cell = usable.find(
        (u) =>
          u.row.period.label === period &&
          u.row.subgroup.dimension === dimension &&
          u.row.subgroup.value === group &&
          u.read.usable,
      );
      return cell?.read.usable === true ? cell.read.value : null;
    });
  const dimensions: string[] = [];
  for (const row of here)
    if (row.subgroup.dimension !== 'all' && !dimensions.includes(row.subgroup.dimension))
      dimensions.push(row.subgroup.dimension);
  const preferred = ['race-ethnicity', 'race', ...(indicator.disaggregations ?? [])];
  const dimension = preferred.find((d) => dimensions.includes(d)) ?? dimensions[0] ?? null;

  const series: OutcomeSeries[] = [];
  if (here.some((row) => row.subgroup.dimension === 'all'))
    series.push({ group: 'all', values: valuesOf('all', 'all') });
  const groups: string[] = [];
  if (dimension !== null)
    for (const row of here)
      if (row.subgroup.dimension === dimension && !groups.includes(row.subgroup.value))
        groups.push(row.subgroup.value);
  for (const group of groups) series.push({ group, values: valuesOf(dimension ?? '', group) });

  // One reference group for every gap, as the gap trend chooses it: the best value in the first period
  // among the groups with values in both the first and the last period that have any.
  let reference: string | null = null;
  const gaps: OutcomeGap[] = [];
  // Gaps are shown in the theory-of-action gap scale: proportion gaps in percentage points.
  const scale = gapScale(indicator.unit);
  const scaled = (gap: number | null | undefined): number | null =>
    gap === null || gap === undefined ? null : gap * scale.factor;
  if (dimension !== null && groups.length >= 2) {
    const groupSeries = series.filter((s) => s.group !== 'all');
    const filled = periods.map((_, p) =>
      groupSeries.some((s) => s.values[p] !== null && s.values[p] !== undefined),
    );
    const first = filled.indexOf(true);
    const last = filled.lastIndexOf(true);
    const candidates = groupSeries.flatMap((s) => {
      const start = s.values[first];
      return first >= 0 && typeof start === 'number' && typeof s.values[last] === 'number'
        ? [{ label: s.group, rate: start }]
        : [];
    });
    reference = bestGroup(candidates, indicator.direction)?.label ?? null;
    if (reference !== null) {
      for (const focal of groups) {
        if (focal === reference) continue;
        const gap = subgroupGapTrend({
          indicator,
          observations: here,
          place,
          dimension,
          focal,
          reference,
        });
        if (gap.points.length === 0) continue;
        const byLabel = new Map(
          gap.points.map(
            (p) =>
              [
                p.label,
                scaled(
                  p.focalRate !== undefined && p.referenceRate !== undefined
                    ? p.focalRate - p.referenceRate
                    : p.gap,
                ),
              ] as const,
          ),
        );
        const reduction = gap.trend.relativeGapReduction;
        gaps.push({
          focal,
          values: periods.map((period) => byLabel.get(period) ?? null),
          status: gap.trend.status,
          start: scaled(gap.trend.start?.gap),
          end: scaled(gap.trend.end?.gap),
          relativeReduction: reduction.status === 'computed' ? reduction.value : null,
        });
      }
    }
  }
  const total = indicatorTrend({ indicator, observations: here, place });
  return {
    id: indicator.id,
    name: indicator.name,
    role: indicator.role,
    direction: indicator.direction,
    unit: unitWords(indicator.unit),
    gapUnit: scale.unitWords,
    periods,
    series,
    dimension,
    otherDimensions: dimensions.filter((d) => d !== dimension),
    reference,
    gaps,
    change: total.trend.direction,
    excluded,
  };
}

/**
 * Reads every indicator's trend at one place (see {@link primaryPlace}): the whole population and
 * each subgroup of one dimension (race/ethnicity when the rows have it) per period, and each
 * subgroup's gap to a reference group over time, with the theory-of-action package's gap trend
 * (closing, widening, mixed). Indicators without a usable value at the place are left out.
 *
 * @example
 * ```ts
 * const section = outcomesSection(indicatorSet.indicators, observationSet.observations);
 * section.indicators.find((i) => i.id === 'hs-graduation-4yr')?.gaps.find((g) => g.focal === 'Black')?.status; // 'closing'
 * ```
 */
export function outcomesSection(
  indicators: readonly Indicator[],
  observations: readonly Observation[],
  preferredPlace: PlaceRef | null = null,
): OutcomesSection {
  const place = primaryPlace(observations, preferredPlace);
  if (place === null) return { place: null, indicators: [] };
  const ref = { level: place.level, code: place.code };
  return {
    place,
    indicators: indicators.flatMap(
      (indicator) => indicatorSeries(indicator, observations, ref) ?? [],
    ),
  };
}

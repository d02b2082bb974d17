import type {
  Indicator,
  Observation,
  PartnershipEvidence,
  PathSegment,
} from '@community-excellence/schemas/data';
import {
  indicatorTrend,
  periodTime,
  readObservationValue,
  subgroupGapTrend,
  type IndicatorTrend,
  type PlaceRef,
  type SubgroupGapTrend,
} from '../metrics/index.js';
import type { BenchmarkParameters } from './parameters.js';

/**
 * A core indicator as the checks see it: where it is named, its definition (when found), its
 * population trend and its gaps at the primary place.
 */
export interface CoreIndicatorAnalysis {
  readonly indicatorId: string;
  /** Path of the id in the evidence document, or in the indicator set when the evidence names no outcomes. */
  readonly path: readonly PathSegment[];
  readonly indicatorIndex?: number;
  readonly indicator?: Indicator;
  /** Rows (anywhere) of the indicator with a usable value. */
  readonly usableRows: number;
  /** Dimensions with at least one usable subgroup value at the primary place. */
  readonly disaggregatedBy: readonly string[];
  /** Earliest period with a usable disaggregated value at the primary place. */
  readonly firstDisaggregatedPeriod?: string;
  readonly trend?: IndicatorTrend;
  /** One gap trend per focal subgroup against the dimension's reference group. */
  readonly gaps: readonly (SubgroupGapTrend & { readonly referenceChoice: 'user' | 'best-rate' })[];
}

/**
 * The outcome data read once for all data-driven benchmarks.
 */
export interface OutcomeAnalysis {
  /** The broadest place with the most core-indicator rows (the partnership's population level). */
  readonly primaryPlace?: PlaceRef;
  readonly core: readonly CoreIndicatorAnalysis[];
}

const LEVEL_ORDER = [
  'nation',
  'state',
  'region',
  'county',
  'city',
  'community',
  'district',
  'school',
  'neighborhood',
  'census-tract',
  'zip-code',
  'other',
];

function coreIds(
  evidence: PartnershipEvidence,
  indicators: readonly Indicator[],
): { id: string; path: PathSegment[] }[] {
  const out: { id: string; path: PathSegment[] }[] = [];
  const seen = new Set<string>();
  (Array.isArray(evidence.outcomes) ? evidence.outcomes : []).forEach((o, i) => {
    (Array.isArray(o?.coreIndicatorIds) ? o.coreIndicatorIds : []).forEach((id, j) => {
      if (typeof id === 'string' && !seen.has(id)) {
        seen.add(id);
        out.push({ id, path: ['outcomes', i, 'coreIndicatorIds', j] });
      }
    });
  });
  if (out.length > 0) return out;
  indicators.forEach((ind, i) => {
    if (ind?.role === 'core' && typeof ind.id === 'string' && !seen.has(ind.id)) {
      seen.add(ind.id);
      out.push({ id: ind.id, path: ['indicators', i] });
    }
  });
  return out;
}

/**
 * Reads the outcome data for the checks: the core indicators (from the evidence's outcomes, else the
 * indicators with role `core`), the primary place, population trends, disaggregation and gap trends.
 * Gap trends use one reference group per indicator and dimension: `referenceGroups[dimension]` when
 * given, otherwise the best rate in the first period among groups usable at both ends of the window.
 * Never throws on well-typed input; `assessPartnership` guards it for arbitrary input.
 *
 * Never throws: evidence, indicators or observations that cannot be read give no core indicators.
 *
 * @example
 * ```ts
 * const a = analyzeOutcomes(evidence, indicators, observations, DEFAULT_BENCHMARK_PARAMETERS);
 * a.primaryPlace; // { level: 'county', code: 'riverbend-county' }
 * ```
 */
export function analyzeOutcomes(
  evidence: PartnershipEvidence,
  indicators: readonly Indicator[],
  observations: readonly Observation[],
  parameters: BenchmarkParameters,
): OutcomeAnalysis {
  try {
    return analyzeOutcomesUnchecked(evidence, indicators, observations, parameters);
  } catch {
    return { core: [] };
  }
}

function analyzeOutcomesUnchecked(
  evidence: PartnershipEvidence,
  indicators: readonly Indicator[],
  observations: readonly Observation[],
  parameters: BenchmarkParameters,
): OutcomeAnalysis {
  const ids = coreIds(evidence, indicators);
  const idSet = new Set(ids.map((c) => c.id));
  const placeCounts = new Map<string, { place: PlaceRef; n: number }>();
  for (const o of observations) {
    if (!idSet.has(o.indicatorId)) continue;
    const key = `${o.place.level}\u0000${o.place.code}`;
    const entry = placeCounts.get(key) ?? {
      place: { level: o.place.level, code: o.place.code },
      n: 0,
    };
    entry.n++;
    placeCounts.set(key, entry);
  }
  const rank = (level: string): number =>
    LEVEL_ORDER.indexOf(level) === -1 ? LEVEL_ORDER.length : LEVEL_ORDER.indexOf(level);
  const primaryPlace = [...placeCounts.values()].sort(
    (a, b) => rank(a.place.level) - rank(b.place.level) || b.n - a.n,
  )[0]?.place;
  const core = ids.map(({ id, path }): CoreIndicatorAnalysis => {
    const indicatorIndex = indicators.findIndex((i) => i.id === id);
    const indicator = indicators[indicatorIndex];
    const rows = observations.filter((o) => o.indicatorId === id);
    const usableRows = rows.filter(
      (o) => readObservationValue(o, parameters.valueOptions).usable,
    ).length;
    const base = {
      indicatorId: id,
      path,
      usableRows,
      ...(indicator ? { indicator, indicatorIndex } : {}),
    };
    if (!indicator || !primaryPlace) return { ...base, disaggregatedBy: [], gaps: [] };
    const atPlace = rows.filter(
      (o) => o.place.level === primaryPlace.level && o.place.code === primaryPlace.code,
    );
    const disaggregated = atPlace.filter(
      (o) =>
        o.subgroup.dimension !== 'all' && readObservationValue(o, parameters.valueOptions).usable,
    );
    const disaggregatedBy = [...new Set(disaggregated.map((o) => o.subgroup.dimension))];
    const firstDisaggregated = [...disaggregated].sort(
      (a, b) => (periodTime(a.period) ?? Infinity) - (periodTime(b.period) ?? Infinity),
    )[0];
    const trend = indicatorTrend({
      indicator,
      observations,
      place: primaryPlace,
      valueOptions: parameters.valueOptions,
      minPoints: parameters.minTrendPoints,
    });
    const gaps = disaggregatedBy.flatMap((dimension) => {
      const groups = [
        ...new Set(
          atPlace.filter((o) => o.subgroup.dimension === dimension).map((o) => o.subgroup.value),
        ),
      ];
      const userRef = parameters.referenceGroups[dimension];
      let reference = userRef;
      let referenceChoice: 'user' | 'best-rate' = 'user';
      if (reference === undefined) {
        referenceChoice = 'best-rate';
        const cells = atPlace
          .filter((o) => o.subgroup.dimension === dimension)
          .map((o) => ({
            group: o.subgroup.value,
            time: periodTime(o.period),
            read: readObservationValue(o, parameters.valueOptions),
          }))
          .filter((c) => c.read.usable && c.time !== undefined) as {
          group: string;
          time: number;
          read: { usable: true; value: number };
        }[];
        const times = cells.map((c) => c.time);
        const t0 = Math.min(...times);
        const t1 = Math.max(...times);
        const both = cells.filter(
          (c) => c.time === t0 && cells.some((d) => d.group === c.group && d.time === t1),
        );
        const better = (a: number, b: number): boolean =>
          indicator.direction === 'lower-is-better' ? a < b : a > b;
        for (const c of both) {
          const current = both.find((b) => b.group === reference);
          if (
            indicator.direction !== 'neutral' &&
            (current === undefined || better(c.read.value, current.read.value))
          )
            reference = c.group;
        }
      }
      if (reference === undefined) return [];
      const ref = reference;
      return groups
        .filter((g) => g !== ref)
        .map((focal) => ({
          ...subgroupGapTrend({
            indicator,
            observations,
            place: primaryPlace,
            dimension,
            focal,
            reference: ref,
            valueOptions: parameters.valueOptions,
          }),
          referenceChoice,
        }));
    });
    return {
      ...base,
      disaggregatedBy,
      ...(firstDisaggregated ? { firstDisaggregatedPeriod: firstDisaggregated.period.label } : {}),
      trend,
      gaps,
    };
  });
  return { ...(primaryPlace ? { primaryPlace } : {}), core };
}

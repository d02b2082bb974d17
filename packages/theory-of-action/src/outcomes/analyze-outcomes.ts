import type {
  Community,
  Indicator,
  Issue,
  Observation,
  PartnershipEvidence,
  PathSegment,
} from '@community-excellence/schemas/data';
import { periodTime } from '../metrics/period.js';
import { readObservationValue, type ReadValue, type ValueOptions } from '../metrics/read-value.js';
import type { IndicatorDirection } from '../metrics/reference.js';
import { createTheoryOfActionIssue } from '../issue-codes.js';
import { optionsOf } from '../options-of.js';
import { classifyGapChange, measuresDisparity, type GapChange } from './gap-change.js';
import { baselineForecast, type BaselineForecast } from './baseline-forecast.js';
import { cellNotes } from './cell-notes.js';
import { resultsEvidence, type ResultsEvidence } from './results-evidence.js';
import type { ResultsComparison, ResultsIndicator } from './results-indicator.js';
import { targetStatus, type TargetStatus } from './targets.js';
import { scaleOutliers } from './scale-outliers.js';
import type { GroupEstimate } from './standard-error.js';
import { checkUnitScale } from './unit-scale.js';
import { displayValue } from './value-display.js';
import {
  countPlaces,
  groupRows,
  placeKey,
  type PlaceCount,
  type PlaceRows,
} from './observation-index.js';
import {
  selectPlace,
  type ComparisonPlace,
  type PlaceBasis,
  type PlaceSelector,
} from './place-selection.js';
import {
  decideReferenceGroups,
  type ReferenceDecision,
  type ReferenceGroupMap,
  type ReferenceInput,
} from './reference-group.js';
import { readTrend, type TrendReading } from './trend-reading.js';

/**
 * One cell of an outcome table or chart: the number a metric may use (`null` when the cell is
 * suppressed, missing, a bound or an interval: never read as 0) and what the cell shows.
 *
 * @example
 * ```ts
 * const cell: OutcomeCell = { period: '2023-24', value: null, display: '>=95%', reason: 'bound', raw: '>=95%' };
 * ```
 */
export interface OutcomeCell {
  readonly period: string;
  readonly value: number | null;
  /** The cell as a table shows it: `91.4`, `>=95`, `85-89`, `S (suppressed)`, `-` (see `displayValue`). */
  readonly display: string;
  /** Why `value` is null: a value-reading reason (`suppressed`, `bound`, ...) or `no-row`. */
  readonly reason?: string;
  /** The source's text for a cell that is not a plain number (`>=95%`, `85-89%`, `S`). */
  readonly raw?: string;
  readonly ci?: { readonly low: number; readonly high: number; readonly level?: number };
  /** Footnotes and quality notes of the row. */
  readonly notes?: readonly string[];
}

/**
 * The cells of one subgroup (or the whole population, `all`/`all`) in the indicator's periods.
 *
 * @example
 * ```ts
 * const s: OutcomeSeries = { dimension: 'all', group: 'all', cells: [] };
 * ```
 */
export interface OutcomeSeries {
  readonly dimension: string;
  readonly group: string;
  /** One cell per period of {@link IndicatorAnalysis.periods}, in that order. */
  readonly cells: readonly OutcomeCell[];
}

/**
 * A focal group's gap to the reference group over the periods where both have values, and what
 * its change means ({@link GapChange}).
 *
 * @example
 * ```ts
 * declare const gap: GapAnalysis;
 * gap.change.status; // 'closing'
 * ```
 */
export interface GapAnalysis {
  readonly dimension: string;
  readonly focal: string;
  readonly reference: string;
  readonly referenceBasis: ReferenceDecision['basis'];
  readonly points: readonly {
    readonly label: string;
    readonly time: number;
    readonly focal: number;
    readonly reference: number;
  }[];
  readonly change: GapChange;
}

/**
 * The whole-population cells of a comparison place (the enclosing state, the nation) in the
 * indicator's periods.
 *
 * @example
 * ```ts
 * declare const c: ComparisonSeries;
 * c.place.relation; // 'state'
 * ```
 */
export interface ComparisonSeries {
  readonly place: ComparisonPlace;
  /** The whole population's cells (`all`/`all`), one per period of the indicator. */
  readonly cells: readonly OutcomeCell[];
  /** Each subgroup's cells at the comparison place, aligned the same way (e.g. Black children in Ohio). */
  readonly groups: readonly OutcomeSeries[];
}

/**
 * A target of the indicator (from its definition or the partnership evidence) judged against the
 * data: met or missed for an observed period, on or off track against the baseline forecast for a
 * later one (see `targetStatus`).
 *
 * @example
 * ```ts
 * declare const t: TargetAnalysis;
 * t.status.status; // 'on-track'
 * ```
 */
export interface TargetAnalysis {
  readonly source: 'indicator' | 'evidence';
  readonly subgroup: { readonly dimension: string; readonly value: string };
  readonly note?: string;
  readonly status: TargetStatus;
}

/**
 * Everything the analysis decided about one indicator at the analysed place: its cells, trend,
 * reference groups, gaps and comparisons. Reports render this and recompute nothing.
 *
 * @example
 * ```ts
 * declare const a: IndicatorAnalysis;
 * a.trend?.status; // 'improving'
 * ```
 */
export interface IndicatorAnalysis {
  readonly indicatorId: string;
  readonly indicator?: Indicator;
  /** Position of the definition in the indicators given. */
  readonly indicatorIndex?: number;
  /** For a core indicator: where the evidence (or the indicator set) names it. */
  readonly path?: readonly PathSegment[];
  /** Named as a core indicator by the evidence, or `role: 'core'` when the evidence names none. */
  readonly core: boolean;
  /** Rows at the analysed place with a usable value. */
  readonly usableRows: number;
  /** Periods with any row at the place, in time order. */
  readonly periods: readonly string[];
  /** The whole population first (when it has rows), then every subgroup by dimension. */
  readonly series: readonly OutcomeSeries[];
  /** Dimensions with at least one usable subgroup value at the place, in first-seen order. */
  readonly disaggregatedBy: readonly string[];
  /** Earliest period with a usable disaggregated value at the place. */
  readonly firstDisaggregatedPeriod?: string;
  /** The whole population's trend (see `readTrend`); absent without a definition. */
  readonly trend?: TrendReading;
  /** The reference group of each dimension for this indicator and why. */
  readonly references: readonly ReferenceDecision[];
  /** One gap per focal group and dimension with a reference group. */
  readonly gaps: readonly GapAnalysis[];
  readonly comparisons: readonly ComparisonSeries[];
  /** The whole population's baseline forecast (where it goes if nothing new is done) to the latest target period. */
  readonly forecast?: BaselineForecast;
  /** The indicator's targets for this place, judged. */
  readonly targets: readonly TargetAnalysis[];
  /** Cells at the place that could not be used, by reason (`suppressed: 3`). */
  readonly excluded: Readonly<Record<string, number>>;
}

/**
 * A core indicator's analysis, with where the evidence (or the indicator set) names it. A core
 * indicator without a definition or without rows at the place has empty series.
 *
 * @example
 * ```ts
 * declare const c: CoreIndicatorAnalysis;
 * c.path; // ['outcomes', 0, 'coreIndicatorIds', 0]
 * ```
 */
export interface CoreIndicatorAnalysis extends IndicatorAnalysis {
  readonly path: readonly PathSegment[];
}

/**
 * The one outcome analysis: which place it reads and why, its comparisons, the report-wide
 * reference groups, and each indicator's analysis. Plain JSON; the theory-of-action report carries
 * it and the reports render it.
 *
 * @example
 * ```ts
 * declare const analysis: OutcomeAnalysis;
 * analysis.place?.basis; // 'evidence-code'
 * ```
 */
export interface OutcomeAnalysis {
  /** The analysed place and how it was chosen; `null` when none could be chosen (see `issues`). */
  readonly place: (PlaceCount & { readonly basis: PlaceBasis }) | null;
  /** Every place of the data, most rows first, when the place could not be chosen; else empty. */
  readonly candidates: readonly PlaceCount[];
  readonly comparisons: readonly ComparisonPlace[];
  /** The reference group of each dimension across the report (the rule's choice or the caller's). */
  readonly references: readonly ReferenceDecision[];
  /** Every indicator with rows at the place, in the order the indicators were given. */
  readonly indicators: readonly IndicatorAnalysis[];
  /** The core indicators in the evidence's order (also those without a definition or data). */
  readonly core: readonly CoreIndicatorAnalysis[];
  /**
   * The results evidence an examiner weighs under LeTCI, per category-7 item, with a suggested
   * range (a suggestion, never a score; see `resultsEvidence`).
   */
  readonly results: ResultsEvidence;
  readonly issues: readonly Issue[];
}

/**
 * What the analysis reads: the partnership evidence (its geography chooses the place, its outcomes
 * name the core indicators), the indicators and the observation rows.
 *
 * @example
 * ```ts
 * const input: OutcomeAnalysisInput = { indicators, observations };
 * ```
 */
export interface OutcomeAnalysisInput {
  readonly evidence?: PartnershipEvidence;
  readonly community?: Community;
  readonly indicators: readonly Indicator[];
  readonly observations: readonly Observation[];
}

/**
 * Options of {@link analyzeOutcomes}.
 *
 * @example
 * ```ts
 * const o: OutcomeAnalysisOptions = { place: { code: '39061' }, referenceGroups: { race: 'white' } };
 * ```
 */
export interface OutcomeAnalysisOptions {
  /** The place to analyse (`--place`); overrides the evidence's geography. */
  readonly place?: PlaceSelector | string;
  /** The reference group per dimension (`--reference`); overrides every other source. */
  readonly referenceGroups?: ReferenceGroupMap;
  readonly valueOptions?: ValueOptions;
  /** Usable periods a trend needs (default 3). */
  readonly minTrendPoints?: number;
  /**
   * What a gap change is tested against before it counts as a change (`within-uncertainty`
   * otherwise): confidence intervals and numerators/denominators (`counts-and-intervals`, the
   * default), confidence intervals only (`intervals`: counts of a whole cohort are read as exact), or
   * nothing (`none`).
   */
  readonly gapUncertainty?: GapUncertainty;
}

/**
 * The uncertainty a gap change is tested against (see {@link OutcomeAnalysisOptions.gapUncertainty}).
 */
export type GapUncertainty = 'counts-and-intervals' | 'intervals' | 'none';

const ALL = 'all';

function coreIds(
  evidence: PartnershipEvidence | undefined,
  indicators: readonly Indicator[],
): { id: string; path: PathSegment[] }[] {
  const out: { id: string; path: PathSegment[] }[] = [];
  const seen = new Set<string>();
  const outcomes = Array.isArray(evidence?.outcomes) ? evidence.outcomes : [];
  outcomes.forEach((o, i) => {
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

/** Reference groups the evidence's outcomes name for their indicators. */
function evidenceReferences(
  evidence: PartnershipEvidence | undefined,
): Map<string, ReferenceGroupMap> {
  const map = new Map<string, ReferenceGroupMap>();
  for (const o of Array.isArray(evidence?.outcomes) ? evidence.outcomes : []) {
    const groups: unknown = o?.referenceGroups;
    if (typeof groups !== 'object' || groups === null) continue;
    for (const id of [
      ...(Array.isArray(o.coreIndicatorIds) ? o.coreIndicatorIds : []),
      ...(Array.isArray(o.contributingIndicatorIds) ? o.contributingIndicatorIds : []),
    ])
      if (typeof id === 'string' && !map.has(id)) map.set(id, groups as ReferenceGroupMap);
  }
  return map;
}

interface ReadCell {
  readonly period: string;
  readonly time: number | undefined;
  readonly dimension: string;
  readonly group: string;
  /** The value reading, or `scale-suspected` when the scale rule left the value out. */
  readonly read:
    | ReadValue
    | { readonly usable: false; readonly reason: 'scale-suspected'; readonly raw?: string };
  readonly row: Observation;
}

/**
 * The cells of one indicator at one place, read once. A value about 100 times off the median of
 * its series (the importers' scale rule, `scaleOutliers`) is left out as `scale-suspected`, with a
 * `scale_factor_suspected` warning, so that one mis-scaled period cannot make a trend or gap label.
 */
function readCells(
  group: PlaceRows | undefined,
  valueOptions: ValueOptions,
  issues: Issue[],
  indicatorPath: PathSegment[],
): ReadCell[] {
  const out: ReadCell[] = [];
  if (group === undefined) return out;
  for (const row of group.rows) {
    const period = row.period;
    const subgroup = row.subgroup;
    if (typeof period?.label !== 'string') continue;
    if (typeof subgroup?.dimension !== 'string' || typeof subgroup.value !== 'string') continue;
    out.push({
      period: period.label,
      time: periodTime(period),
      dimension: subgroup.dimension,
      group: subgroup.value,
      read: readObservationValue(row, valueOptions),
      row,
    });
  }
  const series = new Map<string, number[]>();
  out.forEach((c, i) => {
    if (c.read.usable && c.read.treatment === 'exact') {
      const key = `${c.dimension}\u0000${c.group}`;
      const list = series.get(key) ?? [];
      list.push(i);
      series.set(key, list);
    }
  });
  for (const positions of series.values()) {
    const values = positions.map((i) => (out[i]?.read.usable ? out[i].read.value : Number.NaN));
    for (const outlier of scaleOutliers(values)) {
      const position = positions[outlier.index] as number;
      const cell = out[position] as ReadCell;
      const raw = (cell.row.value as { raw?: unknown } | undefined)?.raw;
      out[position] = {
        period: cell.period,
        time: cell.time,
        dimension: cell.dimension,
        group: cell.group,
        read:
          typeof raw === 'string'
            ? { usable: false, reason: 'scale-suspected', raw }
            : { usable: false, reason: 'scale-suspected' },
        row: cell.row,
      };
      issues.push(
        createTheoryOfActionIssue({
          code: 'scale_factor_suspected',
          path: indicatorPath,
          factor: 100,
          value: values[outlier.index] as number,
          seriesMedian: outlier.median,
          ratio: outlier.ratio,
          period: cell.period,
          direction: outlier.direction,
        }),
      );
    }
  }
  return out;
}

function cellOf(period: string, cell: ReadCell | undefined, unit: Indicator['unit']): OutcomeCell {
  if (cell === undefined) return { period, value: null, display: '-', reason: 'no-row' };
  const notes = cellNotes(cell.row);
  if (!cell.read.usable && cell.read.reason === 'scale-suspected')
    notes.push('Left out of trends and gaps: about 100 times off the median of its series');
  const out: { -readonly [K in keyof OutcomeCell]: OutcomeCell[K] } = {
    period,
    value: cell.read.usable ? cell.read.value : null,
    display: displayValue(cell.row.value, { unit }),
  };
  if (!cell.read.usable) {
    out.reason = cell.read.reason;
    if (cell.read.raw !== undefined) out.raw = cell.read.raw;
  } else if (cell.read.ci !== undefined) out.ci = cell.read.ci;
  if (notes.length > 0) out.notes = notes;
  return out;
}

function byTimeThenLabel(times: Map<string, number>): (a: string, b: string) => number {
  return (a, b) =>
    (times.get(a) ?? Number.POSITIVE_INFINITY) - (times.get(b) ?? Number.POSITIVE_INFINITY) ||
    (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The outcome analysis every check and report uses: the one place where the analysed place, its
 * comparisons, the reference groups, the trends and the gap changes are decided. The data are
 * grouped once; everything after reads the groups of the analysed place and its comparisons.
 *
 * - **Place**: `options.place`, else the evidence's geography (codes, then name), else the only
 *   place that is not a state or the nation; several places and no choice is an error issue that
 *   lists the candidates (see `selectPlace`). The enclosing state and the nation are comparisons.
 * - **Reference groups**: one rule across the report, overridable (see `decideReferenceGroups`).
 * - **Trend**: `readTrend` over the whole population's usable periods.
 * - **Gaps**: `classifyGapChange` per focal group against the reference group.
 *
 * Never throws: input that cannot be read gives an analysis without indicators and an
 * `outcome_analysis_failed` issue.
 *
 * @example
 * ```ts
 * const analysis = analyzeOutcomes({ evidence, indicators, observations });
 * analysis.place?.code; // 'riverbend-county'
 * ```
 */
export function analyzeOutcomes(
  input: OutcomeAnalysisInput,
  options: OutcomeAnalysisOptions = {},
): OutcomeAnalysis {
  try {
    return analyzeUnchecked(input, options);
  } catch (error) {
    // Input no check foresaw: an analysis without indicators that says why.
    let detail = 'unreadable input';
    try {
      detail = error instanceof Error ? error.message : String(error);
    } catch {
      // keep the generic detail
    }
    return {
      place: null,
      candidates: [],
      comparisons: [],
      references: [],
      indicators: [],
      core: [],
      results: { items: [], unmapped: [] },
      issues: [
        createTheoryOfActionIssue({
          code: 'outcome_analysis_failed',
          path: ['observations'],
          error: detail,
        }),
      ],
    };
  }
}

function analyzeUnchecked(
  input: OutcomeAnalysisInput,
  rawOptions: OutcomeAnalysisOptions,
): OutcomeAnalysis {
  const options = optionsOf(rawOptions);
  const given = optionsOf(input);
  const evidence =
    typeof given.evidence === 'object' && given.evidence !== null ? given.evidence : undefined;
  const community =
    typeof given.community === 'object' && given.community !== null ? given.community : undefined;
  const indicators = (Array.isArray(given.indicators) ? given.indicators : []).filter(
    (i): i is Indicator => typeof i === 'object' && i !== null && typeof i.id === 'string',
  );
  const observations = Array.isArray(given.observations) ? given.observations : [];
  const valueOptions = options.valueOptions ?? {};
  const minTrendPoints = options.minTrendPoints ?? 3;
  const gapUncertainty: GapUncertainty =
    options.gapUncertainty === 'intervals' || options.gapUncertainty === 'none'
      ? options.gapUncertainty
      : 'counts-and-intervals';

  // Pass 1: the places and their row counts (nothing kept); the place is chosen from them.
  const places = countPlaces(observations);
  const geography = evidence?.geography ?? community?.geography;
  const selection = selectPlace(places, {
    ...(options.place !== undefined ? { place: options.place } : {}),
    ...(geography !== undefined ? { geography } : {}),
  });
  const issues: Issue[] = [];
  const ids = coreIds(evidence, indicators);
  const coreSet = new Set(ids.map((c) => c.id));
  const pathOf = new Map(ids.map((c) => [c.id, c.path] as const));
  const indexOf = new Map<string, number>();
  indicators.forEach((ind, i) => {
    if (!indexOf.has(ind.id)) indexOf.set(ind.id, i);
  });

  if (!selection.ok) {
    if (selection.issue !== null) issues.push(selection.issue);
    const core = ids.map(({ id, path }) => emptyAnalysis(id, path, indicators, indexOf));
    return {
      place: null,
      candidates: selection.candidates,
      comparisons: [],
      references: [],
      indicators: [],
      core,
      results: { items: [], unmapped: [] },
      issues,
    };
  }
  const place = selection.place;
  const key = placeKey(place.level, place.code);
  // Pass 2: the rows of the place and its comparisons, grouped by indicator; nothing else is kept.
  const index = {
    byIndicator: groupRows(
      observations,
      new Set([key, ...selection.comparisons.map((c) => placeKey(c.level, c.code))]),
    ),
  };

  // Cells of every indicator at the place, read once.
  const cellsByIndicator = new Map<string, ReadCell[]>();
  for (const indicator of indicators) {
    if (cellsByIndicator.has(indicator.id)) continue;
    cellsByIndicator.set(
      indicator.id,
      readCells(index.byIndicator.get(indicator.id)?.get(key), valueOptions, issues, [
        'indicators',
        indexOf.get(indicator.id) ?? 0,
      ]),
    );
  }

  // The reference rule reads every indicator's usable subgroup series.
  const referenceInputs: ReferenceInput[] = [];
  for (const indicator of indicators) {
    const cells = cellsByIndicator.get(indicator.id) ?? [];
    const byDimension = new Map<string, Map<string, { time: number; value: number }[]>>();
    for (const c of cells) {
      if (c.dimension === ALL || !c.read.usable || c.time === undefined) continue;
      let groups = byDimension.get(c.dimension);
      if (groups === undefined) {
        groups = new Map();
        byDimension.set(c.dimension, groups);
      }
      let points = groups.get(c.group);
      if (points === undefined) {
        points = [];
        groups.set(c.group, points);
      }
      points.push({ time: c.time, value: c.read.value });
    }
    for (const [dimension, groups] of byDimension)
      referenceInputs.push({
        indicatorId: indicator.id,
        direction: indicator.direction,
        dimension,
        series: [...groups].map(([group, points]) => ({ group, points })),
      });
  }
  const indicatorReferences = new Map<string, ReferenceGroupMap>();
  for (const indicator of indicators) {
    const groups: unknown = indicator.referenceGroups;
    if (typeof groups === 'object' && groups !== null)
      indicatorReferences.set(indicator.id, groups as ReferenceGroupMap);
  }
  const references = decideReferenceGroups(referenceInputs, {
    ...(options.referenceGroups !== undefined ? { option: options.referenceGroups } : {}),
    evidence: evidenceReferences(evidence),
    indicator: indicatorReferences,
  });

  const targetsOf = collectTargets(evidence, indicators, place.code);
  const analyses = new Map<string, IndicatorAnalysis>();
  const list: IndicatorAnalysis[] = [];
  for (const indicator of indicators) {
    if (analyses.has(indicator.id)) continue;
    const cells = cellsByIndicator.get(indicator.id) ?? [];
    if (cells.length === 0) continue;
    const analysis = analyzeIndicator({
      indicator,
      indicatorIndex: indexOf.get(indicator.id) ?? 0,
      path: pathOf.get(indicator.id),
      core: coreSet.has(indicator.id),
      cells,
      references: references.perIndicator.filter((r) => r.indicatorId === indicator.id),
      comparisons: selection.comparisons.map((comparison) => ({
        comparison,
        cells: readCells(
          index.byIndicator.get(indicator.id)?.get(placeKey(comparison.level, comparison.code)),
          valueOptions,
          issues,
          ['indicators', indexOf.get(indicator.id) ?? 0],
        ),
      })),
      minTrendPoints,
      gapUncertainty,
      targets: targetsOf.get(indicator.id) ?? [],
    });
    analyses.set(indicator.id, analysis);
    list.push(analysis);
    // Values that contradict the declared unit (0-1 data declared percent): the importers' rule,
    // on the rows this analysis reads.
    issues.push(
      ...checkUnitScale(indicator, index.byIndicator.get(indicator.id)?.get(key)?.rows ?? [], {
        path: ['indicators', indexOf.get(indicator.id) ?? 0],
      }),
    );
  }
  const core = ids.map(({ id, path }): CoreIndicatorAnalysis => {
    const found = analyses.get(id);
    return found?.path !== undefined
      ? (found as CoreIndicatorAnalysis)
      : emptyAnalysis(id, path, indicators, indexOf);
  });
  return {
    place: withBasis(place, selection.basis),
    candidates: [],
    comparisons: selection.comparisons,
    references: references.reportWide,
    indicators: list,
    core,
    results: resultsEvidence(list.map((a) => resultsIndicatorOf(a, evidence))),
    issues,
  };
}

interface CollectedTarget {
  readonly source: 'indicator' | 'evidence';
  readonly period: string;
  readonly value: number;
  readonly subgroup: { readonly dimension: string; readonly value: string };
  readonly note?: string;
}

/** The targets of each indicator for the analysed place: its own, then the evidence's outcomes'. */
function collectTargets(
  evidence: PartnershipEvidence | undefined,
  indicators: readonly Indicator[],
  placeCode: string,
): Map<string, CollectedTarget[]> {
  const out = new Map<string, CollectedTarget[]>();
  const add = (indicatorId: unknown, source: CollectedTarget['source'], t: unknown): void => {
    if (typeof indicatorId !== 'string' || typeof t !== 'object' || t === null) return;
    const target = t as {
      period?: unknown;
      value?: unknown;
      subgroup?: { dimension?: unknown; value?: unknown };
      place?: unknown;
      note?: unknown;
    };
    if (typeof target.period !== 'string' || typeof target.value !== 'number') return;
    if (!Number.isFinite(target.value)) return;
    if (target.place !== undefined && target.place !== placeCode) return;
    const subgroup =
      typeof target.subgroup?.dimension === 'string' && typeof target.subgroup.value === 'string'
        ? { dimension: target.subgroup.dimension, value: target.subgroup.value }
        : { dimension: ALL, value: ALL };
    const list = out.get(indicatorId) ?? [];
    list.push(
      typeof target.note === 'string'
        ? { source, period: target.period, value: target.value, subgroup, note: target.note }
        : { source, period: target.period, value: target.value, subgroup },
    );
    out.set(indicatorId, list);
  };
  for (const indicator of indicators)
    for (const t of Array.isArray(indicator.targets) ? indicator.targets : [])
      add(indicator.id, 'indicator', t);
  for (const o of Array.isArray(evidence?.outcomes) ? evidence.outcomes : [])
    for (const t of Array.isArray(o?.targets) ? o.targets : []) add(t?.indicatorId, 'evidence', t);
  return out;
}

/** What the results evidence reads of one indicator's analysis (levels, trend, comparisons, ties). */
function resultsIndicatorOf(
  a: IndicatorAnalysis,
  evidence: PartnershipEvidence | undefined,
): ResultsIndicator {
  const indicator = a.indicator as Indicator;
  const whole = a.series.find((s) => s.dimension === ALL && s.group === ALL);
  let latestIndex = -1;
  if (whole !== undefined)
    for (let i = whole.cells.length - 1; i >= 0; i--)
      if (whole.cells[i]?.value !== null) {
        latestIndex = i;
        break;
      }
  const latestCell = latestIndex >= 0 ? whole?.cells[latestIndex] : undefined;
  const latest =
    latestCell !== undefined && latestCell.value !== null
      ? { label: latestCell.period, value: latestCell.value }
      : undefined;
  const comparisons: ResultsComparison[] = [];
  if (latest !== undefined && indicator.direction !== 'neutral')
    for (const c of a.comparisons) {
      const value = c.cells[latestIndex]?.value;
      if (value === null || value === undefined) continue;
      const d = indicator.direction === 'higher-is-better' ? 1 : -1;
      const diff = d * (latest.value - value);
      comparisons.push({
        label: c.place.name ?? c.place.code,
        kind: c.place.relation,
        value,
        standing: diff > 0 ? 'better' : diff < 0 ? 'worse' : 'same',
      });
    }
  const outcomes = (Array.isArray(evidence?.outcomes) ? evidence.outcomes : []).filter(
    (o) =>
      (Array.isArray(o?.coreIndicatorIds) && o.coreIndicatorIds.includes(a.indicatorId)) ||
      (Array.isArray(o?.contributingIndicatorIds) &&
        o.contributingIndicatorIds.includes(a.indicatorId)),
  );
  const outcomeIds = outcomes.map((o) => o.id).filter((id) => typeof id === 'string');
  const names = (ids: unknown): boolean =>
    Array.isArray(ids) && ids.some((id) => outcomeIds.includes(id as string));
  const strategicLinks =
    (Array.isArray(evidence?.actionNetworks) ? evidence.actionNetworks : []).filter(
      (n) => typeof n?.focusOutcomeId === 'string' && outcomeIds.includes(n.focusOutcomeId),
    ).length +
    (Array.isArray(evidence?.policyChanges) ? evidence.policyChanges : []).filter((c) =>
      names(c?.outcomeIds),
    ).length +
    (Array.isArray(evidence?.accountabilityStructure?.workGroups)
      ? evidence.accountabilityStructure.workGroups
      : []
    ).filter((g) => names(g?.outcomeIds)).length;
  const measured = a.gaps.filter((g) => measuresDisparity(g.change));
  const out: { -readonly [K in keyof ResultsIndicator]: ResultsIndicator[K] } = {
    indicatorId: a.indicatorId,
    name: indicator.name,
    outcomeArea: indicator.outcomeArea,
    role: indicator.role,
    direction: indicator.direction,
    trend: { status: a.trend?.status ?? 'insufficient-data', points: a.trend?.points ?? 0 },
    comparisons,
    disaggregated: a.disaggregatedBy.length > 0,
    gapsClosing: {
      closing: measured.filter((g) => g.change.countsAsClosing).length,
      measurable: measured.length,
    },
    integration: {
      outcomeIds,
      strategicLinks,
      projected: a.targets.length > 0,
    },
  };
  if (latest !== undefined) out.latest = latest;
  return out;
}

function withBasis(place: PlaceCount, basis: PlaceBasis): PlaceCount & { basis: PlaceBasis } {
  const out: { -readonly [K in keyof PlaceCount]: PlaceCount[K] } & { basis: PlaceBasis } = {
    level: place.level,
    code: place.code,
    rows: place.rows,
    basis,
  };
  if (place.scheme !== undefined) out.scheme = place.scheme;
  if (place.name !== undefined) out.name = place.name;
  return out;
}

function emptyAnalysis(
  id: string,
  path: readonly PathSegment[],
  indicators: readonly Indicator[],
  indexOf: ReadonlyMap<string, number>,
): CoreIndicatorAnalysis {
  const i = indexOf.get(id);
  const indicator = i === undefined ? undefined : indicators[i];
  return {
    indicatorId: id,
    ...(indicator !== undefined && i !== undefined ? { indicator, indicatorIndex: i } : {}),
    path,
    core: true,
    usableRows: 0,
    periods: [],
    series: [],
    disaggregatedBy: [],
    references: [],
    gaps: [],
    comparisons: [],
    targets: [],
    excluded: {},
  };
}

function analyzeIndicator(args: {
  indicator: Indicator;
  indicatorIndex: number;
  path: readonly PathSegment[] | undefined;
  core: boolean;
  cells: readonly ReadCell[];
  references: readonly ReferenceDecision[];
  comparisons: readonly { comparison: ComparisonPlace; cells: readonly ReadCell[] }[];
  minTrendPoints: number;
  gapUncertainty: GapUncertainty;
  targets: readonly CollectedTarget[];
}): IndicatorAnalysis {
  const { indicator, cells } = args;
  const direction = indicator.direction as IndicatorDirection;
  const times = new Map<string, number>();
  for (const c of cells)
    if (!times.has(c.period)) times.set(c.period, c.time ?? Number.POSITIVE_INFINITY);
  const periods = [...times.keys()].sort(byTimeThenLabel(times));

  // Series: whole population first, then each dimension's groups in first-seen order.
  const seriesKeys: { dimension: string; group: string }[] = [];
  const byKey = new Map<string, Map<string, ReadCell>>();
  const excluded: Record<string, number> = Object.create(null) as Record<string, number>;
  let usableRows = 0;
  const disaggregatedBy: string[] = [];
  let firstDisaggregated: { time: number; period: string } | undefined;
  for (const c of cells) {
    const k = `${c.dimension}\u0000${c.group}`;
    let byPeriod = byKey.get(k);
    if (byPeriod === undefined) {
      byPeriod = new Map();
      byKey.set(k, byPeriod);
      if (c.dimension === ALL) seriesKeys.unshift({ dimension: c.dimension, group: c.group });
      else seriesKeys.push({ dimension: c.dimension, group: c.group });
    }
    if (!byPeriod.has(c.period)) byPeriod.set(c.period, c);
    if (c.read.usable) {
      usableRows++;
      if (c.dimension !== ALL) {
        if (!disaggregatedBy.includes(c.dimension)) disaggregatedBy.push(c.dimension);
        const t = c.time ?? Number.POSITIVE_INFINITY;
        if (firstDisaggregated === undefined || t < firstDisaggregated.time)
          firstDisaggregated = { time: t, period: c.period };
      }
    } else excluded[c.read.reason] = (excluded[c.read.reason] ?? 0) + 1;
  }
  const series: OutcomeSeries[] = seriesKeys.map(({ dimension, group }) => {
    const byPeriod = byKey.get(`${dimension}\u0000${group}`);
    return {
      dimension,
      group,
      cells: periods.map((period) => cellOf(period, byPeriod?.get(period), indicator.unit)),
    };
  });

  const usableOf = (
    byPeriod: ReadonlyMap<string, ReadCell> | undefined,
  ): { label: string; time: number; value: number; ci?: OutcomeCell['ci'] }[] => {
    const out: { label: string; time: number; value: number; ci?: OutcomeCell['ci'] }[] = [];
    if (byPeriod === undefined) return out;
    for (const period of periods) {
      const c = byPeriod.get(period);
      if (c === undefined || !c.read.usable || c.time === undefined) continue;
      out.push(
        c.read.ci === undefined
          ? { label: period, time: c.time, value: c.read.value }
          : { label: period, time: c.time, value: c.read.value, ci: c.read.ci },
      );
    }
    return out;
  };

  const whole = byKey.get(`${ALL}\u0000${ALL}`);
  const trend = readTrend(usableOf(whole), direction, { minPoints: args.minTrendPoints });

  const gaps: GapAnalysis[] = [];
  for (const reference of args.references) {
    if (reference.group === null) continue;
    const refCells = byKey.get(`${reference.dimension}\u0000${reference.group}`);
    for (const { dimension, group } of seriesKeys) {
      if (dimension !== reference.dimension || group === reference.group) continue;
      const focalCells = byKey.get(`${dimension}\u0000${group}`);
      const points: GapAnalysis['points'][number][] = [];
      const estimates: Parameters<typeof classifyGapChange>[0][number][] = [];
      for (const period of periods) {
        const f = focalCells?.get(period);
        const r = refCells?.get(period);
        if (!f?.read.usable || !r?.read.usable || f.time === undefined) continue;
        points.push({ label: period, time: f.time, focal: f.read.value, reference: r.read.value });
        estimates.push({
          label: period,
          time: f.time,
          focal: estimateOf(f, args.gapUncertainty),
          reference: estimateOf(r, args.gapUncertainty),
        });
      }
      if (points.length === 0) continue;
      gaps.push({
        dimension,
        focal: group,
        reference: reference.group,
        referenceBasis: reference.basis,
        points,
        change: classifyGapChange(estimates, direction, { unit: indicator.unit }),
      });
    }
  }

  const comparisons: ComparisonSeries[] = args.comparisons.flatMap(({ comparison, cells: cs }) => {
    if (cs.length === 0) return [];
    const bySeries = new Map<string, Map<string, ReadCell>>();
    const order: { dimension: string; group: string }[] = [];
    for (const c of cs) {
      const k = `${c.dimension}\u0000${c.group}`;
      let byPeriod = bySeries.get(k);
      if (byPeriod === undefined) {
        byPeriod = new Map();
        bySeries.set(k, byPeriod);
        if (c.dimension !== ALL) order.push({ dimension: c.dimension, group: c.group });
      }
      if (!byPeriod.has(c.period)) byPeriod.set(c.period, c);
    }
    const whole = bySeries.get(`${ALL}\u0000${ALL}`);
    return [
      {
        place: comparison,
        cells: periods.map((p) => cellOf(p, whole?.get(p), indicator.unit)),
        groups: order.map(({ dimension, group }) => {
          const byPeriod = bySeries.get(`${dimension}\u0000${group}`);
          return {
            dimension,
            group,
            cells: periods.map((p) => cellOf(p, byPeriod?.get(p), indicator.unit)),
          };
        }),
      },
    ];
  });

  // Targets: each judged on its own group's series, against that series' baseline forecast.
  const targets: TargetAnalysis[] = [];
  for (const t of args.targets) {
    const series = usableOf(byKey.get(`${t.subgroup.dimension}\u0000${t.subgroup.value}`));
    const baseline = baselineForecast(series, [{ label: t.period }], {
      minPoints: args.minTrendPoints,
      unit: indicator.unit,
    });
    const status = targetStatus({ period: t.period, value: t.value }, series, baseline, direction);
    targets.push(
      t.note === undefined
        ? { source: t.source, subgroup: t.subgroup, status }
        : { source: t.source, subgroup: t.subgroup, note: t.note, status },
    );
  }
  // The whole population's baseline forecast, drawn to its targets' periods (or the next period).
  const wholeTargets = args.targets.filter((t) => t.subgroup.dimension === ALL);
  const forecast =
    wholeTargets.length > 0
      ? baselineForecast(
          usableOf(whole),
          wholeTargets.map((t) => ({ label: t.period })),
          { minPoints: args.minTrendPoints, unit: indicator.unit },
        )
      : undefined;

  const out: { -readonly [K in keyof IndicatorAnalysis]: IndicatorAnalysis[K] } = {
    indicatorId: indicator.id,
    indicator,
    indicatorIndex: args.indicatorIndex,
    core: args.core,
    usableRows,
    periods,
    series,
    disaggregatedBy,
    trend,
    references: args.references,
    gaps,
    comparisons,
    targets,
    excluded: { ...excluded },
  };
  if (forecast !== undefined) out.forecast = forecast;
  if (args.path !== undefined) out.path = args.path;
  if (firstDisaggregated !== undefined) out.firstDisaggregatedPeriod = firstDisaggregated.period;
  return out;
}

function estimateOf(c: ReadCell, uncertainty: GapUncertainty): GroupEstimate {
  const value = c.read.usable ? c.read.value : Number.NaN;
  if (uncertainty === 'none') return { value };
  const ci = c.read.usable ? c.read.ci : undefined;
  if (uncertainty === 'intervals') return ci === undefined ? { value } : { value, ci };
  const { numerator, denominator } = c.row;
  return {
    value,
    ...(ci === undefined ? {} : { ci }),
    ...(typeof numerator === 'number' ? { numerator } : {}),
    ...(typeof denominator === 'number' ? { denominator } : {}),
  };
}

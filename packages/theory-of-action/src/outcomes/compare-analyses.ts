import { isFiniteNumber, toText } from '../metrics/metric.js';
import type { OutcomeAnalysis } from './analyze-outcomes.js';
import type { GapChangeStatus } from './gap-change.js';
import type { TrendStatus } from './trend-reading.js';

/**
 * One indicator in both analyses: its trend status before and after and its latest whole-population
 * value in each (`null` when the analysis has none).
 *
 * @example
 * ```ts
 * const t: TrendStatusChange = {
 *   indicatorId: 'chronic-absence-k3',
 *   before: 'worsening',
 *   after: 'mixed',
 *   move: 'other',
 *   latestBefore: { label: '2022-23', time: 2022.5, value: 20.1 },
 *   latestAfter: { label: '2024-25', time: 2024.5, value: 15.8 },
 * };
 * ```
 */
export interface TrendStatusChange {
  readonly indicatorId: string;
  readonly before: TrendStatus;
  readonly after: TrendStatus;
  /**
   * - `to-improving`: not `improving` before, `improving` after;
   * - `away-from-improving`: `improving` before, not after;
   * - `other`: another change of status (`worsening` -> `mixed`, `insufficient-data` -> `flat`);
   * - `unchanged`: the same status;
   * - `not-comparable`: the analyses read different places, so no move is read.
   */
  readonly move: 'to-improving' | 'away-from-improving' | 'other' | 'unchanged' | 'not-comparable';
  readonly latestBefore: {
    readonly label: string;
    readonly time: number;
    readonly value: number;
  } | null;
  readonly latestAfter: TrendStatusChange['latestBefore'];
}

/**
 * One gap in both analyses (matched by indicator, dimension and focal group): its gap-change status
 * before and after, whether it counts as closing in each, and the gap at the latest period of each
 * (`focal - reference`, sign kept; `null` when the analysis has no period with both values).
 *
 * @example
 * ```ts
 * declare const g: GapStatusChange;
 * [g.before, g.after, g.closing]; // ['closing', 'mixed', 'no-longer-closing']
 * g.latestAfter?.gap; // 14.7
 * ```
 */
export interface GapStatusChange {
  readonly indicatorId: string;
  readonly dimension: string;
  readonly focal: string;
  readonly reference: { readonly before: string; readonly after: string };
  /** `false` when the reference group or the place differs: then `closing` is `not-comparable`. */
  readonly comparable: boolean;
  readonly before: GapChangeStatus;
  readonly after: GapChangeStatus;
  readonly countsAsClosing: { readonly before: boolean; readonly after: boolean };
  /**
   * Whether it counts as closing (only `closing` does) before and after:
   *
   * - `newly-closing` / `no-longer-closing`: it counts after and not before, or the reverse;
   * - `still-closing` / `not-closing`: the same both times;
   * - `not-comparable`: the reference group (or the place) differs: neither a gain nor a loss.
   */
  readonly closing:
    'newly-closing' | 'no-longer-closing' | 'still-closing' | 'not-closing' | 'not-comparable';
  /** The gap at the latest period with both values: `gap = focal - reference`, sign kept. */
  readonly latestBefore: {
    readonly label: string;
    readonly time: number;
    readonly focal: number;
    readonly reference: number;
    readonly gap: number;
  } | null;
  readonly latestAfter: GapStatusChange['latestBefore'];
  readonly notes: readonly string[];
}

/**
 * What is in only one of the two analyses: indicators (with their trend status) and gaps (with
 * their reference group and gap-change status).
 *
 * @example
 * ```ts
 * declare const only: OutcomeAnalysisOnlyInOne;
 * only.gaps.map((g) => `${g.indicatorId} ${g.focal} vs ${g.reference}: ${g.status}`);
 * ```
 */
export interface OutcomeAnalysisOnlyInOne {
  readonly indicators: readonly { readonly indicatorId: string; readonly trend: TrendStatus }[];
  readonly gaps: readonly {
    readonly indicatorId: string;
    readonly dimension: string;
    readonly focal: string;
    readonly reference: string;
    readonly status: GapChangeStatus;
  }[];
}

/**
 * The counts of a comparison: trends that moved to or away from `improving`, gaps newly closing or
 * no longer closing (comparable ones only), and how many trends and gaps were compared.
 *
 * @example
 * ```ts
 * declare const s: OutcomeComparisonSummary;
 * s.trendsToImproving; // 1
 * s.gapsNoLongerClosing; // 1
 * ```
 */
export interface OutcomeComparisonSummary {
  readonly indicatorsCompared: number;
  readonly trendsToImproving: number;
  readonly trendsAwayFromImproving: number;
  readonly gapsCompared: number;
  readonly gapsNewlyClosing: number;
  readonly gapsNoLongerClosing: number;
  /** Gaps in both analyses whose statuses are not comparable (other reference group or place). */
  readonly gapsNotComparable: number;
}

/**
 * What changed from one outcome analysis to a later one: plain data; `notes` (and each gap's
 * `notes`) are the only prose. See {@link compareOutcomeAnalyses}.
 *
 * @example
 * ```ts
 * declare const c: OutcomeAnalysisComparison;
 * c.trends.filter((t) => t.move === 'to-improving').map((t) => t.indicatorId);
 * c.summary.gapsNewlyClosing; // 0
 * ```
 */
export interface OutcomeAnalysisComparison {
  readonly kind: 'outcome-analysis-comparison';
  /** The analysed place of each (`null` when the analysis names none). */
  readonly place: {
    readonly before: { readonly level: string; readonly code: string } | null;
    readonly after: { readonly level: string; readonly code: string } | null;
  };
  /** The latest period with a whole-population value or a gap, over all indicators of each. */
  readonly latestPeriod: {
    readonly before: { readonly label: string; readonly time: number } | null;
    readonly after: { readonly label: string; readonly time: number } | null;
  };
  /** Indicators in both analyses, in the order of `after`. */
  readonly trends: readonly TrendStatusChange[];
  /** Gaps in both analyses, in the order of `after`. */
  readonly gaps: readonly GapStatusChange[];
  readonly onlyBefore: OutcomeAnalysisOnlyInOne;
  readonly onlyAfter: OutcomeAnalysisOnlyInOne;
  readonly summary: OutcomeComparisonSummary;
  readonly notes: readonly string[];
}

const TREND_STATUSES: readonly TrendStatus[] = [
  'improving',
  'worsening',
  'mixed',
  'flat',
  'no-direction',
  'insufficient-data',
];
const GAP_STATUSES: readonly GapChangeStatus[] = [
  'closing',
  'levelling-down',
  'widening',
  'crossed',
  'lead-shrinking',
  'lead-growing',
  'unchanged',
  'within-uncertainty',
  'mixed',
  'no-direction',
  'insufficient-data',
];

type Latest = NonNullable<TrendStatusChange['latestBefore']>;
type GapAtPeriod = NonNullable<GapStatusChange['latestBefore']>;
type PlaceId = { level: string; code: string };

interface ReadGap {
  readonly key: string;
  readonly indicatorId: string;
  readonly dimension: string;
  readonly focal: string;
  readonly reference: string;
  readonly status: GapChangeStatus;
  readonly latest: GapAtPeriod | null;
}

interface ReadIndicator {
  readonly indicatorId: string;
  readonly trend: TrendStatus;
  readonly latest: Latest | null;
}

/** An outcome analysis read defensively (also from JSON): what the comparison needs. @internal */
interface ReadAnalysis {
  readonly valid: boolean;
  readonly place: PlaceId | null;
  readonly references: ReadonlyMap<string, string>;
  readonly indicators: Map<string, ReadIndicator>;
  readonly indicatorOrder: readonly string[];
  readonly gaps: Map<string, ReadGap>;
  readonly gapOrder: readonly string[];
  readonly skipped: number;
  readonly duplicates: readonly string[];
  readonly latest: { label: string; time: number } | null;
}

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): x is string => typeof x === 'string';
const list = (x: unknown): readonly unknown[] => (Array.isArray(x) ? x : []);

function gapKey(indicatorId: string, dimension: string, focal: string): string {
  return `${indicatorId}\u0000${dimension}\u0000${focal}`;
}

function latestOf(trend: unknown): Latest | null {
  const last = isObj(trend) ? trend.last : undefined;
  if (!isObj(last) || !isFiniteNumber(last.time) || !isFiniteNumber(last.value)) return null;
  return { label: toText(last.label), time: last.time, value: last.value };
}

function latestGapOf(points: unknown): GapAtPeriod | null {
  let out: GapAtPeriod | null = null;
  for (const p of list(points)) {
    if (!isObj(p) || !isFiniteNumber(p.time)) continue;
    const { focal, reference } = p;
    if (!isFiniteNumber(focal) || !isFiniteNumber(reference)) continue;
    if (out !== null && p.time < out.time) continue;
    out = { label: toText(p.label), time: p.time, focal, reference, gap: focal - reference };
  }
  return out;
}

function readAnalysis(analysis: unknown): ReadAnalysis {
  const a = isObj(analysis) ? analysis : {};
  const valid = Array.isArray(a.indicators);
  const place =
    isObj(a.place) && str(a.place.level) && str(a.place.code)
      ? { level: a.place.level, code: a.place.code }
      : null;
  const references = new Map<string, string>();
  for (const r of list(a.references))
    if (isObj(r) && str(r.dimension) && str(r.group) && !references.has(r.dimension))
      references.set(r.dimension, r.group);
  const indicators = new Map<string, ReadIndicator>();
  const indicatorOrder: string[] = [];
  const gaps = new Map<string, ReadGap>();
  const gapOrder: string[] = [];
  const duplicates: string[] = [];
  let skipped = 0;
  // The latest period seen (a holder: assignments inside `seen` are not narrowed away).
  const latest: { at: { label: string; time: number } | null } = { at: null };
  const seen = (label: string, time: number): void => {
    if (latest.at === null || time > latest.at.time) latest.at = { label, time };
  };
  for (const x of list(a.indicators)) {
    if (!isObj(x) || !str(x.indicatorId)) {
      skipped++;
      continue;
    }
    const id = x.indicatorId;
    if (indicators.has(id)) {
      duplicates.push(id);
      continue;
    }
    const status = isObj(x.trend) ? x.trend.status : undefined;
    const last = latestOf(x.trend);
    if (last !== null) seen(last.label, last.time);
    indicators.set(id, {
      indicatorId: id,
      trend: TREND_STATUSES.includes(status as TrendStatus)
        ? (status as TrendStatus)
        : 'insufficient-data',
      latest: last,
    });
    indicatorOrder.push(id);
    for (const g of list(x.gaps)) {
      if (!isObj(g) || !str(g.dimension) || !str(g.focal) || !str(g.reference)) {
        skipped++;
        continue;
      }
      const key = gapKey(id, g.dimension, g.focal);
      if (gaps.has(key)) {
        duplicates.push(`${id} ${g.dimension} ${g.focal}`);
        continue;
      }
      const gapStatus = isObj(g.change) ? g.change.status : undefined;
      const gapLatest = latestGapOf(g.points);
      if (gapLatest !== null) seen(gapLatest.label, gapLatest.time);
      gaps.set(key, {
        key,
        indicatorId: id,
        dimension: g.dimension,
        focal: g.focal,
        reference: g.reference,
        status: GAP_STATUSES.includes(gapStatus as GapChangeStatus)
          ? (gapStatus as GapChangeStatus)
          : 'insufficient-data',
        latest: gapLatest,
      });
      gapOrder.push(key);
    }
  }
  return {
    valid,
    place,
    references,
    indicators,
    indicatorOrder,
    gaps,
    gapOrder,
    skipped,
    duplicates,
    latest: latest.at,
  };
}

function trendMove(
  before: TrendStatus,
  after: TrendStatus,
  comparable: boolean,
): TrendStatusChange['move'] {
  if (!comparable) return 'not-comparable';
  if (before === after) return 'unchanged';
  if (after === 'improving') return 'to-improving';
  if (before === 'improving') return 'away-from-improving';
  return 'other';
}

function closingMove(
  before: boolean,
  after: boolean,
  comparable: boolean,
): GapStatusChange['closing'] {
  if (!comparable) return 'not-comparable';
  if (before && after) return 'still-closing';
  if (after) return 'newly-closing';
  if (before) return 'no-longer-closing';
  return 'not-closing';
}

const placeText = (p: PlaceId): string => `${p.level} ${p.code}`;

function emptyComparison(notes: string[]): OutcomeAnalysisComparison {
  return {
    kind: 'outcome-analysis-comparison',
    place: { before: null, after: null },
    latestPeriod: { before: null, after: null },
    trends: [],
    gaps: [],
    onlyBefore: { indicators: [], gaps: [] },
    onlyAfter: { indicators: [], gaps: [] },
    summary: {
      indicatorsCompared: 0,
      trendsToImproving: 0,
      trendsAwayFromImproving: 0,
      gapsCompared: 0,
      gapsNewlyClosing: 0,
      gapsNoLongerClosing: 0,
      gapsNotComparable: 0,
    },
    notes,
  };
}

/**
 * Year over year: what changed from the outcome analysis `before` to the analysis `after` (both as
 * `analyzeOutcomes` returns them, or read back from JSON).
 *
 * - **Trends**: indicators are matched by `indicatorId`; each gives its whole-population trend
 *   status before and after, how it moved (`to-improving`, `away-from-improving`, `other`,
 *   `unchanged`) and its latest value and period in each.
 * - **Gaps**: matched by indicator, dimension and focal group; each gives its gap-change status
 *   before and after, whether it counts as closing in each and how that moved (`newly-closing`,
 *   `no-longer-closing`, `still-closing`, `not-closing`), and the gap at the latest period of each.
 * - **Not comparable**: when a gap's reference group differs, its statuses are not comparable: the
 *   gap says so in its `notes` and its move is `not-comparable` (never counted as a gain or a loss).
 *   When the analyses read different places, every trend and gap is `not-comparable`.
 * - **Notes** warn when the places differ, a dimension's reference group differs, `after`'s latest
 *   period is not later than `before`'s, or something could not be read (a document that is not an
 *   outcome analysis, entries without an id, duplicates: the first is used).
 *
 * Indicators and gaps in only one analysis are listed apart; `summary` counts the moves. Never
 * throws.
 *
 * @example
 * ```ts
 * // Last year's analysis read the rows up to 2022-23; this year's reads them all.
 * const earlier = observations.filter((o) => (o.period.end ?? '') <= '2023-06-30');
 * const before = analyzeOutcomes({ evidence, indicators, observations: earlier });
 * const after = analyzeOutcomes({ evidence, indicators, observations });
 * const c = compareOutcomeAnalyses(before, after);
 * c.summary; // { trendsToImproving: 1, gapsNoLongerClosing: 1, ... }
 * c.gaps.filter((g) => g.closing === 'no-longer-closing').map((g) => [g.indicatorId, g.focal]);
 * ```
 */
export function compareOutcomeAnalyses(
  before: OutcomeAnalysis,
  after: OutcomeAnalysis,
): OutcomeAnalysisComparison {
  try {
    return compareUnchecked(before, after);
  } catch {
    return emptyComparison(['the analyses could not be read']);
  }
}

function compareUnchecked(
  beforeAnalysis: OutcomeAnalysis,
  afterAnalysis: OutcomeAnalysis,
): OutcomeAnalysisComparison {
  const before = readAnalysis(beforeAnalysis);
  const after = readAnalysis(afterAnalysis);
  const notes: string[] = [];

  // What could not be read.
  for (const [label, r] of [
    ['before', before],
    ['after', after],
  ] as const) {
    if (!r.valid)
      notes.push(`the ${label} document is not an outcome analysis: it is read as empty`);
    else if (r.place === null)
      notes.push(`the ${label} analysis names no analysed place: it has nothing to compare`);
    if (r.skipped > 0)
      notes.push(
        `${r.skipped} indicator(s) or gap(s) of the ${label} analysis could not be read and are left out`,
      );
    if (r.duplicates.length > 0)
      notes.push(
        `the ${label} analysis has more than one entry for ${[...new Set(r.duplicates)].join(', ')}: the first is used`,
      );
  }

  // Comparability.
  const samePlace =
    before.place === null ||
    after.place === null ||
    (before.place.level === after.place.level && before.place.code === after.place.code);
  if (!samePlace && before.place !== null && after.place !== null)
    notes.push(
      `the analyses read different places (${placeText(before.place)} before, ${placeText(after.place)} after): their trends and gaps are not comparable and no change is called a gain or a loss`,
    );
  const referenceNoted = new Set<string>();
  for (const [dimension, group] of after.references) {
    const was = before.references.get(dimension);
    if (was === undefined || was === group) continue;
    referenceNoted.add(dimension);
    notes.push(
      `the reference group of ${dimension} differs (${was} before, ${group} after): gap statuses on ${dimension} are not comparable and no change among them is called an improvement`,
    );
  }
  const lb = before.latest;
  const la = after.latest;
  if (lb !== null && la !== null && la.time <= lb.time)
    notes.push(
      `the after analysis's latest period (${la.label}) is not later than the before analysis's (${lb.label}): a change may come from revised data or options, not from a new period`,
    );

  // Trends.
  const trends: TrendStatusChange[] = [];
  const onlyAfterIndicators: OutcomeAnalysisOnlyInOne['indicators'][number][] = [];
  let toImproving = 0;
  let awayFromImproving = 0;
  for (const id of after.indicatorOrder) {
    const a = after.indicators.get(id) as ReadIndicator;
    const b = before.indicators.get(id);
    if (b === undefined) {
      onlyAfterIndicators.push({ indicatorId: id, trend: a.trend });
      continue;
    }
    const move = trendMove(b.trend, a.trend, samePlace);
    if (move === 'to-improving') toImproving++;
    if (move === 'away-from-improving') awayFromImproving++;
    trends.push({
      indicatorId: id,
      before: b.trend,
      after: a.trend,
      move,
      latestBefore: b.latest,
      latestAfter: a.latest,
    });
  }
  const onlyBeforeIndicators = before.indicatorOrder
    .filter((id) => !after.indicators.has(id))
    .map((id) => ({ indicatorId: id, trend: (before.indicators.get(id) as ReadIndicator).trend }));

  // Gaps.
  const gaps: GapStatusChange[] = [];
  const onlyAfterGaps: OutcomeAnalysisOnlyInOne['gaps'][number][] = [];
  const otherReference: string[] = [];
  let newlyClosing = 0;
  let noLongerClosing = 0;
  let notComparable = 0;
  const onlyOf = (g: ReadGap): OutcomeAnalysisOnlyInOne['gaps'][number] => ({
    indicatorId: g.indicatorId,
    dimension: g.dimension,
    focal: g.focal,
    reference: g.reference,
    status: g.status,
  });
  for (const key of after.gapOrder) {
    const a = after.gaps.get(key) as ReadGap;
    const b = before.gaps.get(key);
    if (b === undefined) {
      onlyAfterGaps.push(onlyOf(a));
      continue;
    }
    const gapNotes: string[] = [];
    const sameReference = a.reference === b.reference;
    if (!sameReference) {
      gapNotes.push(
        `the reference group changed (${b.reference} before, ${a.reference} after): the gap statuses are not comparable`,
      );
      if (!referenceNoted.has(a.dimension))
        otherReference.push(`${a.indicatorId} ${a.dimension} ${a.focal}`);
    }
    const comparable = samePlace && sameReference;
    if (!comparable) notComparable++;
    const closingBefore = b.status === 'closing';
    const closingAfter = a.status === 'closing';
    const closing = closingMove(closingBefore, closingAfter, comparable);
    if (closing === 'newly-closing') newlyClosing++;
    if (closing === 'no-longer-closing') noLongerClosing++;
    gaps.push({
      indicatorId: a.indicatorId,
      dimension: a.dimension,
      focal: a.focal,
      reference: { before: b.reference, after: a.reference },
      comparable,
      before: b.status,
      after: a.status,
      countsAsClosing: { before: closingBefore, after: closingAfter },
      closing,
      latestBefore: b.latest,
      latestAfter: a.latest,
      notes: gapNotes,
    });
  }
  if (otherReference.length > 0)
    notes.push(
      `${otherReference.length} gap(s) have another reference group than before (${otherReference.join(', ')}): their statuses are not comparable and no change among them is called an improvement`,
    );
  const onlyBeforeGaps = before.gapOrder
    .filter((key) => !after.gaps.has(key))
    .map((key) => onlyOf(before.gaps.get(key) as ReadGap));

  return {
    kind: 'outcome-analysis-comparison',
    place: { before: before.place, after: after.place },
    latestPeriod: { before: lb, after: la },
    trends,
    gaps,
    onlyBefore: { indicators: onlyBeforeIndicators, gaps: onlyBeforeGaps },
    onlyAfter: { indicators: onlyAfterIndicators, gaps: onlyAfterGaps },
    summary: {
      indicatorsCompared: trends.length,
      trendsToImproving: toImproving,
      trendsAwayFromImproving: awayFromImproving,
      gapsCompared: gaps.length,
      gapsNewlyClosing: newlyClosing,
      gapsNoLongerClosing: noLongerClosing,
      gapsNotComparable: notComparable,
    },
    notes,
  };
}

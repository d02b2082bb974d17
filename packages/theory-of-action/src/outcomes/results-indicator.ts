import type { Indicator } from '@community-excellence/schemas/data';
import { isFiniteNumber } from '../metrics/metric.js';
import type { TrendStatus } from './trend-reading.js';

/**
 * One comparison for a results indicator's latest level: the enclosing state, the nation, a peer
 * group or a benchmark, and whether the indicator stands `better`, `worse` or the `same`
 * (in the direction of good; the outcome analysis decides).
 *
 * @example
 * ```ts
 * const ohio: ResultsComparison = { label: 'Ohio', kind: 'state', value: 82.1, standing: 'better' };
 * ```
 */
export interface ResultsComparison {
  /** What the level is compared with, for example `Ohio`, `United States`, `peer median`. */
  readonly label: string;
  readonly kind: 'state' | 'nation' | 'peer' | 'benchmark';
  readonly value: number;
  /** The indicator's standing against it, in the direction of good. */
  readonly standing: 'better' | 'worse' | 'same';
}

/**
 * What {@link resultsEvidence} needs to know about one results indicator: its outcome area (which
 * files it under a category-7 item), its trend reading, its latest level and comparisons, whether
 * it is disaggregated and its gaps closing, and what ties it to the partnership's outcomes and
 * plans. The outcome analysis adapts its per-indicator result to this.
 *
 * @example
 * ```ts
 * const graduationEvidence: ResultsIndicator = {
 *   indicatorId: 'hs-graduation-4yr', name: 'Four-year graduation rate', outcomeArea: 'HIGH_SCHOOL_GRADUATION',
 *   role: 'core', direction: 'higher-is-better', trend: { status: 'improving', points: 5 },
 *   latest: { label: '2024-25', value: 88.3 },
 *   comparisons: [{ label: 'Ohio', kind: 'state', value: 85.1, standing: 'better' }],
 *   disaggregated: true, gapsClosing: { closing: 1, measurable: 2 },
 *   integration: { outcomeIds: ['out-hs-graduation'], strategicLinks: 2 },
 * };
 * ```
 */
export interface ResultsIndicator {
  readonly indicatorId: string;
  readonly name: string;
  readonly outcomeArea: Indicator['outcomeArea'];
  readonly role: Indicator['role'];
  readonly direction: Indicator['direction'];
  /** The category-7 item (or sub-area) code to file this indicator under, overriding its area's. */
  readonly itemCode?: string;
  /** The trend reading of the outcome analysis (`readTrend`) and its usable periods. */
  readonly trend: {
    readonly status:
      'improving' | 'worsening' | 'mixed' | 'flat' | 'no-direction' | 'insufficient-data';
    readonly points: number;
  };
  /** The latest usable level. */
  readonly latest?: { readonly label: string; readonly value: number };
  readonly comparisons: readonly ResultsComparison[];
  /** Whether the data break the indicator down by subgroup (race/ethnicity, income, ...). */
  readonly disaggregated: boolean;
  /** Subgroup gaps whose change is measurable, and how many of them are closing (real closing only). */
  readonly gapsClosing?: { readonly closing: number; readonly measurable: number };
  readonly integration: {
    /** The partnership's committed outcomes that name this indicator. */
    readonly outcomeIds: readonly string[];
    /** How many key factors, strategic objectives or action plans name it (or its outcome). */
    readonly strategicLinks: number;
    /** Whether a target or a forecast projects its future performance. */
    readonly projected?: boolean;
  };
}

/**
 * The facts about one results indicator that the LeTCI factor rules count, read defensively from
 * a {@link ResultsIndicator}. Internal to theory-of-action.
 */
export interface ResultsIndicatorFacts {
  readonly id: string;
  readonly core: boolean;
  /** Has a direction of good (not `neutral`): only these can be better, improving or leading. */
  readonly directional: boolean;
  readonly hasLevel: boolean;
  /** At least one comparison. */
  readonly compared: boolean;
  /** The latest level is better than more comparisons than it is worse than. */
  readonly betterThanMost: boolean;
  /** The latest level is better than at least one comparison. */
  readonly betterThanAny: boolean;
  /** The latest level is better than every comparison (at least one). */
  readonly leads: boolean;
  /** Leads, and one of the comparisons is the nation or a benchmark. */
  readonly leadsNationOrBenchmark: boolean;
  readonly status: ResultsIndicator['trend']['status'];
  readonly trendPoints: number;
  readonly disaggregated: boolean;
  readonly gapsClosing: number;
  readonly gapsMeasurable: number;
  /** Tied to at least one committed outcome. */
  readonly tied: boolean;
  /** Named by at least one key factor, strategic objective or action plan. */
  readonly linked: boolean;
  readonly projected: boolean;
}

const STATUSES: readonly string[] = [
  'improving',
  'worsening',
  'mixed',
  'flat',
  'no-direction',
  'insufficient-data',
];
const KINDS: readonly string[] = ['state', 'nation', 'peer', 'benchmark'];
const STANDINGS: readonly string[] = ['better', 'worse', 'same'];

const count = (x: unknown): number => (isFiniteNumber(x) && x > 0 ? Math.floor(x) : 0);

/**
 * Reads the facts of one results indicator, or `undefined` when it has no string `indicatorId`.
 * Fields of another shape count as absent (no level, no comparison, no trend, not tied); a
 * comparison with an unknown kind or standing, or a value that is not a finite number, is left
 * out. Never throws.
 *
 * @example
 * ```ts
 * readResultsIndicator({ indicatorId: 'x', direction: 'lower-is-better', trend: { status: 'worsening', points: 4 } })?.status; // 'worsening'
 * readResultsIndicator({ name: 'no id' }); // undefined
 * ```
 */
export function readResultsIndicator(value: unknown): ResultsIndicatorFacts | undefined {
  try {
    return readResultsIndicatorUnchecked(value);
  } catch {
    return undefined;
  }
}

function readResultsIndicatorUnchecked(value: unknown): ResultsIndicatorFacts | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const x = value as Partial<Record<keyof ResultsIndicator, unknown>>;
  const id = x.indicatorId;
  if (typeof id !== 'string' || id === '') return undefined;
  const direction = x.direction;
  const directional = direction === 'higher-is-better' || direction === 'lower-is-better';
  const latest = x.latest as { value?: unknown } | undefined;
  const hasLevel = typeof latest === 'object' && latest !== null && isFiniteNumber(latest.value);
  const comparisons = (Array.isArray(x.comparisons) ? (x.comparisons as unknown[]) : []).filter(
    (c): c is ResultsComparison => {
      if (typeof c !== 'object' || c === null) return false;
      const r = c as Record<string, unknown>;
      return (
        KINDS.includes(r.kind as string) &&
        STANDINGS.includes(r.standing as string) &&
        isFiniteNumber(r.value)
      );
    },
  );
  let better = 0;
  let worse = 0;
  let nationOrBenchmark = false;
  for (const c of comparisons) {
    if (c.standing === 'better') better++;
    else if (c.standing === 'worse') worse++;
    if (c.kind === 'nation' || c.kind === 'benchmark') nationOrBenchmark = true;
  }
  const judged = directional && hasLevel && comparisons.length > 0;
  const leads = judged && better === comparisons.length;
  const trend = (typeof x.trend === 'object' && x.trend !== null ? x.trend : {}) as {
    status?: unknown;
    points?: unknown;
  };
  const status = STATUSES.includes(trend.status as string)
    ? (trend.status as ResultsIndicatorFacts['status'])
    : 'insufficient-data';
  const gaps = (
    typeof x.gapsClosing === 'object' && x.gapsClosing !== null ? x.gapsClosing : {}
  ) as {
    closing?: unknown;
    measurable?: unknown;
  };
  const gapsMeasurable = count(gaps.measurable);
  const integration = (
    typeof x.integration === 'object' && x.integration !== null ? x.integration : {}
  ) as { outcomeIds?: unknown; strategicLinks?: unknown; projected?: unknown };
  const outcomeIds = Array.isArray(integration.outcomeIds) ? integration.outcomeIds : [];
  return {
    id,
    core: x.role === 'core',
    directional,
    hasLevel,
    compared: comparisons.length > 0,
    betterThanMost: judged && better > worse,
    betterThanAny: judged && better > 0,
    leads,
    leadsNationOrBenchmark: leads && nationOrBenchmark,
    status,
    trendPoints: count(trend.points),
    disaggregated: x.disaggregated === true,
    gapsClosing: Math.min(count(gaps.closing), gapsMeasurable),
    gapsMeasurable,
    tied: outcomeIds.some((o) => typeof o === 'string' && o !== ''),
    linked: count(integration.strategicLinks) > 0,
    projected: integration.projected === true,
  };
}

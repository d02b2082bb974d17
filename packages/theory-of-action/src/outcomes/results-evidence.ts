import {
  baldrigeScoringGuidelines,
  coeCommunity2024,
  type Framework,
  type Indicator,
  type ScoringGuidelines,
} from '@community-excellence/schemas/data';
import { medianRange } from '@community-excellence/schemas/internal';
import { isFiniteNumber } from '../metrics/metric.js';
import { optionsOf } from '../options-of.js';
import {
  letciReadings,
  resultsEvidenceThresholds,
  type FactorReading,
  type ResultsEvidenceThresholds,
} from './letci-factors.js';
import {
  readResultsIndicator,
  type ResultsIndicator,
  type ResultsIndicatorFacts,
} from './results-indicator.js';
import { DEFAULT_RESULTS_ITEM_MAP, resultsItemCodes } from './results-item-map.js';

/**
 * One LeTCI factor of an item: the scoring range its evidence points to (a range id of the
 * scoring guidelines) and the reasons: the counts behind it, then the guideline's words for that
 * range.
 *
 * @example
 * ```ts
 * const trendsEvidence: FactorEvidence = {
 *   range: '50-65',
 *   reasons: ['Trend over 3 or more periods: 4 of 4 indicators; favourable (improving, or flat at a good level): 3; worsening: 1.'],
 * };
 * ```
 */
export interface FactorEvidence {
  readonly range: string;
  readonly reasons: readonly string[];
}

/**
 * The results evidence of one category-7 item: its indicators, the range each LeTCI factor points
 * to with its reasons, and the **suggested** range (the median of the four). A suggestion only:
 * the examiner chooses the range that fits the results as a whole and the percent within it.
 */
export interface ResultsItemEvidence {
  /** The item or sub-area code, for example `7.4(1)`. */
  readonly itemCode: string;
  /** Its name in the framework, for example `Key Community Outcomes`. */
  readonly itemName?: string;
  /** The ids of the indicators filed under it, in input order. */
  readonly indicators: readonly string[];
  readonly factors: {
    readonly levels: FactorEvidence;
    readonly trends: FactorEvidence;
    readonly comparisons: FactorEvidence;
    readonly integration: FactorEvidence;
  };
  readonly suggestion: {
    readonly kind: 'suggestion';
    readonly range: string;
    readonly rule: 'median';
    /** How many ranges apart the lowest and highest factor are (2 or more: discuss the item). */
    readonly spread: number;
    readonly note: string;
  };
}

/**
 * What {@link resultsEvidence} returns: one entry per category-7 item that has indicators, in the
 * framework's order, and the ids of the indicators filed under no item.
 */
export interface ResultsEvidence {
  readonly items: readonly ResultsItemEvidence[];
  readonly unmapped: readonly string[];
}

/**
 * Options of {@link resultsEvidence}.
 *
 * @example
 * ```ts
 * const options: ResultsEvidenceOptions = { itemMap: { SAFETY: '7.1(4)', OTHER: '7.4(1)' }, thresholds: { several: 0.2 } };
 * ```
 */
export interface ResultsEvidenceOptions {
  /** Item code per outcome area, over {@link DEFAULT_RESULTS_ITEM_MAP}. */
  readonly itemMap?: Partial<Record<Indicator['outcomeArea'], string>>;
  /** The scoring guidelines whose range ids and words are used. Default: Baldrige. */
  readonly guidelines?: ScoringGuidelines;
  /** Cut-offs of the factor rules, over {@link DEFAULT_RESULTS_EVIDENCE_THRESHOLDS}. */
  readonly thresholds?: Partial<ResultsEvidenceThresholds>;
  /** The framework whose results items and sub-areas indicators are filed under. Default: COE. */
  readonly framework?: Pick<Framework, 'categories'>;
}

/** The middle percent of each Baldrige range, to place a reading in other guidelines' ranges. */
const BAND_MIDPOINTS = [2.5, 17.5, 37.5, 57.5, 77.5, 95];
const FACTORS = ['levels', 'trends', 'comparisons', 'integration'] as const;

type Ranges = ScoringGuidelines['ranges'];

function usableRanges(guidelines: unknown): Ranges {
  const ranges = (guidelines as { ranges?: unknown } | undefined)?.ranges;
  const ok =
    Array.isArray(ranges) &&
    ranges.length > 0 &&
    ranges.every(
      (r: unknown) =>
        typeof r === 'object' &&
        r !== null &&
        typeof (r as { id?: unknown }).id === 'string' &&
        isFiniteNumber((r as { min?: unknown }).min) &&
        isFiniteNumber((r as { max?: unknown }).max),
    );
  return ok ? (ranges as Ranges) : baldrigeScoringGuidelines.ranges;
}

/** The guidelines' range for a Baldrige band: the one holding its midpoint, else the nearest. */
function rangeOfBand(ranges: Ranges, band: number): Ranges[number] {
  const mid = BAND_MIDPOINTS[band] ?? 0;
  let best = ranges[0] as Ranges[number];
  let distance = Number.POSITIVE_INFINITY;
  for (const range of ranges) {
    if (range.min <= mid && mid <= range.max) return range;
    const d = Math.abs((range.min + range.max) / 2 - mid);
    if (d < distance) {
      distance = d;
      best = range;
    }
  }
  return best;
}

function factorEvidence(
  ranges: Ranges,
  reading: FactorReading,
  factor: (typeof FACTORS)[number],
): FactorEvidence {
  const range = rangeOfBand(ranges, reading.band);
  const words = (range.results as Partial<Record<string, unknown>> | undefined)?.[factor];
  return {
    range: range.id,
    reasons:
      typeof words === 'string'
        ? [...reading.reasons, `Guideline ${range.id}: ${words}`]
        : reading.reasons,
  };
}

function itemCodeOf(
  indicator: unknown,
  itemMap: Readonly<Record<string, unknown>>,
): string | undefined {
  const x = indicator as { itemCode?: unknown; outcomeArea?: unknown };
  if (typeof x.itemCode === 'string' && x.itemCode !== '') return x.itemCode;
  const area = x.outcomeArea;
  if (typeof area !== 'string') return undefined;
  const mapped = Object.hasOwn(itemMap, area) ? itemMap[area] : undefined;
  if (typeof mapped === 'string' && mapped !== '') return mapped;
  const defaults: Readonly<Record<string, string | undefined>> = DEFAULT_RESULTS_ITEM_MAP;
  return Object.hasOwn(defaults, area) ? defaults[area] : undefined;
}

/**
 * The results evidence a Baldrige examiner weighs under LeTCI, per category-7 item, from the
 * outcome analysis of each results indicator, with a **suggested** scoring range per item.
 *
 * Each indicator is filed under an item: its `itemCode`, else `options.itemMap` for its outcome
 * area, else {@link DEFAULT_RESULTS_ITEM_MAP} ([inferred]); a code that is not a results item or
 * sub-area of the framework (default: the COE community framework) leaves it unmapped. Per item,
 * each factor's evidence points to one of the guidelines' ranges by the rules of
 * docs/theory-of-action.md ([inferred] cut-offs, overridable through `options.thresholds`):
 * levels (latest level better than its comparisons), trends (three or more periods, in the
 * direction of good), comparisons (state, nation, peers, benchmarks; leading them) and integration
 * (tied to the committed outcomes, named by plans, projected). The suggestion is the median of
 * the four (the same rule as scoring's `suggestRange`): never a score and never a weighted mean;
 * the examiner accepts it or chooses another range.
 *
 * Never throws: input of another shape gives `{ items: [], unmapped: [] }`; entries without a
 * string `indicatorId` are skipped, and a repeated id counts once.
 *
 * @example
 * ```ts
 * const evidence = resultsEvidence([
 *   {
 *     indicatorId: 'hs-graduation-4yr', name: 'Four-year graduation rate', outcomeArea: 'HIGH_SCHOOL_GRADUATION',
 *     role: 'core', direction: 'higher-is-better', trend: { status: 'improving', points: 5 },
 *     latest: { label: '2024-25', value: 88.3 },
 *     comparisons: [{ label: 'Ohio', kind: 'state', value: 85.1, standing: 'better' }],
 *     disaggregated: true, integration: { outcomeIds: ['out-hs-graduation'], strategicLinks: 2 },
 *   },
 * ]);
 * evidence.items[0]?.itemCode; // '7.4(1)'
 * evidence.items[0]?.factors.comparisons.range; // '70-85'
 * evidence.items[0]?.suggestion.range; // '70-85' (lower middle of 70-85, 70-85, 90-100, 90-100)
 * ```
 */
export function resultsEvidence(
  indicators: readonly ResultsIndicator[],
  options: ResultsEvidenceOptions = {},
): ResultsEvidence {
  try {
    return resultsEvidenceUnchecked(indicators, options);
  } catch {
    return { items: [], unmapped: [] };
  }
}

function resultsEvidenceUnchecked(
  indicators: readonly ResultsIndicator[],
  options: ResultsEvidenceOptions,
): ResultsEvidence {
  const o = optionsOf(options);
  const ranges = usableRanges(o.guidelines);
  const order = ranges.map((r) => r.id);
  const thresholds = resultsEvidenceThresholds(o.thresholds);
  const itemMap = optionsOf(o.itemMap) as Readonly<Record<string, unknown>>;
  const codes = resultsItemCodes(o.framework ?? coeCommunity2024);
  const byItem = new Map<string, ResultsIndicatorFacts[]>();
  const unmapped: string[] = [];
  const seen = new Set<string>();
  for (const indicator of Array.isArray(indicators) ? (indicators as readonly unknown[]) : []) {
    let facts: ResultsIndicatorFacts | undefined;
    let code: string | undefined;
    try {
      facts = readResultsIndicator(indicator);
      code = facts === undefined ? undefined : itemCodeOf(indicator, itemMap);
    } catch {
      continue;
    }
    if (facts === undefined || seen.has(facts.id)) continue;
    seen.add(facts.id);
    if (code === undefined || !codes.some((c) => c.code === code)) {
      unmapped.push(facts.id);
      continue;
    }
    const list = byItem.get(code);
    if (list === undefined) byItem.set(code, [facts]);
    else list.push(facts);
  }
  const items: ResultsItemEvidence[] = [];
  for (const { code, name } of codes) {
    const facts = byItem.get(code);
    if (facts === undefined) continue;
    byItem.delete(code); // a code listed twice in a framework gives one item
    const readings = letciReadings(facts, thresholds);
    const levels = factorEvidence(ranges, readings.levels, 'levels');
    const trends = factorEvidence(ranges, readings.trends, 'trends');
    const comparisons = factorEvidence(ranges, readings.comparisons, 'comparisons');
    const integration = factorEvidence(ranges, readings.integration, 'integration');
    const median = medianRange(
      [levels.range, trends.range, comparisons.range, integration.range],
      order,
      'results',
    );
    items.push({
      itemCode: code,
      itemName: name,
      indicators: facts.map((f) => f.id),
      factors: { levels, trends, comparisons, integration },
      suggestion: {
        kind: 'suggestion',
        range: median?.range ?? levels.range,
        rule: 'median',
        spread: median?.spread ?? 0,
        note: median?.note ?? '',
      },
    });
  }
  return { items, unmapped };
}

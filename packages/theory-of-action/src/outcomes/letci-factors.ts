import { isFiniteNumber } from '../metrics/metric.js';
import { optionsOf } from '../options-of.js';
import type { ResultsIndicatorFacts } from './results-indicator.js';

/**
 * The cut-offs of the LeTCI evidence rules ([inferred]: Baldrige publishes words, not numbers;
 * see docs/theory-of-action.md, "Results evidence (LeTCI) and a suggested range"). Shares are
 * fractions of an item's indicators.
 *
 * @example
 * ```ts
 * const strict: ResultsEvidenceThresholds = { ...DEFAULT_RESULTS_EVIDENCE_THRESHOLDS, sustainedPoints: 6 };
 * ```
 */
export interface ResultsEvidenceThresholds {
  /** Usable periods a trend needs (Baldrige: at least three). Default 3. */
  readonly minTrendPoints: number;
  /** Usable periods of a *sustained* favourable trend (the Award Criteria ask for five years). Default 5. */
  readonly sustainedPoints: number;
  /** Share that is "several" (opens 30-45). Default 0.25. */
  readonly several: number;
  /** Share that is "most" (opens 50-65). Default 0.5. */
  readonly most: number;
  /** Share that is "nearly all" (opens 70-85). Default 0.75. */
  readonly nearlyAll: number;
  /** Share of measurable subgroup gaps that must be closing for trends 90-100. Default 0.5. */
  readonly gapsClosing: number;
}

/**
 * The default cut-offs of the LeTCI evidence rules, all [inferred].
 *
 * @example
 * ```ts
 * DEFAULT_RESULTS_EVIDENCE_THRESHOLDS.minTrendPoints; // 3
 * DEFAULT_RESULTS_EVIDENCE_THRESHOLDS.nearlyAll; // 0.75
 * ```
 */
export const DEFAULT_RESULTS_EVIDENCE_THRESHOLDS: ResultsEvidenceThresholds = Object.freeze({
  minTrendPoints: 3,
  sustainedPoints: 5,
  several: 0.25,
  most: 0.5,
  nearlyAll: 0.75,
  gapsClosing: 0.5,
});

const isShare = (x: unknown): x is number => isFiniteNumber(x) && x > 0 && x <= 1;
const isPoints = (x: unknown): x is number => isFiniteNumber(x) && x >= 1;

/**
 * The defaults with the valid overrides applied: a share must be a number in (0, 1], a number of
 * periods a number >= 1; anything else keeps the default. Never throws.
 *
 * @example
 * ```ts
 * resultsEvidenceThresholds({ several: 0.2, most: 2 }).several; // 0.2
 * resultsEvidenceThresholds({ several: 0.2, most: 2 }).most; // 0.5 (2 is not a share)
 * ```
 */
export function resultsEvidenceThresholds(
  overrides?: Partial<ResultsEvidenceThresholds>,
): ResultsEvidenceThresholds {
  const o = optionsOf(overrides);
  const d = DEFAULT_RESULTS_EVIDENCE_THRESHOLDS;
  return {
    minTrendPoints: isPoints(o.minTrendPoints) ? o.minTrendPoints : d.minTrendPoints,
    sustainedPoints: isPoints(o.sustainedPoints) ? o.sustainedPoints : d.sustainedPoints,
    several: isShare(o.several) ? o.several : d.several,
    most: isShare(o.most) ? o.most : d.most,
    nearlyAll: isShare(o.nearlyAll) ? o.nearlyAll : d.nearlyAll,
    gapsClosing: isShare(o.gapsClosing) ? o.gapsClosing : d.gapsClosing,
  };
}

/**
 * One factor's reading: the Baldrige range it points to as an index into the six ranges
 * (0 = 0-5, 1 = 10-25, 2 = 30-45, 3 = 50-65, 4 = 70-85, 5 = 90-100) and the counts behind it.
 */
export interface FactorReading {
  readonly band: number;
  readonly reasons: readonly string[];
}

/** The four LeTCI readings of one item. */
export interface LetciReadings {
  readonly levels: FactorReading;
  readonly trends: FactorReading;
  readonly comparisons: FactorReading;
  readonly integration: FactorReading;
}

const count = <T>(list: readonly T[], test: (x: T) => boolean): number => {
  let n = 0;
  for (const x of list) if (test(x)) n++;
  return n;
};

const of = (n: number, total: number): string =>
  `${n} of ${total} indicator${total === 1 ? '' : 's'}`;

const NO_DIRECTION = 'No indicator has a direction of good, so none can be judged.';

function ladder(share: number, t: ResultsEvidenceThresholds): number {
  return share >= t.nearlyAll ? 4 : share >= t.most ? 3 : share >= t.several ? 2 : 1;
}

function levels(
  facts: readonly ResultsIndicatorFacts[],
  t: ResultsEvidenceThresholds,
): FactorReading {
  const all = facts.filter((f) => f.directional);
  const n = all.length;
  if (n === 0) return { band: 0, reasons: [NO_DIRECTION] };
  const withLevel = count(all, (f) => f.hasLevel);
  const judged = count(all, (f) => f.hasLevel && f.compared);
  if (withLevel === 0) return { band: 0, reasons: [`Latest level reported: ${of(0, n)}.`] };
  if (judged === 0)
    return {
      band: 1,
      reasons: [
        `Latest level reported: ${of(withLevel, n)}; none has a comparison to judge it against.`,
      ],
    };
  const good = count(all, (f) => f.betterThanMost);
  const reasons = [`Latest level better than most of its comparisons: ${of(good, n)}.`];
  if (good === 0) return { band: judged === n ? 0 : 1, reasons };
  let band = ladder(good / n, t);
  if (band === 4) {
    const leads = count(all, (f) => f.leads);
    const split = count(all, (f) => f.disaggregated);
    reasons.push(`Leading every comparison: ${of(leads, n)}; disaggregated by subgroup: ${split}.`);
    if (leads === n && split === n) band = 5;
  }
  return { band, reasons };
}

function trends(
  facts: readonly ResultsIndicatorFacts[],
  t: ResultsEvidenceThresholds,
): FactorReading {
  const all = facts.filter((f) => f.directional);
  const n = all.length;
  if (n === 0) return { band: 0, reasons: [NO_DIRECTION] };
  const trended = all.filter(
    (f) =>
      f.trendPoints >= t.minTrendPoints &&
      f.status !== 'insufficient-data' &&
      f.status !== 'no-direction',
  );
  const periods = `Trend over ${t.minTrendPoints} or more periods`;
  if (trended.length === 0) return { band: 0, reasons: [`${periods}: ${of(0, n)}.`] };
  const favourable = trended.filter(
    (f) => f.status === 'improving' || (f.status === 'flat' && f.betterThanMost),
  );
  const adverse = trended.filter((f) => f.status === 'worsening');
  const reasons = [
    `${periods}: ${of(trended.length, n)}; favourable (improving, or flat at a good level): ${favourable.length}; worsening: ${adverse.length}.`,
  ];
  if (adverse.length * 2 > trended.length) return { band: 0, reasons };
  const share = favourable.length / n;
  if (share < t.several || favourable.length <= adverse.length) return { band: 1, reasons };
  if (share < t.most) return { band: 2, reasons };
  const coreWorsening = adverse.filter((f) => f.core).map((f) => f.id);
  if (coreWorsening.length > 0) {
    reasons.push(
      `Worsening core indicator${coreWorsening.length === 1 ? '' : 's'}: ${coreWorsening.join(', ')}.`,
    );
    return { band: 2, reasons };
  }
  const sustained = count(favourable, (f) => f.trendPoints >= t.sustainedPoints);
  reasons.push(`Favourable over ${t.sustainedPoints} or more periods: ${of(sustained, n)}.`);
  if (sustained / n < t.nearlyAll) return { band: 3, reasons };
  let measurable = 0;
  let closing = 0;
  for (const f of all) {
    measurable += f.gapsMeasurable;
    closing += f.gapsClosing;
  }
  if (measurable > 0)
    reasons.push(`Subgroup gaps closing: ${closing} of ${measurable} measurable.`);
  const gapsOk = measurable === 0 || closing / measurable >= t.gapsClosing;
  return { band: sustained === n && gapsOk ? 5 : 4, reasons };
}

function comparisons(
  facts: readonly ResultsIndicatorFacts[],
  t: ResultsEvidenceThresholds,
): FactorReading {
  const all = facts.filter((f) => f.directional);
  const n = all.length;
  if (n === 0) return { band: 0, reasons: [NO_DIRECTION] };
  const compared = count(all, (f) => f.compared);
  const label = 'With a comparison (state, nation, peer or benchmark)';
  if (compared === 0) return { band: 0, reasons: [`${label}: ${of(0, n)}.`] };
  const better = count(all, (f) => f.betterThanAny);
  const leads = count(all, (f) => f.leads);
  const reasons = [
    `${label}: ${of(compared, n)}; better than at least one: ${better}; leading every comparison: ${leads}.`,
  ];
  const share = compared / n;
  if (share < t.several) return { band: 1, reasons };
  if (better === 0) return { band: 2, reasons };
  if (share < t.most || leads / n < t.several) return { band: 3, reasons };
  const top = count(all, (f) => f.leadsNationOrBenchmark);
  reasons.push(`Leading the nation or a benchmark: ${of(top, n)}.`);
  return { band: share >= t.nearlyAll && leads / n >= t.most && top > 0 ? 5 : 4, reasons };
}

function integration(
  facts: readonly ResultsIndicatorFacts[],
  t: ResultsEvidenceThresholds,
): FactorReading {
  const n = facts.length;
  const tied = count(facts, (f) => f.tied);
  const linked = count(facts, (f) => f.linked);
  const projected = count(facts, (f) => f.projected);
  const reasons = [
    `Tied to a committed outcome: ${of(tied, n)}; named by a key factor, strategic objective or action plan: ${linked}; with a target or forecast: ${projected}.`,
  ];
  if (tied === 0) return { band: 0, reasons };
  const band = ladder(tied / n, t);
  if (band < 4) return { band, reasons };
  if (linked / n < t.most) return { band: 3, reasons };
  return { band: tied === n && linked === n && projected === n ? 5 : 4, reasons };
}

/**
 * The four LeTCI readings of one category-7 item from the facts of its indicators, by the rules
 * of docs/theory-of-action.md ("Results evidence (LeTCI) and a suggested range"). Levels, trends
 * and comparisons count only indicators with a direction of good; integration counts all. Each
 * reading is a Baldrige range index (0 = 0-5 ... 5 = 90-100) with the counts behind it. Never
 * throws: facts of another shape give the lowest readings.
 *
 * @example
 * ```ts
 * const facts = readResultsIndicator({ indicatorId: 'x', direction: 'higher-is-better', trend: { status: 'improving', points: 5 }, comparisons: [], integration: { outcomeIds: ['o'], strategicLinks: 1 } });
 * letciReadings(facts ? [facts] : []).trends.band; // 5 (sustained improvement in all: 90-100)
 * ```
 */
export function letciReadings(
  facts: readonly ResultsIndicatorFacts[],
  thresholds: ResultsEvidenceThresholds = DEFAULT_RESULTS_EVIDENCE_THRESHOLDS,
): LetciReadings {
  try {
    const list = Array.isArray(facts) ? facts : [];
    return {
      levels: levels(list, thresholds),
      trends: trends(list, thresholds),
      comparisons: comparisons(list, thresholds),
      integration: integration(list, thresholds),
    };
  } catch {
    const none = { band: 0, reasons: [] };
    return { levels: none, trends: none, comparisons: none, integration: none };
  }
}

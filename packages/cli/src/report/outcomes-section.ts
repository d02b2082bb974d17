import type { Indicator, IndicatorUnit } from '@community-excellence/schemas';
import type { PlaceRef } from '@community-excellence/theory-of-action';
import {
  gapChangeSentence,
  trendSentence,
  type GapChangeStatus,
  type OutcomeAnalysis,
  type PlaceBasis,
  type ReferenceDecision,
  type TrendStatus,
} from '@community-excellence/theory-of-action/outcomes';

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
 * A subgroup's gap to the reference group over the periods (`focal - reference`, in the indicator's
 * unit), with the theory-of-action package's reading of the trend.
 */
export interface OutcomeGap {
  readonly focal: string;
  readonly values: readonly (number | null)[];
  readonly status: GapChangeStatus;
  /** The analysis's sentence for the gap's change (`closing: 4.7 of 14.1 percentage points closed (33.3%)`). */
  readonly sentence: string;
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
  /** The reference group of the charted dimension's gaps and why (from the analysis). */
  readonly reference: string | null;
  readonly referenceReason: string | null;
  readonly gaps: readonly OutcomeGap[];
  /** The whole population's trend status and its sentence (from the analysis). */
  readonly change: TrendStatus;
  readonly changeSentence: string;
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
  readonly place: (PlaceRef & { readonly name: string; readonly basis: PlaceBasis }) | null;
  readonly indicators: readonly OutcomeIndicator[];
}

const UNIT_WORDS: Readonly<Record<IndicatorUnit['type'], string>> = {
  percent: 'percent',
  proportion: 'proportion',
  rate: 'rate',
  count: 'count',
  score: 'score',
  years: 'years',
  currency: 'currency',
  other: 'value',
};

/**
 * The unit of an indicator as axis words: `percent`, `per 1,000`, `USD`, a score's label.
 *
 * @example
 * ```ts
 * unitWords({ type: 'rate', per: 1000 }); // 'per 1,000'
 * ```
 */
export function unitWords(unit: IndicatorUnit): string {
  switch (unit.type) {
    case 'rate':
      return `per ${unit.per.toLocaleString('en-US')}`;
    case 'currency':
      return unit.currency;
    case 'score':
      return unit.label ?? 'score';
    case 'other':
      return unit.label;
    default:
      return UNIT_WORDS[unit.type];
  }
}

/** The gap unit: percentage points for percents and proportions, the unit itself otherwise. */
const gapUnitOf = (unit: IndicatorUnit): { words: string; factor: number } =>
  unit.type === 'percent'
    ? { words: 'percentage points', factor: 1 }
    : unit.type === 'proportion'
      ? { words: 'percentage points', factor: 100 }
      : { words: unitWords(unit), factor: 1 };

/**
 * Shapes the outcome analysis of `@community-excellence/theory-of-action` for the report's charts,
 * tables and sentences: one dimension charted per indicator (race/ethnicity when the rows have it),
 * the analysis's reference group, gaps, trend and their sentences. It decides nothing: place,
 * reference groups, trends and gap statuses come from the analysis.
 *
 * @example
 * ```ts
 * const section = outcomesSection(indicatorSet.indicators, assessPartnership({ evidence, indicators, observations }).outcomes);
 * section.indicators.find((i) => i.id === 'hs-graduation-4yr')?.gaps.find((g) => g.focal === 'Black')?.status; // 'closing'
 * ```
 */
export function outcomesSection(
  indicators: readonly Indicator[],
  analysis: OutcomeAnalysis,
): OutcomesSection {
  const place = analysis.place;
  if (place === null) return { place: null, indicators: [] };
  const out: OutcomeIndicator[] = [];
  for (const a of analysis.indicators) {
    const indicator = a.indicator ?? indicators.find((i) => i.id === a.indicatorId);
    if (indicator === undefined || a.usableRows === 0) continue;
    const preferred = ['race-ethnicity', 'race', ...(indicator.disaggregations ?? [])];
    const dimensions = [
      ...new Set(a.series.filter((s) => s.dimension !== 'all').map((s) => s.dimension)),
    ];
    const dimension = preferred.find((d) => dimensions.includes(d)) ?? dimensions[0] ?? null;
    const series: OutcomeSeries[] = a.series
      .filter((s) => s.dimension === 'all' || s.dimension === dimension)
      .map((s) => ({
        group: s.dimension === 'all' ? 'all' : s.group,
        values: s.cells.map((c) => c.value),
      }));
    const reference: ReferenceDecision | undefined = a.references.find(
      (r) => r.dimension === dimension,
    );
    const unit = gapUnitOf(indicator.unit);
    const gaps: OutcomeGap[] = a.gaps
      .filter((g) => g.dimension === dimension)
      .map((g) => {
        const byLabel = new Map(g.points.map((p) => [p.label, p.focal - p.reference] as const));
        return {
          focal: g.focal,
          values: a.periods.map((period) => byLabel.get(period) ?? null),
          status: g.change.status,
          sentence: gapChangeSentence(g.change, {
            unitWords: unit.words,
            factor: unit.factor,
            focal: g.focal,
            reference: g.reference,
          }),
        };
      });
    out.push({
      id: indicator.id,
      name: indicator.name,
      role: indicator.role,
      direction: indicator.direction,
      unit: unitWords(indicator.unit),
      gapUnit: unit.words,
      periods: a.periods,
      series,
      dimension,
      otherDimensions: dimensions.filter((d) => d !== dimension),
      reference: reference?.group ?? null,
      referenceReason: reference?.reason ?? null,
      gaps,
      change: a.trend?.status ?? 'insufficient-data',
      changeSentence:
        a.trend === undefined ? 'no trend' : trendSentence(a.trend, { unitWords: '' }),
      excluded: a.excluded,
    });
  }
  return {
    place: {
      level: place.level,
      code: place.code,
      name: place.name ?? place.code,
      basis: place.basis,
    },
    indicators: out,
  };
}

import type {
  OutcomeAnalysis,
  PlaceBasis,
  ReferenceBasis,
  ReferenceDecision,
} from '@community-excellence/theory-of-action/outcomes';
import {
  gapChangeSentence,
  gapScale,
  trendSentence,
  unitWords,
} from '@community-excellence/theory-of-action/outcomes';

/**
 * How each way of choosing the analysed place reads in the `check` output.
 *
 * @example
 * ```ts
 * PLACE_BASIS_WORDS['evidence-code']; // "chosen by a code of the evidence's geography"
 * ```
 */
export const PLACE_BASIS_WORDS: Readonly<Record<PlaceBasis, string>> = {
  option: 'chosen with --place',
  'evidence-code': "chosen by a code of the evidence's geography",
  'evidence-name': "chosen by the evidence's geography name",
  'only-place': 'the only place in the data',
};

/**
 * How each source of a reference group reads in the `check` output.
 *
 * @example
 * ```ts
 * REFERENCE_BASIS_WORDS.option; // 'named with --reference'
 * ```
 */
export const REFERENCE_BASIS_WORDS: Readonly<Record<ReferenceBasis, string>> = {
  option: 'named with --reference',
  evidence: "named by the partnership evidence's outcome",
  indicator: "named by the indicator's definition",
  rule: 'by the report-wide rule',
};

/**
 * One gap of a core indicator as the `check` output prints it: who is compared with whom, and the
 * analysis's sentence for its change.
 *
 * @example
 * ```ts
 * const g: GapLine = { dimension: 'race-ethnicity', focal: 'Black', reference: 'White', status: 'within-uncertainty', sentence: 'no change within uncertainty (change -0.2 percentage points, margin ±8.3)' };
 * ```
 */
export interface GapLine {
  readonly dimension: string;
  readonly focal: string;
  readonly reference: string;
  readonly status: string;
  readonly sentence: string;
}

/**
 * One core indicator as the `check` output prints it.
 *
 * @example
 * ```ts
 * const i: CoreIndicatorLines = { id: 'hs-graduation-4yr', title: 'hs-graduation-4yr Four-year graduation (percent)', trend: 'improving: 87.6 -> 89.6 percent over 4 years (slope +0.5 a year)', references: [], gaps: [] };
 * ```
 */
export interface CoreIndicatorLines {
  readonly id: string;
  /** `id name (unit words)`, or the id alone for an indicator without a definition. */
  readonly title: string;
  /** The analysis's trend sentence; `no definition` / `no rows at this place` when there is none. */
  readonly trend: string;
  /** This indicator's reference groups where they differ from the report-wide ones. */
  readonly references: readonly string[];
  readonly gaps: readonly GapLine[];
}

/**
 * What the `check` output says about the outcome analysis, as plain strings: the analysed place
 * and how it was chosen, its comparisons, the report-wide reference group of each dimension and
 * why, and per core indicator its trend sentence and gap sentences. Everything is read from the
 * analysis and worded with the outcomes entry's sentence functions: nothing is decided here.
 *
 * @example
 * ```ts
 * const s = outcomeSummary(assessPartnership({ evidence, indicators, observations }).outcomes);
 * s.place; // "county riverbend-county Riverbend County (chosen by a code of the evidence's geography)"
 * ```
 */
export interface OutcomeSummary {
  /** The analysed place with how it was chosen, or why there is none. */
  readonly place: string;
  /** The comparison places (the enclosing state, the nation), or `none in the data`. */
  readonly comparisons: string;
  /** `dimension: group (why)` per dimension. */
  readonly references: readonly string[];
  readonly core: readonly CoreIndicatorLines[];
}

/**
 * Reads an outcome analysis into the strings the `check` text and Markdown print (see
 * {@link OutcomeSummary}). Gaps are worded in the indicator's gap scale (`gapScale`: percentage
 * points for percents and proportions).
 *
 * @example
 * ```ts
 * const report = assessPartnership({ evidence, indicators, observations });
 * outcomeSummary(report.outcomes).references[0];
 * // 'race-ethnicity: White (by the report-wide rule: best rate in the first period in 4 of 6 indicators ...)'
 * ```
 */
export function outcomeSummary(analysis: OutcomeAnalysis): OutcomeSummary {
  const place = analysis.place;
  const placeText =
    place === null
      ? analysis.candidates.length > 0
        ? `none chosen among ${analysis.candidates.length} places (see the issues)`
        : 'none (no outcome data)'
      : `${placeName(place)} (${PLACE_BASIS_WORDS[place.basis] ?? place.basis})`;
  const comparisons =
    place === null
      ? '-'
      : analysis.comparisons.length === 0
        ? 'none in the data'
        : analysis.comparisons.map(placeName).join('; ');
  const wide = new Map(analysis.references.map((r) => [r.dimension, r] as const));
  const core = analysis.core.map((a): CoreIndicatorLines => {
    const indicator = a.indicator;
    const scale = indicator === undefined ? undefined : gapScale(indicator.unit);
    const trend =
      indicator === undefined
        ? 'no definition of this indicator'
        : a.trend === undefined || a.periods.length === 0
          ? 'no rows at this place'
          : trendSentence(a.trend, {
              unitWords: unitWords(indicator.unit),
              digits: indicator.unit.type === 'proportion' ? 3 : 1,
            });
    const references = a.references
      .filter((r) => {
        const w = wide.get(r.dimension);
        return w === undefined || w.group !== r.group || w.basis !== r.basis;
      })
      .map(referenceText);
    const gaps = a.gaps.map((g): GapLine => ({
      dimension: g.dimension,
      focal: g.focal,
      reference: g.reference,
      status: g.change.status,
      sentence: gapChangeSentence(g.change, {
        focal: g.focal,
        reference: g.reference,
        ...(scale === undefined ? {} : { unitWords: scale.unitWords, factor: scale.factor }),
      }),
    }));
    return {
      id: a.indicatorId,
      title:
        indicator === undefined
          ? a.indicatorId
          : `${a.indicatorId} ${indicator.name} (${unitWords(indicator.unit)})`,
      trend,
      references,
      gaps,
    };
  });
  return {
    place: placeText,
    comparisons,
    references: analysis.references.map(referenceText),
    core,
  };
}

function placeName(p: { level: string; code: string; name?: string }): string {
  return `${p.level} ${p.code}${p.name === undefined || p.name === p.code ? '' : ` ${p.name}`}`;
}

/** `race-ethnicity: White (by the report-wide rule: best rate ...)`, `sex: none (...)`. */
function referenceText(r: ReferenceDecision): string {
  const basis = REFERENCE_BASIS_WORDS[r.basis] ?? r.basis;
  const why = r.basis === 'rule' || r.group === null ? `${basis}: ${r.reason}` : basis;
  return `${r.dimension}: ${r.group ?? 'none'} (${why})`;
}

import {
  analyzeOutcomes,
  gapChangeSentence,
  gapScale,
  trendSentence,
  unitWords,
  type GapAnalysis,
  type IndicatorAnalysis,
  type OutcomeAnalysis,
  type PlaceBasis,
} from '@community-excellence/theory-of-action/outcomes';
import type {
  Indicator,
  IndicatorSet,
  ObservationSet,
  PartnershipEvidence,
} from '@community-excellence/schemas/data';
import { h, select } from './dom.js';
import { formatRate } from './format.js';
import { gapLine } from './gap-line.js';

const DIMENSION = 'race-ethnicity';
/** The unit of an analysis without a definition (every indicator the analysis lists has one). */
const OTHER: Indicator['unit'] = { type: 'other', label: 'value' };

/** How the analysis chose the place, in words. */
const PLACE_BASIS: Readonly<Record<PlaceBasis, string>> = {
  option: 'chosen by the caller',
  'evidence-code': "chosen by a code of the partnership evidence's geography",
  'evidence-name': "chosen by the partnership evidence's geography name",
  'only-place': 'the only place in the data',
};

/** One row of the gap table: the two groups' cells of a period as the analysis shows them, and the gap. */
export interface GapRow {
  readonly period: string;
  readonly focal: string;
  readonly reference: string;
  /** `focal - reference` in the indicator's gap scale (percentage points), when both have a value. */
  readonly gap: number | undefined;
}

/**
 * The rows of a gap: every period of the indicator, each group's cell as the analysis displays it
 * (`91.4`, `>=95`, `S (suppressed)`, `-`), and the gap of the periods where the analysis has both
 * values (its `points`). Nothing is decided here.
 */
export function gapRows(analysis: IndicatorAnalysis, gap: GapAnalysis): GapRow[] {
  const unit = analysis.indicator?.unit ?? OTHER;
  const { factor } = gapScale(unit);
  const cellsOf = (group: string) =>
    analysis.series.find((s) => s.dimension === gap.dimension && s.group === group)?.cells ?? [];
  const focal = cellsOf(gap.focal);
  const reference = cellsOf(gap.reference);
  const points = new Map(gap.points.map((p) => [p.label, (p.focal - p.reference) * factor]));
  return analysis.periods.map((period, i) => ({
    period,
    focal: focal[i]?.display ?? '-',
    reference: reference[i]?.display ?? '-',
    gap: points.get(period),
  }));
}

/**
 * The cells of the two groups that the analysis could not use (suppressed, a bound, an interval,
 * missing), as it displays them: `2021-22 Asian (S (suppressed))`. Never read as 0.
 */
export function leftOut(analysis: IndicatorAnalysis, gap: GapAnalysis): string[] {
  const out: string[] = [];
  for (const group of [gap.focal, gap.reference]) {
    const series = analysis.series.find((s) => s.dimension === gap.dimension && s.group === group);
    for (const cell of series?.cells ?? [])
      if (cell.value === null && cell.reason !== 'no-row')
        out.push(`${cell.period} ${group} (${cell.display})`);
  }
  return out;
}

function table(
  rows: readonly GapRow[],
  focal: string,
  reference: string,
  unit: Indicator['unit'],
): HTMLTableElement {
  const headings = ['Period', focal, reference, `Gap (${focal} − ${reference})`];
  return h(
    'table',
    { class: 'gap-table' },
    h(
      'caption',
      {},
      `Values in ${unitWords(unit)}; gap in ${gapScale(unit).unitWords} (negative: the focal group is lower).`,
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...headings.map((text, k) => h('th', { scope: 'col', class: k === 0 ? '' : 'num' }, text)),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, row.period),
          h('td', { class: 'num' }, row.focal),
          h('td', { class: 'num' }, row.reference),
          h('td', { class: 'num gap' }, formatRate(row.gap)),
        ),
      ),
    ),
  );
}

/**
 * The gap section: the outcome analysis of Riverbend (`analyzeOutcomes`, the one analysis the
 * checks and reports use) rendered as it is: the place and how it was chosen, the reference group
 * and why, the indicator's trend sentence, and for a chosen indicator and group the gap of every
 * period (table and small line) with the analysis's sentence for its change. The page decides no
 * place, reference group, trend or gap status.
 */
export function gapView(
  evidence: PartnershipEvidence,
  indicatorSet: IndicatorSet,
  observationSet: ObservationSet,
): HTMLElement {
  const analysis: OutcomeAnalysis = analyzeOutcomes({
    evidence,
    indicators: indicatorSet.indicators,
    observations: observationSet.observations,
  });
  const root = h('div', { class: 'gap-view' });
  const place = analysis.place;
  const choices = analysis.indicators.filter((a) => a.gaps.some((g) => g.dimension === DIMENSION));
  if (place === null || choices.length === 0) {
    root.append(
      h(
        'p',
        {},
        place === null
          ? `No place could be chosen: ${analysis.issues.map((i) => i.message).join('; ')}`
          : 'The outcome data have no gaps by race/ethnicity.',
      ),
    );
    return root;
  }
  const placeName = place.name ?? place.code;
  let indicator =
    choices.find(
      (a) => a.indicator?.outcomeArea === 'HIGH_SCHOOL_GRADUATION' && a.indicator.role === 'core',
    ) ?? choices[0]!;
  let focal = 'Black';

  const render = (): void => {
    const gaps = indicator.gaps.filter((g) => g.dimension === DIMENSION);
    const gap = gaps.find((g) => g.focal === focal) ?? gaps[0]!;
    focal = gap.focal;
    const unit = indicator.indicator?.unit ?? OTHER;
    const scale = gapScale(unit);
    const reference = indicator.references.find((r) => r.dimension === DIMENSION);
    const rows = gapRows(indicator, gap);
    const left = leftOut(indicator, gap);
    const name = indicator.indicator?.name ?? indicator.indicatorId;
    root.replaceChildren(
      h('p', { class: 'gap-place' }, `Place analysed: ${placeName} (${PLACE_BASIS[place.basis]}).`),
      h(
        'div',
        { class: 'controls' },
        select(
          'Indicator',
          choices.map((a) => ({ value: a.indicatorId, text: a.indicator?.name ?? a.indicatorId })),
          indicator.indicatorId,
          (id) => {
            indicator = choices.find((a) => a.indicatorId === id) ?? indicator;
            render();
          },
        ),
        select(
          'Group',
          gaps.map((g) => ({ value: g.focal, text: g.focal })),
          focal,
          (value) => {
            focal = value;
            render();
          },
        ),
      ),
      h(
        'p',
        { class: 'gap-reference' },
        `Compared with ${gap.reference}, the reference group for ${DIMENSION}: ${reference?.reason ?? ''}.`,
      ),
      h(
        'p',
        { class: 'gap-trend' },
        `${name}, whole population: ${indicator.trend === undefined ? 'no trend' : trendSentence(indicator.trend, { unitWords: unitWords(unit) })}.`,
      ),
      h(
        'p',
        { class: 'gap-summary' },
        `${gap.focal} − ${gap.reference} gap in ${placeName}: ${gapChangeSentence(gap.change, {
          focal: gap.focal,
          reference: gap.reference,
          unitWords: scale.unitWords,
          factor: scale.factor,
        })}.`,
      ),
      h(
        'div',
        { class: 'gap-body' },
        table(rows, gap.focal, gap.reference, unit),
        gapLine(rows, `${gap.focal} − ${gap.reference} gap by period`),
      ),
      ...(left.length === 0
        ? []
        : [h('p', { class: 'note' }, `Left out (not read as 0): ${left.join(', ')}.`)]),
    );
  };
  render();
  return root;
}

import type { Indicator, IndicatorSet, ObservationSet } from '@community-excellence/schemas/data';
import {
  gapMetrics,
  gapUnitOf,
  metricValue,
  subgroupGapTrend,
  type SubgroupGapTrend,
} from '@community-excellence/theory-of-action';
import { h, select } from './dom.js';
import { formatRate } from './format.js';
import { gapLine } from './gap-line.js';

const DIMENSION = 'race-ethnicity';

/** One row of the gap table: the two group rates of a period and the library's gap metrics. */
export interface GapRow {
  readonly period: string;
  readonly time: number;
  readonly focalRate: number | undefined;
  readonly referenceRate: number | undefined;
  readonly gap: number | undefined;
  readonly ratio: number | undefined;
}

/** The gap of every period of a trend, read with `gapMetrics` (absolute gap and rate ratio). */
export function gapRows(trend: SubgroupGapTrend, indicator: Indicator): GapRow[] {
  return trend.points.map((point) => {
    const metrics = gapMetrics({
      focal: {
        label: trend.focal,
        ...(point.focalRate === undefined ? {} : { rate: point.focalRate }),
      },
      reference: {
        label: trend.reference?.label ?? '',
        ...(point.referenceRate === undefined ? {} : { rate: point.referenceRate }),
      },
      unit: gapUnitOf(indicator.unit),
    });
    return {
      period: point.label,
      time: point.time,
      focalRate: point.focalRate,
      referenceRate: point.referenceRate,
      gap: metricValue(metrics.absoluteGap),
      ratio: metricValue(metrics.rateRatio),
    };
  });
}

function summary(trend: SubgroupGapTrend, indicator: Indicator, placeName: string): string {
  const { start, end, status, relativeGapReduction } = trend.trend;
  const who = `${trend.focal} − ${trend.reference?.label ?? '?'}`;
  if (start === undefined || end === undefined)
    return `${indicator.name}, ${who} gap in ${placeName}: fewer than two periods with both rates, so no trend (${status}).`;
  const closed =
    relativeGapReduction.status === 'computed'
      ? `; ${(relativeGapReduction.value * 100).toFixed(1)}% of the starting gap closed`
      : '';
  return `${indicator.name}, ${who} gap in ${placeName}: ${formatRate(start.gap)} (${start.label}) → ${formatRate(end.gap)} (${end.label}) points: ${status}${closed}.`;
}

function table(rows: readonly GapRow[], focal: string, reference: string): HTMLTableElement {
  const headings = ['Period', focal, reference, `Gap (${focal} − ${reference})`, 'Ratio'];
  return h(
    'table',
    { class: 'gap-table' },
    h(
      'caption',
      {},
      'Rates in percent; gap in percentage points (negative: the focal group is behind).',
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
          h('td', { class: 'num' }, formatRate(row.focalRate)),
          h('td', { class: 'num' }, formatRate(row.referenceRate)),
          h('td', { class: 'num gap' }, formatRate(row.gap)),
          h('td', { class: 'num' }, row.ratio === undefined ? '—' : row.ratio.toFixed(3)),
        ),
      ),
    ),
  );
}

/**
 * The gap section: pick an indicator and two race/ethnicity groups; see the gap of every period
 * (table and small line), and whether it is closing, as `subgroupGapTrend` reads it.
 */
export function gapView(indicatorSet: IndicatorSet, observationSet: ObservationSet): HTMLElement {
  const { observations } = observationSet;
  const choices = indicatorSet.indicators.filter((i) => i.disaggregations?.includes(DIMENSION));
  const place = observations.find((o) => o.place.level === 'county')?.place;
  const root = h('div', { class: 'gap-view' });
  if (place === undefined || choices.length === 0) {
    root.append(h('p', {}, 'The outcome data has no county rows by race/ethnicity.'));
    return root;
  }
  const groupsOf = (indicatorId: string): string[] => [
    ...new Set(
      observations
        .filter(
          (o) =>
            o.indicatorId === indicatorId &&
            o.place.code === place.code &&
            o.subgroup.dimension === DIMENSION,
        )
        .map((o) => o.subgroup.value),
    ),
  ];

  let indicator =
    choices.find((i) => i.outcomeArea === 'HIGH_SCHOOL_GRADUATION' && i.role === 'core') ??
    choices[0]!;
  let focal = 'Black';
  let reference = 'White';

  const render = (): void => {
    const groups = groupsOf(indicator.id);
    if (!groups.includes(reference)) reference = groups[0] ?? reference;
    if (!groups.includes(focal) || focal === reference)
      focal = groups.find((g) => g !== reference) ?? focal;
    const trend = subgroupGapTrend({
      indicator,
      observations,
      place: { level: place.level, code: place.code },
      dimension: DIMENSION,
      focal,
      reference,
    });
    const rows = gapRows(trend, indicator);
    const options = (values: readonly string[]) => values.map((value) => ({ value, text: value }));
    const left = trend.excluded.map((e) => `${e.period} ${e.subgroup.value} (${e.reason})`);
    root.replaceChildren(
      h(
        'div',
        { class: 'controls' },
        select(
          'Indicator',
          choices.map((i) => ({ value: i.id, text: i.name })),
          indicator.id,
          (id) => {
            indicator = choices.find((i) => i.id === id) ?? indicator;
            render();
          },
        ),
        select('Group', options(groups), focal, (value) => {
          focal = value;
          render();
        }),
        select('Compared with', options(groups), reference, (value) => {
          reference = value;
          render();
        }),
      ),
      h('p', { class: 'gap-summary' }, summary(trend, indicator, place.name ?? place.code)),
      h(
        'div',
        { class: 'gap-body' },
        table(rows, focal, reference),
        gapLine(rows, `${focal} − ${reference} gap by period`),
      ),
      ...(left.length === 0
        ? []
        : [h('p', { class: 'note' }, `Left out (not read as 0): ${left.join(', ')}.`)]),
    );
  };
  render();
  return root;
}

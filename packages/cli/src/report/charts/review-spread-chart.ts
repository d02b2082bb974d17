import type { ReviewSummary } from '@community-excellence/scoring';
import { PALETTE } from './palette.js';
import type { ChartSpec } from './render-svg.js';

const SYMBOLS = ['circle', 'triangle', 'rect', 'diamond', 'roundRect', 'pin'] as const;

/**
 * The review-spread chart: for every item, the span between the lowest and highest reviewer percent
 * (flagged items, whose reviewers are two or more ranges apart, in a warning colour), each reviewer's
 * percent as a marker (a legend entry per reviewer) and the consensus percent as a black bar.
 *
 * @example
 * ```ts
 * const spec = reviewSpreadChart(summary, { 'rev-linda-cho': 'Linda Cho' }, 'reviews-1');
 * spec.width; // 1060
 * ```
 */
export function reviewSpreadChart(
  summary: ReviewSummary,
  names: Readonly<Record<string, string>>,
  id: string,
): ChartSpec {
  const items = summary.items;
  const codes = items.map((i) => i.item);
  const base = items.map((i) => i.spread?.minPercent ?? 0);
  const span = (flagged: boolean): number[] =>
    items.map((i) => (i.spread !== null && i.flagged === flagged ? i.spread.percentSpread : 0));
  const offsets = summary.panel.map((_, index) => (index - (summary.panel.length - 1) / 2) * 9);
  const reviewerSeries = summary.panel.map((reviewerId, index) => ({
    name: names[reviewerId] ?? reviewerId,
    type: 'scatter' as const,
    symbol: SYMBOLS[index % SYMBOLS.length] ?? 'circle',
    symbolSize: 10,
    symbolOffset: [offsets[index] ?? 0, 0],
    itemStyle: {
      color: PALETTE.series[index % PALETTE.series.length] ?? PALETTE.total,
      borderColor: '#ffffff',
      borderWidth: 1,
    },
    data: items.map((i) => i.ratings.find((r) => r.reviewerId === reviewerId)?.percent ?? null),
    z: 4,
  }));
  const consensus = items.map((i) => i.consensus?.percent ?? null);
  const hasConsensus = consensus.some((p) => p !== null);
  const legend = [
    ...reviewerSeries.map((s) => s.name),
    ...(hasConsensus ? ['Consensus'] : []),
    'Reviewers\u2019 span',
    'Flagged span (2+ ranges apart)',
  ];
  return {
    id,
    width: 1060,
    height: 380,
    option: {
      legend: {
        top: 4,
        left: 'center',
        data: legend,
        textStyle: { color: PALETTE.text, fontSize: 13 },
        itemGap: 16,
      },
      grid: { left: 56, right: 24, top: 72, bottom: 48 },
      xAxis: {
        type: 'category',
        data: codes,
        name: 'item',
        nameLocation: 'middle',
        nameGap: 28,
        nameTextStyle: { color: PALETTE.axis, fontSize: 12 },
        axisLabel: { color: PALETTE.text, fontSize: 12, interval: 0 },
        axisTick: { alignWithLabel: true },
        axisLine: { lineStyle: { color: PALETTE.axis } },
      },
      yAxis: {
        type: 'value',
        min: 0,
        max: 100,
        interval: 10,
        name: 'percent',
        nameTextStyle: { color: PALETTE.axis, fontSize: 12 },
        axisLabel: { color: PALETTE.axis, fontSize: 12, formatter: '{value}%' },
        splitLine: { lineStyle: { color: PALETTE.grid } },
      },
      series: [
        {
          name: 'base',
          type: 'bar',
          stack: 'span',
          data: base,
          barWidth: 30,
          itemStyle: { color: 'transparent' },
          silent: true,
          z: 1,
        },
        {
          name: 'Reviewers\u2019 span',
          type: 'bar',
          stack: 'span',
          data: span(false),
          barWidth: 30,
          itemStyle: { color: PALETTE.span, opacity: 0.55 },
          z: 1,
        },
        {
          name: 'Flagged span (2+ ranges apart)',
          type: 'bar',
          stack: 'span',
          data: span(true),
          barWidth: 30,
          itemStyle: { color: PALETTE.flagged, opacity: 0.35 },
          z: 1,
        },
        ...reviewerSeries,
        ...(hasConsensus
          ? [
              {
                name: 'Consensus',
                type: 'scatter' as const,
                symbol: 'rect',
                symbolSize: [30, 3],
                itemStyle: { color: PALETTE.total },
                data: consensus,
                z: 5,
              },
            ]
          : []),
      ],
    },
  };
}

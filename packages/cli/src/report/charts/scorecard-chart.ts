import type { ExactNumber, Scorecard } from '@community-excellence/scoring';
import { horizontalBarLayout } from './bar-axes.js';
import { wrapLabel } from './label-layout.js';
import { PALETTE } from './palette.js';
import type { ChartSpec } from './render-svg.js';

/**
 * Points as a report writes them: the exact decimal when it is short (`24.75`), otherwise one decimal
 * (a fraction such as `1700/29` shows as `58.6`); `-` for none.
 *
 * @example
 * ```ts
 * formatPoints({ exact: '24.75', value: 24.75 }); // '24.75'
 * formatPoints({ exact: '1700/29', value: 58.62 }); // '58.6'
 * ```
 */
export function formatPoints(value: ExactNumber | null): string {
  if (value === null) return '-';
  return value.exact.includes('/') || value.exact.length > 8 ? value.value.toFixed(1) : value.exact;
}

/** For a framework without points: one bar per item in scope, its percent (0-100). */
function itemPercentChart(scorecard: Scorecard, id: string): ChartSpec {
  const items = scorecard.items.filter((i) => i.status === 'scored' || i.status === 'unscored');
  return {
    id,
    width: 1060,
    height: 360,
    option: {
      legend: {
        top: 4,
        left: 'center',
        data: ['Percent'],
        textStyle: { color: PALETTE.text, fontSize: 13 },
      },
      grid: { left: 56, right: 24, top: 56, bottom: 48 },
      xAxis: {
        type: 'category',
        data: items.map((i) => i.code),
        name: 'item',
        nameLocation: 'middle',
        nameGap: 28,
        nameTextStyle: { color: PALETTE.axis, fontSize: 12 },
        axisLabel: { color: PALETTE.text, fontSize: 12, interval: 0 },
        axisLine: { lineStyle: { color: PALETTE.axis } },
      },
      yAxis: {
        type: 'value',
        min: 0,
        max: 100,
        interval: 10,
        axisLabel: { color: PALETTE.axis, fontSize: 12, formatter: '{value}%' },
        splitLine: { lineStyle: { color: PALETTE.grid } },
      },
      series: [
        {
          name: 'Percent',
          type: 'bar',
          barWidth: 26,
          itemStyle: { color: PALETTE.earned },
          label: {
            show: true,
            position: 'top',
            color: PALETTE.text,
            fontSize: 12,
            formatter: '{c}%',
          },
          data: items.map((i) => i.percent),
        },
      ],
    },
  };
}

/**
 * The scorecard chart: one bar per category, points earned against the category's maximum (the
 * maximum as a pale bar behind the earned bar, labelled `earned / max`). Categories outside the
 * scope are left out. For a framework that publishes no points, one bar per item with its percent.
 *
 * @example
 * ```ts
 * const spec = scorecardChart(scorecard, 'scorecard-1');
 * spec.height; // grows with the number of categories
 * ```
 */
export function scorecardChart(scorecard: Scorecard, id: string): ChartSpec {
  if (!scorecard.points.available) return itemPercentChart(scorecard, id);
  const categories = scorecard.categories.filter((c) => c.status === 'counted');
  const names = categories.map((c) => wrapLabel(`${c.code}  ${c.name}`, 30));
  const earned = categories.map((c) => c.earned?.value ?? 0);
  const max = categories.map((c) => c.max?.value ?? 0);
  const labels = categories.map((c) => `${formatPoints(c.earned)} / ${formatPoints(c.max)}`);
  const height = 96 + categories.length * 42;
  return {
    id,
    width: 1060,
    height,
    option: {
      color: [PALETTE.maximum, PALETTE.earned],
      legend: {
        top: 4,
        left: 'center',
        data: ['Points earned', 'Maximum points'],
        textStyle: { color: PALETTE.text, fontSize: 13 },
      },
      ...horizontalBarLayout(names, 'points', { right: 120 }),
      series: [
        {
          name: 'Maximum points',
          type: 'bar',
          data: max,
          barWidth: 22,
          itemStyle: { color: PALETTE.maximum },
          label: {
            show: true,
            position: 'right',
            color: PALETTE.text,
            fontSize: 12,
            formatter: (p: { dataIndex: number }) => labels[p.dataIndex] ?? '',
          },
          z: 1,
        },
        {
          name: 'Points earned',
          type: 'bar',
          data: earned,
          barWidth: 22,
          barGap: '-100%',
          itemStyle: { color: PALETTE.earned },
          z: 2,
        },
      ],
    },
  };
}

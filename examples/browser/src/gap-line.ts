import { LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { h } from './dom.js';
import { formatRate } from './format.js';

// Only the parts of ECharts this chart uses, so the bundle stays small.
echarts.use([LineChart, GridComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

/** The chart on the page; disposed when the view draws a new one. */
let current: echarts.ECharts | undefined;

/**
 * The gap over time as an ECharts line (SVG renderer), from the same numbers as the table (which
 * stays the accessible version: the chart's container has a label listing every point). A dashed
 * line marks parity (gap 0). Periods without a gap are left out, never drawn as 0.
 */
export function gapLine(
  rows: readonly { period: string; gap: number | undefined }[],
  label: string,
): HTMLElement {
  const points = rows.flatMap((row) => (row.gap === undefined ? [] : [{ ...row, gap: row.gap }]));
  const container = h('div', {
    class: 'gap-line',
    role: 'img',
    'aria-label': `${label}: ${points.map((p) => `${p.period} ${formatRate(p.gap)}`).join(', ')}`,
  });
  if (points.length === 0) return container;
  current?.dispose();
  const chart = echarts.init(container, null, { renderer: 'svg', width: 380, height: 200 });
  chart.setOption({
    animation: false,
    grid: { left: 44, right: 24, top: 20, bottom: 36 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: unknown) =>
        typeof value === 'number' ? formatRate(value) : String(value),
    },
    xAxis: {
      type: 'category',
      data: points.map((p) => p.period),
      boundaryGap: false,
      axisLabel: { fontSize: 11, interval: 0 },
    },
    yAxis: {
      type: 'value',
      name: 'gap (points)',
      nameTextStyle: { fontSize: 11, align: 'left' },
      axisLabel: { fontSize: 11 },
    },
    series: [
      {
        type: 'line',
        name: label,
        data: points.map((p) => Number(p.gap.toFixed(1))),
        symbolSize: 7,
        label: {
          show: true,
          position: 'top',
          fontSize: 11,
          formatter: ({ value }: { value: unknown }) =>
            typeof value === 'number' ? formatRate(value) : '',
        },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#8a8f98' },
          label: { show: false },
          data: [{ yAxis: 0 }],
        },
      },
    ],
  });
  current = chart;
  return container;
}

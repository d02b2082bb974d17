import type { OutcomeIndicator } from '../outcomes-section.js';
import { PALETTE } from './palette.js';
import type { ChartSpec } from './render-svg.js';

/**
 * How a subgroup is named in legends and tables: `All` for the whole population.
 *
 * @example
 * ```ts
 * groupLabel('all'); // 'All'
 * groupLabel('Black'); // 'Black'
 * ```
 */
export function groupLabel(group: string): string {
  return group === 'all' ? 'All' : group;
}

/**
 * The frame both outcome charts share: their size, a legend of the series, the grid, the periods
 * along the bottom and a value axis named by its unit. `spanZero` keeps zero in view (for gaps);
 * otherwise the value axis fits the data.
 */
function lineChart(
  id: string,
  periods: readonly string[],
  unit: string,
  series: readonly { readonly name: string }[],
  spanZero: boolean,
): ChartSpec {
  return {
    id,
    width: 540,
    height: 340,
    option: {
      legend: {
        top: 4,
        left: 'center',
        data: series.map((s) => s.name),
        textStyle: { color: PALETTE.text, fontSize: 12 },
        itemGap: 12,
      },
      grid: { left: 60, right: 28, top: 84, bottom: 36 },
      xAxis: {
        type: 'category',
        data: [...periods],
        boundaryGap: false,
        axisLabel: { color: PALETTE.text, fontSize: 12, interval: 0 },
        axisLine: { lineStyle: { color: PALETTE.axis } },
      },
      yAxis: {
        type: 'value',
        // Without `scale` a value axis always spans zero.
        scale: !spanZero,
        name: unit,
        nameTextStyle: { color: PALETTE.axis, fontSize: 12, align: 'left' },
        axisLabel: { color: PALETTE.axis, fontSize: 12 },
        splitLine: { lineStyle: { color: PALETTE.grid } },
      },
      series: [...series],
    },
  };
}

/**
 * The outcome-trend chart of one indicator: a line per subgroup over the periods (the whole
 * population as a thicker dark line), gaps where a cell is suppressed or missing, and a legend.
 *
 * @example
 * ```ts
 * const spec = outcomeTrendChart(indicator, colourOf, 'outcome-hs-graduation-4yr-trend');
 * ```
 */
export function outcomeTrendChart(
  indicator: OutcomeIndicator,
  colourOf: (group: string) => string,
  id: string,
): ChartSpec {
  const series = indicator.series.map((s) => ({
    name: groupLabel(s.group),
    type: 'line' as const,
    data: [...s.values],
    connectNulls: false,
    symbol: 'circle',
    symbolSize: s.group === 'all' ? 7 : 6,
    lineStyle: { width: s.group === 'all' ? 3.5 : 2, color: colourOf(s.group) },
    itemStyle: { color: colourOf(s.group) },
    z: s.group === 'all' ? 3 : 2,
  }));
  return lineChart(id, indicator.periods, indicator.unit, series, false);
}

/**
 * The gap chart of one indicator: each subgroup's gap to the reference group over the periods
 * (`subgroup - reference`), with a zero line for parity, and a legend.
 *
 * @example
 * ```ts
 * const spec = outcomeGapChart(indicator, colourOf, 'outcome-hs-graduation-4yr-gap');
 * ```
 */
export function outcomeGapChart(
  indicator: OutcomeIndicator,
  colourOf: (group: string) => string,
  id: string,
): ChartSpec {
  const reference = indicator.reference ?? '';
  const series = indicator.gaps.map((g, index) => ({
    name: `${groupLabel(g.focal)} \u2212 ${reference}`,
    type: 'line' as const,
    data: [...g.values],
    connectNulls: false,
    symbol: 'circle',
    symbolSize: 6,
    lineStyle: { width: 2, color: colourOf(g.focal) },
    itemStyle: { color: colourOf(g.focal) },
    ...(index === 0
      ? {
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: PALETTE.axis, type: 'dashed' as const, width: 1 },
            label: {
              formatter: `no gap (${reference})`,
              color: PALETTE.axis,
              fontSize: 11,
              position: 'insideEndTop' as const,
            },
            data: [{ yAxis: 0 }],
          },
        }
      : {}),
  }));
  // Parity (a gap of 0) stays in view.
  return lineChart(id, indicator.periods, indicator.gapUnit, series, true);
}

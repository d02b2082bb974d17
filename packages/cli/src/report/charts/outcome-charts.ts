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

/** Line styles of the comparison places: grey, dashed for the state, dash-dot for the nation. */
const COMPARISON_STYLE = {
  state: { color: '#7b8794', type: 'dashed' as const },
  nation: { color: '#9aa5b1', type: [8, 3, 2, 3] },
} as const;

/**
 * The outcome-trend chart of one indicator: a line per subgroup over the periods (the whole
 * population as a thicker dark line), the comparison places (state, nation) as grey dashed lines,
 * the targets as diamonds in their group's colour and the baseline forecast as a dotted line to
 * the target periods. A cell that is suppressed, missing, a bound or an interval is a gap in its
 * line, never plotted as a number (the table shows it).
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
  const periods = indicator.chartPeriods;
  const aligned = (values: readonly (number | null)[]): (number | null)[] =>
    periods.map((_, i) => values[i] ?? null);
  const series: Record<string, unknown>[] = indicator.series.map((s) => ({
    name: groupLabel(s.group),
    type: 'line' as const,
    data: aligned(s.values),
    connectNulls: false,
    symbol: 'circle',
    symbolSize: s.group === 'all' ? 7 : 6,
    lineStyle: { width: s.group === 'all' ? 3.5 : 2, color: colourOf(s.group) },
    itemStyle: { color: colourOf(s.group) },
    z: s.group === 'all' ? 3 : 2,
  }));
  for (const c of indicator.comparisons) {
    const style = COMPARISON_STYLE[c.relation];
    series.push({
      name: c.name,
      type: 'line' as const,
      data: aligned(c.values),
      connectNulls: false,
      symbol: 'emptyCircle',
      symbolSize: 5,
      lineStyle: { width: 2, color: style.color, type: style.type },
      itemStyle: { color: style.color },
      z: 1,
    });
  }
  if (indicator.forecast.length > 0) {
    const byPeriod = new Map(indicator.forecast.map((p) => [p.period, p.value] as const));
    series.push({
      name: 'Baseline forecast',
      type: 'line' as const,
      data: periods.map((p) => byPeriod.get(p) ?? null),
      connectNulls: true,
      symbol: 'none',
      lineStyle: { width: 2, color: PALETTE.total, type: 'dotted' as const },
      itemStyle: { color: PALETTE.total },
      z: 2,
    });
  }
  if (indicator.targets.length > 0)
    series.push({
      name: 'Target',
      type: 'scatter' as const,
      data: indicator.targets.map((t) => ({
        value: [t.period, t.value],
        itemStyle: { color: colourOf(t.group), borderColor: PALETTE.text, borderWidth: 1 },
      })),
      symbol: 'diamond',
      symbolSize: 12,
      itemStyle: { color: PALETTE.total },
      z: 4,
    });
  return lineChart(id, periods, indicator.unit, series as { name: string }[], false);
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

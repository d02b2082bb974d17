import { labelWidth } from './label-layout.js';
import { PALETTE } from './palette.js';

/** The axes and grid of a horizontal bar chart (see {@link horizontalBarLayout}). */
export interface HorizontalBarLayout {
  readonly grid: Record<string, number>;
  readonly xAxis: Record<string, unknown>;
  readonly yAxis: Record<string, unknown>;
}

/**
 * The grid and axes the report's horizontal bar charts share: one category row per name (first at
 * the top), the names' width reserved on the left, and a value axis named below the bars.
 *
 * @example
 * ```ts
 * const { grid, xAxis, yAxis } = horizontalBarLayout(['1 Leadership', '2 Strategy'], 'points', { right: 120 });
 * ```
 */
export function horizontalBarLayout(
  names: readonly string[],
  valueName: string,
  options: { readonly right?: number; readonly minInterval?: number } = {},
): HorizontalBarLayout {
  return {
    grid: { left: labelWidth(names, 13) + 12, right: options.right ?? 32, top: 44, bottom: 44 },
    xAxis: {
      type: 'value',
      ...(options.minInterval === undefined ? {} : { minInterval: options.minInterval }),
      name: valueName,
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: { color: PALETTE.axis, fontSize: 12 },
      axisLabel: { color: PALETTE.axis, fontSize: 12 },
      splitLine: { lineStyle: { color: PALETTE.grid } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: [...names],
      axisTick: { show: false },
      axisLabel: { color: PALETTE.text, fontSize: 13 },
      axisLine: { lineStyle: { color: PALETTE.axis } },
    },
  };
}

// Apache ECharts, server-side: only the chart types and components the report uses are registered
// (loading the whole library takes about twice as long).
import 'echarts/lib/chart/bar';
import 'echarts/lib/chart/line';
import 'echarts/lib/chart/scatter';
import 'echarts/lib/component/grid';
import 'echarts/lib/component/legend';
import 'echarts/lib/component/markLine';
import type { EChartsOption } from 'echarts';
import { init, setPlatformAPI, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { measureText } from './measure-text.js';

use([SVGRenderer]);
// Lay text out for a wide sans-serif: the server cannot measure the reader's fonts.
setPlatformAPI({ measureText });

/**
 * One chart to render: a stable id (unique in the report, used for the SVG's element ids and
 * classes), its size in pixels and the ECharts option.
 */
export interface ChartSpec {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly option: EChartsOption;
}

/**
 * The charts' font stack: installed fonts only (the report needs no network), Arial-metric first
 * because ECharts lays out text on the server with Arial-like character widths.
 *
 * @example
 * ```ts
 * REPORT_FONT.startsWith('Arial'); // true
 * ```
 */
export const REPORT_FONT = "Arial, 'Liberation Sans', 'Helvetica Neue', Helvetica, sans-serif";

/** Applies `edit` to the markup of an SVG string (its tags and its style block), never to text content. */
function editMarkup(svg: string, edit: (markup: string) => string): string {
  const style = svg.lastIndexOf('<style');
  const body = style < 0 ? svg : svg.slice(0, style);
  const tail = style < 0 ? '' : edit(svg.slice(style));
  // Each tag, from a '<' to the next '>' (found by index, not by a regex that could backtrack).
  let out = '';
  let at = 0;
  while (at < body.length) {
    const open = body.indexOf('<', at);
    const close = open < 0 ? -1 : body.indexOf('>', open);
    if (close < 0) break;
    out += body.slice(at, open) + edit(body.slice(open, close + 1));
    at = close + 1;
  }
  return out + body.slice(at) + tail;
}

/**
 * Makes an ECharts SVG string independent of what the process rendered before: ECharts prefixes
 * ids and classes with a per-instance counter (`zr0-`, `zr1-`, ...) and numbers its CSS classes
 * with a process-wide counter. The prefix becomes `ce-<id>-` and the numbers are reassigned in order
 * of first appearance, so that the same chart always gives the same bytes and several charts can
 * share one page. The renderer's bookkeeping attributes (`ecmeta_*`) are dropped.
 *
 * @example
 * ```ts
 * normalizeSvg('<g clip-path="url(#zr3-c0)" class="zr3-cls-41"></g>', 'scorecard');
 * // '<g clip-path="url(#ce-scorecard-c0)" class="ce-scorecard-cls-0"></g>'
 * ```
 */
export function normalizeSvg(svg: string, id: string): string {
  const safeId = id.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  const stripped = svg.replace(/ ecmeta_[a-z_]+="[^"]*"/g, '');
  const prefix = /(?:id="|class="|url\(#)zr(\d+)-/.exec(stripped)?.[1];
  if (prefix === undefined) return stripped;
  const numbers = new Map<string, Map<string, number>>();
  return editMarkup(stripped, (markup) =>
    markup.replace(
      /zr(\d+)-([a-z]+-?)(\d+)/g,
      (match: string, instance: string, kind: string, n: string) => {
        if (instance !== prefix) return match;
        const seen = numbers.get(kind) ?? new Map<string, number>();
        numbers.set(kind, seen);
        let next = seen.get(n);
        if (next === undefined) {
          next = seen.size;
          seen.set(n, next);
        }
        return `ce-${safeId}-${kind}${next}`;
      },
    ),
  );
}

/**
 * Renders one chart to a static SVG string with ECharts' server-side SVG renderer (no DOM, no
 * animation), disposing the chart instance even when rendering fails.
 *
 * @example
 * ```ts
 * const svg = renderChartSvg({ id: 'demo', width: 400, height: 200, option: { xAxis: { type: 'category', data: ['a'] }, yAxis: {}, series: [{ type: 'bar', data: [1] }] } });
 * svg.startsWith('<svg'); // true
 * ```
 */
export function renderChartSvg(spec: ChartSpec): string {
  const chart = init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: spec.width,
    height: spec.height,
  });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: REPORT_FONT }, ...spec.option });
    return normalizeSvg(chart.renderToSVGString(), spec.id);
  } finally {
    chart.dispose();
  }
}

import { svg } from './dom.js';
import { formatRate } from './format.js';

const WIDTH = 360;
const HEIGHT = 170;
const PAD = { left: 40, right: 28, top: 16, bottom: 44 };

/**
 * A small line of the gap over time, drawn as inline SVG from the numbers in the table (which
 * stays the accessible version: the SVG only has a label and a title per point). A dashed line
 * marks parity (gap 0).
 */
export function gapLine(rows: readonly { period: string; time: number; gap: number | undefined }[], label: string): SVGSVGElement {
  const points = rows.flatMap((row) => (row.gap === undefined ? [] : [{ ...row, gap: row.gap }]));
  const chart = svg('svg', { class: 'gap-line', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': `${label}: ${points.map((p) => `${p.period} ${formatRate(p.gap)}`).join(', ')}` });
  if (points.length === 0) return chart;

  const times = points.map((p) => p.time);
  const gaps = points.map((p) => p.gap);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const [g0, g1] = [Math.min(0, ...gaps), Math.max(0, ...gaps)];
  const x = (t: number): number => PAD.left + (t1 === t0 ? 0.5 : (t - t0) / (t1 - t0)) * (WIDTH - PAD.left - PAD.right);
  const y = (g: number): number => PAD.top + (g1 === g0 ? 0.5 : (g1 - g) / (g1 - g0)) * (HEIGHT - PAD.top - PAD.bottom);

  chart.append(
    svg('line', { class: 'parity', x1: PAD.left, x2: WIDTH - PAD.right, y1: y(0), y2: y(0) }),
    svg('text', { class: 'axis', x: PAD.left - 6, y: y(0) + 4, 'text-anchor': 'end' }, '0'),
    svg('polyline', { class: 'gap', points: points.map((p) => `${x(p.time)},${y(p.gap)}`).join(' ') }),
    ...points.flatMap((p) => [
      svg('circle', { cx: x(p.time), cy: y(p.gap), r: 3.5 }, svg('title', {}, `${p.period}: ${formatRate(p.gap)}`)),
      svg('text', { class: 'value', x: x(p.time), y: y(p.gap) + (p.gap < 0 ? 16 : -8), 'text-anchor': 'middle' }, formatRate(p.gap)),
      svg('text', { class: 'axis', x: x(p.time), y: HEIGHT - 8, 'text-anchor': 'middle' }, p.period),
    ]),
  );
  return chart;
}

import { describe, expect, it } from 'vitest';
import { normalizeSvg, renderChartSvg, type ChartSpec } from './render-svg.js';

const spec = (id: string, label = 'a'): ChartSpec => ({
  id,
  width: 400,
  height: 240,
  option: {
    legend: { data: ['x', 'y'] },
    xAxis: { type: 'category', data: [label, 'b'] },
    yAxis: { type: 'value' },
    series: [
      { name: 'x', type: 'line', data: [1, 2] },
      { name: 'y', type: 'bar', data: [2, null] },
    ],
  },
});

describe('normalizeSvg', () => {
  it('replaces the instance prefix and renumbers classes in order of first appearance', () => {
    const svg =
      '<svg><g clip-path="url(#zr7-c3)" class="zr7-cls-41"><text>zr7-cls-41 stays</text></g><path class="zr7-cls-12"/><path ecmeta_series_index="1" class="zr7-cls-41"/><defs><clipPath id="zr7-c3"/></defs><style>.zr7-cls-41:hover {}\n.zr7-cls-12:hover {}</style></svg>';
    expect(normalizeSvg(svg, 'My Chart')).toBe(
      '<svg><g clip-path="url(#ce-my-chart-c0)" class="ce-my-chart-cls-0"><text>zr7-cls-41 stays</text></g><path class="ce-my-chart-cls-1"/><path class="ce-my-chart-cls-0"/><defs><clipPath id="ce-my-chart-c0"/></defs><style>.ce-my-chart-cls-0:hover {}\n.ce-my-chart-cls-1:hover {}</style></svg>',
    );
  });

  it('leaves an SVG without ECharts ids alone', () => {
    expect(normalizeSvg('<svg><rect/></svg>', 'x')).toBe('<svg><rect/></svg>');
  });
});

describe('renderChartSvg', () => {
  it('renders a static SVG with the size asked for', () => {
    const svg = renderChartSvg(spec('one'));
    expect(svg.startsWith('<svg width="400" height="240"')).toBe(true);
    expect(svg).toContain('viewBox="0 0 400 240"');
    expect(svg).not.toMatch(/zr\d+-/);
    expect(svg).not.toContain('ecmeta_');
    expect(svg).not.toMatch(/<script|<image|href="http/);
  });

  it('gives the same bytes however many charts the process rendered before', () => {
    const first = renderChartSvg(spec('same'));
    for (let i = 0; i < 3; i++) renderChartSvg(spec(`other-${i}`));
    expect(renderChartSvg(spec('same'))).toBe(first);
  });

  it('keeps the ids of different charts apart, so several can share a page', () => {
    const a = renderChartSvg(spec('a'));
    const b = renderChartSvg(spec('b'));
    const ids = (svg: string): string[] =>
      [...svg.matchAll(/id="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(ids(a).every((id) => id.startsWith('ce-a-'))).toBe(true);
    expect(ids(b).every((id) => id.startsWith('ce-b-'))).toBe(true);
  });

  it('escapes text from the data', () => {
    const svg = renderChartSvg(spec('esc', '<script>alert(1)</script> & co'));
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapTrend } from './gap-trend.js';
import { metricValue } from './metric.js';
import { periodTime } from './period.js';
import { leastSquaresSlope } from './slope.js';
import { trend } from './trend.js';

describe('trend', () => {
  const points = [
    { label: '2021', time: 2021, value: 80 },
    { label: '2023', time: 2023, value: 85 },
    { label: '2022', time: 2022, value: 82 },
  ];
  it('sorts by time, reads direction by the direction of good and fits a slope over three points', () => {
    const t = trend(points, 'higher-is-better');
    expect(t.first?.label).toBe('2021');
    expect(metricValue(t.change)).toBe(5);
    expect(metricValue(t.slopePerYear)).toBeCloseTo(2.5, 12);
    expect(t.direction).toBe('improving');
    expect(t.consecutiveImprovingSteps).toBe(2);
    expect(trend(points, 'lower-is-better').direction).toBe('worsening');
    expect(trend(points, 'neutral').direction).toBe('unknown');
  });
  it('needs three points for a slope', () => {
    expect(trend(points.slice(0, 2), 'higher-is-better').slopePerYear.status).toBe(
      'NOT_COMPUTABLE',
    );
    expect(
      leastSquaresSlope([
        { x: 1, y: 1 },
        { x: 1, y: 2 },
        { x: 1, y: 3 },
      ]).status,
    ).toBe('NOT_COMPUTABLE');
  });
  it('reads period times from start dates and labels', () => {
    expect(periodTime({ label: '2024' })).toBe(2024);
    expect(periodTime({ label: '2020-21' })).toBe(2020);
    expect(periodTime({ label: 'x', start: '2020-01-01' })).toBe(2020);
    expect(periodTime({ label: 'release' })).toBeUndefined();
  });
});

describe('gapTrend', () => {
  it('reproduces the All Hands Raised worked example: 14.3 -> 9.5 over three years', () => {
    const g = gapTrend([
      { label: 'year 0', time: 0, gap: -14.3 },
      { label: 'year 3', time: 3, gap: -9.5 },
    ]);
    expect(metricValue(g.absoluteGapChange)).toBeCloseTo(-4.8, 10);
    expect(metricValue(g.gapChange)).toBeCloseTo(4.8, 10);
    expect(Math.round((metricValue(g.relativeGapReduction) as number) * 1000) / 10).toBe(33.6);
    expect(metricValue(g.absoluteGapChangePerYear)).toBeCloseTo(-1.6, 10);
    expect(g.status).toBe('closing');
    expect(g.relative).toBe('NOT_COMPUTABLE');
    expect(g.notes.join(' ')).toMatch(/NOT_COMPUTABLE/);
  });
  it('labels MIXED when absolute and relative move in opposite directions (domain 5.3 illustration)', () => {
    const g = gapTrend([
      { label: 't0', time: 0, focalRate: 20, referenceRate: 40 },
      { label: 't1', time: 1, focalRate: 36, referenceRate: 60 },
    ]);
    expect(g.start?.gap).toBe(-20);
    expect(g.end?.gap).toBe(-24);
    expect(g.absolute).toBe('widening');
    expect(g.relative).toBe('toward-parity');
    expect(g.status).toBe('MIXED');
  });
  it('is closing when both readings agree, and insufficient with one point', () => {
    expect(
      gapTrend([
        { label: 'a', time: 0, focalRate: 70, referenceRate: 90 },
        { label: 'b', time: 2, focalRate: 80, referenceRate: 90 },
      ]).status,
    ).toBe('closing');
    expect(gapTrend([{ label: 'a', time: 0, gap: 3 }]).status).toBe('insufficient-data');
  });
  it('never throws on arbitrary inputs', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.array(
          fc.record({
            label: fc.string(),
            time: fc.double(),
            value: fc.double(),
            gap: fc.double(),
            focalRate: fc.double(),
            referenceRate: fc.double(),
          }),
        ),
        (junk, pts) => {
          trend(junk as never, 'higher-is-better');
          trend(pts, 'lower-is-better');
          gapTrend(junk as never);
          gapTrend(pts);
          periodTime(junk as never);
        },
      ),
    );
  });
});

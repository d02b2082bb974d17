import { readFileSync } from 'node:fs';
import type { Observation } from '@community-excellence/schemas/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodTime } from '../metrics/period.js';
import { readTrend, type TrendReadingPoint } from './trend-reading.js';
import { tCritical95, trendNoise } from './trend-noise.js';
import { trendSentence } from './trend-sentence.js';

/** A yearly series starting in `from`, labelled by year. */
function yearly(values: readonly number[], from = 2021): TrendReadingPoint[] {
  return values.map((value, i) => ({ label: String(from + i), time: from + i, value }));
}

describe('readTrend: the Riverbend K-3 chronic absence series (lower is better)', () => {
  const series: TrendReadingPoint[] = [
    { label: '2020-21', time: 2020.5, value: 14.2 },
    { label: '2021-22', time: 2021.5, value: 22.6 },
    { label: '2022-23', time: 2022.5, value: 20.1 },
    { label: '2023-24', time: 2023.5, value: 17.4 },
    { label: '2024-25', time: 2024.5, value: 15.8 },
  ];
  it('is mixed: the slope improves while the last value is worse than the first', () => {
    const r = readTrend(series, 'lower-is-better');
    expect(r.status).toBe('mixed');
    expect(r.method).toBe('slope-and-endpoints');
    expect(r.slopePerYear).toBeCloseTo(-0.2, 10);
    expect(r.slopeMove).toBe('improving');
    expect(r.change).toBeCloseTo(1.6, 10);
    expect(r.changeMove).toBe('worsening');
    expect(r.worst?.label).toBe('2021-22');
    expect(r.best?.label).toBe('2020-21');
    expect(r.sinceWorst?.change).toBeCloseTo(-6.8, 10);
    expect(r.sinceBest).toBeUndefined();
    expect(r.consecutiveImprovingSteps).toBe(3);
    expect(r.noise).toMatchObject({ method: 'slope-t-test', distinguishable: false });
    expect(r.notes.join(' ')).toMatch(
      /the slope reads improving while the change .* reads worsening/,
    );
  });
  it('says so in its sentence, never a bare "improving"', () => {
    expect(trendSentence(readTrend(series, 'lower-is-better'))).toBe(
      'mixed: improving since the 2021-22 peak (22.6 -> 15.8); still worse than the 2020-21 baseline (14.2); the slope is within noise',
    );
  });
  it('reads the same from the observation file of the example community', () => {
    const file = JSON.parse(
      readFileSync(
        new URL('../../../../examples/riverbend/observations.json', import.meta.url),
        'utf8',
      ),
    ) as { observations: Observation[] };
    const points = file.observations
      .filter(
        (o) =>
          o.indicatorId === 'chronic-absence-k3' &&
          o.place.code === 'riverbend-county' &&
          o.subgroup?.dimension === 'all' &&
          o.value.kind === 'exact',
      )
      .map((o) => ({
        label: o.period.label,
        time: periodTime(o.period) ?? Number.NaN,
        value: o.value.kind === 'exact' ? o.value.value : Number.NaN,
      }));
    expect(points.map((p) => p.value)).toEqual([14.2, 22.6, 20.1, 17.4, 15.8]);
    expect(trendSentence(readTrend(points, 'lower-is-better'))).toBe(
      'mixed: improving since the 2021-22 peak (22.6 -> 15.8); still worse than the 2020-21 baseline (14.2); the slope is within noise',
    );
  });
  it('reads the same however the points are ordered', () => {
    expect(readTrend([...series].reverse(), 'lower-is-better').status).toBe('mixed');
  });
});

describe('readTrend: steady series', () => {
  const rising = [76.9, 79.0, 80.2, 82.5, 84.1];
  it('steady improvement', () => {
    const r = readTrend(yearly(rising), 'higher-is-better');
    expect(r.status).toBe('improving');
    expect(r.consecutiveImprovingSteps).toBe(4);
    expect(r.sinceWorst).toBeUndefined();
    expect(r.noise).toMatchObject({ method: 'slope-t-test', distinguishable: true });
    expect(trendSentence(r)).toBe('improving: 76.9 -> 84.1 over 4 years (slope +1.8 a year)');
    expect(trendSentence(r, { unitWords: 'percent', digits: 2 })).toBe(
      'improving: 76.90 -> 84.10 percent over 4 years (slope +1.79 a year)',
    );
  });
  it('steady decline (higher is better) is worsening', () => {
    const r = readTrend(yearly([...rising].reverse()), 'higher-is-better');
    expect(r.status).toBe('worsening');
    expect(r.consecutiveImprovingSteps).toBe(0);
    expect(trendSentence(r)).toBe('worsening: 84.1 -> 76.9 over 4 years (slope -1.8 a year)');
  });
  it('a falling rate when lower is better is improving, a rising one worsening', () => {
    expect(readTrend(yearly([...rising].reverse()), 'lower-is-better').status).toBe('improving');
    expect(readTrend(yearly(rising), 'lower-is-better').status).toBe('worsening');
  });
  it('a flat series', () => {
    const r = readTrend(yearly([50, 50, 50, 50]), 'higher-is-better');
    expect(r.status).toBe('flat');
    expect(r.noise).toEqual({
      method: 'slope-t-test',
      distinguishable: false,
      degreesOfFreedom: 2,
    });
    expect(trendSentence(r)).toBe(
      'flat: 50.0 -> 50.0 over 3 years (slope 0.0 a year) (within noise)',
    );
  });
});

describe('readTrend: V shapes and inverted V shapes', () => {
  it('higher is better, a dip then a recovery past the start: improving through the low', () => {
    const r = readTrend(yearly([70, 60, 65, 75]), 'higher-is-better');
    expect(r.status).toBe('improving');
    expect(r.sinceWorst?.from.label).toBe('2022');
    expect(trendSentence(r)).toBe(
      'improving: 70.0 -> 75.0 over 3 years (slope +2.0 a year); passing through the 2022 low (60.0) (within noise)',
    );
  });
  it('higher is better, a dip not recovered: mixed, improving since the low', () => {
    const r = readTrend(yearly([70, 50, 60, 68]), 'higher-is-better');
    expect(r.status).toBe('mixed');
    expect(trendSentence(r)).toBe(
      'mixed: improving since the 2022 low (50.0 -> 68.0); still worse than the 2021 baseline (70.0); the slope is within noise',
    );
  });
  it('higher is better, an inverted V ending above the start: mixed, worsening since the peak', () => {
    const r = readTrend(yearly([60, 85, 70, 61]), 'higher-is-better');
    expect(r.status).toBe('mixed');
    expect(r.slopeMove).toBe('worsening');
    expect(r.changeMove).toBe('improving');
    expect(r.sinceBest?.from.label).toBe('2022');
    expect(trendSentence(r)).toBe(
      'mixed: worsening since the 2022 peak (85.0 -> 61.0); still better than the 2021 baseline (60.0); the slope is within noise',
    );
  });
  it('lower is better, a V (a low in between): mixed, worsening since the low', () => {
    const r = readTrend(yearly([20, 8, 14, 19.5]), 'lower-is-better');
    expect(r.status).toBe('mixed');
    expect(trendSentence(r, { baselineWord: 'starting point' })).toBe(
      'mixed: worsening since the 2022 low (8.0 -> 19.5); still better than the 2021 starting point (20.0); the slope is within noise',
    );
  });
  it('lower is better, a V ending above the start: worsening through the low', () => {
    const r = readTrend(yearly([20, 10, 15, 21]), 'lower-is-better');
    expect(r.status).toBe('worsening');
    expect(trendSentence(r)).toBe(
      'worsening: 20.0 -> 21.0 over 3 years (slope +0.8 a year); passing through the 2022 low (10.0) (within noise)',
    );
  });
  it('mixed without a turning point to name: a slope against equal endpoints', () => {
    const r = readTrend(yearly([50, 55, 54, 45, 50]), 'higher-is-better');
    expect(r.status).toBe('mixed');
    expect(r.changeMove).toBe('flat');
    expect(trendSentence(r)).toBe(
      'mixed: the slope is worsening (-1.0 a year) but the last value equals the first (2021 50.0 -> 2025 50.0); the slope is within noise',
    );
  });
});

describe('readTrend: noise is a note, not a status', () => {
  it('a noisy flat series keeps its reading and says it is within noise', () => {
    const r = readTrend(yearly([50, 53, 48, 52, 49, 52]), 'higher-is-better');
    expect(r.status).toBe('improving');
    expect(r.noise.method).toBe('slope-t-test');
    if (r.noise.method !== 'slope-t-test') throw new Error('unreachable');
    expect(r.noise.distinguishable).toBe(false);
    expect(Math.abs(r.noise.tStatistic ?? Infinity)).toBeLessThan(tCritical95(4));
    expect(r.notes).toContain(
      'within noise: the slope is not distinguishable from zero (t-test, 95%)',
    );
    expect(trendSentence(r)).toBe(
      'improving: 50.0 -> 52.0 over 5 years (slope +0.1 a year); passing through the 2023 low (48.0) (within noise)',
    );
  });
  it('the t-test: slope / standard error from the residuals, df = n - 2, against the table', () => {
    // y = 1, 3, 2, 5 at x = 0..3, recomputed here from the definitions
    const pts = [1, 3, 2, 5].map((value, time) => ({ time, value }));
    const n = 4;
    const mx = 1.5;
    const my = 2.75;
    const sxx = pts.reduce((s, p) => s + (p.time - mx) ** 2, 0);
    const slope = pts.reduce((s, p) => s + (p.time - mx) * (p.value - my), 0) / sxx;
    const ssr = pts.reduce((s, p) => s + (p.value - my - slope * (p.time - mx)) ** 2, 0);
    const t = slope / Math.sqrt(ssr / (n - 2) / sxx);
    expect(trendNoise(pts)).toEqual({
      method: 'slope-t-test',
      distinguishable: Math.abs(t) > 4.303,
      tStatistic: t,
      degreesOfFreedom: 2,
    });
    expect(tCritical95(1)).toBe(12.706);
    expect(tCritical95(30)).toBe(2.042);
    expect(tCritical95(31)).toBe(1.96);
    expect(tCritical95(0)).toBeNaN();
  });
  it('with three points and intervals at both ends, tests the first-to-last change', () => {
    const ci = (v: number) => ({ low: v - 1, high: v + 1, level: 0.95 });
    const close = readTrend(
      [
        { label: 'a', time: 0, value: 10, ci: ci(10) },
        { label: 'b', time: 1, value: 10.5, ci: ci(10.5) },
        { label: 'c', time: 2, value: 11, ci: ci(11) },
      ],
      'higher-is-better',
    );
    expect(close.status).toBe('improving');
    expect(close.noise).toEqual({ method: 'endpoint-ci', distinguishable: false });
    expect(close.notes).toContain(
      'within noise: the first-to-last change is within the confidence intervals (95%)',
    );
    expect(trendSentence(close)).toBe(
      'improving: 10.0 -> 11.0 over 2 years (slope +0.5 a year) (within noise)',
    );
    const far = readTrend(
      [
        { label: 'a', time: 0, value: 10, ci: ci(10) },
        { label: 'b', time: 1, value: 12, ci: ci(12) },
        { label: 'c', time: 2, value: 14, ci: ci(14) },
      ],
      'higher-is-better',
    );
    expect(far.noise).toEqual({ method: 'endpoint-ci', distinguishable: true });
    expect(readTrend(yearly([1, 2, 3]), 'higher-is-better').noise).toEqual({ method: 'none' });
  });
});

describe('readTrend: too few points and neutral indicators', () => {
  it('two points are insufficient-data (minPoints 3), with the change still reported', () => {
    const r = readTrend(yearly([80, 82]), 'higher-is-better');
    expect(r.status).toBe('insufficient-data');
    expect(r.change).toBe(2);
    expect(r.slopePerYear).toBeUndefined();
    expect(r.notes).toContain('a trend needs at least 3 periods with a value; 2 given');
    expect(trendSentence(r)).toBe(
      'not enough data for a trend: 2 periods with a value (3 needed); 2021 80.0 -> 2022 82.0',
    );
    expect(trendSentence(readTrend(yearly([80]), 'higher-is-better'))).toBe(
      'not enough data for a trend: 1 period with a value (3 needed)',
    );
    expect(trendSentence(readTrend([], 'higher-is-better'))).toBe(
      'not enough data for a trend: no periods with a value (3 needed)',
    );
  });
  it('minPoints 2 reads two points', () => {
    const r = readTrend(yearly([80, 82]), 'higher-is-better', { minPoints: 2 });
    expect(r.status).toBe('improving');
    expect(trendSentence(r)).toBe('improving: 80.0 -> 82.0 over 1 year (slope +2.0 a year)');
  });
  it('points at one time only are insufficient-data', () => {
    const r = readTrend(
      [1, 2, 3].map((value) => ({ label: 'x', time: 2020, value })),
      'higher-is-better',
    );
    expect(r.status).toBe('insufficient-data');
    expect(r.notes).toContain('all periods share one time');
  });
  it('a neutral indicator has no direction', () => {
    const r = readTrend(yearly([10, 10.5, 11, 11.5, 12]), 'neutral');
    expect(r.status).toBe('no-direction');
    expect(r.worst).toBeUndefined();
    expect(r.consecutiveImprovingSteps).toBe(0);
    expect(trendSentence(r)).toBe(
      'no direction of good: 10.0 -> 12.0 over 4 years (slope +0.5 a year; neutral indicator)',
    );
    // too few points wins over no direction, as for a gap change
    expect(readTrend(yearly([10, 12]), 'neutral').status).toBe('insufficient-data');
  });
  it('leaves out points without a finite time or value', () => {
    const r = readTrend(
      [
        ...yearly([1, 2, 3]),
        { label: 'bad', time: Number.NaN, value: 9 },
        { label: 'bad', time: 2030, value: Number.POSITIVE_INFINITY },
        null as never,
      ],
      'higher-is-better',
    );
    expect(r.points).toBe(3);
    expect(r.last?.label).toBe('2023');
  });
});

describe('readTrend: properties', () => {
  it('improving and worsening always agree with the endpoints', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), {
          minLength: 3,
          maxLength: 12,
        }),
        fc.constantFrom('higher-is-better' as const, 'lower-is-better' as const),
        (values, direction) => {
          const r = readTrend(yearly(values), direction);
          const better = (r.change ?? 0) * (direction === 'higher-is-better' ? 1 : -1);
          if (r.status === 'improving') expect(better).toBeGreaterThan(0);
          if (r.status === 'worsening') expect(better).toBeLessThan(0);
        },
      ),
    );
  });
  it('never throws, and neither does the sentence', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (points, direction, options) => {
        const r = readTrend(points as never, direction as never, options as never);
        expect(typeof trendSentence(r, options as never)).toBe('string');
        expect(typeof trendSentence(points as never, direction as never)).toBe('string');
        expect(trendNoise(points as never)).toBeDefined();
      }),
    );
    const hostile = {
      get value(): number {
        throw new Error('no');
      },
      label: 'x',
      time: 1,
    };
    expect(readTrend([hostile] as never, 'higher-is-better').status).toBe('insufficient-data');
  });
});

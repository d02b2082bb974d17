import { describe, expect, it } from 'vitest';
import { tCritical95, trendNoise } from './trend-noise.js';

describe('trendNoise', () => {
  it('t-tests the slope from four points on', () => {
    const flat = trendNoise([10, 12, 9, 11].map((value, time) => ({ time, value })));
    expect(flat).toEqual({
      method: 'slope-t-test',
      distinguishable: false,
      tStatistic: 0,
      degreesOfFreedom: 2,
    });
    const line = trendNoise([1, 2, 3, 4].map((value, time) => ({ time, value })));
    expect(line).toEqual({ method: 'slope-t-test', distinguishable: true, degreesOfFreedom: 2 });
  });
  it('falls back to the endpoint intervals, then to nothing', () => {
    const ci = { low: 0, high: 2, level: 0.95 };
    expect(
      trendNoise([
        { time: 0, value: 1, ci },
        { time: 1, value: 1.5, ci },
      ]),
    ).toEqual({ method: 'endpoint-ci', distinguishable: false });
    expect(
      trendNoise([
        { time: 0, value: 1 },
        { time: 1, value: 2 },
      ]),
    ).toEqual({ method: 'none' });
    expect(trendNoise([])).toEqual({ method: 'none' });
  });
  it('uses the t table for df 1..30 and 1.96 beyond', () => {
    expect([1, 2, 3, 10, 30, 31, 1000].map(tCritical95)).toEqual([
      12.706, 4.303, 3.182, 2.228, 2.042, 1.96, 1.96,
    ]);
  });
});

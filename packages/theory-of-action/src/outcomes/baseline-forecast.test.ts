import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricValue } from '../metrics/metric.js';
import { leastSquaresSlope } from '../metrics/slope.js';
import { baselineAt, baselineForecast, timeOfPeriod } from './baseline-forecast.js';

const point = (label: string, time: number, value: number) => ({ label, time, value });

describe('baselineForecast', () => {
  const rising = [point('2021', 2021, 80), point('2023', 2023, 85), point('2022', 2022, 82)];

  it('fits the least-squares line of the trend and reads it at the requested periods', () => {
    const b = baselineForecast(rising, [{ label: '2025', time: 2025 }, { label: '2027' }]);
    expect(b.computable).toBe(true);
    if (!b.computable) return;
    // The same slope as the trend's (one regression in the package).
    expect(b.slopePerYear).toBe(
      metricValue(leastSquaresSlope(rising.map((p) => ({ x: p.time, y: p.value })))),
    );
    expect(b.slopePerYear).toBeCloseTo(2.5, 12);
    expect(b.anchor).toEqual({ time: 2022, value: 82.33333333333333 });
    expect(b.intercept + b.slopePerYear * 2022).toBeCloseTo(82.3333333333, 6);
    expect(b.points).toBe(3);
    expect(b.fitted.map((p) => p.label)).toEqual(['2021', '2022', '2023']);
    expect(b.fitted.map((p) => p.value)).toEqual([
      79.83333333333333, 82.33333333333333, 84.83333333333333,
    ]);
    expect(b.forecast).toEqual([
      { label: '2025', time: 2025, value: 89.83333333333333 },
      { label: '2027', time: 2027, value: 94.83333333333333 },
    ]);
    // residuals 0.1667, -0.3333, 0.1667: sqrt(0.1667 / 1)
    expect(b.residualStandardError).toBeCloseTo(Math.sqrt(1 / 6), 12);
    expect(b.notes).toEqual([]);
    expect(b.method).toBe('least-squares');
  });

  it('places a period without a time like the observations (label year plus their offset)', () => {
    // Observations timed by a 1 July start: 2020.497...
    const july = [0, 1, 2].map((i) =>
      point(`${2020 + i}-${21 + i}`, 2020.4972677595629 + i, 50 + i),
    );
    const b = baselineForecast(july, [{ label: '2027-28' }, { label: 'next year' }]);
    expect(b.forecast).toHaveLength(1);
    expect(b.forecast[0]?.time).toBeCloseTo(2027.4972677595629, 12);
    expect(b.forecast[0]?.value).toBeCloseTo(57, 9);
    expect(b.notes).toEqual(['no forecast for "next year": the period has no year']);
    expect(timeOfPeriod('2027-28', undefined, july)).toBeCloseTo(2027.4972677595629, 12);
    expect(timeOfPeriod('2027-28', 2027.25, july)).toBe(2027.25);
    expect(timeOfPeriod('2027-28', undefined, [])).toBe(2027);
    // an observation whose time is far from its label is no guide
    expect(timeOfPeriod('2027-28', undefined, [point('2020', 1990, 1)])).toBe(2027);
  });

  it('holds the forecast inside the unit range and says where', () => {
    const b = baselineForecast(
      [point('2022-23', 2022, 96), point('2023-24', 2023, 98), point('2024-25', 2024, 99)],
      [{ label: '2025-26' }, { label: '2026-27' }, { label: '2027-28' }],
      { unit: { type: 'percent' } },
    );
    // the line: 97.667 at 2023 plus 1.5 a year
    expect(b.forecast.map((p) => [p.label, p.value])).toEqual([
      ['2025-26', 100],
      ['2026-27', 100],
      ['2027-28', 100],
    ]);
    expect(b.forecast.map((p) => p.clampedFrom)).toEqual([
      expect.closeTo(100.6667, 4),
      expect.closeTo(102.1667, 4),
      expect.closeTo(103.6667, 4),
    ]);
    expect(b.fitted.every((p) => p.clampedFrom === undefined)).toBe(true);
    expect(b.range).toEqual({ minimum: 0, maximum: 100 });
    expect(b.notes).toEqual([
      'held at 100, the top of the percent range, in 2025-26, 2026-27, 2027-28',
    ]);

    const falling = baselineForecast(
      [point('2022', 2022, 0.3), point('2023', 2023, 0.2), point('2024', 2024, 0.1)],
      [{ label: '2025' }, { label: '2026' }],
      { unit: { type: 'proportion' } },
    );
    // 2025 lands on 0 itself (no clamp); 2026 would be -0.1
    expect(falling.forecast.map((p) => p.value)).toEqual([0, 0]);
    expect(falling.forecast[0]?.clampedFrom).toBeUndefined();
    expect(falling.forecast[1]?.clampedFrom).toBeCloseTo(-0.1, 12);
    expect(falling.notes).toEqual(['held at 0, the bottom of the proportion range, in 2026']);

    // A rate has no top; a unit without a range clamps nothing.
    const rate = baselineForecast(rising, [{ label: '2040' }], {
      unit: { type: 'rate', per: 1000 },
    });
    expect(rate.forecast[0]?.value).toBeCloseTo(127.3333, 4);
    expect(rate.notes).toEqual([]);
    const other = baselineForecast(rising, [{ label: '2040' }], {
      unit: { type: 'currency', currency: 'USD' },
    });
    expect(other.range).toBeUndefined();
  });

  it('needs minPoints periods with values in two distinct periods', () => {
    const two = baselineForecast(rising.slice(0, 2), [{ label: '2025' }]);
    expect(two).toEqual({
      method: 'least-squares',
      computable: false,
      reason: 'a baseline forecast needs at least 3 periods with values; 2 given',
      points: 2,
      fitted: [],
      forecast: [],
      notes: [],
    });
    expect(baselineForecast(rising.slice(0, 2), [], { minPoints: 2 }).computable).toBe(true);
    // minPoints below 2 or not a number falls back to the default
    expect(baselineForecast(rising.slice(0, 2), [], { minPoints: 1 }).computable).toBe(false);
    expect(baselineForecast(rising.slice(0, 2), [], { minPoints: Number.NaN }).computable).toBe(
      false,
    );
    const samePeriod = baselineForecast(
      [point('2024', 2024, 1), point('2024', 2024, 2), point('2024', 2024, 3)],
      [],
    );
    expect(samePeriod.computable === false && samePeriod.reason).toBe(
      'no baseline forecast: all points share one period',
    );
    const holes = baselineForecast(
      [point('2021', 2021, Number.NaN), point('2022', Number.NaN, 3), ...rising.slice(0, 2)],
      [],
    );
    expect(holes.computable === false && holes.reason).toBe(
      'a baseline forecast needs at least 3 periods with values; 2 given',
    );
  });

  it('reads the baseline at any time, held in its range', () => {
    const b = baselineForecast(
      [point('2022', 2022, 96), point('2023', 2023, 98), point('2024', 2024, 99)],
      [],
      { unit: { type: 'percent' } },
    );
    expect(baselineAt(b, 2023)?.value).toBeCloseTo(97.6667, 4);
    expect(baselineAt(b, 2030)).toEqual({
      label: '',
      time: 2030,
      value: 100,
      clampedFrom: expect.closeTo(108.1667, 4),
    });
    expect(baselineAt(b, Number.NaN)).toBeUndefined();
    expect(baselineAt(baselineForecast([], []), 2030)).toBeUndefined();
    expect(baselineAt({} as never, 2030)).toBeUndefined();
  });

  it('never throws on hostile input', () => {
    const hostile = [
      undefined,
      null,
      42,
      'x',
      [null, 1, 'a'],
      Object.create(null),
      JSON.parse('{"__proto__": {"polluted": true}}'),
      new Proxy([], {
        get() {
          throw new Error('boom');
        },
      }),
      {
        get length() {
          throw new Error('boom');
        },
      },
    ];
    for (const a of hostile)
      for (const b of hostile)
        for (const c of hostile) {
          const result = baselineForecast(a as never, b as never, c as never);
          expect(result.method).toBe('least-squares');
          expect(() => timeOfPeriod(a as never, b, c as never)).not.toThrow();
          expect(() => baselineAt(a as never, b as never)).not.toThrow();
        }
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, c) => {
        const result = baselineForecast(a as never, b as never, c as never);
        return result.method === 'least-squares' && Array.isArray(result.forecast);
      }),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

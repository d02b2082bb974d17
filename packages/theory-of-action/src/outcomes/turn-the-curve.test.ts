import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ObservationSet } from '@community-excellence/schemas/data';
import { periodTime } from '../metrics/period.js';
import { baselineForecast } from './baseline-forecast.js';
import { curveSentence, turnTheCurve } from './turn-the-curve.js';

const point = (label: string, time: number, value: number) => ({ label, time, value });

describe('turnTheCurve', () => {
  // 60, 61, 62.5 in 2020-2022: line 61.167 at 2021, 1.25 a year, residual standard error 0.204
  const earlier = [point('2020', 2020, 60), point('2021', 2021, 61), point('2022', 2022, 62.5)];
  const baseline = baselineForecast(earlier, []);

  it('calls a value better than the earlier baseline by more than its scatter a turn', () => {
    const c = turnTheCurve([...earlier, point('2024', 2024, 67)], baseline, 'higher-is-better');
    expect(c).toMatchObject({
      status: 'turned',
      baselineThrough: '2022',
      period: '2024',
      actual: 67,
      forecast: expect.closeTo(64.9167, 4),
      difference: expect.closeTo(2.0833, 4),
      tolerance: expect.closeTo(0.2041, 4),
    });
    expect(curveSentence(c)).toBe(
      'turned the curve: 67.0 in 2024, 2.1 better than the baseline forecast of 64.9 (fitted through 2022)',
    );
  });

  it('reads a value within the scatter as on the baseline, and a lower one as worse', () => {
    const on = turnTheCurve([...earlier, point('2024', 2024, 65)], baseline, 'higher-is-better');
    expect(on.status).toBe('on-baseline');
    expect(curveSentence(on)).toBe(
      'on the baseline forecast: 65.0 in 2024, within 0.2 of the forecast 64.9 (fitted through 2022)',
    );
    const worse = turnTheCurve([...earlier, point('2024', 2024, 63)], baseline, 'higher-is-better');
    expect(worse.status).toBe('worse-than-baseline');
    expect(curveSentence(worse, { unitWords: 'percent' })).toBe(
      'worse than the baseline forecast: 63.0 percent in 2024, 1.9 percent worse than the forecast 64.9 percent (fitted through 2022)',
    );
  });

  it('reads lower-is-better the other way round, and uses the latest later value', () => {
    const falling = turnTheCurve(
      [...earlier, point('2024', 2024, 63), point('2023', 2023, 70)],
      baseline,
      'lower-is-better',
    );
    expect(falling).toMatchObject({ status: 'turned', period: '2024', actual: 63 });
    expect(
      turnTheCurve([...earlier, point('2024', 2024, 67)], baseline, 'lower-is-better').status,
    ).toBe('worse-than-baseline');
  });

  it('judges nothing without a later value, a baseline or a direction', () => {
    const none = turnTheCurve(earlier, baseline, 'higher-is-better');
    expect(none).toMatchObject({ status: 'no-later-value', baselineThrough: '2022' });
    expect(curveSentence(none)).toBe(
      'no later value: no value after 2022, the last period of the baseline forecast',
    );

    const short = turnTheCurve(
      earlier,
      baselineForecast(earlier.slice(0, 2), []),
      'higher-is-better',
    );
    expect(short.status).toBe('no-baseline');
    expect(curveSentence(short)).toBe(
      'no baseline forecast: a baseline forecast needs at least 3 periods with values; 2 given',
    );

    const neutral = turnTheCurve([...earlier, point('2024', 2024, 67)], baseline, 'neutral');
    expect(curveSentence(neutral)).toBe(
      'no direction: the indicator is neutral: no value is better than another',
    );
    expect(curveSentence(undefined as never)).toBe('no reading');
  });

  it('reads the Riverbend K-3 chronic absence: the 2021-22 spike set a rising baseline, and 2024-25 sits far below it', () => {
    const { observations } = JSON.parse(
      readFileSync(
        new URL('../../../../examples/riverbend/observations.json', import.meta.url),
        'utf8',
      ),
    ) as ObservationSet;
    const series = observations
      .filter(
        (o) =>
          o.indicatorId === 'chronic-absence-k3' &&
          o.place.code === 'riverbend-county' &&
          o.subgroup.value === 'all',
      )
      .flatMap((o) =>
        o.value.kind === 'exact'
          ? [point(o.period.label, periodTime(o.period) ?? Number.NaN, o.value.value)]
          : [],
      );
    expect(series.map((p) => p.value)).toEqual([14.2, 22.6, 20.1, 17.4, 15.8]);
    const baseline = baselineForecast(series.slice(0, 3), []);
    expect(baseline.computable && baseline.slopePerYear).toBeCloseTo(2.95, 2);
    const c = turnTheCurve(series, baseline, 'lower-is-better');
    expect(c.status).toBe('turned');
    expect(c.tolerance).toBeCloseTo(4.45, 2);
    expect(curveSentence(c, { unitWords: 'percent' })).toBe(
      'turned the curve: 15.8 percent in 2024-25, 12.0 percent better than the baseline forecast of 27.8 percent (fitted through 2022-23)',
    );
    const page = readFileSync(new URL('../../../../docs/metrics.md', import.meta.url), 'utf8');
    expect(page).toContain(curveSentence(c, { unitWords: 'percent' }));
  });

  it('never throws on hostile input', () => {
    const hostile = [
      undefined,
      null,
      'x',
      [null, 1],
      { computable: true, fitted: [{ time: 1 }] },
      JSON.parse('{"__proto__": {"polluted": true}}'),
      new Proxy(
        {},
        {
          get() {
            throw new Error('boom');
          },
        },
      ),
    ];
    for (const a of hostile)
      for (const b of hostile) {
        const c = turnTheCurve(a as never, b as never, 'higher-is-better');
        expect(typeof c.status).toBe('string');
        expect(typeof curveSentence(c)).toBe('string');
        expect(typeof curveSentence(a as never, b as never)).toBe('string');
      }
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, d) => {
        const c = turnTheCurve(a as never, b as never, d as never);
        return typeof curveSentence(c) === 'string';
      }),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

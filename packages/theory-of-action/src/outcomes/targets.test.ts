import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  IndicatorSet,
  IndicatorTarget,
  ObservationSet,
  PartnershipEvidence,
} from '@community-excellence/schemas/data';
import { periodTime } from '../metrics/period.js';
import { baselineForecast } from './baseline-forecast.js';
import { targetSentence, targetStatus, type TargetStatus } from './targets.js';

const point = (label: string, time: number, value: number) => ({ label, time, value });
// 80, 82, 83 in 2022-23 .. 2024-25: slope 1.5 a year, line 81.667 at 2023
const series = [point('2022-23', 2022, 80), point('2023-24', 2023, 82), point('2024-25', 2024, 83)];
const baseline = baselineForecast(series, [{ label: '2027-28' }]);

describe('targetStatus', () => {
  it('judges a past or current period with a value by the value: met or missed', () => {
    const met = targetStatus(
      { period: '2024-25', value: 83 },
      series,
      baseline,
      'higher-is-better',
    );
    expect(met).toEqual({
      status: 'met',
      period: '2024-25',
      target: 83,
      direction: 'higher-is-better',
      time: 2024,
      latestPeriod: '2024-25',
      actual: 83,
      margin: 0,
    });
    expect(targetSentence(met)).toBe('met: 83.0 in 2024-25 against a target of 83');

    const missed = targetStatus(
      { period: '2023-24', value: 85 },
      series,
      baseline,
      'higher-is-better',
    );
    expect(missed).toMatchObject({ status: 'missed', actual: 82, margin: -3, shortfall: 3 });
    expect(targetSentence(missed)).toBe('missed: 82.0 in 2023-24, 3.0 short of 85');
  });

  it('judges a future period by the baseline forecast: on track or off track', () => {
    const on = targetStatus({ period: '2027-28', value: 86 }, series, baseline, 'higher-is-better');
    expect(on.status).toBe('on-track');
    expect(on.forecast).toBeCloseTo(87.6667, 4);
    expect(on.margin).toBeCloseTo(1.6667, 4);
    expect(on.shortfall).toBeUndefined();
    expect(on.clamped).toBe(false);
    expect(targetSentence(on)).toBe('on track: forecast 87.7 in 2027-28 against a target of 86');

    const off = targetStatus(
      { period: '2027-28', value: 90 },
      series,
      baseline,
      'higher-is-better',
    );
    expect(off.status).toBe('off-track');
    expect(off.shortfall).toBeCloseTo(2.3333, 4);
    expect(targetSentence(off)).toBe('off track: forecast 87.7 in 2027-28, 2.3 short of 90');

    // A period the baseline did not list is read off its line.
    const later = targetStatus(
      { period: '2030-31', value: 90 },
      series,
      baseline,
      'higher-is-better',
    );
    expect(later.status).toBe('on-track');
    expect(later.forecast).toBeCloseTo(92.1667, 4);
    expect(later.time).toBe(2030);
  });

  it('reads lower-is-better the other way round', () => {
    // chronic absence 20, 18, 17: falling 1.5 a year
    const absence = [point('2022', 2022, 20), point('2023', 2023, 18), point('2024', 2024, 17)];
    const b = baselineForecast(absence, [{ label: '2027' }]);
    const on = targetStatus({ period: '2027', value: 13 }, absence, b, 'lower-is-better');
    expect(on).toMatchObject({ status: 'on-track', forecast: expect.closeTo(12.3333, 4) });
    expect(targetSentence(on)).toBe(
      'on track: forecast 12.3 in 2027 against a target of 13 (lower is better)',
    );
    const off = targetStatus({ period: '2027', value: 12 }, absence, b, 'lower-is-better');
    expect(off).toMatchObject({ status: 'off-track', shortfall: expect.closeTo(0.3333, 4) });
    expect(targetSentence(off)).toBe(
      'off track: forecast 12.3 in 2027, 0.3 above the target of 12 (lower is better)',
    );
    const met = targetStatus({ period: '2024', value: 17.5 }, absence, b, 'lower-is-better');
    expect(targetSentence(met)).toBe(
      'met: 17.0 in 2024 against a target of 17.5 (lower is better)',
    );
    const missed = targetStatus({ period: '2023', value: 15 }, absence, b, 'lower-is-better');
    expect(missed).toMatchObject({ status: 'missed', shortfall: 3 });
    expect(targetSentence(missed)).toBe(
      'missed: 18.0 in 2023, 3.0 above the target of 15 (lower is better)',
    );
    // The same numbers read higher-is-better give the opposite answers.
    expect(targetStatus({ period: '2027', value: 13 }, absence, b, 'higher-is-better').status).toBe(
      'off-track',
    );
  });

  it('says when a forecast was held at the edge of the unit range', () => {
    const high = [point('2022', 2022, 96), point('2023', 2023, 98), point('2024', 2024, 99)];
    const b = baselineForecast(high, [{ label: '2028' }], { unit: { type: 'percent' } });
    const s = targetStatus({ period: '2028', value: 100 }, high, b, 'higher-is-better');
    expect(s).toMatchObject({ status: 'on-track', forecast: 100, clamped: true });
    expect(targetSentence(s, { unitWords: 'percent' })).toBe(
      "on track: forecast 100.0 percent (held at the edge of the unit's range) in 2028 against a target of 100 percent",
    );
  });

  it('has no forecast with too few points, and no value for a past period without data', () => {
    const two = series.slice(0, 2);
    const b = baselineForecast(two, [{ label: '2027-28' }]);
    const s = targetStatus({ period: '2027-28', value: 90 }, two, b, 'higher-is-better');
    expect(s).toMatchObject({
      status: 'no-forecast',
      reason: 'a baseline forecast needs at least 3 periods with values; 2 given',
    });
    expect(targetSentence(s)).toBe(
      'no forecast: a baseline forecast needs at least 3 periods with values; 2 given (target 90 in 2027-28)',
    );
    // ... but a value for the target's own period still judges it.
    expect(targetStatus({ period: '2023-24', value: 82 }, two, b, 'higher-is-better').status).toBe(
      'met',
    );

    const gap = [series[0], series[2]].filter((p) => p !== undefined);
    const past = targetStatus({ period: '2023-24', value: 82 }, gap, baseline, 'higher-is-better');
    expect(past).toMatchObject({ status: 'no-actual', latestPeriod: '2024-25' });
    expect(targetSentence(past)).toBe(
      'no value: 2023-24 is not after the latest data (2024-25) and has no value (target 82)',
    );

    const noYear = targetStatus(
      { period: 'next cycle', value: 90 },
      series,
      baseline,
      'higher-is-better',
    );
    expect(targetSentence(noYear)).toBe(
      'no forecast: the period "next cycle" has no year (target 90 in next cycle)',
    );
  });

  it('judges nothing for a neutral indicator', () => {
    const s = targetStatus({ period: '2027-28', value: 90 }, series, baseline, 'neutral');
    expect(s.status).toBe('no-direction');
    expect(targetSentence(s)).toBe(
      'no direction: the indicator is neutral: no value is better than another (target 90 in 2027-28)',
    );
  });

  it('matches the target period by label, then by first year', () => {
    // observations labelled "2024-2025", target written "2024-25"
    const long = [
      point('2022-2023', 2022, 80),
      point('2023-2024', 2023, 82),
      point('2024-2025', 2024, 83),
    ];
    const s = targetStatus(
      { period: '2024-25', value: 83 },
      long,
      baselineForecast(long, []),
      'higher-is-better',
    );
    expect(s).toMatchObject({ status: 'met', actual: 83 });
  });

  it('writes numbers with the digits and unit words asked for', () => {
    const off = targetStatus(
      { period: '2027-28', value: 90.25 },
      series,
      baseline,
      'higher-is-better',
    );
    expect(targetSentence(off, { digits: 2, unitWords: 'percent' })).toBe(
      'off track: forecast 87.67 percent in 2027-28, 2.58 percent short of 90.25 percent',
    );
    expect(targetSentence(off, { digits: 0 })).toBe(
      'off track: forecast 88 in 2027-28, 3 short of 90.25',
    );
    expect(targetSentence(off, { digits: -1 })).toBe(targetSentence(off));
  });

  it('never throws on hostile input', () => {
    const hostile = [
      undefined,
      null,
      NaN,
      'x',
      [null, 1],
      Object.create(null),
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
      for (const b of hostile)
        for (const c of hostile) {
          const s = targetStatus(a as never, b as never, c as never, 'higher-is-better');
          expect(typeof s.status).toBe('string');
          expect(typeof targetSentence(s)).toBe('string');
          expect(typeof targetSentence(a as never, b as never)).toBe('string');
        }
    expect(targetSentence(undefined as never)).toBe('no status');
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.anything(), (a, b, c, d) => {
        const s = targetStatus(a as never, b as never, c as never, d as never);
        return typeof s.status === 'string' && typeof targetSentence(s) === 'string';
      }),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the Riverbend example targets', () => {
  const read = <T>(name: string): T =>
    JSON.parse(
      readFileSync(new URL(`../../../../examples/riverbend/${name}`, import.meta.url), 'utf8'),
    ) as T;
  const indicators = read<IndicatorSet>('indicators.json').indicators;
  const observations = read<ObservationSet>('observations.json').observations;
  const evidence = read<PartnershipEvidence>('partnership-evidence.json');

  /** The county's exact values of one indicator and group, timed by their periods. */
  const seriesOf = (indicatorId: string, group = 'all') =>
    observations
      .filter(
        (o) =>
          o.indicatorId === indicatorId &&
          o.place.code === 'riverbend-county' &&
          o.subgroup.value === group,
      )
      .flatMap((o) =>
        o.value.kind === 'exact'
          ? [point(o.period.label, periodTime(o.period) ?? Number.NaN, o.value.value)]
          : [],
      );

  const judge = (indicatorId: string, target: IndicatorTarget): TargetStatus => {
    const indicator = indicators.find((i) => i.id === indicatorId);
    const s = seriesOf(indicatorId, target.subgroup?.value);
    const b = baselineForecast(s, [{ label: target.period }], {
      ...(indicator?.unit !== undefined ? { unit: indicator.unit } : {}),
    });
    return targetStatus(target, s, b, indicator?.direction ?? 'neutral');
  };

  it('reads every indicator target of the example', () => {
    const sentences = indicators.flatMap((indicator) =>
      (indicator.targets ?? []).map(
        (target) =>
          `${indicator.id} ${target.subgroup?.value ?? 'all'}: ${targetSentence(judge(indicator.id, target))}`,
      ),
    );
    expect(sentences).toEqual([
      'grade3-ela-proficient all: met: 52.7 in 2023-24 against a target of 52',
      'grade3-ela-proficient all: off track: forecast 58.0 in 2027-28, 2.0 short of 60',
      'grade3-ela-proficient Black: off track: forecast 42.3 in 2027-28, 2.7 short of 45',
      'hs-graduation-4yr all: missed: 89.6 in 2024-25, 0.4 short of 90',
      'hs-graduation-4yr all: on track: forecast 91.1 in 2027-28 against a target of 90',
      'hs-graduation-4yr Black: on track: forecast 86.4 in 2027-28 against a target of 86',
    ]);
  });

  it('gives the worked example of docs/metrics.md, and the page states it', () => {
    const s = seriesOf('hs-graduation-4yr');
    const b = baselineForecast(
      s,
      ['2025-26', '2026-27', '2027-28'].map((label) => ({ label })),
      {
        unit: { type: 'percent' },
      },
    );
    if (!b.computable) throw new Error(b.reason);
    const row = (p: { label: string; time: number; value: number }, observed: string): string =>
      `${p.label}   ${p.time.toFixed(3)}   ${observed.padEnd(7)}    ${p.value.toFixed(2)}`;
    const lines = [
      ...b.fitted.map((p, i) => row(p, (s[i]?.value ?? Number.NaN).toFixed(1))),
      `          slope ${b.slopePerYear.toFixed(2)} a year, residual standard error ${b.residualStandardError?.toFixed(2)}`,
      ...b.forecast.map((p) => `${row(p, '-')}   forecast`),
    ];
    const page = readFileSync(new URL('../../../../docs/metrics.md', import.meta.url), 'utf8');
    for (const line of lines) expect(page).toContain(line);
    expect(lines[5]).toBe('          slope 0.50 a year, residual standard error 0.10');
    expect(lines[8]).toBe('2027-28   2027.497   -          91.08   forecast');
    for (const sentence of [
      'missed: 89.6 in 2024-25, 0.4 short of 90',
      'on track: forecast 91.1 in 2027-28 against a target of 90',
      'met: 52.7 in 2023-24 against a target of 52',
      'off track: forecast 58.0 in 2027-28, 2.0 short of 60',
    ])
      expect(page).toContain(sentence);
  });

  it("reads the evidence's outcome target on chronic absence (lower is better)", () => {
    const targets = (evidence.outcomes ?? []).flatMap((o) => o.targets ?? []);
    expect(targets.map((t) => [t.indicatorId, t.period, t.value])).toEqual([
      ['chronic-absence-k3', '2027-28', 12],
    ]);
    const [target] = targets;
    if (target === undefined) return;
    const s = judge(target.indicatorId, target);
    // 14.2, 22.6, 20.1, 17.4, 15.8: the least-squares line falls only 0.2 a year
    expect(s.forecast).toBeCloseTo(17.02, 2);
    expect(targetSentence(s, { unitWords: 'percent' })).toBe(
      'off track: forecast 17.0 percent in 2027-28, 5.0 percent above the target of 12 percent (lower is better)',
    );
  });
});

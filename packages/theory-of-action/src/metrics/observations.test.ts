import { readFileSync } from 'node:fs';
import type {
  Indicator,
  IndicatorSet,
  Observation,
  ObservationSet,
} from '@community-excellence/schemas/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricValue } from './metric.js';
import { practiceContrast } from './practice-contrast.js';
import { readObservationValue } from './read-value.js';
import { indicatorTrend, subgroupGapTrend } from './series.js';
import { subgroupGaps } from './subgroup-gaps.js';

const example = (name: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../../../../examples/riverbend/${name}`, import.meta.url), 'utf8'),
  );
const indicators = (example('indicators.json') as IndicatorSet).indicators;
const observations = (example('observations.json') as ObservationSet).observations;
const indicator = (id: string): Indicator => indicators.find((i) => i.id === id) as Indicator;
const county = { level: 'county', code: 'riverbend-county' };

describe('readObservationValue', () => {
  const row = (value: Observation['value'], extra: Partial<Observation> = {}): Observation => ({
    indicatorId: 'x',
    place: { code: 'p', level: 'county' },
    period: { label: '2024' },
    subgroup: { dimension: 'all', value: 'all' },
    value,
    ...extra,
  });
  it('never coerces suppressed or missing to 0 and refuses bounds', () => {
    expect(readObservationValue(row({ kind: 'suppressed', raw: 'S' }))).toEqual({
      usable: false,
      reason: 'suppressed',
      raw: 'S',
    });
    expect(readObservationValue(row({ kind: 'missing', raw: 'N/A' }))).toEqual({
      usable: false,
      reason: 'missing',
      raw: 'N/A',
    });
    expect(readObservationValue(row({ kind: 'bound', raw: '>=95%', op: '>=', value: 95 }))).toEqual(
      { usable: false, reason: 'bound', raw: '>=95%' },
    );
  });
  it('uses an interval only when the caller opts in, labelled', () => {
    const interval = row({ kind: 'interval', raw: '80-84%', low: 80, high: 84 });
    expect(readObservationValue(interval).usable).toBe(false);
    const read = readObservationValue(interval, { intervals: 'midpoint' });
    expect(read).toMatchObject({ usable: true, value: 82, treatment: 'interval-midpoint' });
  });
  it('refuses quality flag 3 and warns on flag 2', () => {
    expect(
      readObservationValue(row({ kind: 'exact', raw: '5', value: 5 }, { quality: 3 })),
    ).toMatchObject({ usable: false, reason: 'low-quality' });
    const caution = readObservationValue(
      row({ kind: 'exact', raw: '5', value: 5 }, { quality: 2 }),
    );
    expect(caution.usable && caution.warnings).toEqual(['quality flag 2: use with caution']);
    expect(
      readObservationValue(row({ kind: 'exact', raw: '5', value: 5 }, { quality: 2 }), {
        cautionQuality: 'exclude',
      }).usable,
    ).toBe(false);
  });
});

describe('Riverbend example', () => {
  const grad = indicator('hs-graduation-4yr');
  it('graduation gap Black vs White at county level closes from 14.1 to 9.4 points', () => {
    const s = subgroupGapTrend({
      indicator: grad,
      observations,
      place: county,
      dimension: 'race-ethnicity',
      focal: 'Black',
      reference: 'White',
    });
    expect(s.points.map((p) => p.label)).toEqual([
      '2020-21',
      '2021-22',
      '2022-23',
      '2023-24',
      '2024-25',
    ]);
    expect(s.trend.start?.gap).toBeCloseTo(76.9 - 91.0, 10);
    expect(s.trend.end?.gap).toBeCloseTo(82.4 - 91.8, 10);
    expect(metricValue(s.trend.absoluteGapChange)).toBeCloseTo(-4.7, 10);
    expect(metricValue(s.trend.relativeGapReduction)).toBeCloseTo(4.7 / 14.1, 10);
    expect(s.trend.relative).toBe('toward-parity');
    expect(s.trend.status).toBe('closing');
  });
  it('chooses the best-rate reference usable at both ends: Asian is a >=95% bound after 2020-21, so White', () => {
    const s = subgroupGapTrend({
      indicator: grad,
      observations,
      place: county,
      dimension: 'race-ethnicity',
      focal: 'Black',
    });
    expect(s.reference).toEqual({ label: 'White', choice: 'best-rate' });
    const gaps = subgroupGaps({
      indicator: grad,
      observations,
      place: county,
      period: '2024-25',
      dimension: 'race-ethnicity',
    });
    expect(gaps.reference).toEqual({ label: 'White', rate: 91.8, choice: 'best-rate' });
    expect(gaps.excluded).toEqual([
      expect.objectContaining({
        reason: 'bound',
        raw: '>=95%',
        subgroup: { dimension: 'race-ethnicity', value: 'Asian' },
      }),
    ]);
    expect(gaps.gaps.map((g) => g.focal.label)).toEqual(['Black', 'Hispanic', 'Two or more races']);
    // PAF for a higher-is-better percent: burden = 100 - rate; (10.4 - 8.2) / 10.4
    expect(metricValue(gaps.attributableProportion)).toBeCloseTo(
      (100 - 89.6 - (100 - 91.8)) / (100 - 89.6),
      10,
    );
  });
  it('reads a population trend with a slope in the direction of good', () => {
    const t = indicatorTrend({ indicator: grad, observations, place: county });
    expect(t.trend.points).toBe(5);
    expect(metricValue(t.trend.change)).toBeCloseTo(2, 10);
    expect(t.trend.direction).toBe('improving');
    expect(t.changeTest.distinguishable).toBeUndefined();
  });
  it('tests a change with CIs (employment survey estimates)', () => {
    const t = indicatorTrend({
      indicator: indicator('employment-20-24'),
      observations,
      place: county,
    });
    expect(t.changeTest.method).toBe('normal-approximation');
    expect(typeof t.changeTest.distinguishable).toBe('boolean');
  });
  it('never throws on arbitrary observation arrays', () => {
    fc.assert(
      fc.property(fc.anything(), fc.array(fc.anything()), (a, rows) => {
        subgroupGaps({
          indicator: a as Indicator,
          observations: rows as Observation[],
          place: county,
          period: '2024',
          dimension: 'race',
        });
        subgroupGapTrend({
          indicator: grad,
          observations: a as Observation[],
          place: county,
          dimension: 'race',
          focal: 'B',
        });
        indicatorTrend({ indicator: grad, observations: rows as Observation[], place: county });
      }),
    );
  });
});

describe('practiceContrast', () => {
  it('reports difference, counts per arm, exclusions and small-group cautions; labelled correlational', () => {
    const c = practiceContrast(
      [
        { id: 'a', hasPractice: true, value: 62 },
        { id: 'b', hasPractice: true, value: 58 },
        { id: 'c', hasPractice: false, value: 50 },
        { id: 'd', hasPractice: false, value: { kind: 'suppressed', raw: 'S' } },
        { id: 'e', hasPractice: false, value: { kind: 'exact', raw: '52', value: 52 } },
      ],
      { minPerArm: 3 },
    );
    expect(c.label).toBe('correlational, not causal');
    expect(c.withPractice).toEqual({ n: 2, mean: { status: 'computed', value: 60 } });
    expect(c.withoutPractice.n).toBe(2);
    expect(metricValue(c.difference)).toBe(9);
    expect(c.excluded).toEqual([{ id: 'd', reason: 'suppressed' }]);
    expect(c.cautions).toHaveLength(3);
  });
  it('never throws', () => {
    fc.assert(fc.property(fc.anything(), (x) => void practiceContrast(x as never)));
  });
});

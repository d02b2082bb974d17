import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { populationAttributableProportion } from './attributable.js';
import { absoluteGap, gapMetrics, rateRatio, relativeDisparity } from './gap.js';
import { metricValue } from './metric.js';

describe('gap metrics', () => {
  it('computes absolute gap with sign, ratio and relative disparity together, with the reference explicit', () => {
    const g = gapMetrics({
      focal: { label: 'Black', rate: 76.9 },
      reference: { label: 'White', rate: 91 },
      unit: 'percentage-points',
    });
    expect(metricValue(g.absoluteGap)).toBeCloseTo(-14.1, 10);
    expect(metricValue(g.rateRatio)).toBeCloseTo(76.9 / 91, 12);
    expect(metricValue(g.relativeDisparity)).toBeCloseTo(76.9 / 91 - 1, 12);
    expect(g.reference).toEqual({ label: 'White', rate: 91, choice: 'user' });
    expect(g.unit).toBe('percentage-points');
  });

  it('marks relative metrics NOT_COMPUTABLE when only the gap is known (domain 5.4)', () => {
    const g = gapMetrics({
      focal: { label: 'students of color' },
      reference: { label: 'White' },
      knownGap: -14.3,
    });
    expect(g.absoluteGap).toEqual({ status: 'computed', value: -14.3 });
    expect(g.rateRatio.status).toBe('NOT_COMPUTABLE');
    expect(g.relativeDisparity.status).toBe('NOT_COMPUTABLE');
  });

  it('refuses a ratio against a zero or negative reference', () => {
    expect(rateRatio(5, 0).status).toBe('NOT_COMPUTABLE');
    expect(rateRatio(-1, 2).status).toBe('NOT_COMPUTABLE');
    expect(absoluteGap(Number.NaN, 1).status).toBe('NOT_COMPUTABLE');
  });

  it('population attributable proportion for burden and for higher-is-better rates', () => {
    expect(metricValue(populationAttributableProportion(0.2, 0.1))).toBeCloseTo(0.5, 12);
    expect(
      metricValue(
        populationAttributableProportion(88, 92, {
          direction: 'higher-is-better',
          scaleMaximum: 100,
        }),
      ),
    ).toBeCloseTo(1 / 3, 12);
    expect(populationAttributableProportion(88, 92, { direction: 'higher-is-better' }).status).toBe(
      'NOT_COMPUTABLE',
    );
    expect(populationAttributableProportion(0, 0).status).toBe('NOT_COMPUTABLE');
  });

  const rate = fc.double({ min: 1e-6, max: 1e6, noNaN: true });
  it('absolute gap is antisymmetric', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, min: -1e12, max: 1e12 }),
        fc.double({ noNaN: true, min: -1e12, max: 1e12 }),
        (a, b) => {
          expect(metricValue(absoluteGap(a, b))).toBe(
            -(metricValue(absoluteGap(b, a)) ?? Number.NaN) + 0,
          );
        },
      ),
    );
  });
  it('rate ratio is reciprocal and relative disparity equals ratio - 1', () => {
    fc.assert(
      fc.property(rate, rate, (a, b) => {
        const ab = metricValue(rateRatio(a, b)) as number;
        const ba = metricValue(rateRatio(b, a)) as number;
        expect(ab * ba).toBeCloseTo(1, 9);
        expect(metricValue(relativeDisparity(a, b))).toBe(ab - 1);
      }),
    );
  });
  it('never throws on arbitrary inputs', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, c) => {
        absoluteGap(a as number, b as number);
        rateRatio(a as number, b as number);
        relativeDisparity(a as number, b as number);
        populationAttributableProportion(a as number, b as number, {
          direction: 'higher-is-better',
          scaleMaximum: c as number,
        });
        gapMetrics({
          focal: { label: a as string, rate: b as number },
          reference: { label: 'r', rate: c as number },
          knownGap: a as number,
        });
        gapMetrics(a as never);
      }),
      { numRuns: 2000 },
    );
  });
});

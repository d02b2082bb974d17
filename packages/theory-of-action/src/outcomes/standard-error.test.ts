import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleOfUnit, standardErrorOf } from './standard-error.js';

describe('standardErrorOf', () => {
  it('reads a confidence interval: half-width / z(level), 95% when the level is missing (noted)', () => {
    const r = standardErrorOf({ value: 50, ci: { low: 40.2, high: 59.8, level: 0.95 } });
    expect(r.source).toBe('confidence-interval');
    expect(r.value).toBeCloseTo(9.8 / 1.959964, 5);
    const n = standardErrorOf({ value: 50, ci: { low: 40, high: 60, level: 0.9 } });
    expect(n.value).toBeCloseTo(10 / 1.644854, 5);
    const assumed = standardErrorOf({ value: 50, ci: { low: 40, high: 60 } });
    expect(assumed.notes).toEqual(['a CI without a level was read as a 95% interval']);
  });
  it('prefers the interval to the counts', () => {
    expect(
      standardErrorOf({ value: 50, ci: { low: 49, high: 51 }, numerator: 5, denominator: 10 })
        .source,
    ).toBe('confidence-interval');
  });
  it('derives a binomial standard error from counts at the scale given', () => {
    expect(standardErrorOf({ value: 50, numerator: 50, denominator: 100 }, 100).value).toBeCloseTo(
      5,
      12,
    );
    expect(standardErrorOf({ value: 0.5, numerator: 50, denominator: 100 }, 1).value).toBeCloseTo(
      0.05,
      12,
    );
  });
  it('infers the scale from the value when none is given, and says so', () => {
    const percent = standardErrorOf({ value: 50, numerator: 50, denominator: 100 });
    expect(percent.value).toBeCloseTo(5, 12);
    expect(percent.notes).toEqual(['counts read at scale 100 (percent)']);
    // 0.4 could be 0.4% of 1000 or 0.004 as a proportion: the closer reading wins
    expect(standardErrorOf({ value: 0.4, numerator: 4, denominator: 1000 }).notes).toEqual([
      'counts read at scale 100 (percent)',
    ]);
    expect(standardErrorOf({ value: 0.004, numerator: 4, denominator: 1000 }).notes).toEqual([
      'counts read at scale 1 (proportion)',
    ]);
  });
  it('does not use counts that do not match the value', () => {
    const r = standardErrorOf({ value: 0.5, numerator: 50, denominator: 100 }, 100);
    expect(r.value).toBeUndefined();
    expect(r.notes).toEqual(['counts 50/100 do not match the value 0.5 at scale 100: not used']);
    expect(standardErrorOf({ value: 30, numerator: 50, denominator: 100 }).notes[0]).toMatch(
      /do not match the value 30 as a proportion or a percent/,
    );
    expect(standardErrorOf({ value: 50, numerator: 150, denominator: 100 }).source).toBe('none');
    expect(standardErrorOf({ value: 50 }).source).toBe('none');
  });
  it('maps units to scales', () => {
    expect(scaleOfUnit({ type: 'percent' })).toBe(100);
    expect(scaleOfUnit({ type: 'proportion' })).toBe(1);
    expect(scaleOfUnit({ type: 'rate', per: 1000 })).toBeUndefined();
    expect(scaleOfUnit(undefined)).toBeUndefined();
  });
  it('never throws', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (e, s) => {
        expect(standardErrorOf(e as never, s as never)).toBeDefined();
      }),
    );
  });
});

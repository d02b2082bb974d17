import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromExactValue, toExactValue } from './exact-number.js';
import { itemPoints } from './item-points.js';
import {
  addRational,
  compareRational,
  divideRational,
  formatRational,
  multiplyRational,
  parseRational,
  rational,
  rationalFromNumber,
  rationalToNumber,
  subtractRational,
  sumRationals,
} from './rational.js';

describe('rational arithmetic', () => {
  it('reduces and keeps the sign on the numerator', () => {
    expect(rational(10n, -4n)).toEqual({ num: -5n, den: 2n });
    expect(rational(0n, 7n)).toEqual({ num: 0n, den: 1n });
    expect(rational(1n, 0n)).toBeUndefined();
  });

  it('reads numbers as written, and text in both forms', () => {
    expect(rationalFromNumber(0.1)).toEqual({ num: 1n, den: 10n });
    expect(rationalFromNumber(1e-7)).toEqual({ num: 1n, den: 10_000_000n });
    expect(rationalFromNumber(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(parseRational('1700/29')).toEqual({ num: 1700n, den: 29n });
    expect(parseRational('-24.75')).toEqual({ num: -99n, den: 4n });
    expect(parseRational('.5')).toEqual({ num: 1n, den: 2n });
    expect(parseRational('1/0')).toBeUndefined();
    expect(parseRational('abc')).toBeUndefined();
  });

  it('adds 0.1 + 0.2 exactly (no floating point)', () => {
    const sum = addRational(rationalFromNumber(0.1) as never, rationalFromNumber(0.2) as never);
    expect(formatRational(sum)).toBe('0.3');
    expect(rationalToNumber(sum)).toBe(0.3);
  });

  it('formats terminating decimals and fractions', () => {
    expect(formatRational({ num: 99n, den: 4n })).toBe('24.75');
    expect(formatRational({ num: -1n, den: 8n })).toBe('-0.125');
    expect(formatRational({ num: 1700n, den: 29n })).toBe('1700/29');
    expect(toExactValue({ num: 1n, den: 3n })).toEqual({ exact: '1/3', value: 1 / 3 });
    expect(fromExactValue({ exact: '1/3', value: 0 })).toEqual({ num: 1n, den: 3n });
  });

  it('subtracts, multiplies, divides and compares', () => {
    const a = parseRational('42') as never;
    const b = parseRational('24.75') as never;
    expect(formatRational(subtractRational(a, b))).toBe('17.25');
    expect(formatRational(multiplyRational(a, b))).toBe('1039.5');
    expect(formatRational(divideRational(a, b) as never)).toBe('56/33');
    expect(divideRational(a, { num: 0n, den: 1n })).toBeUndefined();
    expect(compareRational(parseRational('150.5') as never, parseRational('151') as never)).toBe(
      -1,
    );
    expect(formatRational(sumRationals([]))).toBe('0');
  });

  it('round-trips through text (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        (num, den) => {
          const value = rational(num, den);
          if (value === undefined) throw new Error('den > 0');
          expect(parseRational(formatRational(value))).toEqual(value);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});

describe('itemPoints', () => {
  it('computes percent / 100 x points exactly', () => {
    expect(itemPoints(60, 70)).toEqual({ exact: '42', value: 42 });
    expect(itemPoints(55, 45)).toEqual({ exact: '24.75', value: 24.75 });
    expect(itemPoints(35, 12.5)).toEqual({ exact: '4.375', value: 4.375 });
    expect(itemPoints(15, 0.1)).toEqual({ exact: '0.015', value: 0.015 });
    expect(itemPoints(50, Number.NaN)).toBeUndefined();
  });
});

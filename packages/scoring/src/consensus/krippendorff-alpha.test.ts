import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from './krippendorff-alpha.js';

// Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
// Communication, University of Pennsylvania. Section C: 4 observers x 12 units, values 1-5,
// with missing values ('.' in the paper, null here).
const observers = {
  A: [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  B: [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  C: [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  D: [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
};
// units x coders
const paper = observers.A.map((_, u) => [
  observers.A[u],
  observers.B[u],
  observers.C[u],
  observers.D[u],
]) as (number | null)[][];

describe('krippendorffAlpha on the published worked example (Krippendorff 2011)', () => {
  it('uses 11 pairable units and 40 pairable values (unit 12 has one value and drops out)', () => {
    const result = krippendorffAlpha(paper, { level: 'nominal' });
    expect(result.units).toBe(12);
    expect(result.pairableUnits).toBe(11);
    expect(result.pairableValues).toBe(40);
  });

  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ] as const)('alpha_%s = %s', (level, published) => {
    const result = krippendorffAlpha(paper, { level });
    expect(result.defined).toBe(true);
    if (!result.defined) return;
    expect(Number(result.alpha.toFixed(3))).toBe(published);
  });

  it('matches the nominal arithmetic by hand: alpha = 1 - (n - 1) * 8 / 1216', () => {
    const result = krippendorffAlpha(paper, { level: 'nominal' });
    if (!result.defined) throw new Error(result.message);
    // Off-diagonal coincidences: unit 2 (2,3,2,2) gives 6/3, unit 6 (1,2,3,4) gives 12/3,
    // unit 8 (1,1,2,1) gives 6/3; together 8 of n = 40 pairable values.
    expect(result.observedDisagreement).toBeCloseTo(8 / 40, 12);
    // Sum over c != k of n_c n_k: n = (9, 13, 10, 5, 3) -> 40^2 - (81 + 169 + 100 + 25 + 9) = 1216; / (40 * 39)
    expect(result.expectedDisagreement).toBeCloseTo(1216 / (40 * 39), 12);
    expect(result.alpha).toBeCloseTo(1 - (39 * 8) / 1216, 12);
  });
});

describe('krippendorffAlpha edge cases', () => {
  it('is 1 for perfect agreement with variation across units', () => {
    for (const level of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
      const result = krippendorffAlpha(
        [
          [1, 1, 1],
          [2, 2, null],
          [5, 5, 5],
        ],
        { level },
      );
      expect(result).toMatchObject({ defined: true, alpha: 1 });
    }
  });

  it('is undefined with a reason when no unit has two values', () => {
    const result = krippendorffAlpha(
      [
        [1, null],
        [null, 2],
        [null, null],
      ],
      { level: 'interval' },
    );
    expect(result).toMatchObject({
      defined: false,
      alpha: undefined,
      reason: 'no-pairable-values',
      units: 3,
      pairableUnits: 0,
      pairableValues: 0,
    });
  });

  it('is undefined for empty data', () => {
    expect(krippendorffAlpha([], { level: 'nominal' })).toMatchObject({
      defined: false,
      reason: 'no-pairable-values',
      units: 0,
    });
  });

  it('is undefined (no variation) when every value is in a single category', () => {
    const result = krippendorffAlpha(
      [
        [3, 3],
        [3, 3, 3],
        [3, null],
        [null, 7], // not pairable, so 7 never enters the coincidence matrix
      ],
      { level: 'ordinal' },
    );
    expect(result).toMatchObject({
      defined: false,
      reason: 'no-variation',
      pairableUnits: 2,
      pairableValues: 5,
    });
  });

  it('is 0 when coders agree only as often as chance predicts, and negative for systematic disagreement', () => {
    // Two coders always disagree: below chance.
    const opposite = krippendorffAlpha(
      [
        [1, 2],
        [2, 1],
      ],
      { level: 'nominal' },
    );
    expect(opposite.defined && opposite.alpha).toBeLessThan(0);
  });

  it('accepts string categories at the nominal level and refuses them at numeric levels', () => {
    const data = [
      ['yes', 'yes'],
      ['no', 'no'],
      ['no', 'yes'],
    ];
    const nominal = krippendorffAlpha(data, { level: 'nominal' });
    expect(nominal.defined).toBe(true);
    // n = 6, n_no = 3, n_yes = 3; D_o = 2/6; D_e = 2 * 3 * 3 / (6 * 5) -> alpha = 1 - 5 * 2 / 18
    expect(nominal.defined && nominal.alpha).toBeCloseTo(1 - 10 / 18, 12);
    expect(krippendorffAlpha(data, { level: 'interval' })).toMatchObject({
      defined: false,
      reason: 'invalid-value',
    });
  });

  it('refuses non-finite numbers, negative ratio values and unknown levels without throwing', () => {
    expect(krippendorffAlpha([[1, Number.NaN]], { level: 'interval' })).toMatchObject({
      defined: false,
      reason: 'invalid-value',
    });
    expect(krippendorffAlpha([[1, Infinity]], { level: 'nominal' })).toMatchObject({
      defined: false,
      reason: 'invalid-value',
    });
    expect(krippendorffAlpha([[-1, 2]], { level: 'ratio' })).toMatchObject({
      defined: false,
      reason: 'invalid-value',
    });
    expect(
      krippendorffAlpha(
        [
          [-1, 2],
          [3, 3],
        ],
        { level: 'interval' },
      ).defined,
    ).toBe(true);
    expect(krippendorffAlpha([[1, 2]], { level: 'cardinal' as 'nominal' })).toMatchObject({
      defined: false,
      reason: 'invalid-level',
    });
  });

  it('treats undefined like null and accepts ragged rows', () => {
    const a = krippendorffAlpha([[1, 2, undefined], [3], [2, 2, 4]], { level: 'interval' });
    const b = krippendorffAlpha(
      [
        [1, 2, null],
        [3, null, null],
        [2, 2, 4],
      ],
      { level: 'interval' },
    );
    expect(a).toEqual(b);
  });

  it('ratio distance of two zeros is 0, not NaN', () => {
    const result = krippendorffAlpha(
      [
        [0, 0],
        [0, 10],
        [10, 10],
      ],
      { level: 'ratio' },
    );
    expect(result.defined).toBe(true);
    expect(Number.isFinite(result.alpha)).toBe(true);
  });
});

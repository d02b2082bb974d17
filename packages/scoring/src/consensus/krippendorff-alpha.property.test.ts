import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ALPHA_LEVELS } from './alpha-level.js';
import { krippendorffAlpha, type KrippendorffAlphaResult } from './krippendorff-alpha.js';

type Matrix = (number | null)[][];

const matrixArb = fc
  .record({ coders: fc.integer({ min: 2, max: 5 }), units: fc.integer({ min: 1, max: 10 }) })
  .chain(({ coders, units }) =>
    fc.array(
      fc.array(fc.option(fc.integer({ min: 0, max: 6 }), { freq: 4, nil: null }), {
        minLength: coders,
        maxLength: coders,
      }),
      {
        minLength: units,
        maxLength: units,
      },
    ),
  );

const permutationArb = (n: number): fc.Arbitrary<number[]> =>
  fc.shuffledSubarray(
    Array.from({ length: n }, (_, i) => i),
    { minLength: n, maxLength: n },
  );

// Plain comparisons (not expect) inside the properties keep 10,000 runs fast; fast-check reports the counterexample.
const sameResult = (a: KrippendorffAlphaResult, b: KrippendorffAlphaResult): boolean => {
  if (a.pairableValues !== b.pairableValues || a.pairableUnits !== b.pairableUnits) return false;
  if (a.defined && b.defined) return Math.abs(a.alpha - b.alpha) < 1e-9;
  if (!a.defined && !b.defined) return a.reason === b.reason;
  return false;
};

describe('krippendorffAlpha properties', () => {
  it('is invariant to permuting coders and to permuting units', () => {
    fc.assert(
      fc.property(
        matrixArb.chain((m) =>
          fc.tuple(fc.constant(m), permutationArb(m[0]?.length ?? 0), permutationArb(m.length)),
        ),
        ([matrix, coderOrder, unitOrder]: [Matrix, number[], number[]]) => {
          const byCoders = matrix.map((row) => coderOrder.map((c) => row[c] ?? null));
          const byUnits = unitOrder.map((u) => matrix[u] ?? []);
          return ALPHA_LEVELS.every((level) => {
            const original = krippendorffAlpha(matrix, { level });
            return (
              sameResult(original, krippendorffAlpha(byCoders, { level })) &&
              sameResult(original, krippendorffAlpha(byUnits, { level }))
            );
          });
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('is 1 when all coders agree on every unit and the units vary', () => {
    const unitArb = (coders: number): fc.Arbitrary<Matrix[number]> =>
      fc
        .tuple(
          fc.integer({ min: 0, max: 9 }),
          fc.array(fc.boolean(), { minLength: coders, maxLength: coders }),
        )
        // keep at least two values per unit so every unit is pairable
        .map(([value, present]) => present.map((keep, c) => (keep || c < 2 ? value : null)));
    const agreeingArb = fc.integer({ min: 2, max: 5 }).chain((coders) =>
      fc
        .tuple(unitArb(coders), unitArb(coders), fc.array(unitArb(coders), { maxLength: 8 }))
        .map(([first, second, rest]) => {
          // force variation: the second unit's value differs from the first's
          const a = first.find((v) => v !== null) ?? 0;
          const shifted = second.map((v) => (v === null ? null : v === a ? a + 1 : v));
          return [first, shifted, ...rest];
        }),
    );
    fc.assert(
      fc.property(agreeingArb, (matrix) => {
        return ALPHA_LEVELS.every((level) => {
          const result = krippendorffAlpha(matrix, { level });
          return result.defined && Math.abs(result.alpha - 1) < 1e-12;
        });
      }),
      { numRuns: 10_000 },
    );
  });
});

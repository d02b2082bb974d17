import {
  baldrige20232024,
  listScoredItems,
  type Framework,
} from '@community-excellence/schemas/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromExactValue, toExactValue } from './exact-number.js';
import { compareRational, parseRational, sumRationals } from './rational.js';
import { scoreAssessment } from './score-assessment.js';
import type { Scorecard } from './scorecard.js';
import { consensusAssessment } from './test-fixtures.js';

// A custom framework with fractional item points, so exactness is tested beyond integers.
const fractional: Framework = {
  ...baldrige20232024,
  id: 'fractional-test',
  totalPoints: 100.5,
  categories: [
    {
      code: '1',
      name: 'A',
      points: 40.3,
      items: [
        { code: '1.1', name: 'A1', kind: 'process', points: 12.1 },
        { code: '1.2', name: 'A2', kind: 'process', points: 28.2 },
      ],
    },
    {
      code: '7',
      name: 'R',
      points: 60.2,
      items: [
        { code: '7.1', name: 'R1', kind: 'results', points: 33.3 },
        { code: '7.2', name: 'R2', kind: 'results', points: 26.9 },
      ],
    },
  ],
  scopes: [],
};
const FRAMEWORKS = [baldrige20232024, fractional];
const RUNS = { numRuns: 10_000 };

const percent = fc.integer({ min: 0, max: 20 }).map((n) => n * 5);
const percentsFor = (framework: Framework): fc.Arbitrary<Record<string, number>> =>
  fc
    .tuple(...listScoredItems(framework).map(() => percent))
    .map((ps) =>
      Object.fromEntries(listScoredItems(framework).map((item, k) => [item.code, ps[k] ?? 0])),
    );
const case_ = fc
  .constantFrom(...FRAMEWORKS)
  .chain((framework) => percentsFor(framework).map((percents) => ({ framework, percents })));

function score(
  framework: Framework,
  percents: Record<string, number>,
  scope?: readonly string[],
): Scorecard {
  const result = scoreAssessment(
    consensusAssessment(framework, percents),
    framework,
    scope === undefined ? {} : { scope },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.scorecard;
}
const exact = (value: { exact: string } | null): ReturnType<typeof parseRational> =>
  value === null ? undefined : parseRational(value.exact);
const totalsOf = (s: Scorecard) => [s.total, s.process, s.results, ...s.categories];

describe('scoring properties (fast-check, 10 000 runs each)', () => {
  it('totals never exceed the maximum, and the full maximum is the framework total', () => {
    fc.assert(
      fc.property(case_, ({ framework, percents }) => {
        const s = score(framework, percents);
        for (const t of totalsOf(s)) {
          const earned = exact(t.earned);
          const max = exact(t.max);
          if (earned === undefined || max === undefined) throw new Error('expected points');
          expect(compareRational(earned, max)).toBeLessThanOrEqual(0);
          expect(earned.num >= 0n).toBe(true);
        }
        expect(s.total.max?.exact).toBe(
          toExactValue(parseRational(String(framework.totalPoints)) ?? { num: 0n, den: 1n }).exact,
        );
      }),
      RUNS,
    );
  });

  it('raising any item never lowers any total (monotonicity)', () => {
    fc.assert(
      fc.property(
        case_,
        fc.nat(),
        fc.integer({ min: 1, max: 20 }),
        ({ framework, percents }, pick, steps) => {
          const codes = Object.keys(percents);
          const code = codes[pick % codes.length] ?? '1.1';
          const raised = { ...percents, [code]: Math.min(100, (percents[code] ?? 0) + steps * 5) };
          const before = totalsOf(score(framework, percents));
          const after = totalsOf(score(framework, raised));
          before.forEach((t, k) => {
            const a = exact(t.earned);
            const b = exact(after[k]?.earned ?? null);
            if (a === undefined || b === undefined) throw new Error('expected points');
            expect(compareRational(b, a)).toBeGreaterThanOrEqual(0);
          });
        },
      ),
      RUNS,
    );
  });

  it('is deterministic and independent of item order', () => {
    fc.assert(
      fc.property(case_, fc.integer(), ({ framework, percents }, seed) => {
        const entries = Object.entries(percents);
        const shuffled = entries
          .map((e, k) => ({ e, key: Math.imul(k + 1, seed | 1) ^ (seed >>> 3) }))
          .sort((a, b) => a.key - b.key)
          .map(({ e }) => e);
        const a = score(framework, percents);
        const b = score(framework, Object.fromEntries(shuffled));
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        expect(JSON.stringify(score(framework, percents))).toBe(JSON.stringify(a));
      }),
      RUNS,
    );
  });

  it('excluding items by scope equals scoring the subset alone', () => {
    fc.assert(
      fc.property(
        case_,
        fc.uniqueArray(fc.nat(16), { minLength: 1 }),
        ({ framework, percents }, picks) => {
          const codes = Object.keys(percents);
          const chosen = [...new Set(picks.map((p) => codes[p % codes.length] ?? '1.1'))];
          const scoped = score(framework, percents, chosen);
          const subsetOnly = Object.fromEntries(chosen.map((code) => [code, percents[code] ?? 0]));
          const alone = score(framework, subsetOnly, chosen);
          expect(scoped.total).toEqual(alone.total);
          // and equals the sum of the chosen items' points and maxima in the full scorecard
          const full = score(framework, percents);
          const pick = full.items.filter((i) => chosen.includes(i.code));
          expect(scoped.total.earned?.exact).toBe(
            toExactValue(sumRationals(pick.map((i) => exact(i.earned) ?? { num: 0n, den: 1n })))
              ?.exact,
          );
          expect(scoped.total.max?.exact).toBe(
            toExactValue(sumRationals(pick.map((i) => exact(i.maxPoints) ?? { num: 0n, den: 1n })))
              ?.exact,
          );
          expect(scoped.excluded.map((e) => e.code).sort()).toEqual(
            codes.filter((c) => !chosen.includes(c)).sort(),
          );
        },
      ),
      RUNS,
    );
  });

  it('is exact: item points sum to the category, process, results and overall totals', () => {
    fc.assert(
      fc.property(case_, ({ framework, percents }) => {
        const s = score(framework, percents);
        const sumOf = (codes: readonly string[]): string =>
          toExactValue(
            sumRationals(
              s.items
                .filter((i) => codes.includes(i.code))
                .map(
                  (i) =>
                    fromExactValue(i.earned ?? { exact: 'x', value: 0 }) ?? { num: -1n, den: 1n },
                ),
            ),
          ).exact;
        for (const t of totalsOf(s)) expect(t.earned?.exact).toBe(sumOf(t.items));
        expect(s.total.earned?.exact).toBe(
          toExactValue(
            sumRationals(
              [exact(s.process.earned), exact(s.results.earned)].map(
                (r) => r ?? { num: -1n, den: 1n },
              ),
            ),
          ).exact,
        );
        // each item: percent x points, exactly (cross-checked in integer hundredths-of-percent)
        for (const item of s.items) {
          const max = exact(item.maxPoints);
          const earned = exact(item.earned);
          if (max === undefined || earned === undefined || item.percent === null)
            throw new Error('expected a scored item');
          expect(earned.num * max.den * 100n).toBe(BigInt(item.percent) * max.num * earned.den);
        }
      }),
      RUNS,
    );
  });
});

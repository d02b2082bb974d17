import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyGapChange, type GapChangePoint } from './gap-change.js';
import { gapChangeSentence } from './gap-change-sentence.js';

type Direction = 'higher-is-better' | 'lower-is-better';

/** Two periods with both groups' values (no uncertainty). */
function rates(
  focal: [number, number],
  reference: [number, number],
  times: [number, number] = [2021, 2024],
): GapChangePoint[] {
  return [
    {
      label: String(times[0]),
      time: times[0],
      focal: { value: focal[0] },
      reference: { value: reference[0] },
    },
    {
      label: String(times[1]),
      time: times[1],
      focal: { value: focal[1] },
      reference: { value: reference[1] },
    },
  ];
}

/** Two periods with only the gap `focal - reference`. */
function gaps(start: number, end: number): GapChangePoint[] {
  return [
    { label: 'year 0', time: 0, gap: start },
    { label: 'year 3', time: 3, gap: end },
  ];
}

const black = { focal: 'Black', reference: 'White' };
const asian = { focal: 'Asian', reference: 'White' };

describe('classifyGapChange: the All Hands Raised worked example stays right', () => {
  it('reads a published gap of 14.3 narrowing to 9.5 over three years as closing, with the rates caveat', () => {
    const c = classifyGapChange(gaps(-14.3, -9.5), 'higher-is-better');
    expect(c.status).toBe('closing');
    expect(c.countsAsClosing).toBe(true);
    expect(c.disadvantageStart).toBeCloseTo(14.3, 12);
    expect(c.disadvantageEnd).toBeCloseTo(9.5, 12);
    expect(c.gapChange).toBeCloseTo(4.8, 12);
    expect(c.relativeGapReduction).toBeCloseTo(0.3357, 4);
    expect(c.years).toBe(3);
    expect(c.focalChange).toBeUndefined();
    expect(c.notes).toContain(
      'group rates not given: whether the narrowing came from the focal group improving cannot be told',
    );
    expect(gapChangeSentence(c, { unitWords: 'percentage points' })).toBe(
      'closing: 4.8 of 14.3 percentage points closed (33.6%)',
    );
  });
});

describe('classifyGapChange: closing versus levelling down (higher is better)', () => {
  it('levelling down: the reference group fell 90 -> 84 while the focal group stayed at 80', () => {
    const c = classifyGapChange(rates([80, 80], [90, 84]), 'higher-is-better');
    expect(c.status).toBe('levelling-down');
    expect(c.countsAsClosing).toBe(false);
    expect(c.focalChange).toBe(0);
    expect(c.referenceChange).toBe(-6);
    expect(c.relativeGapReduction).toBeCloseTo(0.6, 12);
    expect(c.notes.join(' ')).toMatch(/the gap narrowed because the reference group worsened/);
    expect(gapChangeSentence(c, { ...black, unitWords: 'points' })).toBe(
      'narrowing because the reference group worsened (levelling down): White fell 6.0 points while Black stayed at 80.0; the gap went from 10.0 to 4.0 (not a closing gap)',
    );
  });
  it('closing when both groups improve and the focal group improves more', () => {
    const c = classifyGapChange(rates([60, 70], [80, 84]), 'higher-is-better');
    expect(c.status).toBe('closing');
    expect(c.focalChange).toBe(10);
    expect(c.referenceChange).toBe(4);
    expect(c.relativeGapReduction).toBeCloseTo(0.3, 12);
    expect(gapChangeSentence(c, black)).toBe(
      'closing: 6.0 of 20.0 closed (30.0%); Black rose 10.0 while White rose 4.0',
    );
  });
  it('closing when the reference group worsened slightly but the focal group improved more', () => {
    const c = classifyGapChange(rates([60, 65], [80, 79]), 'higher-is-better');
    expect(c.status).toBe('closing');
    expect(gapChangeSentence(c, black)).toBe(
      'closing: 6.0 of 20.0 closed (30.0%); Black rose 5.0 while White fell 1.0',
    );
  });
  it('levelling down when the focal group improved a little but the reference group fell more', () => {
    const c = classifyGapChange(rates([60, 61], [80, 74]), 'higher-is-better');
    expect(c.status).toBe('levelling-down');
    expect(c.countsAsClosing).toBe(false);
    expect(gapChangeSentence(c, { ...black, unitWords: 'points' })).toBe(
      'narrowing because the reference group worsened (levelling down): White fell 6.0 points while Black rose 1.0; the gap went from 20.0 to 13.0 (not a closing gap)',
    );
  });
  it('an exact tie between the two contributions is not closing', () => {
    expect(classifyGapChange(rates([60, 63], [80, 77]), 'higher-is-better').status).toBe(
      'levelling-down',
    );
  });
  it('a gap closed exactly to parity by the focal group is closing, 100%', () => {
    const c = classifyGapChange(rates([70, 80], [80, 80]), 'higher-is-better');
    expect(c.status).toBe('closing');
    expect(c.relativeGapReduction).toBe(1);
  });
});

describe('classifyGapChange: closing versus levelling down (lower is better)', () => {
  it('levelling down: chronic absence of the reference group rose 10 -> 16, the focal group stayed at 20', () => {
    const c = classifyGapChange(rates([20, 20], [10, 16]), 'lower-is-better');
    expect(c.status).toBe('levelling-down');
    expect(c.disadvantageStart).toBe(10);
    expect(c.disadvantageEnd).toBe(4);
    expect(gapChangeSentence(c, { ...black, unitWords: 'points' })).toBe(
      'narrowing because the reference group worsened (levelling down): White rose 6.0 points while Black stayed at 20.0; the gap went from 10.0 to 4.0 (not a closing gap)',
    );
  });
  it('closing when both fall and the focal group falls more', () => {
    const c = classifyGapChange(rates([20, 14], [10, 9]), 'lower-is-better');
    expect(c.status).toBe('closing');
    expect(c.focalChange).toBe(6);
    expect(c.referenceChange).toBe(1);
    expect(gapChangeSentence(c, black)).toBe(
      'closing: 5.0 of 10.0 closed (50.0%); Black fell 6.0 while White fell 1.0',
    );
  });
  it('closing when the reference group worsened slightly but the focal group improved more', () => {
    expect(classifyGapChange(rates([20, 15], [10, 11]), 'lower-is-better').status).toBe('closing');
  });
  it('levelling down when the focal group improved a little but the reference group worsened more', () => {
    expect(classifyGapChange(rates([20, 19], [10, 15]), 'lower-is-better').status).toBe(
      'levelling-down',
    );
  });
});

describe('classifyGapChange: crossing (the sign flipped)', () => {
  it('-0.116 -> +0.047 in a proportion is crossed, never "59.9% closed"', () => {
    const c = classifyGapChange(gaps(-0.116, 0.047), 'higher-is-better');
    expect(c.status).toBe('crossed');
    expect(c.countsAsClosing).toBe(false);
    expect(c.relativeGapReduction).toBeUndefined();
    expect(c.beyondParity).toBeCloseTo(0.047, 12);
    expect(c.notes.join(' ')).toMatch(/fully closed and the focal group is now 0.047 ahead/);
    const sentence = gapChangeSentence(c, {
      ...black,
      unitWords: 'percentage points',
      factor: 100,
    });
    expect(sentence).toBe(
      'crossed: the gap of 11.6 percentage points closed and Black is now 4.7 ahead',
    );
    expect(sentence).not.toMatch(/59\.9|closing/);
  });
  it('is crossed with group rates too', () => {
    const c = classifyGapChange(rates([0.7, 0.8], [0.816, 0.753]), 'higher-is-better');
    expect(c.status).toBe('crossed');
    expect(c.beyondParity).toBeCloseTo(0.047, 12);
  });
  it('a lead lost is crossed, measured from parity', () => {
    const c = classifyGapChange(gaps(4.9, -1.2), 'higher-is-better');
    expect(c.status).toBe('crossed');
    expect(c.beyondParity).toBeCloseTo(1.2, 12);
    expect(c.notes.join(' ')).toMatch(/lead of 4.9 is gone and it is now 1.2 behind/);
    expect(gapChangeSentence(c, asian)).toBe(
      "crossed: Asian's lead of 4.9 is gone and Asian is now 1.2 behind",
    );
  });
  it('lower is better: a focal rate that moves from above to below the reference is crossed', () => {
    const c = classifyGapChange(gaps(5, -2), 'lower-is-better');
    expect(c.status).toBe('crossed');
    expect(gapChangeSentence(c, black)).toBe(
      'crossed: the gap of 5.0 closed and Black is now 2.0 ahead',
    );
  });
});

describe('classifyGapChange: leads, widening and no change', () => {
  it('a shrinking lead "Asian - White 4.9 -> 1.4" is lead-shrinking, not closing', () => {
    const c = classifyGapChange(gaps(4.9, 1.4), 'higher-is-better');
    expect(c.status).toBe('lead-shrinking');
    expect(c.countsAsClosing).toBe(false);
    expect(c.relativeGapReduction).toBeUndefined();
    expect(c.notes.join(' ')).toMatch(/a shrinking lead is not a closing gap/);
    expect(gapChangeSentence(c, asian)).toBe(
      "lead shrinking: Asian's lead over White fell from 4.9 to 1.4 (not a closing gap)",
    );
  });
  it('lead-shrinking with group rates and when lower is better', () => {
    expect(classifyGapChange(rates([95, 92], [90.1, 90.6]), 'higher-is-better').status).toBe(
      'lead-shrinking',
    );
    expect(classifyGapChange(gaps(-4.9, -1.4), 'lower-is-better').status).toBe('lead-shrinking');
  });
  it('a growing lead, and a lead from parity', () => {
    const c = classifyGapChange(gaps(4.9, 6), 'higher-is-better');
    expect(c.status).toBe('lead-growing');
    expect(gapChangeSentence(c, asian)).toBe(
      "lead growing: Asian's lead over White grew from 4.9 to 6.0",
    );
    const p = classifyGapChange(gaps(0, 2), 'higher-is-better');
    expect(p.status).toBe('lead-growing');
    expect(gapChangeSentence(p, asian)).toBe(
      'lead growing: Asian moved from parity to 2.0 ahead of White',
    );
    expect(classifyGapChange(gaps(-3, -5), 'lower-is-better').status).toBe('lead-growing');
  });
  it('widening, with the share of the starting gap added', () => {
    const c = classifyGapChange(rates([80, 79], [90, 92]), 'higher-is-better');
    expect(c.status).toBe('widening');
    expect(c.relativeGapReduction).toBeCloseTo(-0.3, 12);
    expect(gapChangeSentence(c, black)).toBe(
      'widening: the gap grew from 10.0 to 13.0 (30.0% added)',
    );
    expect(classifyGapChange(gaps(5, 8), 'lower-is-better').status).toBe('widening');
  });
  it('widening from parity has no share of a starting gap', () => {
    const c = classifyGapChange(gaps(0, -2), 'higher-is-better');
    expect(c.status).toBe('widening');
    expect(c.relativeGapReduction).toBeUndefined();
    expect(gapChangeSentence(c, black)).toBe(
      'widening: Black fell from parity to 2.0 behind White',
    );
  });
  it('unchanged gaps and leads, up to floating-point noise', () => {
    const c = classifyGapChange(rates([70.1, 70.3], [80.2, 80.4]), 'higher-is-better');
    expect(c.status).toBe('unchanged');
    expect(gapChangeSentence(c, black)).toBe('unchanged: the gap stayed at 10.1');
    const lead = classifyGapChange(gaps(3, 3), 'higher-is-better');
    expect(lead.status).toBe('unchanged');
    expect(gapChangeSentence(lead, asian)).toBe("unchanged: Asian's lead over White stayed at 3.0");
    const none = classifyGapChange(gaps(0, 0), 'higher-is-better');
    expect(gapChangeSentence(none, black)).toBe('unchanged: no gap at either end');
  });
});

describe('classifyGapChange: uncertainty', () => {
  const ci = (value: number) => ({
    value,
    ci: { low: value - 1.05, high: value + 1.05, level: 0.95 },
  });
  const noisy = (f: [number, number], r: [number, number]): GapChangePoint[] => [
    { label: '2021', time: 2021, focal: ci(f[0]), reference: ci(r[0]) },
    { label: '2024', time: 2024, focal: ci(f[1]), reference: ci(r[1]) },
  ];
  it('overlapping intervals: a change of 0.8 within a margin of 2.1 is within-uncertainty', () => {
    const c = classifyGapChange(noisy([70, 71.3], [80, 80.5]), 'higher-is-better');
    expect(c.status).toBe('within-uncertainty');
    expect(c.pointReading).toBe('closing');
    expect(c.countsAsClosing).toBe(false);
    expect(c.uncertainty.method).toBe('normal-approximation');
    expect(c.uncertainty.margin).toBeCloseTo(2.1, 3);
    expect(c.relativeGapReduction).toBeUndefined();
    expect(c.notes.join(' ')).toMatch(/within its margin of ±2.1 at 95% confidence/);
    expect(gapChangeSentence(c, black)).toBe(
      'no change within uncertainty (change 0.8, margin ±2.1)',
    );
  });
  it('a change larger than its margin keeps its reading', () => {
    const c = classifyGapChange(noisy([70, 75], [80, 80.5]), 'higher-is-better');
    expect(c.status).toBe('closing');
    expect(c.uncertainty.distinguishable).toBe(true);
  });
  it('a lower confidence narrows the margin', () => {
    const c = classifyGapChange(noisy([70, 71.3], [80, 80.5]), 'higher-is-better', {
      confidence: 0.5,
    });
    expect(c.uncertainty.margin).toBeCloseTo((2.1 / 1.959964) * 0.67449, 3);
    expect(c.status).toBe('closing');
  });
  it('a crossing within uncertainty is within-uncertainty (precedence)', () => {
    expect(classifyGapChange(noisy([79.5, 80.5], [80, 80]), 'higher-is-better').status).toBe(
      'within-uncertainty',
    );
  });
  it('derives binomial standard errors from numerators and denominators, at the declared scale', () => {
    const small: GapChangePoint[] = [
      {
        label: '2021',
        time: 2021,
        focal: { value: 40, numerator: 40, denominator: 100 },
        reference: { value: 60, numerator: 60, denominator: 100 },
      },
      {
        label: '2024',
        time: 2024,
        focal: { value: 46, numerator: 46, denominator: 100 },
        reference: { value: 60, numerator: 60, denominator: 100 },
      },
    ];
    const c = classifyGapChange(small, 'higher-is-better', { scale: 100 });
    const se = Math.sqrt(3 * 0.24 + 0.46 * 0.54) * 10;
    expect(c.uncertainty.standardError).toBeCloseTo(se, 9);
    expect(c.status).toBe('within-uncertainty');
    expect(classifyGapChange(small, 'higher-is-better', { unit: { type: 'percent' } }).status).toBe(
      'within-uncertainty',
    );
    const large = small.map((p) => ({
      label: p.label,
      time: p.time,
      focal: {
        value: p.focal?.value ?? 0,
        numerator: (p.focal?.numerator ?? 0) * 100,
        denominator: 10000,
      },
      reference: {
        value: p.reference?.value ?? 0,
        numerator: (p.reference?.numerator ?? 0) * 100,
        denominator: 10000,
      },
    }));
    expect(classifyGapChange(large, 'higher-is-better', { scale: 100 }).status).toBe('closing');
  });
  it('reads proportions at scale 1, infers the scale when not given, and refuses counts that do not match', () => {
    const proportion: GapChangePoint[] = [
      {
        label: 'a',
        time: 0,
        focal: { value: 0.4, numerator: 40, denominator: 100 },
        reference: { value: 0.6, numerator: 60, denominator: 100 },
      },
      {
        label: 'b',
        time: 1,
        focal: { value: 0.46, numerator: 46, denominator: 100 },
        reference: { value: 0.6, numerator: 60, denominator: 100 },
      },
    ];
    const atOne = classifyGapChange(proportion, 'higher-is-better', { scale: 1 });
    expect(atOne.uncertainty.standardError).toBeCloseTo(Math.sqrt(3 * 0.24 + 0.46 * 0.54) / 10, 9);
    expect(atOne.status).toBe('within-uncertainty');
    const inferred = classifyGapChange(proportion, 'higher-is-better');
    expect(inferred.status).toBe('within-uncertainty');
    expect(inferred.notes).toContain('counts read at scale 1 (proportion)');
    // declared percent, but the values are proportions: the counts are not used
    const wrong = classifyGapChange(proportion, 'higher-is-better', { scale: 100 });
    expect(wrong.uncertainty.method).toBe('none');
    expect(wrong.status).toBe('closing');
    expect(wrong.notes.join(' ')).toMatch(/do not match the value 0.4 at scale 100: not used/);
  });
  it('does not test without intervals or counts, and says so', () => {
    const c = classifyGapChange(rates([60, 70], [80, 84]), 'higher-is-better');
    expect(c.uncertainty.distinguishable).toBeUndefined();
    expect(c.notes.join(' ')).toMatch(/uncertainty not tested/);
  });
});

describe('classifyGapChange: mixed, neutral, too few points', () => {
  it('mixed: the domain illustration (reference 40 -> 60, group 20 -> 36)', () => {
    const c = classifyGapChange(rates([20, 36], [40, 60]), 'higher-is-better');
    expect(c.status).toBe('mixed');
    expect(c.pointReading).toBe('widening');
    expect(c.start?.ratio).toBe(0.5);
    expect(c.end?.ratio).toBe(0.6);
    expect(c.relativeGapReduction).toBeUndefined();
    expect(gapChangeSentence(c, black)).toBe(
      'mixed: the gap widened from 20.0 to 24.0 while the rate ratio moved toward parity (0.50 -> 0.60)',
    );
  });
  it('mixed: a narrowing absolute gap with the ratio moving away from parity', () => {
    const c = classifyGapChange(rates([10, 4], [20, 10]), 'higher-is-better');
    expect(c.status).toBe('mixed');
    expect(gapChangeSentence(c, black)).toBe(
      'mixed: the gap narrowed from 10.0 to 6.0 while the rate ratio moved away from parity (0.50 -> 0.40)',
    );
  });
  it('a crossing stays crossed whatever the ratio does', () => {
    // |gap| 10 -> 2 (narrower) while the ratio 0.9 -> 3 moves away from parity
    const c = classifyGapChange(rates([90, 3], [100, 1]), 'higher-is-better');
    expect(c.status).toBe('crossed');
    expect(c.beyondParity).toBe(2);
  });
  it('a neutral indicator has no direction', () => {
    const c = classifyGapChange(gaps(-10, -8), 'neutral');
    expect(c.status).toBe('no-direction');
    expect(c.countsAsClosing).toBe(false);
    expect(c.gapChange).toBe(2);
    expect(gapChangeSentence(c, black)).toBe(
      'no direction of good: the gap went from -10.0 to -8.0 (neutral indicator; not read as closing or widening)',
    );
  });
  it('one point, or two at one time, is insufficient', () => {
    const one = classifyGapChange([{ label: 'a', time: 0, gap: -3 }], 'higher-is-better');
    expect(one.status).toBe('insufficient-data');
    expect(one.start?.gap).toBe(-3);
    expect(gapChangeSentence(one, black)).toBe(
      'not enough data: a gap change needs two periods with a gap',
    );
    const same = classifyGapChange(
      [
        { label: 'a', time: 0, gap: -3 },
        { label: 'b', time: 0, gap: -2 },
      ],
      'higher-is-better',
    );
    expect(same.status).toBe('insufficient-data');
    expect(same.notes).toContain('the first and last periods with a gap share one time');
  });
  it('uses the first and last points with a gap in time order, whatever the input order', () => {
    const c = classifyGapChange(
      [
        { label: '2024', time: 2024, gap: -9.5 },
        { label: 'no value', time: 2025 },
        { label: '2022', time: 2022, gap: -30 },
        { label: '2021', time: 2021, gap: -14.3 },
      ],
      'higher-is-better',
    );
    expect(c.start?.label).toBe('2021');
    expect(c.end?.label).toBe('2024');
    expect(c.status).toBe('closing');
  });
  it('notes a given gap that contradicts the group values', () => {
    const c = classifyGapChange(
      [
        { label: 'a', time: 0, focal: { value: 70 }, reference: { value: 80 }, gap: -12 },
        { label: 'b', time: 1, focal: { value: 75 }, reference: { value: 80 } },
      ],
      'higher-is-better',
    );
    expect(c.start?.gap).toBe(-10);
    expect(c.notes.join(' ')).toMatch(/a: the given gap -12 differs from focal - reference -10/);
  });
  it('default names when none are given', () => {
    expect(gapChangeSentence(classifyGapChange(gaps(0, -2), 'higher-is-better'))).toBe(
      'widening: the focal group fell from parity to 2.0 behind the reference group',
    );
  });
});

describe('classifyGapChange: properties', () => {
  const directions: Direction[] = ['higher-is-better', 'lower-is-better'];
  it('only a closing status counts as closing, and closing always means the focal group behind and improving', () => {
    const value = fc.double({ min: -100, max: 100, noNaN: true });
    fc.assert(
      fc.property(
        value,
        value,
        value,
        value,
        fc.constantFrom(...directions),
        (f0, f1, r0, r1, d) => {
          const c = classifyGapChange(rates([f0, f1], [r0, r1]), d);
          expect(c.countsAsClosing).toBe(c.status === 'closing');
          if (c.status === 'closing') {
            expect(c.disadvantageStart).toBeGreaterThan(0);
            expect(c.disadvantageEnd).toBeGreaterThanOrEqual(-1e-9);
            expect(c.disadvantageEnd).toBeLessThan(c.disadvantageStart as number);
            expect(c.focalChange).toBeGreaterThan(0);
          }
          if (c.status === 'crossed') expect(c.relativeGapReduction).toBeUndefined();
        },
      ),
    );
  });
  it('never throws, and neither does the sentence', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (points, direction, options) => {
        const c = classifyGapChange(points as never, direction as never, options as never);
        expect(typeof gapChangeSentence(c, options as never)).toBe('string');
        expect(typeof gapChangeSentence(points as never, direction as never)).toBe('string');
      }),
    );
    const hostile = {
      get label(): string {
        throw new Error('no');
      },
      time: 1,
      gap: 2,
    };
    expect(classifyGapChange([hostile, hostile] as never, 'higher-is-better').status).toBe(
      'insufficient-data',
    );
    expect(
      classifyGapChange(JSON.parse('[{"__proto__": {"time": 1}}]'), 'lower-is-better').status,
    ).toBe('insufficient-data');
  });
});

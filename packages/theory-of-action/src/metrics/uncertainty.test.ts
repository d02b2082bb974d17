import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differenceTest, normalQuantile } from './uncertainty.js';

describe('differenceTest (normal approximation from CI half-widths)', () => {
  it('uses the right normal quantiles', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 5);
  });
  it('finds a clear difference and reports the conservative overlap reading', () => {
    const r = differenceTest(
      { value: 0.3, ci: { low: 0.25, high: 0.35, level: 0.95 } },
      { value: 0.1, ci: { low: 0.08, high: 0.12, level: 0.95 } },
    );
    expect(r.method).toBe('normal-approximation');
    expect(r.distinguishable).toBe(true);
    expect(r.intervalsOverlap).toBe(false);
  });
  it('can call overlapping intervals distinguishable (the approximation is less conservative than non-overlap)', () => {
    // se each = 1 / 1.96; se diff = 0.7215; z = 1.5 / 0.7215 = 2.08 > 1.96 while intervals overlap
    const r = differenceTest(
      { value: 1.5, ci: { low: 0.5, high: 2.5, level: 0.95 } },
      { value: 0, ci: { low: -1, high: 1, level: 0.95 } },
    );
    expect(r.intervalsOverlap).toBe(true);
    expect(r.z).toBeCloseTo(1.5 / Math.sqrt(2 * (1 / 1.959964) ** 2), 4);
    expect(r.distinguishable).toBe(true);
    const near = differenceTest(
      { value: 1.2, ci: { low: 0.2, high: 2.2, level: 0.95 } },
      { value: 0, ci: { low: -1, high: 1, level: 0.95 } },
    );
    expect(near.distinguishable).toBe(false);
  });
  it('does not test without CIs, and notes an assumed level', () => {
    expect(differenceTest({ value: 2 }, { value: 1 }).distinguishable).toBeUndefined();
    const r = differenceTest(
      { value: 2, ci: { low: 1, high: 3 } },
      { value: 0, ci: { low: -1, high: 1 } },
    );
    expect(r.notes.join(' ')).toMatch(/95%/);
  });
  it('never throws', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.anything(),
        (a, b) => void differenceTest(a as never, b as never),
      ),
    );
  });
});

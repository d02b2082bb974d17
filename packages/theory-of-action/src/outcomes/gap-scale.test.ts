import { describe, expect, it } from 'vitest';
import type { IndicatorUnit } from '@community-excellence/schemas';
import { gapUnitOf } from '../metrics/gap.js';
import { formatGap, gapScale } from './gap-scale.js';
import { unitWords } from './unit-words.js';

const units: readonly IndicatorUnit[] = [
  { type: 'percent' },
  { type: 'proportion' },
  { type: 'rate', per: 1000 },
  { type: 'rate', per: 100000 },
  { type: 'count' },
  { type: 'score', label: 'grade levels' },
  { type: 'score', min: 0, max: 500 },
  { type: 'years' },
  { type: 'currency', currency: 'USD' },
  { type: 'other', label: 'visits per child' },
];

describe('gapScale', () => {
  it('shows gaps of proportions and percents in percentage points, others in their unit', () => {
    expect(units.map(gapScale)).toEqual([
      { factor: 1, unitWords: 'percentage points' },
      { factor: 100, unitWords: 'percentage points' },
      { factor: 1, unitWords: 'per 1,000' },
      { factor: 1, unitWords: 'per 100,000' },
      { factor: 1, unitWords: 'count' },
      { factor: 1, unitWords: 'grade levels' },
      { factor: 1, unitWords: 'score' },
      { factor: 1, unitWords: 'years' },
      { factor: 1, unitWords: 'USD' },
      { factor: 1, unitWords: 'visits per child' },
    ]);
  });

  it('agrees with gapUnitOf: proportion points are the raw numbers it scales to percentage points', () => {
    for (const unit of units) {
      const scale = gapScale(unit);
      const gapUnit = gapUnitOf(unit);
      expect(gapUnit === 'proportion-points').toBe(scale.factor === 100);
      expect(gapUnit === 'indicator-unit').toBe(scale.unitWords !== 'percentage points');
      if (gapUnit === 'indicator-unit') expect(scale.unitWords).toBe(unitWords(unit));
    }
  });

  it('never throws', () => {
    expect(gapScale(undefined as never)).toEqual({ factor: 1, unitWords: 'value' });
  });
});

describe('formatGap', () => {
  it('writes gaps in percentage points for proportions and percents', () => {
    expect(formatGap(-0.333, { type: 'proportion' })).toBe('-33.3 percentage points');
    expect(formatGap(0.047, { type: 'proportion' })).toBe('4.7 percentage points');
    expect(formatGap(-14.3, { type: 'percent' })).toBe('-14.3 percentage points');
    expect(formatGap(-14.3, { type: 'percent' }, 0)).toBe('-14 percentage points');
  });

  it('keeps other units and their words', () => {
    expect(formatGap(2.54, { type: 'rate', per: 1000 })).toBe('2.5 per 1,000');
    expect(formatGap(-0.42, { type: 'score', label: 'grade levels' }, 2)).toBe(
      '-0.42 grade levels',
    );
    expect(formatGap(-3.1, { type: 'years' })).toBe('-3.1 years');
  });

  it('never writes a negative zero, and writes "-" for a gap that is not a number', () => {
    expect(formatGap(-0.0004, { type: 'proportion' })).toBe('0.0 percentage points');
    expect(formatGap(Number.NaN, { type: 'percent' })).toBe('-');
    expect(formatGap('1' as never, { type: 'percent' })).toBe('-');
    expect(formatGap(1, null as never, Number.NaN)).toBe('1.0 value');
  });
});

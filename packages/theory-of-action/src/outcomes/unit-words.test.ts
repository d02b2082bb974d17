import { describe, expect, it } from 'vitest';
import type { IndicatorUnit } from '@community-excellence/schemas';
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

describe('unitWords', () => {
  it('names every unit', () => {
    expect(units.map(unitWords)).toEqual([
      'percent',
      'proportion',
      'per 1,000',
      'per 100,000',
      'count',
      'grade levels',
      'score',
      'years',
      'USD',
      'visits per child',
    ]);
  });

  it('never throws', () => {
    expect(unitWords(null as never)).toBe('value');
    expect(unitWords({ type: '__proto__' } as never)).toBe('value');
    expect(unitWords({ type: 'rate', per: Number.NaN } as never)).toBe('rate');
  });
});

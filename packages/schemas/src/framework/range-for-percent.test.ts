import { describe, expect, it } from 'vitest';
import { baldrigeScoringGuidelines } from './baldrige-scoring-guidelines.js';
import { rangeForPercent } from './range-for-percent.js';

describe('rangeForPercent', () => {
  it('finds the range of every multiple of 5', () => {
    const found = Array.from(
      { length: 21 },
      (_, k) => rangeForPercent(baldrigeScoringGuidelines, k * 5)?.id,
    );
    expect(found).toEqual([
      '0-5',
      '0-5',
      '10-25',
      '10-25',
      '10-25',
      '10-25',
      '30-45',
      '30-45',
      '30-45',
      '30-45',
      '50-65',
      '50-65',
      '50-65',
      '50-65',
      '70-85',
      '70-85',
      '70-85',
      '70-85',
      '90-100',
      '90-100',
      '90-100',
    ]);
  });

  it('returns undefined outside every range', () => {
    for (const percent of [-5, 7, 101, Number.NaN])
      expect(rangeForPercent(baldrigeScoringGuidelines, percent)).toBeUndefined();
  });
});

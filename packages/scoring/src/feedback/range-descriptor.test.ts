import { baldrigeScoringGuidelines } from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { nextRangeRequires, rangeDescriptor } from './range-descriptor.js';

const range = (id: string) => baldrigeScoringGuidelines.ranges.find((r) => r.id === id)!;

describe('rangeDescriptor', () => {
  it('gives the ADLI texts of a range for a process item, named by the guidelines', () => {
    const d = rangeDescriptor('30-45', 'process');
    expect(d?.range).toBe('30-45');
    expect(d?.factors.map((f) => [f.name, f.text])).toEqual([
      ['Approach', range('30-45').process.approach],
      ['Deployment', range('30-45').process.deployment],
      ['Learning', range('30-45').process.learning],
      ['Integration', range('30-45').process.integration],
    ]);
    expect(d?.factors[0]?.text).toBe('An effective, systematic method answers the basic question.');
    expect(d?.confidence).toBe('verified');
  });

  it('gives the LeTCI texts for a results item, and the range wording confidence', () => {
    const d = rangeDescriptor('70-85', 'results');
    expect(d?.factors.map((f) => f.name)).toEqual([
      'Levels',
      'Trends',
      'Comparisons',
      'Integration',
    ]);
    expect(d?.factors[1]?.text).toBe(range('70-85').results.trends);
    expect(d?.confidence).toBe('partial');
  });

  it('is undefined for a range the guidelines lack, and for hostile guidelines', () => {
    expect(rangeDescriptor('30-40', 'process')).toBeUndefined();
    expect(rangeDescriptor('30-45', 'process', null as never)).toBeUndefined();
  });
});

describe('nextRangeRequires', () => {
  it('gives the next range up: 30-45 -> 50-65, with its ADLI texts', () => {
    const next = nextRangeRequires('30-45', 'process');
    expect(next?.range).toBe('50-65');
    expect(next?.factors.map((f) => f.text)).toEqual([
      'An effective, systematic method answers the overall questions.',
      'Well deployed, with some variation between units.',
      'Fact-based evaluation and improvement, with some learning and innovation.',
      'Aligned with the overall needs of the organization.',
    ]);
  });

  it('gives the LeTCI texts of the next range for a results item', () => {
    expect(nextRangeRequires('10-25', 'results')?.factors[0]?.text).toBe(
      range('30-45').results.levels,
    );
  });

  it('has none at the top range or for an unknown range', () => {
    expect(nextRangeRequires('90-100', 'process')).toBeUndefined();
    expect(nextRangeRequires('90-100', 'results')).toBeUndefined();
    expect(nextRangeRequires('nope', 'process')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { baldrigeScoringGuidelines } from './baldrige-scoring-guidelines.js';
import { validateScoringGuidelines } from './validate-scoring-guidelines.js';

describe('baldrigeScoringGuidelines', () => {
  it('is valid with no issues', () => {
    expect(validateScoringGuidelines(baldrigeScoringGuidelines).issues).toEqual([]);
  });

  it('has the six ranges in steps of 5 (section 3.2)', () => {
    expect(baldrigeScoringGuidelines.step).toBe(5);
    expect(baldrigeScoringGuidelines.ranges.map((r) => [r.id, r.min, r.max])).toEqual([
      ['0-5', 0, 5],
      ['10-25', 10, 25],
      ['30-45', 30, 45],
      ['50-65', 50, 65],
      ['70-85', 70, 85],
      ['90-100', 90, 100],
    ]);
  });

  it('tags the upper-range wording partial and keeps the lower ranges untagged', () => {
    expect(
      baldrigeScoringGuidelines.ranges.map((r) => [r.process.confidence, r.results.confidence]),
    ).toEqual([
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
      ['partial', 'partial'],
      ['partial', 'partial'],
    ]);
  });

  it('has ADLI and LeTCI factors', () => {
    expect(baldrigeScoringGuidelines.factors.ADLI.map((f) => f.key)).toEqual([
      'approach',
      'deployment',
      'learning',
      'integration',
    ]);
    expect(baldrigeScoringGuidelines.factors.LeTCI.map((f) => f.key)).toEqual([
      'levels',
      'trends',
      'comparisons',
      'integration',
    ]);
  });

  it('has 8 process and 8 results bands (section 3.6), tagged inferred', () => {
    const bands = baldrigeScoringGuidelines.bands;
    expect(bands?.process.maxPoints).toBe(550);
    expect(bands?.results.maxPoints).toBe(450);
    expect(bands?.process.bands.map((b) => b.lower)).toEqual([
      0, 151, 201, 261, 321, 371, 431, 481,
    ]);
    expect(bands?.results.bands.map((b) => b.lower)).toEqual([
      0, 126, 171, 211, 256, 301, 346, 391,
    ]);
    expect(
      [...(bands?.process.bands ?? []), ...(bands?.results.bands ?? [])].every(
        (b) => b.confidence === 'inferred',
      ),
    ).toBe(true);
  });

  it('has four maturity stages (section 3.7), tagged inferred', () => {
    expect(
      baldrigeScoringGuidelines.maturityStages?.map((s) => [
        s.name,
        s.minPercent,
        s.maxPercent,
        s.confidence,
      ]),
    ).toEqual([
      ['Reacting to Problems', 0, 25, 'inferred'],
      ['Early Systematic Approaches', 30, 45, 'inferred'],
      ['Aligned Approaches', 50, 65, 'inferred'],
      ['Integrated Approaches', 70, 100, 'inferred'],
    ]);
  });
});

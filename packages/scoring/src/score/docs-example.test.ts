import { baldrige20232024 } from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { itemPoints, scoreAssessment, suggestRange } from '../index.js';
import { consensusAssessment } from './test-fixtures.js';

// The examples of docs/scoring.md, run as written there.
describe('docs/scoring.md examples', () => {
  it('how a percent becomes points', () => {
    expect(itemPoints(60, 70)).toEqual({ exact: '42', value: 42 });
    expect(itemPoints(55, 45)).toEqual({ exact: '24.75', value: 24.75 });
    const codes = baldrige20232024.categories.flatMap((c) => c.items.map((i) => i.code));
    const result = scoreAssessment(
      consensusAssessment(baldrige20232024, Object.fromEntries(codes.map((c) => [c, 50]))),
      baldrige20232024,
    );
    expect(
      result.ok && [
        result.scorecard.total.earned,
        result.scorecard.process.earned,
        result.scorecard.results.earned,
      ],
    ).toEqual([
      { exact: '500', value: 500 },
      { exact: '275', value: 275 },
      { exact: '225', value: 225 },
    ]);
  });

  it('no factor weights: a suggestion only', () => {
    const result = suggestRange({
      approach: '50-65',
      deployment: '30-45',
      learning: '30-45',
      integration: '50-65',
    });
    expect(result.ok && [result.suggestion.range, result.suggestion.kind]).toEqual([
      '30-45',
      'suggestion',
    ]);
  });
});

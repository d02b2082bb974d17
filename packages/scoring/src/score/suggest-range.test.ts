import { describe, expect, it } from 'vitest';
import { suggestRange } from './suggest-range.js';

describe('suggestRange', () => {
  it('suggests the median range (lower middle for an even count), labelled as a suggestion', () => {
    const result = suggestRange({
      approach: '50-65',
      deployment: '30-45',
      learning: '30-45',
      integration: '50-65',
    });
    expect(result).toMatchObject({
      ok: true,
      suggestion: {
        kind: 'suggestion',
        range: '30-45',
        rule: 'median',
        factors: 'ADLI',
        spread: 1,
      },
    });
    expect(suggestRange({ levels: '50-65', trends: '70-85', comparisons: '30-45' })).toMatchObject({
      ok: true,
      suggestion: { range: '50-65', factors: 'LeTCI' },
    });
  });

  it('is not a weighted mean: one low factor does not pull the suggestion down', () => {
    const result = suggestRange({
      approach: '70-85',
      deployment: '70-85',
      learning: '70-85',
      integration: '0-5',
    });
    expect(result.ok && result.suggestion.range).toBe('70-85');
    expect(result.ok && result.suggestion.note).toContain('discuss the item');
  });

  it('reports unknown ranges, unknown or mixed factors and empty input', () => {
    expect(suggestRange({ approach: '50-60' }).issues).toMatchObject([
      { code: 'unknown_reference', path: ['approach'], id: '50-60' },
    ]);
    expect(suggestRange({ approach: '50-65', levels: '50-65' }).issues).toMatchObject([
      { code: 'wrong_evaluation_factors' },
    ]);
    expect(suggestRange({ speed: '50-65' } as never).issues).toMatchObject([
      { code: 'unrecognized_key', path: ['speed'] },
    ]);
    expect(suggestRange({}).issues).toMatchObject([{ code: 'too_small' }]);
    expect(suggestRange({}).ok).toBe(false);
  });
});

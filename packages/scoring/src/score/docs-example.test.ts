import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { baldrige20232024 } from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { itemPoints, scoreAssessment, suggestRange } from '../index.js';
import { consensusAssessment } from './test-fixtures.js';

// The results docs/scoring.md states in the comments of its examples must be what the code
// computes. (tests/docs-code-blocks.test.ts type-checks and runs the examples themselves.)
const page = readFileSync(new URL('../../../../docs/scoring.md', import.meta.url), 'utf8');
const shown = (value: unknown): string => inspect(value, { breakLength: Infinity });

describe('docs/scoring.md', () => {
  it('states the points of a percent as computed', () => {
    for (const [percent, points] of [
      [60, 70],
      [55, 45],
    ] as const)
      expect(page).toContain(
        `itemPoints(${percent}, ${points}); // ${shown(itemPoints(percent, points))}`,
      );
  });

  it('states the totals of an assessment with every item at 50% as computed', () => {
    const codes = baldrige20232024.categories.flatMap((c) => c.items.map((i) => i.code));
    const result = scoreAssessment(
      consensusAssessment(baldrige20232024, Object.fromEntries(codes.map((c) => [c, 50]))),
      baldrige20232024,
    );
    if (!result.ok) throw new Error('not scored');
    for (const part of ['total', 'process', 'results'] as const)
      expect(page).toContain(
        `result.scorecard.${part}.earned; // ${shown(result.scorecard[part].earned)}`,
      );
  });

  it('states the suggested range of its factor ratings as computed', () => {
    const result = suggestRange({
      approach: '50-65',
      deployment: '30-45',
      learning: '30-45',
      integration: '50-65',
    });
    if (!result.ok) throw new Error('no suggestion');
    expect(page).toContain(
      "approach: '50-65',\n  deployment: '30-45',\n  learning: '30-45',\n  integration: '50-65',",
    );
    expect(page).toContain(`result.suggestion.range; // '${result.suggestion.range}'`);
    expect(page).toContain(`result.suggestion.kind; // '${result.suggestion.kind}'`);
  });
});

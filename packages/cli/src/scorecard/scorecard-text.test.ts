import { readFileSync } from 'node:fs';
import {
  BUILT_IN_FRAMEWORKS,
  type Assessment,
  type Framework,
} from '@community-excellence/schemas';
import { describe, expect, it } from 'vitest';
import { scoreWithReviews } from './score-with-reviews.js';
import { scorecardText, scorecardTextLines } from './scorecard-text.js';

const assessment = JSON.parse(
  readFileSync(new URL('../../../../examples/riverbend/assessment.json', import.meta.url), 'utf8'),
) as Assessment;
const framework = BUILT_IN_FRAMEWORKS.find((f) => f.id === assessment.framework.id) as Framework;
const scored = scoreWithReviews(assessment, framework);
if (!scored.ok) throw new Error('the example assessment must score');

describe('scorecardTextLines', () => {
  it('prints the categories, totals with bands, maturity and the next points', () => {
    const lines = scorecardTextLines(scored.scorecard);
    expect(lines[0]).toBe(
      'Consensus scorecard against coe-community-2024-baldrige-derived-points (unofficial, Baldrige-derived), scope coe-level-3',
    );
    expect(lines[2]).toBe(`  ${'1 Community Leadership'.padEnd(58)} ${'40.5'.padEnd(8)} 120`);
    expect(lines).toContain(
      '  Process 170 of 550 (band 2 of 8), results 108 of 450 (band 1 of 8); total 278 of 1000',
    );
    expect(lines).toContain(
      '  Process maturity: Early Systematic Approaches (bands and stages are inferred tables you can replace)',
    );
    expect(lines.at(-1)).toBe(
      '  Where the next points come from: 7.1 +18 (35% -> 50%), 7.4 +16 (30% -> 50%), 7.2 +12 (15% -> 30%)',
    );
    expect(lines.some((line) => line.startsWith('Independent reviews'))).toBe(false);
  });

  it('adds the flagged items and the agreement when the reviews are given', () => {
    const lines = scorecardTextLines(scored.scorecard, scored.reviews);
    const from = lines.indexOf('Independent reviews: 3 reviewers, 17 items');
    expect(from).toBeGreaterThan(0);
    expect(lines.slice(from + 1)).toEqual([
      '  flagged 4.1: reviewers 2 ranges apart (rev-maria-santos 55%, rev-james-oduya 40%, rev-linda-cho 20%); proposed start 40% (a proposal, not a score); consensus 40%',
      '  flagged 7.4: reviewers 2 ranges apart (rev-maria-santos 50%, rev-james-oduya 30%, rev-linda-cho 15%); proposed start 30% (a proposal, not a score); consensus 30%',
      "  Krippendorff's alpha (ordinal, reviewers' percents): 0.577",
    ]);
  });

  it('says when a band is not given and when a category is out of scope', () => {
    const level2 = scoreWithReviews(assessment, framework, { scope: 'coe-level-2' });
    if (!level2.ok) throw new Error('expected a scorecard');
    const lines = scorecardTextLines(level2.scorecard);
    expect(lines).toContain(`  ${'7 Results'.padEnd(58)} ${'-'.padEnd(8)} -`);
    expect(lines).toContain(
      '  Process 95.75 of 290 (no band (refused)), results - of - (no band (unavailable)); total 95.75 of 290',
    );
  });
});

describe('scorecardText', () => {
  it('is the lines joined, ending in a newline', () => {
    expect(scorecardText(scored.scorecard, scored.reviews)).toBe(
      `${scorecardTextLines(scored.scorecard, scored.reviews).join('\n')}\n`,
    );
  });
});

describe('scorecardTextLines with parts of items and a Profile-only scope', () => {
  const withPrevious = {
    ...framework,
    scopes: [
      ...(framework.scopes ?? []),
      {
        id: 'coe-level-2-before-2023',
        name: 'Journey to Community Excellence (before 2023)',
        level: 2,
        requires: 'coe-level-1',
        codes: ['P.1', 'P.2', '1', '2', '7.1(1)', '7.1(2)', '7.4(1)', '7.5(2)'],
      },
    ],
  } as Framework;

  it('prints the share and the note of each item the scope lists in part', () => {
    const parts = scoreWithReviews(assessment, withPrevious, {
      scope: 'coe-level-2-before-2023',
      reviews: 'never',
    });
    if (!parts.ok) throw new Error('expected a scorecard');
    const lines = scorecardTextLines(parts.scorecard);
    expect(lines).toContain(
      '  7.1 counts 1/2 (max 60): The scope lists only 7.1(1), 7.1(2) of 7.1; 1/2 of its points count (partScoring share-of-item, an inferred rule).',
    );
    expect(lines).toContain(
      '  7.4: The scope lists 7.4(1), every part of 7.4 the framework data names; the whole item counts.',
    );
    // 28 + 12.5 + 18 + 12 (categories 1, 2) + 35% × 60 + 30% × 80 + 20% × 45 = 70.5 + 21 + 24 + 9
    expect(lines.some((line) => line.endsWith('total 124.5 of 390'))).toBe(true);
  });

  it('says why nothing is scored for a Level 1 (Profile) scope', () => {
    const level1 = scoreWithReviews(assessment, framework, { scope: 'coe-level-1' });
    if (!level1.ok) throw new Error('expected a scorecard');
    const lines = scorecardTextLines(level1.scorecard);
    expect(lines.at(-1)).toBe(
      '  Scope coe-level-1 covers only the Community Profile (P.1, P.2), which is reviewed for feedback and never scored: nothing is scored at this level (maximum 0).',
    );
  });
});

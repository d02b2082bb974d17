import { readFileSync } from 'node:fs';
import {
  BUILT_IN_FRAMEWORKS,
  type Assessment,
  type Framework,
} from '@community-excellence/schemas';
import { describe, expect, it } from 'vitest';
import { scoreWithReviews } from './score-with-reviews.js';
import { scorecardMarkdown } from './scorecard-markdown.js';

const assessment = JSON.parse(
  readFileSync(new URL('../../../../examples/riverbend/assessment.json', import.meta.url), 'utf8'),
) as Assessment;
const framework = BUILT_IN_FRAMEWORKS.find((f) => f.id === assessment.framework.id) as Framework;
const scored = scoreWithReviews(assessment, framework);
if (!scored.ok) throw new Error('the example assessment must score');

describe('scorecardMarkdown', () => {
  const markdown = scorecardMarkdown(scored.scorecard, scored.reviews);

  it('gives the totals, bands, categories and every item as tables', () => {
    expect(markdown.startsWith('# Scorecard: riverbend-2026-baseline-level-3\n')).toBe(true);
    expect(markdown).toContain('| Source | consensus (agreed, team leader rev-maria-santos) |');
    expect(markdown).toContain('| Process | 170 | 550 | 30.9% | 2 of 8, inferred |');
    expect(markdown).toContain('| Total | 278 | 1000 | 27.8% |  |');
    expect(markdown).toContain('Process maturity: **Early Systematic Approaches**');
    expect(markdown).toContain('| 1 | Community Leadership | 40.5 | 120 | 33.8% |');
    expect(markdown).toContain(
      '| 6.2 | Community Safety and Resilience | process | scored | 10-25 | 15% | 6 | 40 |',
    );
    expect(markdown).toContain('| 7.1 | Community and Process Results | 35% | 50% | +18 |');
    expect(markdown.endsWith('\n')).toBe(true);
    expect(markdown.endsWith('\n\n')).toBe(false);
  });

  it('lists the flagged items with the ratings, the proposal and the consensus, and the agreement', () => {
    expect(markdown).toContain(
      '3 reviewers (rev-maria-santos, rev-james-oduya, rev-linda-cho), 17 items, 2 flagged',
    );
    expect(markdown).toContain(
      '| 4.1 | rev-maria-santos 55%, rev-james-oduya 40%, rev-linda-cho 20% | 2 | 40% (a proposal, not a score) | 40% |',
    );
    expect(markdown).toContain(
      "Krippendorff's alpha (ordinal, reviewers' percents): 0.577 over 17 items.",
    );
  });

  it('leaves out the reviews when none are given, and is the same text for the same scorecard', () => {
    const plain = scorecardMarkdown(scored.scorecard);
    expect(plain).not.toContain('## Independent reviews');
    expect(scorecardMarkdown(scored.scorecard, scored.reviews)).toBe(markdown);
  });

  it('lists the items not counted and escapes table cells', () => {
    const level2 = scoreWithReviews(assessment, framework, { scope: 'coe-level-2' });
    if (!level2.ok) throw new Error('expected a scorecard');
    const card = {
      ...level2.scorecard,
      categories: level2.scorecard.categories.map((c) =>
        c.code === '1' ? { ...c, name: 'Leadership | governance' } : c,
      ),
    };
    const text = scorecardMarkdown(card);
    expect(text).toContain('| 1 | Leadership \\| governance | 40.5 | 120 |');
    expect(text).toContain('## Not counted');
    expect(text).toContain('- 7.1 (out-of-scope): Not in scope coe-level-2');
    expect(text).toContain('| Scope | coe-level-2 (chosen for this run) |');
  });
});

describe('scorecardMarkdown with a scope listing parts of items', () => {
  it('shows the share in the max cell and lists the scope notes', () => {
    const parts = scoreWithReviews(assessment, framework, {
      scope: { type: 'codes', codes: ['1', '7.1(1)'] },
      reviews: 'never',
    });
    if (!parts.ok) throw new Error('expected a scorecard');
    const text = scorecardMarkdown(parts.scorecard);
    expect(text).toContain('| 30 (1/4 of the item) |');
    expect(text).toContain(
      '- 7.1: The scope lists only 7.1(1) of 7.1; 1/4 of its points count (partScoring share-of-item, an inferred rule).',
    );
  });

  it('says why nothing is scored for a Level 1 (Profile) scope', () => {
    const level1 = scoreWithReviews(assessment, framework, { scope: 'coe-level-1' });
    if (!level1.ok) throw new Error('expected a scorecard');
    expect(scorecardMarkdown(level1.scorecard)).toContain(
      '\nScope coe-level-1 covers only the Community Profile (P.1, P.2), which is reviewed for feedback and never scored: nothing is scored at this level (maximum 0).\n',
    );
  });
});

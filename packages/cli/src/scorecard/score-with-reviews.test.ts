import { readFileSync } from 'node:fs';
import {
  BUILT_IN_FRAMEWORKS,
  type Assessment,
  type Framework,
} from '@community-excellence/schemas';
import { describe, expect, it } from 'vitest';
import { scoreWithReviews } from './score-with-reviews.js';

const assessment = JSON.parse(
  readFileSync(new URL('../../../../examples/riverbend/assessment.json', import.meta.url), 'utf8'),
) as Assessment;
const framework = BUILT_IN_FRAMEWORKS.find((f) => f.id === assessment.framework.id) as Framework;

describe('scoreWithReviews', () => {
  it('scores the consensus and summarizes the three independent reviews', () => {
    const scored = scoreWithReviews(assessment, framework);
    expect(scored.ok).toBe(true);
    if (!scored.ok) return;
    expect(scored.scorecard.total.earned?.exact).toBe('278');
    expect(scored.scorecard.total.max?.exact).toBe('1000');
    expect(scored.reviews?.summary.panel).toHaveLength(3);
    expect(scored.reviews?.summary.flaggedItems).toEqual(['4.1', '7.4']);
    expect(scored.reviews?.agreement.defined).toBe(true);
    expect(scored.reviews?.agreement.alpha?.toFixed(3)).toBe('0.577');
  });

  it('summarizes the reviews within the chosen scope, like the scorecard', () => {
    const scored = scoreWithReviews(assessment, framework, { scope: 'coe-level-2' });
    if (!scored.ok) throw new Error('expected a scorecard');
    expect(scored.scorecard.scope.label).toBe('coe-level-2');
    expect(scored.scorecard.total.max?.exact).toBe('290');
    expect(scored.reviews?.summary.items.map((i) => i.item)).toEqual([
      '1.1',
      '1.2',
      '2.1',
      '2.2',
      '3.1',
      '3.2',
    ]);
    expect(scored.reviews?.summary.flaggedItems).toEqual([]);
    // issue #13: the summary reads the scorer's checked assessment, so no check issue repeats
    expect(scored.reviews?.summary.scope).toBe('coe-level-2');
    expect(scored.reviews?.summary.issues).toEqual([]);
    expect(scored.reviews?.agreement.issues).toEqual([]);
    const keys = scored.issues.map((i) => JSON.stringify([i.code, i.path]));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('leaves the reviews out for a single review unless asked, and when told never', () => {
    const single: Assessment = {
      ...assessment,
      consensus: undefined,
      reviews: assessment.reviews.slice(0, 1),
    } as Assessment;
    const alone = scoreWithReviews(single, framework);
    if (!alone.ok) throw new Error('expected a scorecard');
    expect(alone.scorecard.source.type).toBe('review');
    expect(alone.reviews).toBeNull();
    const always = scoreWithReviews(single, framework, { reviews: 'always' });
    expect(always.ok && always.reviews?.summary.panel.length).toBe(3);
    const never = scoreWithReviews(assessment, framework, { reviews: 'never' });
    expect(never.ok && never.reviews).toBeNull();
  });

  it('returns the scoring issues instead of a scorecard for an unknown scope', () => {
    const scored = scoreWithReviews(assessment, framework, { scope: 'coe-level-9' });
    expect(scored.ok).toBe(false);
    expect(scored.issues.map((i) => [i.code, i.path])).toContainEqual([
      'unknown_reference',
      ['options', 'scope'],
    ]);
  });
});

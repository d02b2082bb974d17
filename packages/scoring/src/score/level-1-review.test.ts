import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateDocument } from '@community-excellence/schemas';
import {
  coeBaldrigeDerivedPoints,
  coeCommunity2024,
  type Assessment,
} from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { summarizeReviews } from '../consensus/summarize-reviews.js';
import { scoreAssessment } from './score-assessment.js';

const text = readFileSync(
  fileURLToPath(new URL('../../../../examples/riverbend/level-1-review.json', import.meta.url)),
  'utf8',
);
const review = JSON.parse(text) as Assessment;

describe('the Riverbend Level 1 review (Community Profile alone)', () => {
  it('validates with no issue at all', () => {
    const result = validateDocument(JSON.parse(text));
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('records findings on P.1 and P.2 with ids and priorities, never a score', () => {
    const consensus = review.consensus?.items ?? [];
    expect(consensus.map((entry) => entry.item)).toEqual(['P.1', 'P.2']);
    expect(
      consensus.every((entry) => entry.percent === undefined && entry.range === undefined),
    ).toBe(true);
    expect(consensus.flatMap((entry) => entry.opportunities ?? []).map((o) => o.priority)).toEqual([
      'high',
      'medium',
      'low',
      'high',
      'high',
      'medium',
    ]);
    expect(consensus[0]?.strengths?.[0]?.id).toBe('consensus-P.1-s1');
  });

  it.each([
    ['coeCommunity2024', coeCommunity2024],
    ['coeBaldrigeDerivedPoints', coeBaldrigeDerivedPoints],
  ] as const)(
    'scores to an empty scorecard with the reason, without errors (%s)',
    (_, framework) => {
      const result = scoreAssessment(review, framework);
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      expect(result.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
      const card = result.scorecard;
      expect(card.items.every((item) => item.status === 'out-of-scope')).toBe(true);
      expect(card.total.status).toBe('out-of-scope');
      expect(card.total.earned).toBeNull();
      expect(card.scope).toMatchObject({ scopeId: 'coe-level-1', level: 1, requires: null });
      expect(card.scope.profileSections).toEqual(['P.1', 'P.2']);
      expect(card.scope.reason).toBe(
        'Scope coe-level-1 covers only the Community Profile (P.1, P.2), which is reviewed for feedback and never scored: nothing is scored at this level (maximum 0).',
      );
    },
  );

  it('summarizes the reviews with no item to compare and no issue', () => {
    const summary = summarizeReviews(review, coeCommunity2024);
    expect(summary.items).toEqual([]);
    expect(summary.issues).toEqual([]);
    expect(summary.panel).toEqual(['rev-maria-santos', 'rev-james-oduya', 'rev-linda-cho']);
  });

  it('raises profile_scored only when a Profile entry carries a range or percent', () => {
    const scoredProfile: Assessment = JSON.parse(text) as Assessment;
    const entry = scoredProfile.consensus?.items[1];
    if (entry === undefined) throw new Error('fixture');
    entry.percent = 40;
    const result = validateDocument(scoredProfile);
    expect(result.issues.map((issue) => [issue.code, issue.severity, issue.path])).toEqual([
      ['profile_scored', 'error', ['consensus', 'items', 1, 'item']],
    ]);
  });
});

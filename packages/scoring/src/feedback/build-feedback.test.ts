import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  baldrigeScoringGuidelines,
  coeBaldrigeDerivedPoints,
  coeCommunity2024,
  type Assessment,
} from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../score/score-assessment.js';
import { buildFeedback } from './build-feedback.js';
import { feedbackAssessment, reviewOnlyAssessment } from './test-assessments.js';

const riverbend = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../../examples/riverbend/assessment.json', import.meta.url)),
    'utf8',
  ),
) as Assessment;

describe('buildFeedback on the Riverbend example (consensus)', () => {
  const feedback = buildFeedback(riverbend, coeBaldrigeDerivedPoints);

  it('names the assessment, cycle, scope and source', () => {
    expect(feedback).toMatchObject({
      kind: 'feedback',
      assessmentId: riverbend.id,
      communityId: riverbend.communityId,
      cycle: '2026 baseline assessment, National Learning Collaborative year 1',
      scope: 'coe-level-3',
      scored: true,
      source: { type: 'consensus', status: 'agreed', label: 'the consensus record (agreed)' },
    });
    expect(feedback.issues).toEqual([]);
  });

  it('counts the consensus findings exactly: 17 strengths, 17 OFIs (12 high, 5 medium)', () => {
    expect(feedback.summary.counts).toEqual({
      strengths: 17,
      opportunities: 17,
      opportunitiesByPriority: { high: 12, medium: 5, low: 0 },
    });
    expect(feedback.summary.scoredItems).toBe(17);
    expect(feedback.summary.total).toEqual({
      earned: { exact: '278', value: 278 },
      max: { exact: '1000', value: 1000 },
    });
    expect(feedback.summary.bands.process?.band).toBe(2);
    expect(feedback.summary.bands.results?.band).toBe(1);
    expect(feedback.summary.maturity?.name).toBe('Early Systematic Approaches');
  });

  it('gives every one of the 17 items in 7 categories, in framework order', () => {
    expect(feedback.categories.map((c) => c.code)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(feedback.categories.flatMap((c) => c.items.map((i) => i.code))).toEqual([
      '1.1',
      '1.2',
      '2.1',
      '2.2',
      '3.1',
      '3.2',
      '4.1',
      '4.2',
      '5.1',
      '5.2',
      '6.1',
      '6.2',
      '7.1',
      '7.2',
      '7.3',
      '7.4',
      '7.5',
    ]);
    expect(feedback.profile).toEqual([]);
  });

  it('gives item 1.1 (30-45) its descriptor, findings, rationale and what 50-65 requires', () => {
    const item = feedback.categories[0]?.items[0];
    expect(item).toMatchObject({ code: '1.1', kind: 'process', range: '30-45', percent: 40 });
    expect(item?.earned?.exact).toBe('28');
    expect(item?.descriptor?.factors[0]?.text).toBe(
      'An effective, systematic method answers the basic question.',
    );
    expect(item?.nextRange?.range).toBe('50-65');
    expect(item?.nextRange?.factors.map((f) => `${f.name}: ${f.text}`)).toEqual([
      'Approach: An effective, systematic method answers the overall questions.',
      'Deployment: Well deployed, with some variation between units.',
      'Learning: Fact-based evaluation and improvement, with some learning and innovation.',
      'Integration: Aligned with the overall needs of the organization.',
    ]);
    expect(item?.strengths.map((s) => s.id)).toEqual(['consensus-1.1-s1']);
    expect(item?.opportunities.map((o) => [o.id, o.priority])).toEqual([
      ['consensus-1.1-o1', 'medium'],
    ]);
    expect(item?.opportunities[0]?.text).toBe(
      'It is not clear how the group knows whether partner staff and residents understand the vision; no deployment measure is described.',
    );
    expect(item?.rationale).toMatch(/^All three reviews placed 1\.1 in 30-45/);
  });

  it('gives a results item the LeTCI descriptor of its range', () => {
    const item = feedback.categories[6]?.items.find((i) => i.code === '7.2');
    expect(item?.range).toBe('10-25');
    expect(item?.descriptor?.factors.map((f) => f.name)).toEqual([
      'Levels',
      'Trends',
      'Comparisons',
      'Integration',
    ]);
    expect(item?.nextRange?.range).toBe('30-45');
  });

  it('finds ksf-resident-voice as the widest theme: 6 items, checked by hand in the file', () => {
    // consensus findings naming ksf-resident-voice: 1.1 s1+o1, 3.1, 3.2, 5.2, 7.2, 7.4.
    const theme = feedback.themes.crossCutting[0];
    expect(theme?.id).toBe('ksf-resident-voice');
    expect(theme?.items).toEqual(['1.1', '3.1', '3.2', '5.2', '7.2', '7.4']);
    expect(theme?.strengths.length).toBe(5);
    expect(theme?.opportunities.length).toBe(3);
    expect(theme?.opportunities).toContainEqual({
      id: 'consensus-1.1-o1',
      item: '1.1',
      priority: 'medium',
    });
    expect(theme?.sentence).toBe(
      'Key factor "Resident and youth voice in decisions" (ksf-resident-voice) runs through 6 items (1.1, 3.1, 3.2, 5.2, 7.2, 7.4): 5 strengths and 3 opportunities for improvement (2 high priority).',
    );
    expect(feedback.themes.crossCutting.map((t) => t.items.length)).toEqual([
      6, 5, 3, 3, 2, 2, 2, 2, 2, 2,
    ]);
    expect(feedback.themes.byCategory[0]?.sentence).toBe(
      'Category 7 Results: 5 strengths and 5 opportunities for improvement (4 high priority) across 5 items (7.1, 7.2, 7.3, 7.4, 7.5).',
    );
  });

  it('puts the written OFIs next to the points at stake', () => {
    const first = feedback.nextPoints[0];
    expect(feedback.nextPoints).toHaveLength(17);
    expect(first?.stake.code).toBe(first?.opportunities[0]?.item);
    for (const next of feedback.nextPoints)
      expect(next.opportunities.map((o) => o.id)).toEqual([`consensus-${next.stake.code}-o1`]);
  });

  it('uses a scorecard it is given instead of scoring again', () => {
    const scored = scoreAssessment(riverbend, coeBaldrigeDerivedPoints);
    if (!scored.ok) throw new Error('must score');
    const again = buildFeedback(riverbend, coeBaldrigeDerivedPoints, {
      scorecard: scored.scorecard,
    });
    expect(again).toEqual(feedback);
  });
});

describe('buildFeedback from one reviewer', () => {
  it('reads review-cho when asked: 17 strengths, 34 OFIs, high first', () => {
    const feedback = buildFeedback(riverbend, coeBaldrigeDerivedPoints, {
      source: { reviewerId: 'rev-linda-cho' },
    });
    expect(feedback.source.label).toBe('review review-cho by Linda Cho (submitted)');
    expect(feedback.summary.counts).toEqual({
      strengths: 17,
      opportunities: 34,
      opportunitiesByPriority: { high: 14, medium: 14, low: 6 },
    });
    const first = feedback.categories[0]?.items[0];
    expect(first?.percent).toBe(35);
    expect(first?.opportunities.map((o) => o.id)).toEqual([
      'review-cho-1.1-o2',
      'review-cho-1.1-o1',
    ]);
  });

  it('counts every finding of the example across consensus and the three reviews', () => {
    const sources = [
      undefined,
      { reviewerId: 'rev-maria-santos' },
      { reviewerId: 'rev-james-oduya' },
      { reviewerId: 'rev-linda-cho' },
    ] as const;
    const counts = sources.map(
      (source) =>
        buildFeedback(riverbend, coeBaldrigeDerivedPoints, source === undefined ? {} : { source })
          .summary.counts,
    );
    expect(counts.map((c) => [c.strengths, c.opportunities])).toEqual([
      [17, 17],
      [30, 17],
      [17, 17],
      [17, 34],
    ]);
  });
});

describe('buildFeedback on small assessments that try to fool it', () => {
  it('without a consensus, reads the only review and says it is a draft', () => {
    const feedback = buildFeedback(
      reviewOnlyAssessment('draft', [
        {
          item: '1.1',
          factors: 'ADLI',
          range: '50-65',
          percent: 55,
          opportunities: [{ text: 'Evaluate the process.', priority: 'low' }],
        },
      ]),
      coeCommunity2024,
    );
    expect(feedback.source).toMatchObject({ type: 'review', status: 'draft' });
    expect(feedback.source.label).toContain('a draft: its findings may still change');
    expect(feedback.summary.total).toBeNull(); // the official COE framework has no points
    const item = feedback.categories[0]?.items.find((i) => i.code === '1.1');
    expect(item?.percent).toBe(55);
    expect(item?.opportunities.map((o) => o.id)).toEqual(['1.1#o1']);
  });

  it('keeps an item with no findings (empty lists) and one in the top range has no next range', () => {
    const feedback = buildFeedback(
      feedbackAssessment([
        { item: '1.1', range: '90-100', percent: 95 },
        { item: '1.2', range: '10-25', percent: 20, strengths: [{ text: 'Fine.' }] },
      ]),
      coeBaldrigeDerivedPoints,
      { scope: ['1'] },
    );
    const [top, low] = feedback.categories[0]?.items ?? [];
    expect(top).toMatchObject({
      code: '1.1',
      range: '90-100',
      nextRange: null,
      strengths: [],
      opportunities: [],
    });
    expect(top?.descriptor?.range).toBe('90-100');
    expect(low?.nextRange?.range).toBe('30-45');
    expect(feedback.nextPoints.find((n) => n.stake.code === '1.1')?.opportunities).toEqual([]);
    expect(feedback.scope).toBe('codes 1');
  });

  it('does not make a key factor referenced once, or twice in one item, a theme; keeps duplicate text apart', () => {
    const feedback = buildFeedback(
      feedbackAssessment(
        [
          {
            item: '1.1',
            range: '30-45',
            percent: 30,
            strengths: [{ text: 'Same words.', keyFactors: ['kf-twice'] }],
            opportunities: [{ text: 'Other.', priority: 'high', keyFactors: ['kf-twice'] }],
          },
          {
            item: '2.1',
            range: '30-45',
            percent: 30,
            strengths: [{ text: 'Same words.', keyFactors: ['kf-once'] }],
          },
        ],
        {
          keyFactors: [
            { id: 'kf-twice', text: 'Twice in one item.' },
            { id: 'kf-once', text: 'Once.' },
          ],
        },
      ),
      coeBaldrigeDerivedPoints,
      { scope: ['1', '2'] },
    );
    expect(feedback.themes.crossCutting).toEqual([]);
    expect(feedback.themes.singleItem).toEqual(['kf-twice', 'kf-once']);
    expect(feedback.summary.counts.strengths).toBe(2);
    expect(feedback.themes.byCategory.map((t) => t.id)).toEqual(['1', '2']);
  });

  it('gives a Level 1 Profile review its findings in a Community Profile section, never as scored items', () => {
    const level1 = feedbackAssessment(
      [
        {
          item: 'P.1',
          strengths: [{ id: 'p1-s1', text: 'The profile names its residents and assets.' }],
          opportunities: [
            { id: 'p1-o1', text: 'Add the key partners\u2019 roles.', priority: 'high' },
          ],
        },
        { item: 'P.2', opportunities: [{ text: 'Name the key challenges.', priority: 'medium' }] },
      ],
      { scope: { type: 'scope', scopeId: 'coe-level-1' } },
    );
    const feedback = buildFeedback(level1, coeCommunity2024);
    expect(feedback.categories).toEqual([]);
    expect(feedback.nextPoints).toEqual([]);
    expect(feedback.summary.total).toBeNull();
    expect(feedback.summary.bands).toEqual({ process: null, results: null });
    expect(feedback.scope).toBe('coe-level-1');
    expect(feedback.profile.map((p) => [p.code, p.name, p.rationale])).toEqual([
      ['P.1', 'Community Description', 'Rationale for P.1.'],
      ['P.2', 'Community Situation', 'Rationale for P.2.'],
    ]);
    expect(feedback.profile[0]?.opportunities.map((o) => [o.id, o.priority])).toEqual([
      ['p1-o1', 'high'],
    ]);
    expect(feedback.summary.counts).toEqual({
      strengths: 1,
      opportunities: 2,
      opportunitiesByPriority: { high: 1, medium: 1, low: 0 },
    });
    // Whatever scoring says of Profile entries, the feedback itself never fails on them.
    expect(feedback.issues.map((i) => i.code)).not.toContain('scoring_failed');
  });

  it('without a consensus and with two reviews, asks for a reviewer and gives no findings', () => {
    const two: Assessment = {
      ...reviewOnlyAssessment('submitted', []),
      reviewers: [
        { id: 'rev-a', name: 'A', role: 'examiner' },
        { id: 'rev-b', name: 'B', role: 'examiner' },
      ],
      reviews: [
        { id: 'review-a', reviewerId: 'rev-a', status: 'submitted', items: [] },
        { id: 'review-b', reviewerId: 'rev-b', status: 'submitted', items: [] },
      ],
    };
    const feedback = buildFeedback(two, coeCommunity2024);
    expect(feedback.scored).toBe(false);
    expect(feedback.source.type).toBe('none');
    // Scoring reports the missing source once (the feedback adds no second copy).
    expect(
      feedback.issues
        .filter((i) => i.code === 'unknown_reference')
        .map((i) => [i.code, i.path.join('.')]),
    ).toEqual([['unknown_reference', 'consensus']]);
    expect(feedback.categories).toEqual([]);
  });

  it('never throws on values that are not assessments', () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('getter');
        },
      },
    );
    for (const bad of [null, 42, 'x', {}, [], throwing, JSON.parse('{"__proto__":{"id":"p"}}')]) {
      const feedback = buildFeedback(bad as never, coeCommunity2024);
      expect(feedback.kind).toBe('feedback');
      expect(feedback.categories).toEqual([]);
      expect(feedback.issues.length).toBeGreaterThan(0);
    }
    expect(
      buildFeedback(riverbend, null as never, { guidelines: baldrigeScoringGuidelines }).kind,
    ).toBe('feedback');
  });
});

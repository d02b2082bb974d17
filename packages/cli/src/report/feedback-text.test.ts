import {
  coeBaldrigeDerivedPoints,
  coeCommunity2024,
  type Assessment,
  type ConsensusItem,
} from '@community-excellence/schemas';
import { describe, expect, it } from 'vitest';
import { buildFeedback } from './feedback-api.js';
import {
  descriptorLead,
  feedbackScoreTable,
  feedbackSummaryLines,
  findingLine,
  itemScoreLine,
  keyThemesIntro,
  nextPointsLead,
  nextPointsOfiTable,
  nextRangeLead,
  profileLead,
  rationaleLabel,
  themeFindingsLine,
} from './feedback-text.js';

const base = (
  framework: { id: string },
  items: readonly Omit<ConsensusItem, 'rationale' | 'basedOn'>[],
): Assessment => ({
  kind: 'assessment',
  formatVersion: 1,
  id: 'a',
  communityId: 'c',
  framework: { id: framework.id },
  scope: { type: 'codes', codes: ['1', '7.1'] },
  cycle: { label: 'cycle 1', startDate: '2026-01-01' },
  status: 'feedback',
  reviewers: [{ id: 'rev-a', name: 'A', role: 'team-leader' }],
  reviews: [],
  consensus: {
    status: 'in-progress',
    items: items.map((i) => ({ rationale: 'R.', basedOn: ['rev-a'], ...i })),
  },
});

describe('feedback text', () => {
  const feedback = buildFeedback(
    base(coeBaldrigeDerivedPoints, [
      { item: '1.1', range: '90-100', percent: 90, strengths: [{ text: 'S.', keyFactors: ['k'] }] },
      { item: '7.1', range: '70-85', percent: 70, strengths: [{ text: 'T.', keyFactors: ['k'] }] },
    ]),
    coeBaldrigeDerivedPoints,
  );
  const [top, unscored] = feedback.categories[0]?.items ?? [];
  const results = feedback.categories[1]?.items[0];

  it('says where the findings come from and counts them', () => {
    expect(feedbackSummaryLines(feedback).slice(0, 3)).toEqual([
      'Findings from the consensus record (in-progress), scope codes 1, 7.1, cycle: cycle 1.',
      'The reviewers wrote 2 strengths and 0 opportunities for improvement (0 high, 0 medium, 0 low priority) on 2 scored items.',
      'Total 147 of 240 points; process 63 of 120; results 84 of 120.',
    ]);
  });

  it('labels the top range, an unscored item, partial wording and a results item', () => {
    expect(itemScoreLine(top!)).toBe('Range 90-100 (90%): 63 of 70 points.');
    expect(nextRangeLead(top!)).toBe('90-100 is the top range: there is no next range.');
    expect(descriptorLead(top!.descriptor!)).toBe(
      'What range 90-100 looks like (process, ADLI; wording partial):',
    );
    expect(unscored?.code).toBe('1.2');
    expect(itemScoreLine(unscored!)).toBe(
      'Not scored: the source has no score for this item (it stays in the maximum).',
    );
    expect(nextRangeLead(unscored!)).toBe('What the next range requires: score the item first.');
    expect(nextRangeLead(results!)).toBe(
      'What the next range, 90-100, requires (results, LeTCI; wording partial):',
    );
  });

  it('renders findings, themes, leads and the rationale label', () => {
    expect(findingLine(top!.strengths[0]!)).toBe('S. (1.1#s1)');
    const theme = feedback.themes.crossCutting[0]!;
    expect(themeFindingsLine(theme)).toBe(
      'Strengths: 1.1#s1 (1.1), 7.1#s1 (7.1). Opportunities: none.',
    );
    expect(keyThemesIntro(feedback)).toBe(
      '1 key factor named by findings on two or more items, widest first (then by high-priority opportunities):',
    );
    expect(rationaleLabel(feedback)).toBe('Why this range (consensus rationale)');
    expect(profileLead()).toBe(
      'The Profile is not scored; these are the reviewers\u2019 findings on it.',
    );
    expect(nextPointsLead()).toBe(
      'Each item moved to the bottom of its next range, largest gain first, with the opportunities for improvement the reviewers wrote on it (the ones to act on to earn those points).',
    );
  });

  it('lists next points with "none written", the top range and points', () => {
    expect(nextPointsOfiTable(feedback.nextPoints).rows).toEqual([
      ['7.1', '70%', '90-100', '+24', 'none written'],
      ['1.1', '90%', 'top range', '+7', 'none written'],
      ['1.2', 'not scored', '10-25', '+5', 'none written'],
    ]);
    expect(feedbackScoreTable(feedback).rows[1]).toEqual([
      '1.2',
      'Governance and Societal Responsibilities',
      '-',
      'not scored',
      '0 / 50',
    ]);
  });

  it('without points, gives percents; without themes or scores, says so', () => {
    const plain = buildFeedback(
      base(coeCommunity2024, [{ item: '1.1', range: '30-45', percent: 30 }]),
      coeCommunity2024,
    );
    expect(keyThemesIntro(plain)).toBe(
      'No key factor is named by findings on two or more items, so there is no cross-cutting theme.',
    );
    expect(itemScoreLine(plain.categories[0]!.items[0]!)).toBe('Range 30-45 (30%).');
    expect(nextPointsOfiTable(plain.nextPoints).rows[0]?.[3]).toMatch(/^\+\d+%$/);
    expect(feedbackScoreTable(plain).header).toEqual(['Item', 'Name', 'Range', 'Percent']);
    const failed = buildFeedback(
      base(coeCommunity2024, [{ item: '1.1', range: '30-45', percent: 57 }]),
      coeCommunity2024,
    );
    expect(failed.scored).toBe(false);
    expect(feedbackSummaryLines(failed)[2]).toBe(
      'No scores: the assessment could not be scored (see the issues), so this feedback shows the findings only.',
    );
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  baldrige20232024,
  coeBaldrigeDerivedPoints,
  coeLevel2PreviousScope,
  type Assessment,
  type Framework,
} from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from './score-assessment.js';

const riverbend = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../../examples/riverbend/assessment.json', import.meta.url)),
    'utf8',
  ),
) as Assessment;

const withPrevious: Framework = {
  ...coeBaldrigeDerivedPoints,
  scopes: [...(coeBaldrigeDerivedPoints.scopes ?? []), coeLevel2PreviousScope],
};

const scored = (framework: Framework, options: Parameters<typeof scoreAssessment>[2]) => {
  const result = scoreAssessment(riverbend, framework, options);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.scorecard;
};

describe('scopes that list parts of items', () => {
  // By hand: categories 1 and 2 whole: 70 + 50 + 45 + 40 = 205;
  // 7.1(1), 7.1(2) of the four 7.1 questions: 2/4 × 120 = 60;
  // 7.4(1), the only 7.4 question in the data: 80; 7.5(2) of at least two: 1/2 × 90 = 45.
  // Maximum 205 + 60 + 80 + 45 = 390 (495 when each part pulled in its whole item).
  it('scores the older level-2 scope at the share of each item (maximum 390, not 495)', () => {
    const card = scored(withPrevious, { scope: 'coe-level-2-before-2023' });
    expect(card.total.max?.exact).toBe('390');
    const item71 = card.items.find((item) => item.code === '7.1');
    expect(item71?.share).toEqual({ numerator: 1, denominator: 2 });
    expect(item71?.maxPoints?.exact).toBe('60');
    // consensus 35% of the 60 counted points
    expect(item71?.earned?.exact).toBe('21');
    expect(item71?.trace.formula).toBe('35% × 60 (1/2 of 120) = 21');
    expect(item71?.scopeNote).toBe(
      'The scope lists only 7.1(1), 7.1(2) of 7.1; 1/2 of its points count (partScoring share-of-item, an inferred rule).',
    );
    expect(card.items.find((item) => item.code === '7.4')?.maxPoints?.exact).toBe('80');
    expect(card.items.find((item) => item.code === '7.5')?.maxPoints?.exact).toBe('45');
    expect(card.items.find((item) => item.code === '1.1')?.share).toBeNull();
    expect(card.scope).toMatchObject({
      scopeId: 'coe-level-2-before-2023',
      level: 2,
      requires: 'coe-level-1',
      partScoring: 'share-of-item',
      profileSections: ['P.1', 'P.2'],
      reason: null,
    });
  });

  it('keeps the whole item, with a note, under partScoring whole-item (maximum 495)', () => {
    const card = scored(withPrevious, {
      scope: 'coe-level-2-before-2023',
      partScoring: 'whole-item',
    });
    expect(card.total.max?.exact).toBe('495');
    const item75 = card.items.find((item) => item.code === '7.5');
    expect(item75?.share).toBeNull();
    expect(item75?.scopeNote).toBe(
      'The scope lists only 7.5(2) of 7.5; the whole item counts (partScoring whole-item).',
    );
  });

  it('scores a Baldrige code-list scope naming 7.4a (its only area: the whole 80) and 7.4a(1) (1/5: 16)', () => {
    const baldrige: Assessment = {
      ...riverbend,
      framework: { id: 'baldrige-2023-2024' },
      reviews: [],
      consensus: {
        status: 'agreed',
        items: [
          {
            item: '7.4',
            range: '30-45',
            percent: 30,
            rationale: 'Leadership results show early levels.',
            basedOn: ['rev-maria-santos'],
          },
        ],
      },
    };
    const area = scoreAssessment(baldrige, baldrige20232024, { scope: ['7.4a'] });
    if (!area.ok) throw new Error(JSON.stringify(area.issues));
    expect(area.scorecard.total.max?.exact).toBe('80');
    expect(area.scorecard.items.find((item) => item.code === '7.4')?.scopeNote).toBe(
      'The scope lists 7.4a, every part of 7.4 the framework data names; the whole item counts.',
    );
    const question = scoreAssessment(baldrige, baldrige20232024, {
      scope: { type: 'codes', codes: ['7.4a(1)'] },
    });
    if (!question.ok) throw new Error(JSON.stringify(question.issues));
    expect(question.scorecard.total.max?.exact).toBe('16');
    // 30% of 16 = 4.8
    expect(question.scorecard.total.earned?.exact).toBe('4.8');
    expect(question.scorecard.items.find((item) => item.code === '7.4')?.trace.formula).toBe(
      '30% × 16 (1/5 of 80) = 4.8',
    );
  });
});

import { baldrige20232024, type Framework } from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { migrateAssessment } from './migrate-assessment.js';
import { scoreAssessment } from './score-assessment.js';
import { reviewAssessment } from './test-fixtures.js';

// A fictional next edition: 6.2 becomes 6.3, and 4.2 becomes a results item 7.6 (kinds differ).
const next: Framework = {
  ...baldrige20232024,
  id: 'baldrige-next',
  edition: 'next',
  categories: baldrige20232024.categories.map((c) =>
    c.code === '6'
      ? { ...c, items: c.items.map((i) => (i.code === '6.2' ? { ...i, code: '6.3' } : i)) }
      : c,
  ),
};

describe('migrateAssessment', () => {
  const old = reviewAssessment(baldrige20232024, { '1.1': 50, '6.2': 40, '4.2': 30, '5.1': 25 });

  it('renames mapped items, carries the rest and loses nothing', () => {
    const result = migrateAssessment(old, { '1.1': '1.1', '6.2': '6.3', '4.2': '7.1' }, next);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.assessment.framework).toEqual({ id: 'baldrige-next', edition: 'next' });
    expect(result.assessment.reviews[0]?.items.map((i) => [i.item, i.percent])).toEqual([
      ['1.1', 50],
      ['6.3', 40],
    ]);
    expect(result.carried.map((c) => [c.item, c.reason, c.mappedTo])).toEqual([
      ['4.2', 'kind-changed', '7.1'],
      ['5.1', 'unmapped', null],
    ]);
    expect(result.carried[1]?.evaluation).toEqual(old.reviews[0]?.items[3]);
    expect(result.moved.length + result.carried.length).toBe(old.reviews[0]?.items.length);
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([
      ['wrong_evaluation_factors', 'warning'],
      ['unknown_item', 'warning'],
    ]);
    const scored = scoreAssessment(result.assessment, next);
    expect(scored.ok && scored.scorecard.items.find((i) => i.code === '6.3')?.earned?.exact).toBe(
      '16',
    );
  });

  it('keeps same codes on request and reports collisions and unknown targets', () => {
    const result = migrateAssessment(old, { '6.2': '1.1' }, next, { keepSameCodes: true });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.carried.map((c) => [c.item, c.reason])).toEqual([['6.2', 'collision']]);
    expect(result.assessment.reviews[0]?.items.map((i) => i.item)).toEqual(['1.1', '4.2', '5.1']);
    const bad = migrateAssessment(old, { '1.1': '9.9' }, next);
    expect(bad.ok).toBe(false);
    expect(bad.issues[0]).toMatchObject({
      code: 'unknown_item',
      path: ['mapping', '1.1'],
      item: '9.9',
    });
  });
});

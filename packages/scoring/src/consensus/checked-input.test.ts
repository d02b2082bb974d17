import { readFileSync } from 'node:fs';
import { validateDocument } from '@community-excellence/schemas';
import { coeBaldrigeDerivedPoints, type Assessment } from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../score/score-assessment.js';
import { reviewAgreement } from './review-agreement.js';
import { summarizeReviews } from './summarize-reviews.js';

const text = readFileSync(
  new URL('../../../../examples/riverbend/assessment.json', import.meta.url),
  'utf8',
);
/** Riverbend with one reviewer's score for 1.1 set to 57 in range 50-65. */
function with57(): Assessment {
  const a = JSON.parse(text) as Assessment;
  const entry = a.reviews[1]?.items.find((e) => e.item === '1.1');
  if (entry === undefined) throw new Error('fixture');
  entry.percent = 57;
  entry.range = '50-65';
  return a;
}
const brief = (issues: readonly { code: string; severity: string; path: readonly unknown[] }[]) =>
  issues.map((i) => [i.code, i.severity, i.path.join('.')]);

describe('engines and the one assessment check', () => {
  it('report a percent of 57 as the same error as validateDocument, and treat the rating as missing', () => {
    const a = with57();
    const validated = brief(validateDocument(a).issues);
    expect(validated).toEqual([
      ['percent_not_multiple_of_5', 'error', 'reviews.1.items.0.percent'],
    ]);
    expect(brief(summarizeReviews(a, coeBaldrigeDerivedPoints).issues)).toEqual(validated);
    expect(brief(reviewAgreement(a, coeBaldrigeDerivedPoints).issues)).toEqual(validated);
    const summary = summarizeReviews(a, coeBaldrigeDerivedPoints);
    const item = summary.items.find((i) => i.item === '1.1');
    expect(item?.missing).toEqual([{ reviewerId: 'rev-james-oduya', reason: 'invalid-score' }]);
    expect(item?.ratings.map((r) => r.percent)).toEqual([45, 35]);
  });

  it('given the checked assessment of scoreAssessment, check nothing again and repeat no issue', () => {
    const result = scoreAssessment(with57(), coeBaldrigeDerivedPoints, { scope: 'coe-level-2' });
    expect(result.ok).toBe(true);
    const checked = result.checked;
    if (checked === null) throw new Error('expected a checked assessment');
    expect(brief(result.issues)).toContainEqual([
      'percent_not_multiple_of_5',
      'error',
      'reviews.1.items.0.percent',
    ]);
    const summary = summarizeReviews(checked, coeBaldrigeDerivedPoints);
    expect(summary.issues).toEqual([]);
    // the scope of the check (an option of scoreAssessment) carries over
    expect(summary.scope).toBe('coe-level-2');
    expect(summary.items.map((i) => i.item)).toEqual(['1.1', '1.2', '2.1', '2.2', '3.1', '3.2']);
    expect(reviewAgreement(checked, coeBaldrigeDerivedPoints).issues).toEqual([]);
  });

  it('check again when asked for another scope, or handed a look-alike', () => {
    const result = scoreAssessment(with57(), coeBaldrigeDerivedPoints);
    const checked = result.checked;
    if (checked === null) throw new Error('expected a checked assessment');
    const other = summarizeReviews(checked, coeBaldrigeDerivedPoints, { scope: ['1'] });
    expect(other.scope).toBe('codes 1');
    expect(brief(other.issues)[0]).toEqual([
      'percent_not_multiple_of_5',
      'error',
      'reviews.1.items.0.percent',
    ]);
    const lookAlike = { ...checked, verdicts: { reviews: [], consensus: [] } };
    const forged = summarizeReviews(lookAlike as never, coeBaldrigeDerivedPoints);
    expect(forged.items).toEqual([]);
    expect(forged.issues.length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { baldrigeScoringGuidelines } from '../framework/baldrige-scoring-guidelines.js';
import { coeBaldrigeDerivedPoints } from '../framework/coe-baldrige-derived-points.js';
import { coeCommunity2024 } from '../framework/coe-community.js';
import type { Assessment } from './assessment.js';
import { sampleAssessment } from './assessment.fixture.js';
import { checkAssessment } from './check-assessment.js';
import { checkAssessmentAgainstFramework } from './check-against-framework.js';
import { isCheckedAssessment, runAssessmentCheck } from './checked-assessment.js';

const evaluation = (
  a: Assessment,
  r: number,
  k: number,
): Assessment['reviews'][number]['items'][number] => {
  const found = a.reviews[r]?.items[k];
  if (found === undefined) throw new Error('fixture');
  return found;
};

describe('runAssessmentCheck', () => {
  it('gives the same issues as checkAssessment and checkAssessmentAgainstFramework together', () => {
    const a = sampleAssessment();
    evaluation(a, 1, 2).percent = 57;
    evaluation(a, 0, 1).item = '7.1';
    const result = runAssessmentCheck(a, coeCommunity2024);
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([
      ...checkAssessment(a),
      ...checkAssessmentAgainstFramework(a, coeCommunity2024, baldrigeScoringGuidelines),
    ]);
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([
      ['percent_not_multiple_of_5', 'error'],
      ['percent_outside_range', 'error'],
      ['wrong_evaluation_factors', 'error'],
      ['item_out_of_scope', 'warning'],
      ['incomplete_review', 'warning'],
    ]);
  });

  it('gives a verdict on every entry, indexed like the assessment', () => {
    const a = sampleAssessment();
    evaluation(a, 1, 2).percent = 57;
    evaluation(a, 0, 1).item = '7.1';
    evaluation(a, 0, 2).item = '8.8';
    const { percent: _dropped, ...noPercent } = evaluation(a, 0, 3);
    (a.reviews[0]?.items as unknown[])[3] = noPercent;
    a.reviews[0]?.items.push({ ...evaluation(a, 0, 0) }, { item: 'P.1', factors: 'profile' });
    const result = runAssessmentCheck(a, coeCommunity2024);
    if (!result.ok) throw new Error('expected a checked assessment');
    expect(result.checked.verdicts.reviews[0]?.map((v) => v.kind)).toEqual([
      'rating',
      'out-of-scope',
      'unknown-item',
      'no-score',
      'rating',
      'rating',
      'duplicate',
      'profile',
    ]);
    expect(result.checked.verdicts.reviews[1]?.[2]).toEqual({ kind: 'invalid-score', item: '2.1' });
    expect(result.checked.verdicts.reviews[0]?.[0]).toEqual({
      kind: 'rating',
      item: '1.1',
      percent: evaluation(a, 0, 0).percent,
      range: evaluation(a, 0, 0).range,
      rangeIndex: baldrigeScoringGuidelines.ranges.findIndex(
        (r) => r.id === evaluation(a, 0, 0).range,
      ),
    });
    expect(result.checked.verdicts.reviews[0]?.[7]).toEqual({
      kind: 'profile',
      item: 'P.1',
      section: 'P.1',
    });
    expect(result.checked.verdicts.consensus.map((v) => v.kind)).toEqual(['rating']);
  });

  it('checks within a scope option, with its issues under options.scope', () => {
    const a = sampleAssessment();
    const result = runAssessmentCheck(a, coeCommunity2024, { scope: ['1', '9'] });
    expect(result.checked?.scope.label).toBe('codes 1, 9');
    expect(result.issues.slice(0, 1)).toEqual([
      expect.objectContaining({ code: 'unknown_reference', path: ['options', 'scope', 1] }),
    ]);
    expect(result.issues.filter((i) => i.code === 'item_out_of_scope').length).toBeGreaterThan(0);
  });

  it('accepts a derived copy of the named framework', () => {
    const result = runAssessmentCheck(sampleAssessment(), coeBaldrigeDerivedPoints);
    expect(result.issues.filter((i) => i.code === 'framework_mismatch')).toEqual([]);
  });

  it('refuses a broken structure before any rule (57.5 is not an integer, as zod says)', () => {
    const a = sampleAssessment();
    evaluation(a, 0, 0).percent = 57.5;
    const result = runAssessmentCheck(a, coeCommunity2024);
    expect(result).toEqual({
      ok: false,
      checked: null,
      issues: [
        expect.objectContaining({
          code: 'invalid_type',
          path: ['reviews', 0, 'items', 0, 'percent'],
          expected: 'int',
        }),
      ],
    });
  });

  it('brands its result: a copy or a look-alike is not a checked assessment', () => {
    const result = runAssessmentCheck(sampleAssessment(), coeCommunity2024);
    expect(isCheckedAssessment(result.checked)).toBe(true);
    expect(isCheckedAssessment({ ...result.checked })).toBe(false);
    expect(isCheckedAssessment(sampleAssessment())).toBe(false);
    expect(isCheckedAssessment(null)).toBe(false);
    expect(Object.isFrozen(result.checked)).toBe(true);
  });

  it('never throws on a framework of another shape', () => {
    const result = runAssessmentCheck(sampleAssessment(), { categories: 7 } as never);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'invalid_type', path: ['(framework)', 'categories'] }),
    ]);
    const guidelines = runAssessmentCheck(sampleAssessment(), coeCommunity2024, {
      guidelines: { ranges: null } as never,
    });
    expect(guidelines.issues).toEqual([
      expect.objectContaining({ code: 'invalid_type', path: ['options', 'guidelines', 'ranges'] }),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Issue } from '../issue.js';
import { baldrige20232024 } from '../framework/baldrige-2023-2024.js';
import { baldrigeScoringGuidelines } from '../framework/baldrige-scoring-guidelines.js';
import { coeCommunity2024 } from '../framework/coe-community.js';
import type { Assessment } from './assessment.js';
import { sampleAssessment } from './assessment.fixture.js';
import { checkAssessmentAgainstFramework } from './check-against-framework.js';

const codesAndPaths = (
  issues: readonly Issue[],
): [string, string, readonly (string | number)[]][] =>
  issues.map((i) => [i.code, i.severity, i.path]);

const evaluationAt = (
  a: Assessment,
  review: number,
  item: number,
): Assessment['reviews'][number]['items'][number] => {
  const evaluation = a.reviews[review]?.items[item];
  if (evaluation === undefined) throw new Error('fixture');
  return evaluation;
};

describe('checkAssessmentAgainstFramework', () => {
  it('finds nothing wrong with the sample against COE level 2 and the Baldrige guidelines', () => {
    expect(
      checkAssessmentAgainstFramework(
        sampleAssessment(),
        coeCommunity2024,
        baldrigeScoringGuidelines,
      ),
    ).toEqual([]);
  });

  it('reports an unknown item with its path', () => {
    const a = sampleAssessment();
    evaluationAt(a, 0, 5).item = '8.1';
    expect(checkAssessmentAgainstFramework(a, coeCommunity2024)).toEqual([
      expect.objectContaining({
        code: 'unknown_item',
        path: ['reviews', 0, 'items', 5, 'item'],
        item: '8.1',
        framework: 'coe-community-2024',
      }),
      // 3.2 is now missing from that review
      expect.objectContaining({
        code: 'incomplete_review',
        path: ['reviews', 0, 'items'],
        missing: ['3.2'],
      }),
    ]);
  });

  it('reports a results item scored with ADLI notes, and a process item with LeTCI notes', () => {
    const a = sampleAssessment();
    a.scope = { type: 'scope', scopeId: 'coe-level-3' };
    a.reviews[0]?.items.push({
      item: '7.1',
      factors: 'ADLI',
      range: '30-45',
      percent: 35,
      notes: { approach: 'n/a' },
    });
    const review = a.reviews[1];
    if (review === undefined) throw new Error('fixture');
    review.items[0] = {
      item: '1.1',
      factors: 'LeTCI',
      range: '30-45',
      percent: 40,
      notes: { levels: 'good' },
    };
    const issues = checkAssessmentAgainstFramework(a, coeCommunity2024).filter(
      (i) => i.code === 'wrong_evaluation_factors',
    );
    expect(issues).toEqual([
      expect.objectContaining({
        path: ['reviews', 0, 'items', 6, 'factors'],
        item: '7.1',
        itemKind: 'results',
        factors: 'ADLI',
        severity: 'error',
      }),
      expect.objectContaining({
        path: ['reviews', 1, 'items', 0, 'factors'],
        item: '1.1',
        itemKind: 'process',
        factors: 'LeTCI',
      }),
    ]);
  });

  it('reports a reviewer who evaluated only half of the items, as a warning listing them', () => {
    const a = sampleAssessment();
    const review = a.reviews[1];
    if (review === undefined) throw new Error('fixture');
    review.items = review.items.slice(0, 3);
    expect(checkAssessmentAgainstFramework(a, coeCommunity2024)).toEqual([
      expect.objectContaining({
        code: 'incomplete_review',
        severity: 'warning',
        path: ['reviews', 1, 'items'],
        reviewer: 'rev-ben',
        missing: ['2.2', '3.1', '3.2'],
      }),
    ]);
  });

  it('reports items outside the scope as warnings', () => {
    const a = sampleAssessment();
    a.reviews[0]?.items.push({ item: '4.1', factors: 'ADLI', range: '10-25', percent: 15 });
    expect(codesAndPaths(checkAssessmentAgainstFramework(a, coeCommunity2024))).toEqual([
      ['item_out_of_scope', 'warning', ['reviews', 0, 'items', 6, 'item']],
    ]);
  });

  it('never scores the Profile', () => {
    const a = sampleAssessment();
    a.reviews[0]?.items.push({ item: 'P.1', factors: 'profile', range: '50-65', percent: 50 });
    const entry = a.consensus?.items[0];
    if (entry === undefined) throw new Error('fixture');
    entry.item = 'P.1a';
    expect(codesAndPaths(checkAssessmentAgainstFramework(a, coeCommunity2024))).toEqual([
      ['profile_scored', 'error', ['reviews', 0, 'items', 6, 'item']],
      ['profile_scored', 'error', ['consensus', 'items', 0, 'item']],
    ]);
  });

  it('accepts Community Profile findings without a score (a Level 1 review), and raises profile_scored only for a score', () => {
    const a = sampleAssessment();
    a.reviews[0]?.items.push({
      item: 'P.1',
      factors: 'profile',
      strengths: [{ text: 'A clear description of who lives where.' }],
    });
    a.consensus?.items.push({
      item: 'P.2a',
      rationale: 'The team agrees on the competitive situation.',
      basedOn: ['review-ana'],
      opportunities: [{ text: 'Comparisons are missing.', priority: 'high' }],
    });
    expect(checkAssessmentAgainstFramework(a, coeCommunity2024, baldrigeScoringGuidelines)).toEqual(
      [],
    );
    const entry = a.consensus?.items.at(-1);
    if (entry === undefined) throw new Error('fixture');
    entry.percent = 30;
    a.reviews[0]?.items.push({ item: 'P.2', factors: 'ADLI' });
    expect(codesAndPaths(checkAssessmentAgainstFramework(a, coeCommunity2024))).toEqual([
      ['wrong_evaluation_factors', 'error', ['reviews', 0, 'items', 7, 'factors']],
      ['profile_scored', 'error', ['consensus', 'items', 1, 'item']],
    ]);
  });

  it('reports Profile findings outside a scope that lists no Profile section', () => {
    const a = sampleAssessment();
    a.scope = { type: 'codes', codes: ['1', '2', '3'] };
    a.reviews[0]?.items.push({ item: 'P.1b', factors: 'profile' });
    expect(codesAndPaths(checkAssessmentAgainstFramework(a, coeCommunity2024))).toEqual([
      ['item_out_of_scope', 'warning', ['reviews', 0, 'items', 6, 'item']],
    ]);
  });

  it('reports an unknown scope id and unknown scope codes', () => {
    const a = sampleAssessment();
    a.scope = { type: 'scope', scopeId: 'coe-level-9' };
    expect(checkAssessmentAgainstFramework(a, coeCommunity2024)).toEqual([
      expect.objectContaining({
        code: 'unknown_reference',
        path: ['scope', 'scopeId'],
        target: 'scope',
        id: 'coe-level-9',
      }),
      // without a known scope every item is expected
      expect.objectContaining({ code: 'incomplete_review', path: ['reviews', 0, 'items'] }),
      expect.objectContaining({ code: 'incomplete_review', path: ['reviews', 1, 'items'] }),
    ]);
    a.scope = { type: 'codes', codes: ['P.1', '1', '2', '3', '9.9'] };
    expect(codesAndPaths(checkAssessmentAgainstFramework(a, coeCommunity2024))).toEqual([
      ['unknown_reference', 'error', ['scope', 'codes', 4]],
    ]);
  });

  it('accepts the older level-2 scope given as codes: results questions bring their items in', () => {
    const a = sampleAssessment();
    a.scope = {
      type: 'codes',
      codes: ['P.1', 'P.2', '1', '2', '7.1(1)', '7.1(2)', '7.4(1)', '7.5(2)'],
    };
    const issues = checkAssessmentAgainstFramework(a, coeCommunity2024);
    expect(issues.filter((i) => i.code === 'item_out_of_scope').map((i) => i.path)).toEqual([
      ['reviews', 0, 'items', 4, 'item'],
      ['reviews', 0, 'items', 5, 'item'],
      ['reviews', 1, 'items', 4, 'item'],
      ['reviews', 1, 'items', 5, 'item'],
    ]);
    expect(issues.find((i) => i.code === 'incomplete_review')).toMatchObject({
      missing: ['7.1', '7.4', '7.5'],
    });
  });

  it('reports a framework mismatch', () => {
    expect(
      codesAndPaths(
        checkAssessmentAgainstFramework(sampleAssessment(), baldrige20232024).slice(0, 2),
      ),
    ).toEqual([
      ['framework_mismatch', 'error', ['framework', 'id']],
      ['framework_mismatch', 'error', ['framework', 'edition']],
    ]);
  });

  it('reports range ids the guidelines do not define', () => {
    const a = sampleAssessment();
    const evaluation = evaluationAt(a, 0, 0);
    evaluation.range = '50-60';
    expect(
      codesAndPaths(
        checkAssessmentAgainstFramework(a, coeCommunity2024, baldrigeScoringGuidelines),
      ),
    ).toEqual([['unknown_reference', 'error', ['reviews', 0, 'items', 0, 'range']]]);
    expect(checkAssessmentAgainstFramework(a, coeCommunity2024)).toEqual([]);
  });

  it('returns structured issues for an assessment without reviews', () => {
    const a = sampleAssessment();
    a.reviews = [];
    delete a.consensus;
    expect(checkAssessmentAgainstFramework(a, coeCommunity2024)).toEqual([]);
  });
});

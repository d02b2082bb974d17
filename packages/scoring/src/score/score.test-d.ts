import type { Assessment, Framework } from '@community-excellence/schemas/data';
import { describe, expectTypeOf, it } from 'vitest';
import {
  explainItem,
  itemPoints,
  migrateAssessment,
  pointsAtStake,
  projectScore,
  scoreAssessment,
  suggestRange,
  type ExactNumber,
  type Scorecard,
  type ScoreResult,
} from '../index.js';

declare const assessment: Assessment;
declare const framework: Framework;

describe('scoring types', () => {
  it('scoreAssessment returns a discriminated result', () => {
    const result = scoreAssessment(assessment, framework, {
      source: { reviewerId: 'r' },
      scope: ['1'],
      bandScaling: 'proportional',
    });
    expectTypeOf(result).toEqualTypeOf<ScoreResult>();
    if (result.ok) expectTypeOf(result.scorecard).toEqualTypeOf<Scorecard>();
    else expectTypeOf(result).not.toHaveProperty('scorecard');
    // @ts-expect-error: scope ids are strings, sources are 'consensus' or { reviewerId }
    scoreAssessment(assessment, framework, { source: 'review' });
  });

  it('numbers are exact values, nullable where N/A', () => {
    expectTypeOf<Scorecard['total']['earned']>().toEqualTypeOf<ExactNumber | null>();
    expectTypeOf<Scorecard['items'][number]['status']>().toEqualTypeOf<
      'scored' | 'unscored' | 'not-applicable' | 'out-of-scope'
    >();
    expectTypeOf(itemPoints(55, 45)).toEqualTypeOf<ExactNumber | undefined>();
    expectTypeOf(explainItem).returns.toEqualTypeOf<string>();
    expectTypeOf(pointsAtStake)
      .returns.items.toHaveProperty('points')
      .toEqualTypeOf<ExactNumber | null>();
  });

  it('suggestRange refuses mixing factor families and projectScore/migrate return results', () => {
    // @ts-expect-error: unknown factor key
    suggestRange({ speed: '50-65' });
    expectTypeOf(projectScore).parameter(1).toEqualTypeOf<Readonly<Record<string, number>>>();
    expectTypeOf(migrateAssessment).returns.toHaveProperty('ok').toEqualTypeOf<boolean>();
  });
});

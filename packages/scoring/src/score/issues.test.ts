import {
  baldrige20232024,
  coeBaldrigeDerivedPoints,
  type Assessment,
} from '@community-excellence/schemas/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from './score-assessment.js';
import { consensusAssessment, reviewAssessment } from './test-fixtures.js';

const codesOf = (
  issues: readonly { code: string; path: readonly (string | number)[] }[],
): [string, string][] => issues.map((i) => [i.code, i.path.join('.')]);

describe('scoreAssessment: bad input gives structured issues', () => {
  it('reports an unknown item', () => {
    const result = scoreAssessment(
      consensusAssessment(baldrige20232024, { '1.1': 50, '8.1': 50 }),
      baldrige20232024,
    );
    expect(result.ok).toBe(false);
    expect(codesOf(result.issues)).toContainEqual(['unknown_item', 'consensus.items.1.item']);
  });

  it('reports a percent of 57', () => {
    const assessment = reviewAssessment(baldrige20232024, { '1.1': 50 });
    const evaluation = assessment.reviews[0]?.items[0];
    if (evaluation === undefined) throw new Error('fixture');
    Object.assign(evaluation, { percent: 57, range: '50-65' });
    const result = scoreAssessment(assessment, baldrige20232024);
    expect(result.ok).toBe(false);
    expect(result.issues.find((i) => i.code === 'percent_not_multiple_of_5')).toMatchObject({
      path: ['reviews', 0, 'items', 0, 'percent'],
      percent: 57,
      severity: 'error',
    });
  });

  it('reports a results item with ADLI notes', () => {
    const assessment = reviewAssessment(baldrige20232024, { '7.1': 50 });
    const evaluation = assessment.reviews[0]?.items[0];
    if (evaluation === undefined) throw new Error('fixture');
    Object.assign(evaluation, { factors: 'ADLI', notes: { approach: 'x' } });
    const result = scoreAssessment(assessment, baldrige20232024);
    expect(result.ok).toBe(false);
    expect(result.issues.find((i) => i.code === 'wrong_evaluation_factors')).toMatchObject({
      path: ['reviews', 0, 'items', 0, 'factors'],
      item: '7.1',
      itemKind: 'results',
      factors: 'ADLI',
    });
  });

  it('scores a reviewer who missed items, with a warning and the missed items unscored (0, in the maximum)', () => {
    const result = scoreAssessment(
      reviewAssessment(baldrige20232024, { '1.1': 50, '7.1': 50 }),
      baldrige20232024,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.issues.find((i) => i.code === 'incomplete_review')).toMatchObject({
      severity: 'warning',
      path: ['reviews', 0, 'items'],
      reviewer: 'rev-a',
    });
    const s = result.scorecard;
    expect(s.complete).toBe(false);
    expect(s.unscored).toHaveLength(15);
    expect(s.total.earned?.exact).toBe('95'); // 50% x 70 + 50% x 120
    expect(s.total.max?.exact).toBe('1000');
    expect(s.items.find((i) => i.code === '1.2')).toMatchObject({
      status: 'unscored',
      earned: { exact: '0' },
      percent: null,
    });
  });

  it('reports an empty assessment and gives no scorecard', () => {
    const empty: Assessment = {
      ...consensusAssessment(baldrige20232024, {}),
      consensus: undefined as never,
    };
    delete (empty as { consensus?: unknown }).consensus;
    const result = scoreAssessment(empty, baldrige20232024);
    expect(result.ok).toBe(false);
    expect(codesOf(result.issues)).toEqual([
      ['empty_assessment', 'reviews'],
      ['unknown_reference', 'consensus'],
    ]);
    expect(result.issues[0]?.severity).toBe('info');
  });

  it('reports options that name nothing: scope, reviewer, not-applicable code', () => {
    const assessment = consensusAssessment(baldrige20232024, { '1.1': 50 });
    expect(
      codesOf(scoreAssessment(assessment, baldrige20232024, { scope: 'level-9' }).issues),
    ).toContainEqual(['unknown_reference', 'options.scope']);
    expect(
      codesOf(scoreAssessment(assessment, baldrige20232024, { scope: ['1', 'Z.9'] }).issues),
    ).toContainEqual(['unknown_reference', 'options.scope.1']);
    expect(
      codesOf(
        scoreAssessment(assessment, baldrige20232024, { source: { reviewerId: 'nobody' } }).issues,
      ),
    ).toEqual([['unknown_reference', 'options.source.reviewerId']]);
    expect(
      codesOf(scoreAssessment(assessment, baldrige20232024, { notApplicable: ['9.9'] }).issues),
    ).toEqual([['unknown_item', 'options.notApplicable.0']]);
    expect(scoreAssessment(assessment, baldrige20232024, { scope: 'level-9' }).ok).toBe(false);
  });

  it('asks for a reviewer when there is no consensus', () => {
    const result = scoreAssessment(
      { ...reviewAssessment(baldrige20232024, { '1.1': 50 }) },
      baldrige20232024,
      { source: 'consensus' },
    );
    expect(codesOf(result.issues)).toContainEqual(['unknown_reference', 'options.source']);
    expect(result.ok).toBe(false);
  });

  it('does not let an error in another review block the consensus scorecard', () => {
    const assessment = consensusAssessment(baldrige20232024, { '1.1': 50 });
    const withBadReview: Assessment = {
      ...assessment,
      reviews: [
        {
          id: 'review-a',
          reviewerId: 'rev-a',
          status: 'submitted',
          items: [{ item: '1.1', factors: 'ADLI', percent: 57, range: '50-65' }],
        },
      ],
    };
    const result = scoreAssessment(withBadReview, baldrige20232024);
    expect(result.ok).toBe(true);
    expect(result.issues.some((i) => i.code === 'percent_not_multiple_of_5')).toBe(true);
    expect(
      scoreAssessment(withBadReview, baldrige20232024, { source: { reviewerId: 'rev-a' } }).ok,
    ).toBe(false);
  });

  it('reports a wrong document shape instead of throwing', () => {
    expect(codesOf(scoreAssessment(null as never, baldrige20232024).issues)).toEqual([
      ['invalid_type', ''],
    ]);
    const broken = {
      ...consensusAssessment(baldrige20232024, { '1.1': 50 }),
      reviews: 'none',
    } as unknown as Assessment;
    expect(codesOf(scoreAssessment(broken, baldrige20232024).issues)).toEqual([
      ['invalid_type', 'reviews'],
    ]);
  });
});

describe('scoreAssessment: not applicable and scope options', () => {
  it('drops not-applicable items from earned and maximum', () => {
    const assessment = consensusAssessment(baldrige20232024, { '1.1': 50, '1.2': 50 });
    const result = scoreAssessment(assessment, baldrige20232024, {
      notApplicable: ['1.2'],
      scope: ['1'],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.scorecard.total.earned?.exact).toBe('35');
    expect(result.scorecard.total.max?.exact).toBe('70');
    expect(result.scorecard.excluded.find((e) => e.code === '1.2')).toMatchObject({
      reason: 'not-applicable',
    });
    expect(result.scorecard.id).toBe('test-assessment:consensus@1');
  });
});

// Arbitrary mutations of a valid assessment: replace or delete a value anywhere in the document.
type Json = unknown;
function pathsOf(
  value: Json,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}
function mutate(
  doc: Json,
  path: readonly (string | number)[],
  replacement: Json,
  remove: boolean,
): Json {
  if (path.length === 0) return replacement;
  const copy = structuredClone(doc) as Record<string | number, Json>;
  let parent: Record<string | number, Json> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (remove && !Array.isArray(parent)) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

describe('scoreAssessment never throws', () => {
  const base = {
    ...consensusAssessment(coeBaldrigeDerivedPoints, { '1.1': 50, '7.1': 35 }),
    ...{ reviews: reviewAssessment(coeBaldrigeDerivedPoints, { '1.1': 55, '7.1': 40 }).reviews },
  };
  const paths = pathsOf(base);

  it('returns issues (never an exception, never the internal fallback) for arbitrary mutations', () => {
    fc.assert(
      fc.property(
        fc.nat(paths.length - 1),
        fc.anything(),
        fc.boolean(),
        (index, replacement, remove) => {
          const mutated = mutate(base, paths[index] ?? [], replacement, remove) as Assessment;
          const result = scoreAssessment(mutated, coeBaldrigeDerivedPoints);
          expect(result.issues.some((i) => i.code === 'scoring_failed')).toBe(false);
          if (!result.ok) expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  validateObservationSet,
  type Indicator,
  type Issue,
  type Observation,
} from '@community-excellence/schemas';
import { pushSetLevelIssues } from './set-checks.js';

const acgr = {
  id: 'acgr-4yr',
  name: 'Graduation',
  outcomeArea: 'HIGH_SCHOOL_GRADUATION',
  unit: { type: 'percent' },
  direction: 'higher-is-better',
  role: 'core',
} as Indicator;

// Few distinct parts, so that cells repeat; NUL and quotes inside parts, so that no joined key
// can stand for two cells.
const part = fc.constantFrom('a', 'b', 'a\u0000b', 'a\u0000', '\u0000b', '"', 'b"');
const rows: fc.Arbitrary<Observation[]> = fc.array(
  fc
    .record({
      indicatorId: fc.constantFrom('acgr-4yr', 'other'),
      id: fc.option(fc.constantFrom('r1', 'r2', 'r3'), { nil: undefined }),
      code: part,
      label: part,
      dimension: part,
      value: part,
    })
    .map(
      (r) =>
        ({
          ...(r.id === undefined ? {} : { id: r.id }),
          indicatorId: r.indicatorId,
          place: { code: r.code, level: 'county' },
          period: { label: r.label },
          subgroup: { dimension: r.dimension, value: r.value },
          value: { kind: 'missing', raw: '' },
        }) as Observation,
    ),
  { maxLength: 40 },
);

const crossRow = (issue: Issue): boolean =>
  issue.code === 'duplicate_id' || issue.code === 'unknown_reference';

describe('pushSetLevelIssues', () => {
  it('gives the cross-row issues of validateObservationSet, in its order', () => {
    fc.assert(
      fc.property(rows, fc.boolean(), (observations, withCatalogue) => {
        const indicators = withCatalogue ? [acgr] : [];
        const expected = validateObservationSet({
          kind: 'observation-set',
          formatVersion: 1,
          id: 'set',
          indicators,
          observations,
        }).issues.filter(crossRow);
        const issues: Issue[] = [];
        pushSetLevelIssues(
          observations,
          { indicators: new Map(indicators.map((i) => [i.id, i])) },
          issues,
        );
        expect(issues).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('names a repeated cell and its first row', () => {
    const row = {
      indicatorId: 'acgr-4yr',
      place: { code: '01', level: 'county' },
      period: { label: '2020' },
      subgroup: { dimension: 'all', value: 'all' },
      value: { kind: 'missing', raw: '' },
    } as Observation;
    const issues: Issue[] = [];
    pushSetLevelIssues(
      [row, { ...row, period: { label: '2021' } }, row],
      { indicators: undefined },
      issues,
    );
    expect(issues).toMatchObject([
      {
        code: 'duplicate_id',
        severity: 'warning',
        path: ['observations', 2],
        id: '["acgr-4yr","county","01","2020","all","all"]',
        firstPath: ['observations', 0],
      },
    ]);
  });
});

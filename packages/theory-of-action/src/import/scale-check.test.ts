import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue, Observation, SourceLocation } from '@community-excellence/schemas';
import { createTheoryOfActionIssue } from '../issue-codes.js';
import { scaleOutliers } from '../outcomes/scale-outliers.js';
import { createCompactScaleCheck, createScaleCheck } from './scale-check.js';

/** The scale check as it was before its values moved into typed arrays: one object a value. */
function reference(
  points: readonly { observation: Observation; index: number; location: SourceLocation }[],
): Issue[] {
  const series = new Map<
    string,
    { index: number; value: number; period: string; location: SourceLocation }[]
  >();
  for (const { observation, index, location } of points) {
    if (observation.value.kind !== 'exact') continue;
    const { place, subgroup } = observation;
    const key = `${observation.indicatorId}\u0000${place.level}\u0000${place.code}\u0000${subgroup.dimension}\u0000${subgroup.value}`;
    let list = series.get(key);
    if (list === undefined) series.set(key, (list = []));
    list.push({
      index,
      value: observation.value.value,
      period: observation.period.label,
      location,
    });
  }
  const issues: Issue[] = [];
  for (const list of series.values())
    for (const outlier of scaleOutliers(list.map((p) => p.value))) {
      const point = list[outlier.index]!;
      issues.push(
        createTheoryOfActionIssue({
          code: 'scale_factor_suspected',
          path: ['observations', point.index, 'value'],
          factor: 100,
          value: point.value,
          seriesMedian: outlier.median,
          ratio: outlier.ratio,
          period: point.period,
          direction: outlier.direction,
          location: point.location,
        }),
      );
    }
  return issues;
}

const exact = fc.record({
  value: fc.oneof(
    fc.constantFrom(0.5, 0.52, 0.61, 50, 52, 61, 0, -0, 5000, 0.005),
    fc.double({ min: -10, max: 1e4, noNaN: true }),
  ),
  unit: fc.option(fc.constant('percent' as const), { nil: undefined }),
  footnote: fc.option(fc.constant('*'), { nil: undefined }),
  spelled: fc.boolean(),
});
type ExactSpec = typeof exact extends fc.Arbitrary<infer T> ? T : never;
const observations = fc.array(
  fc.record({
    place: fc.constantFrom('01', '02', '0\u00001', ''),
    subgroup: fc.constantFrom('all', 'Black'),
    period: fc.constantFrom('2019', '2020', '2021'),
    value: fc.oneof(
      { arbitrary: exact, weight: 5 },
      { arbitrary: fc.constant(undefined), weight: 1 },
    ),
    column: fc.integer({ min: 1, max: 9 }),
  }),
  { maxLength: 60 },
);

const build = (r: {
  place: string;
  subgroup: string;
  period: string;
  value: ExactSpec | undefined;
}): { observation: Observation; raw: string } => {
  const value = r.value;
  const plain =
    value === undefined
      ? 'S'
      : `${value.value}${value.unit === undefined ? '' : '%'}${value.footnote ?? ''}`;
  const raw = value?.spelled === true ? ` ${plain}` : plain;
  const observation = {
    indicatorId: 'acgr-4yr',
    place: { code: r.place, level: 'county' },
    period: { label: r.period },
    subgroup: { dimension: 'race', value: r.subgroup },
    value:
      value === undefined
        ? { kind: 'suppressed', raw }
        : {
            kind: 'exact',
            raw,
            value: value.value,
            ...(value.footnote === undefined ? {} : { footnote: value.footnote }),
            ...(value.unit === undefined ? {} : { unit: value.unit }),
          },
  } as Observation;
  return { observation, raw };
};

describe('the scale check', () => {
  it('warns exactly as the one-object-a-value check did, for cells and for any location', () => {
    fc.assert(
      fc.property(observations, fc.boolean(), (rows, withFile) => {
        const file = withFile ? 'data.csv' : undefined;
        const compact = createCompactScaleCheck({}, file);
        const open = createScaleCheck();
        const points: { observation: Observation; index: number; location: SourceLocation }[] = [];
        const located: typeof points = [];
        rows.forEach((r, index) => {
          const { observation, raw } = build(r);
          const row = index + 2;
          compact.addCell(observation, index, row, r.column, raw);
          points.push({
            observation,
            index,
            location:
              file === undefined
                ? { row, column: r.column, raw }
                : { file, row, column: r.column, raw },
          });
          // Locations of other shapes go through `add` and come back as given.
          const location: SourceLocation =
            index % 3 === 0
              ? { row }
              : index % 3 === 1
                ? { file: 'other.csv', row, raw }
                : { row, column: r.column, raw };
          open.add(observation, index, location);
          located.push({ observation, index, location });
        });
        expect(compact.finish()).toEqual(reference(points));
        expect(open.finish()).toEqual(reference(located));
      }),
      { numRuns: 500 },
    );
  });

  it('flags a percent written as a proportion, with its cell', () => {
    const check = createCompactScaleCheck({}, 'grad.csv');
    [0.9, 88, 91, 90].forEach((value, index) => {
      const { observation, raw } = build({
        place: '01',
        subgroup: 'all',
        period: String(2019 + index),
        value: { value, unit: undefined, footnote: undefined, spelled: false },
      });
      check.addCell(observation, index, index + 2, 4, raw);
    });
    expect(check.finish()).toMatchObject([
      {
        code: 'scale_factor_suspected',
        path: ['observations', 0, 'value'],
        value: 0.9,
        period: '2019',
        direction: 'smaller',
        location: { file: 'grad.csv', row: 2, column: 4, raw: '0.9' },
      },
    ]);
  });
});

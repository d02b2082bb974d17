import { describe, expect, it } from 'vitest';
import type { Observation } from '@community-excellence/schemas';
import { SeriesPoints, type SeriesPoint } from './series-points.js';

function value(place: number, period: number, number: number): Observation {
  return {
    indicatorId: 'acgr-4yr',
    place: { level: 'district', code: String(place) },
    period: { label: String(2000 + period) },
    subgroup: { dimension: 'all', value: 'all' },
    value: { kind: 'exact', value: number, unit: 'percent' },
  } as Observation;
}

/** The series as lists of points, in the order of their first values. */
function collect(points: SeriesPoints): SeriesPoint[][] {
  const series: SeriesPoint[][] = [];
  points.forEachSeries((values, at) => {
    const list = values.map((_, position) => at(position));
    expect(list.map((point) => point.value)).toEqual(values);
    series.push(list);
  });
  return series;
}

describe('SeriesPoints', () => {
  it('visits nothing when empty', () => {
    expect(collect(new SeriesPoints('a.csv'))).toEqual([]);
  });

  it.each([16_383, 16_384, 16_385, 50_000])(
    'groups %i values across pages by series, in first-value and input order',
    (count) => {
      const points = new SeriesPoints('a.csv');
      const expected = new Map<number, SeriesPoint[]>();
      // Series of very different lengths: place p gets the values i with i % 997 === p, and a
      // few places get one value only.
      for (let i = 0; i < count; i += 1) {
        const place = i % 7 === 0 ? 10_000 + i : i % 997;
        const number = (i % 89) + 0.5;
        const raw = i % 5 === 0 ? ` ${number}%` : `${number}%`;
        points.addCell(value(place, i % 13, number), i, i + 2, 9, raw);
        let list = expected.get(place);
        if (list === undefined) expected.set(place, (list = []));
        list.push({
          index: i,
          value: number,
          period: String(2000 + (i % 13)),
          location: { file: 'a.csv', row: i + 2, column: 9, raw },
        });
      }
      expect(points.length).toBe(count);
      expect(points.pages).toBe(Math.ceil(count / 16_384));
      expect(collect(points)).toEqual([...expected.values()]);
    },
  );

  it('keeps locations of another shape whole, and rows without a column', () => {
    const points = new SeriesPoints(undefined);
    points.addLocated(value(1, 0, 50), 0, { file: 'other.csv', row: 2, column: 3, raw: '50%' });
    points.addLocated(value(1, 1, 51), 1, { row: 3, raw: '51%' });
    points.addCell(value(1, 2, 52), 2, -1, 4, '52%');
    expect(collect(points)).toEqual([
      [
        {
          index: 0,
          value: 50,
          period: '2000',
          location: { file: 'other.csv', row: 2, column: 3, raw: '50%' },
        },
        { index: 1, value: 51, period: '2001', location: { row: 3, raw: '51%' } },
        { index: 2, value: 52, period: '2002', location: { row: -1, column: 4, raw: '52%' } },
      ],
    ]);
  });
});

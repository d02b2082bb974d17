import { createIssue, type Observation } from '@community-excellence/schemas';
import { describe, expect, it } from 'vitest';
import { DuplicateCells } from './duplicate-cells.js';

const row = (code: string, period: string, value = 'all'): Observation =>
  ({
    indicatorId: 'grad',
    place: { code, name: code, level: 'district' },
    period: { label: period },
    subgroup: { dimension: 'all', value },
    value: { kind: 'exact', value: 0.5 },
  }) as Observation;

describe('DuplicateCells', () => {
  it('finds no duplicate among 200,000 distinct cells, across batches and growths', () => {
    const cells = new DuplicateCells();
    for (let batch = 0; batch < 20; batch += 1) {
      const rows = Array.from({ length: 10_000 }, (_, i) => row(`${batch}-${i}`, '2021'));
      expect(cells.add(rows)).toEqual([]);
    }
    // Reserving room keeps every cell found so far.
    cells.reserve(1_000_000);
    expect(cells.add([row('0-0', '2021'), row('19-9999', '2021')])).toHaveLength(2);
    // A field boundary moved is another cell.
    expect(cells.add([row('ab', 'c'), row('a', 'bc')])).toEqual([]);
  });

  it('reports a duplicate as validateObservationSet does: a warning pointing at the first row', () => {
    const rows = [row('1', '2021'), row('2', '2021'), row('1', '2022'), row('1', '2021')];
    const cells = new DuplicateCells();
    const found = [...cells.add(rows.slice(0, 2)), ...cells.add(rows.slice(2))];
    const expected = [
      createIssue({
        code: 'duplicate_id',
        severity: 'warning',
        path: ['observations', 3],
        id: '["grad","district","1","2021","all","all"]',
        firstPath: ['observations', 0],
      }),
    ];
    expect(found[0]!.message).toBe(
      'Duplicate id "[\\"grad\\",\\"district\\",\\"1\\",\\"2021\\",\\"all\\",\\"all\\"]" (first used at observations.0).',
    );
    expect(found).toEqual(expected);
  });
});

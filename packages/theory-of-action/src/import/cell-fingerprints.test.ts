import { describe, expect, it } from 'vitest';
import type { Observation } from '@community-excellence/schemas';
import { CellFingerprints } from './cell-fingerprints.js';

function cell(place: number, period: number, subgroup = 'all'): Observation {
  return {
    indicatorId: 'acgr-4yr',
    place: { level: 'district', code: String(place).padStart(7, '0') },
    period: { label: `${2000 + period}-${2001 + period}` },
    subgroup: { dimension: 'all', value: subgroup },
    value: { kind: 'exact', value: 90, unit: 'percent' },
  } as Observation;
}

describe('CellFingerprints', () => {
  it('finds every repeated cell among 300,000, across shard growths, with its first index', () => {
    const cells = new CellFingerprints();
    const empty = cells.bytes;
    const first = new Map<string, number>();
    let index = 0;
    // Every cell once, then every third cell again, interleaved with new cells.
    for (let place = 0; place < 100_000; place += 1)
      for (let period = 0; period < 3; period += 1) {
        expect(cells.add(cell(place, period), index)).toBe(-1);
        first.set(`${place}/${period}`, index);
        index += 1;
      }
    expect(cells.size).toBe(300_000);
    expect(cells.bytes).toBeGreaterThan(empty * 10);
    // At most 87.5% full, never less than 70% once grown past the first size.
    expect(cells.bytes / 12).toBeGreaterThanOrEqual(300_000 / 0.875);
    expect(cells.bytes / 12).toBeLessThan(300_000 / 0.7);
    for (let place = 0; place < 100_000; place += 3) {
      expect(cells.add(cell(place, 1), index)).toBe(first.get(`${place}/1`));
      index += 1;
      expect(cells.add(cell(place, 1, 'Black'), index)).toBe(-1);
      index += 1;
    }
    expect(cells.size).toBe(300_000 + Math.ceil(100_000 / 3));
  });

  it('tells apart cells whose parts differ only in where a part ends', () => {
    const cells = new CellFingerprints();
    const a = { ...cell(1, 1), subgroup: { dimension: 'sex', value: 'female' } };
    const b = { ...cell(1, 1), subgroup: { dimension: 'sexf', value: 'emale' } };
    expect(cells.add(a, 0)).toBe(-1);
    expect(cells.add(b, 1)).toBe(-1);
    expect(cells.add(a, 2)).toBe(0);
    expect(cells.add(b, 3)).toBe(1);
  });
});

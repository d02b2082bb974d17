import { describe, expect, it } from 'vitest';
import { coincidenceMatrix } from './coincidence-matrix.js';

describe('coincidenceMatrix', () => {
  it('weights each unit by 1 / (m_u - 1) and drops units with one value', () => {
    const m = coincidenceMatrix([
      [1, 1, null],
      [2, 3, 2],
      [4, null, null],
    ]);
    expect(m.values).toEqual([1, 2, 3]);
    // unit 1: the pair (1,1) twice, / 1 -> o_11 = 2; unit 2: (2,2) x2, (2,3) x2, (3,2) x2, / 2
    expect(m.matrix).toEqual([
      [2, 0, 0],
      [0, 1, 1],
      [0, 1, 0],
    ]);
    expect(m.marginals).toEqual([2, 2, 1]);
    expect(m.pairableValues).toBe(5);
    expect(m.units).toBe(3);
    expect(m.pairableUnits).toBe(2);
  });

  it('has marginals summing to the number of pairable values', () => {
    const m = coincidenceMatrix([
      [1, 2, 3, 4],
      [1, 1, 2, null],
      ['a', 'b', 1, null],
    ]);
    expect(m.marginals.reduce((a, b) => a + b, 0)).toBeCloseTo(m.pairableValues, 12);
    expect(m.values).toEqual([1, 2, 3, 4, 'a', 'b']);
  });

  it('is empty for data without pairable units', () => {
    expect(coincidenceMatrix([[null, 1], []])).toEqual({
      values: [],
      matrix: [],
      marginals: [],
      pairableValues: 0,
      units: 2,
      pairableUnits: 0,
    });
  });
});

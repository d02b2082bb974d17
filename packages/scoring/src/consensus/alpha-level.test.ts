import { describe, expect, it } from 'vitest';
import { squaredDifferences } from './alpha-level.js';

describe('squaredDifferences', () => {
  it('nominal: 0 on the diagonal, 1 elsewhere', () => {
    expect(squaredDifferences('nominal', ['a', 'b', 'c'], [1, 1, 1])).toEqual([
      [0, 1, 1],
      [1, 0, 1],
      [1, 1, 0],
    ]);
  });

  it('ordinal: marginal sums between two ranks, halving the end points', () => {
    // marginals n = (2, 4, 2): 1->2: (2 + 4 - 3)^2 = 9; 2->3: (4 + 2 - 3)^2 = 9; 1->3: (8 - 2)^2 = 36
    expect(squaredDifferences('ordinal', [1, 2, 3], [2, 4, 2])).toEqual([
      [0, 9, 36],
      [9, 0, 9],
      [36, 9, 0],
    ]);
  });

  it('interval: squared difference; ratio: squared difference over the sum', () => {
    expect(squaredDifferences('interval', [1, 4], [1, 1])).toEqual([
      [0, 9],
      [9, 0],
    ]);
    expect(squaredDifferences('ratio', [0, 1, 3], [1, 1, 1])).toEqual([
      [0, 1, 1],
      [1, 0, 0.25],
      [1, 0.25, 0],
    ]);
  });
});

import type { ItemDiff } from '@community-excellence/scoring';
import { describe, expect, it } from 'vitest';
import { itemChangeCells } from './since-last-cycle.js';

const item = (changes: Partial<ItemDiff>): ItemDiff => ({
  code: '4.1',
  name: 'Measurement',
  presence: 'both',
  previousStatus: 'scored',
  currentStatus: 'scored',
  previousPercent: 40,
  currentPercent: 25,
  previousRange: '30-45',
  currentRange: '10-25',
  rangeChange: 'down',
  percentDelta: -15,
  previousEarned: { exact: '18', value: 18 },
  currentEarned: { exact: '11.25', value: 11.25 },
  earnedDelta: { exact: '-6.75', value: -6.75 },
  ...changes,
});

describe('itemChangeCells', () => {
  it('gives a fall with its sign and the range change', () => {
    expect(itemChangeCells(item({}))).toEqual([
      '4.1',
      'Measurement',
      '30-45 (40%)',
      '10-25 (25%)',
      '-6.75 points',
      'down',
    ]);
  });

  it('names the status of an item not scored, and an item only one cycle has', () => {
    expect(
      itemChangeCells(
        item({
          presence: 'previous-only',
          currentStatus: null,
          currentPercent: null,
          currentRange: null,
          rangeChange: 'n/a',
          currentEarned: null,
          earnedDelta: null,
        }),
      ).slice(2),
    ).toEqual(['30-45 (40%)', 'not in the scorecard', '-', '-']);
    expect(
      itemChangeCells(
        item({ previousStatus: 'not-applicable', previousRange: null, rangeChange: 'n/a' }),
      ).slice(2, 4),
    ).toEqual(['not applicable', '10-25 (25%)']);
  });

  it('says no change when the points are equal', () => {
    expect(
      itemChangeCells(item({ earnedDelta: { exact: '0', value: 0 }, rangeChange: 'same' })).slice(
        4,
      ),
    ).toEqual(['no change', 'same']);
  });
});

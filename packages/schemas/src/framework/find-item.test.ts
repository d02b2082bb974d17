import { describe, expect, it } from 'vitest';
import { baldrige20232024 } from './baldrige-2023-2024.js';
import { coeCommunity2024 } from './coe-community.js';
import { findItem, itemsInScope, listScoredItems } from './find-item.js';

describe('findItem', () => {
  it('finds a scored item by code', () => {
    expect(findItem(baldrige20232024, '1.1')).toMatchObject({
      name: 'Senior Leadership',
      points: 70,
    });
    expect(findItem(baldrige20232024, '7.5')?.points).toBe(90);
  });

  it('returns undefined for the Profile, categories, areas and unknown codes', () => {
    for (const code of ['P.1', '1', '1.1a', '9.9', ''])
      expect(findItem(baldrige20232024, code)).toBeUndefined();
  });
});

describe('listScoredItems', () => {
  it('lists the 17 items in order', () => {
    expect(listScoredItems(coeCommunity2024).map((i) => i.code)).toEqual([
      '1.1',
      '1.2',
      '2.1',
      '2.2',
      '3.1',
      '3.2',
      '4.1',
      '4.2',
      '5.1',
      '5.2',
      '6.1',
      '6.2',
      '7.1',
      '7.2',
      '7.3',
      '7.4',
      '7.5',
    ]);
  });
});

describe('itemsInScope', () => {
  it('selects items by category, item, area or sub-area code', () => {
    expect(
      itemsInScope(baldrige20232024, ['2', '4.1', '7.2a', '7.4a(3)']).map((i) => i.code),
    ).toEqual(['2.1', '2.2', '4.1', '7.2', '7.4']);
  });

  it('selects nothing for Profile-only or unknown codes', () => {
    expect(itemsInScope(baldrige20232024, ['P.1', 'P.2', '9.9'])).toEqual([]);
  });
});

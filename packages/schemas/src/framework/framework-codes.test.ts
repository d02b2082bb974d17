import { describe, expect, it } from 'vitest';
import { coeCommunity2024 } from './coe-community.js';
import { listFrameworkCodes } from './framework-codes.js';

describe('listFrameworkCodes', () => {
  const entries = listFrameworkCodes(coeCommunity2024);

  it('lists Profile sections, areas, categories, items and sub-areas with paths and parents', () => {
    expect(entries.slice(0, 3)).toEqual([
      {
        code: 'P.1',
        type: 'profile-section',
        path: ['profile', 0],
        parent: undefined,
        item: undefined,
      },
      {
        code: 'P.1a',
        type: 'area',
        path: ['profile', 0, 'areas', 0],
        parent: 'P.1',
        item: undefined,
      },
      {
        code: 'P.1a(1)',
        type: 'sub-area',
        path: ['profile', 0, 'areas', 0, 'subAreas', 0],
        parent: 'P.1a',
        item: undefined,
      },
    ]);
    expect(entries.find((e) => e.code === '7.4(1)')).toEqual({
      code: '7.4(1)',
      type: 'sub-area',
      path: ['categories', 6, 'items', 3, 'subAreas', 0],
      parent: '7.4',
      item: '7.4',
    });
  });

  it('counts 2 sections, 7 categories and 17 items', () => {
    const count = (type: string): number => entries.filter((e) => e.type === type).length;
    expect([count('profile-section'), count('category'), count('item')]).toEqual([2, 7, 17]);
  });
});

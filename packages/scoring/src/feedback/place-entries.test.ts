import { coeCommunity2024 } from '@community-excellence/schemas/data';
import { describe, expect, it } from 'vitest';
import { placeEntries } from './place-entries.js';
import type { EntryFindings } from './read-findings.js';

const entry = (code: string): EntryFindings => ({
  code,
  strengths: [],
  opportunities: [],
  rationale: null,
});

describe('placeEntries', () => {
  it('places items and their parts under the item, the Profile apart in framework order, the rest unplaced', () => {
    const placed = placeEntries(
      coeCommunity2024,
      new Map(
        ['7.4(1)', 'P.2', '1.1', '7.4', 'P.1a', '9.9', '1.10'].map((c) => [c, entry(c)] as const),
      ),
    );
    expect([...placed.items.keys()]).toEqual(['7.4', '1.1']);
    expect(placed.items.get('7.4')?.map((e) => e.code)).toEqual(['7.4(1)', '7.4']);
    expect(placed.profile.map((p) => [p.code, p.name])).toEqual([
      ['P.1a', 'Community Environment'],
      ['P.2', 'Community Situation'],
    ]);
    expect(placed.unplaced).toEqual(['9.9', '1.10']);
  });
});

import { describe, expect, it } from 'vitest';
import { observationCell } from './observation-cell.js';
import type { Observation } from './observation.js';

const row = (overrides: Partial<Observation> = {}): Observation => ({
  indicatorId: 'acgr-4yr',
  place: { level: 'district', code: '0100005', scheme: 'nces' },
  period: { label: '2021-2022' },
  subgroup: { dimension: 'all', value: 'all' },
  value: { kind: 'exact', raw: '90%', value: 0.9 },
  ...overrides,
});

describe('observationCell', () => {
  it('names the cell by indicator, place, period and subgroup, and nothing else', () => {
    expect(observationCell(row())).toBe(
      '["acgr-4yr","district","0100005","2021-2022","all","all"]',
    );
    expect(observationCell(row({ value: { kind: 'suppressed', raw: 'S' } }))).toBe(
      observationCell(row()),
    );
    expect(observationCell(row({ period: { label: '2022-2023' } }))).not.toBe(
      observationCell(row()),
    );
  });

  it('keeps parts apart that a separator would run together', () => {
    const a = row({ subgroup: { dimension: 'race', value: 'a","b' } });
    const b = row({ subgroup: { dimension: 'race","a', value: 'b' } });
    expect(observationCell(a)).not.toBe(observationCell(b));
  });
});

describe('observationCell on rows of another shape', () => {
  it('reads a missing part as null and never throws on data', () => {
    expect(observationCell({ indicatorId: 'x' } as unknown as Observation)).toBe(
      '["x",null,null,null,null,null]',
    );
    expect(observationCell(undefined as unknown as Observation)).toBe(
      '[null,null,null,null,null,null]',
    );
  });
});

describe('observationCell on a row that cannot be read', () => {
  it('gives the empty cell for a throwing getter or a bigint', () => {
    const hostile = {
      get indicatorId(): string {
        throw new Error('no');
      },
    };
    expect(observationCell(hostile as unknown as Observation)).toBe('');
    expect(observationCell({ indicatorId: 1n } as unknown as Observation)).toBe('');
  });
});

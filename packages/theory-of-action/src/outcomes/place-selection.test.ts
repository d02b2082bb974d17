import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInMappings } from '../import/built-in-mappings.js';
import { importCsv } from '../import/import-csv.js';
import { countPlaces, type PlaceCount } from './observation-index.js';
import { selectPlace } from './place-selection.js';

// County Health Rankings & Roadmaps 2025 (v024 children in poverty): the nation, 51 states and
// 3,100+ counties in one file: exactly the "many places" case.
const v024 = importCsv(
  readFileSync(
    new URL(
      '../../../../../shared/data/county-health-rankings/v024_subgroup_how.csv',
      import.meta.url,
    ),
    'utf8',
  ),
  builtInMappings['chrr-v024-children-in-poverty'],
);
const chrPlaces = countPlaces(v024.set?.observations ?? []);

describe('selectPlace on a real multi-place file (CHR&R v024)', () => {
  it('holds the nation, the states and thousands of counties', () => {
    expect(chrPlaces.filter((p) => p.level === 'nation')).toHaveLength(1);
    expect(chrPlaces.filter((p) => p.level === 'state')).toHaveLength(51);
    expect(chrPlaces.filter((p) => p.level === 'county')).toHaveLength(3152);
  });

  it('refuses to pick a place when none is selected, listing the candidates with row counts', () => {
    const s = selectPlace(chrPlaces);
    expect(s.ok).toBe(false);
    if (s.ok) return;
    expect(s.issue?.code).toBe('place_ambiguous');
    expect(s.issue?.severity).toBe('error');
    expect(s.candidates.length).toBe(chrPlaces.length);
    // The message names ten places with their row counts and how many more there are.
    // The figures docs/metrics.md quotes: 3,152 counties are candidates (states and the nation
    // are comparisons), ten are named with their row counts.
    expect(s.issue?.message).toMatch(
      /^the outcome data hold 3152 candidate places and none is selected: county 01001 Autauga County \(5 rows\); county 01003 Baldwin County \(5 rows\); /,
    );
    expect(s.issue?.message).toMatch(/; and 3142 more\. Choose one with the place option/);
  });

  it("chooses the county the evidence's FIPS code names, with its state and the nation as comparisons", () => {
    const s = selectPlace(chrPlaces, {
      geography: {
        name: 'Cincinnati and Hamilton County',
        type: 'county',
        codes: [{ system: 'FIPS', value: '39061' }],
      },
    });
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(s.basis).toBe('evidence-code');
    expect(s.place).toMatchObject({ level: 'county', code: '39061', name: 'Hamilton County' });
    expect(s.comparisons.map((c) => [c.relation, c.code, c.name])).toEqual([
      ['state', '39000', 'Ohio'],
      ['nation', '00000', 'United States'],
    ]);
  });

  it('lets the caller override the evidence (--place), and refuses a code the data do not hold', () => {
    const geography = {
      name: 'Hamilton County',
      type: 'county' as const,
      codes: [{ system: 'FIPS', value: '39061' }],
    };
    const chosen = selectPlace(chrPlaces, { geography, place: '01001' });
    expect(chosen.ok && [chosen.basis, chosen.place.name]).toEqual(['option', 'Autauga County']);
    const missing = selectPlace(chrPlaces, { place: { code: '99999' } });
    expect(missing.ok).toBe(false);
    if (missing.ok) return;
    expect(missing.issue?.code).toBe('place_not_found');
    expect(missing.issue?.message).toMatch(
      /^the place 99999 is not in the outcome data; its places are: /,
    );
  });

  it('refuses when the evidence names a place the data do not hold, instead of reading another', () => {
    const s = selectPlace(chrPlaces, {
      geography: { name: 'Atlantis', type: 'county', codes: [{ system: 'FIPS', value: '99123' }] },
    });
    expect(s.ok).toBe(false);
    if (!s.ok) expect(s.issue?.code).toBe('place_not_found');
  });

  it('does not match a code of another coding system', () => {
    const s = selectPlace(chrPlaces, {
      geography: { name: 'x', type: 'county', codes: [{ system: 'NCES', value: '39061' }] },
    });
    expect(s.ok).toBe(false);
  });

  it("matches the geography's name when it has no code", () => {
    const s = selectPlace(chrPlaces, { geography: { name: ' hamilton county ', type: 'county' } });
    // Several states have a Hamilton County: the name alone is ambiguous and says so.
    expect(s.ok).toBe(false);
    if (!s.ok) {
      expect(s.issue?.code).toBe('place_ambiguous');
      expect(s.issue?.message).toMatch(/county 39061 Hamilton County/);
    }
    const unique = selectPlace(chrPlaces, {
      geography: { name: 'Autauga County', type: 'county' },
    });
    expect(unique.ok && [unique.basis, unique.place.code]).toEqual(['evidence-name', '01001']);
  });
});

describe('selectPlace on small constructed data', () => {
  const place = (level: string, code: string, rows: number, name?: string): PlaceCount =>
    name === undefined ? { level, code, rows } : { level, code, rows, name };

  it('takes the only local place and reads the state and nation as comparisons', () => {
    const s = selectPlace([
      place('nation', 'US', 3),
      place('state', 'OR', 3, 'Oregon'),
      place('county', 'multnomah', 10),
    ]);
    expect(s.ok && [s.basis, s.place.code, s.comparisons.map((c) => c.relation)]).toEqual([
      'only-place',
      'multnomah',
      ['state', 'nation'],
    ]);
  });

  it("finds the enclosing state by the geography's states when codes are not FIPS", () => {
    const s = selectPlace(
      [
        place('state', 'WA', 3, 'Washington'),
        place('state', 'OR', 3, 'Oregon'),
        place('county', 'multnomah', 10),
      ],
      { geography: { name: 'Multnomah', type: 'county', states: ['Oregon'] } },
    );
    expect(s.ok && s.comparisons.map((c) => c.code)).toEqual(['OR']);
  });

  it('is ambiguous when one code is used at two levels, and the level settles it', () => {
    const places = [place('county', '01000', 4), place('state', '01000', 4)];
    expect(selectPlace(places, { place: '01000' }).ok).toBe(false);
    const s = selectPlace(places, { place: { code: '01000', level: 'state' } });
    expect(s.ok && s.place.level).toBe('state');
  });

  it('has no place and no issue without data; never throws on hostile input', () => {
    expect(selectPlace([])).toEqual({ ok: false, issue: null, candidates: [] });
    expect(() => selectPlace(null as never, { place: 5 as never })).not.toThrow();
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    expect(selectPlace([place('county', 'a', 1)], hostile as never).ok).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Observation } from '@community-excellence/schemas';
import { describe, expect, it } from 'vitest';
import { builtInMappings } from './built-in-mappings.js';
import { readCsvSample } from './csv-sample.js';
import { importCsv } from './import-csv.js';
import { inferMapping, type InferredMapping } from './infer-mapping.js';
import { validateImportMapping } from './validate-mapping.js';

// The real files are read in place from /work/shared/data and reshaped here (never copied).
const read = (file: string): string =>
  readFileSync(new URL(`../../../../../shared/data/${file}`, import.meta.url), 'utf8');
function table(file: string): { header: string[]; rows: string[][] } {
  const parsed = Papa.parse<string[]>(read(file), { skipEmptyLines: true });
  const [header = [], ...rows] = parsed.data;
  return { header, rows };
}
const csv = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  Papa.unparse([header, ...rows] as string[][], { newline: '\n' });
const inferText = (text: string, fileName?: string): InferredMapping => {
  const sample = readCsvSample(text);
  return inferMapping(sample.header, sample.rows, fileName === undefined ? {} : { fileName });
};
const decision = (inferred: InferredMapping, role: string): string | undefined =>
  inferred.guesses.find((g) => g.role === role)?.decision;

/** What two imports of the same numbers must agree on: place, subgroup, value, interval. */
const comparable = (o: Observation) => ({
  place: `${o.place.level}:${o.place.code}`,
  subgroup: `${o.subgroup.dimension}=${o.subgroup.value}`,
  kind: o.value.kind,
  value: o.value.kind === 'exact' ? o.value.value : null,
  ci: o.ci === undefined ? null : [o.ci.low, o.ci.high],
});

const RACES = ['aian', 'hispanic', 'white', 'black', 'asian'] as const;

describe('inferMapping on real files reshaped at test time', () => {
  const v024 = table('county-health-rankings/v024_subgroup_how.csv');
  const col = (name: string): number => v024.header.indexOf(name);
  const builtIn = importCsv(
    read('county-health-rankings/v024_subgroup_how.csv'),
    builtInMappings['chrr-v024-children-in-poverty'],
  );

  it('v024 made long (county_fips, year, race, pct_poverty, ci_low, ci_high) imports the same observations', () => {
    const rows = v024.rows.flatMap((row) =>
      RACES.map((race) => [
        row[col('fipscode')]!,
        '2025',
        race,
        row[col(`v024${race}`)]!,
        row[col(`v024${race}low`)]!,
        row[col(`v024${race}high`)]!,
      ]),
    );
    const text = csv(['county_fips', 'year', 'race', 'pct_poverty', 'ci_low', 'ci_high'], rows);
    const inferred = inferText(text, 'poverty-long.csv');
    expect(inferred.ok).toBe(true);
    expect(inferred.shape).toBe('long');
    expect(validateImportMapping(inferred.mapping).ok).toBe(true);
    expect(inferred.mapping?.place.code).toEqual({ column: 'county_fips' });
    expect(inferred.mapping?.period.label).toEqual({ column: 'year' });
    expect(decision(inferred, 'unit')).toBe('proportion');
    expect(inferred.guesses.find((g) => g.role === 'unit')?.evidence).toBe(
      'column `pct_poverty` values 0.002083-0.9515, 2,867 numeric: proportion', // the first 5,000 rows
    );
    expect(decision(inferred, 'subgroup')).toBe('dimension race; value the cell');
    expect(inferred.guesses.find((g) => g.role === 'place-code')?.evidence).toContain('FIPS');
    expect(decision(inferred, 'tokens')).toBe('missing: NA (2,133, not-available)');
    const result = importCsv(text, inferred.mapping!);
    expect(result.ok).toBe(true);
    expect(result.stats.observations).toBe(builtIn.stats.observations);
    // Differences, each explained: the indicator id comes from the column (`pct-poverty`, not
    // `v024`), the period from the added year column, the reshaped file has no county names, no
    // CI level (90% is not in the file) and no numerators; `NA` is read as missing by the default
    // tokens where the chrr preset reads it as suppressed (small-n). The rest is identical.
    const mine = result.set!.observations.map(comparable);
    const theirs = builtIn.set!.observations.map((o) => {
      const c = comparable(o);
      return c.kind === 'suppressed' ? { ...c, kind: 'missing' } : c;
    });
    expect(mine).toEqual(theirs);
    expect(result.set!.observations[0]!.indicatorId).toBe('pct-poverty');
  });

  it('v024 made wide with one column per race (rate_<race>, low_<race>, ...) imports the same observations', () => {
    const header = [
      'fips',
      'county',
      ...RACES.flatMap((r) => [`rate_${r}`, `low_${r}`, `high_${r}`, `num_${r}`, `denom_${r}`]),
    ];
    const rows = v024.rows.map((row) => [
      row[col('fipscode')]!,
      row[col('county')]!,
      ...RACES.flatMap((r) =>
        [`v024${r}`, `v024${r}low`, `v024${r}high`, `${r}num`, `${r}denom`].map(
          (c) => row[col(c)]!,
        ),
      ),
    ]);
    const text = csv(header, rows);
    const inferred = inferText(text);
    expect(inferred.ok).toBe(true);
    expect(inferred.shape).toBe('wide');
    expect(inferred.mapping?.groups).toHaveLength(5);
    expect(inferred.mapping?.groups[3]).toEqual({
      subgroup: { dimension: { value: 'race' }, value: { value: 'black' } },
      columns: {
        value: 'rate_black',
        ciLow: 'low_black',
        ciHigh: 'high_black',
        numerator: 'num_black',
        denominator: 'denom_black',
      },
    });
    expect(decision(inferred, 'shape')).toBe(
      'wide: one group of columns per subgroup (aian, hispanic, white, black, asian)',
    );
    expect(inferred.undecided.map((u) => u.role)).toContain('period');
    const result = importCsv(text, inferred.mapping!);
    // Same differences as the long file (indicator id, period, CI level, NA as missing), and the
    // place names are read here like the built-in mapping reads them.
    const norm = (o: Observation) => ({
      ...comparable(o),
      name: o.place.name,
      n: o.numerator,
      d: o.denominator,
    });
    const theirs = builtIn.set!.observations.map((o) => {
      const c = norm(o);
      return c.kind === 'suppressed' ? { ...c, kind: 'missing' } : c;
    });
    expect(result.set!.observations.map(norm)).toEqual(theirs);
  });

  it('the Colorado dropout file with renamed headers imports the same observations', () => {
    const co = table('colorado-kids-count/dropout-rates-by-race-and-ethnicity.csv');
    const text = csv(
      ['district', 'student_group', 'school_year', 'format', 'dropout_rate'],
      co.rows,
    );
    const inferred = inferText(text, 'dropouts.csv');
    expect(inferred.ok).toBe(true);
    expect(inferred.mapping?.place).toEqual({
      code: { column: 'district' },
      scheme: { value: 'name' },
      level: {
        cases: [{ when: { column: 'district', oneOf: ['Colorado'] }, value: 'state' }],
        otherwise: 'district',
      },
    });
    expect(decision(inferred, 'unit')).toBe('proportion');
    expect(inferred.guesses.find((g) => g.role === 'unread')?.evidence).toBe(
      'every cell is "Percent"',
    );
    const mine = importCsv(text, inferred.mapping!);
    const builtInCo = importCsv(
      read('colorado-kids-count/dropout-rates-by-race-and-ethnicity.csv'),
      builtInMappings['co-dropout-by-race-and-sex'],
    );
    expect(mine.stats.observations).toBe(builtInCo.stats.observations);
    // The one difference: the built-in mapping renames `Female Students` to `Female` (and Male);
    // the inferred one keeps the cell as written.
    const rename = (o: Observation) => {
      const c = comparable(o);
      return { ...c, subgroup: c.subgroup.replace(/^sex=(Female|Male)$/, 'sex=$1 Students') };
    };
    expect(mine.set!.observations.map(comparable)).toEqual(builtInCo.set!.observations.map(rename));
    expect(mine.set!.observations.map((o) => o.period.label)).toEqual(
      builtInCo.set!.observations.map((o) => o.period.label),
    );
    expect(mine.set!.indicators?.[0]?.direction).toBe('lower-is-better');
  });
});

describe('inferMapping on real files as they are', () => {
  it('reads the Colorado 3rd grade file: one indicator per subject, proportions with one stray 81.6*', () => {
    const file = 'colorado-kids-count/3rd-grade-students-scoring-proficient-or-above.csv';
    const inferred = inferText(read(file), file);
    expect(inferred.ok).toBe(true);
    expect(inferred.mapping?.indicatorId).toEqual({
      column: 'Score',
      codes: { Math: 'data-math', Reading: 'data-reading', Writing: 'data-writing' },
    });
    expect(inferred.mapping?.indicators?.map((i) => [i.id, i.outcomeArea])).toEqual([
      ['data-math', 'MIDDLE_GRADE_MATH'],
      ['data-reading', 'EARLY_GRADE_READING'],
      ['data-writing', 'OTHER'],
    ]);
    expect(inferred.guesses.find((g) => g.role === 'unit')?.evidence).toBe(
      'column `Data` values 0-81.6, 2,792 numeric, only 1 of them above 1: proportion',
    );
    const result = importCsv(read(file), inferred.mapping!);
    const builtIn = importCsv(read(file), builtInMappings['co-3rd-grade-proficient']);
    expect(result.stats.values).toEqual(builtIn.stats.values);
  });
});

describe('inferMapping against files built to fool it', () => {
  it('does not take a numeric id column for the value', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [
      String(i + 1),
      `District ${i}`,
      '2020',
      (0.3 + i / 100).toFixed(2),
    ]);
    const inferred = inferMapping(['row', 'district', 'year', 'grad'], rows);
    expect(inferred.mapping?.groups[0]?.columns.value).toBe('grad');
    expect(inferred.guesses.find((g) => g.role === 'value')?.evidence).toContain(
      'not `row` (whole numbers, one per row or named like a code: identifiers)',
    );
  });

  it('reads a year column next to the value as the period, not as a value', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [
      `Place ${i % 5}`,
      String(2010 + Math.floor(i / 5)),
      String(40 + i),
    ]);
    const inferred = inferMapping(['place', 'yr', 'value'], rows);
    expect(inferred.mapping?.period.label).toEqual({ column: 'yr' });
    expect(inferred.mapping?.groups[0]?.columns.value).toBe('value');
    expect(decision(inferred, 'unit')).toBe('percent');
  });

  it('reads percent data as percent when only some rows are above 1', () => {
    const rows = [
      ...Array.from({ length: 60 }, (_, i) => [`S${i}`, '2021', (0.2 + i / 100).toFixed(2)]),
      ...Array.from({ length: 5 }, (_, i) => [`T${i}`, '2021', String(12 + i * 10)]),
    ];
    const inferred = inferMapping(['school_name', 'year', 'share'], rows);
    expect(decision(inferred, 'unit')).toBe('percent');
    expect(inferred.guesses.find((g) => g.role === 'unit')?.evidence).toBe(
      'column `share` values 0.2-52, 65 numeric, 5 of them above 1 (a proportion is never above 1): percent',
    );
    expect(inferred.undecided.find((u) => u.role === 'unit')?.reason).toBe(
      '60 of 65 values are at most 1: percents with small values, or a mix of scales (check the rows above 1)',
    );
  });

  it('lists suppression tokens and cells it cannot read', () => {
    const rows = [
      ...Array.from({ length: 20 }, (_, i) => [`P${i}`, '2020', '0.5']),
      ['A', '2020', '0.5'],
      ['B', '2020', 'S'],
      ['C', '2020', '*'],
      ['D', '2020', 'N/A'],
      ['E', '2020', ''],
      ['F', '2020', 'x'],
    ];
    const inferred = inferMapping(['district', 'year', 'rate'], rows);
    expect(decision(inferred, 'tokens')).toBe(
      'suppressed: S (1, suppressed), * (1, suppressed); missing: N/A (1, not-available); blank cells: 1 (missing)',
    );
    expect(inferred.undecided.find((u) => u.role === 'tokens')?.reason).toBe(
      'cells that are neither numbers nor known tokens: x (1)',
    );
  });

  it('joins state and county code columns into a FIPS code', () => {
    const v147 = table('county-health-rankings/v147_other_r2024_long.csv');
    const inferred = inferMapping(v147.header, v147.rows.slice(0, 500));
    expect(inferred.mapping?.place.code).toEqual({ columns: ['statecode', 'countycode'] });
    expect(inferred.mapping?.groups[0]?.columns).toEqual({
      value: 'v147_rawvalue',
      ciLow: 'v147_cilow',
      ciHigh: 'v147_cihigh',
    });
  });

  it('gives no mapping, and says why, when no column holds values', () => {
    const inferred = inferMapping(
      ['district', 'row'],
      [
        ['a', '1'],
        ['b', '2'],
        ['c', '3'],
        ['d', '4'],
        ['e', '5'],
      ],
    );
    expect(inferred.ok).toBe(false);
    expect(inferred.mapping).toBeUndefined();
    expect(inferred.undecided.at(-1)?.reason).toBe(
      'no column holds values (not `row`: whole numbers, one per row or named like a code: identifiers)',
    );
  });

  it('never throws on hostile input', () => {
    for (const header of [
      null,
      undefined,
      42,
      ['__proto__', 'constructor'],
      [null, {}],
    ] as unknown[])
      for (const rows of [null, [[null]], [['__proto__', '1']], 'x'] as unknown[])
        expect(() =>
          inferMapping(header as string[], rows as string[][], null as never),
        ).not.toThrow();
    const throwing = new Proxy([], {
      get: () => {
        throw new Error('boom');
      },
    });
    expect(inferMapping(throwing as string[], []).ok).toBe(false);
  });
});

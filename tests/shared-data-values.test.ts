import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  createValueCodec,
  validateObservation,
  validateObservationSet,
  valueCodecPresets,
  type Indicator,
  type Observation,
  type ObservationValue,
  type ValueCodecPresetName,
} from '../packages/schemas/src/index.js';
import { ALL_SUBGROUP } from '../packages/schemas/src/internal.js';
import { decodeHtmlEntities } from '../packages/schemas/src/internal.js';

// Every value cell of every real file in /work/shared/data (read in place, never copied).
const dataUrl = (file: string): URL => new URL(`../../shared/data/${file}`, import.meta.url);

interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

function readTable(file: string): Table {
  const text = readFileSync(dataUrl(file), 'utf8');
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  if (header === undefined) throw new Error(`${file} is empty`);
  for (const row of rows) expect(row.length).toBe(header.length);
  return { header, rows };
}

const column = (table: Table, name: string): string[] => {
  const index = table.header.indexOf(name);
  expect(index, `column ${name}`).toBeGreaterThanOrEqual(0);
  return table.rows.map((row) => row[index] ?? '');
};

type Tally = Record<string, number>;
const kindKey = (value: ObservationValue): string => {
  switch (value.kind) {
    case 'suppressed':
    case 'missing':
      return `${value.kind}:${value.raw.trim()}`;
    case 'bound':
      return `bound:${value.op}`;
    case 'exact':
      return value.footnote === undefined ? 'exact' : `exact${value.footnote}`;
    case 'interval':
      return 'interval';
  }
};

/** Parses every cell of the columns with a preset; returns the tally and the unparsable tokens. */
function parseColumns(
  table: Table,
  columns: readonly string[],
  preset: ValueCodecPresetName,
): { tally: Tally; unparsable: string[]; cells: number } {
  const codec = createValueCodec(valueCodecPresets[preset]);
  const tally: Tally = {};
  const unparsable: string[] = [];
  let cells = 0;
  for (const name of columns) {
    for (const cell of column(table, name)) {
      cells += 1;
      const result = codec.parse(cell);
      if (!result.ok) unparsable.push(cell);
      else tally[kindKey(result.value)] = (tally[kindKey(result.value)] ?? 0) + 1;
    }
  }
  return { tally, unparsable, cells };
}

/** Independent count of cells equal to a token (no codec involved). */
const countEqual = (table: Table, columns: readonly string[], token: string): number =>
  columns.reduce(
    (sum, name) => sum + column(table, name).filter((cell) => cell === token).length,
    0,
  );
const countWhere = (
  table: Table,
  columns: readonly string[],
  test: (cell: string) => boolean,
): number => columns.reduce((sum, name) => sum + column(table, name).filter(test).length, 0);

const plainNumber = (cell: string): boolean => cell !== '' && Number.isFinite(Number(cell));

describe('EDFacts graduation rates (edfacts preset)', () => {
  const table = readTable('county-health-rankings/edfactsdownload.csv');

  it('reads every Value cell with no unparsable token and the measured shape counts', () => {
    const { tally, unparsable, cells } = parseColumns(table, ['Value'], 'edfacts');
    expect(unparsable).toEqual([]);
    expect(cells).toBe(12_281);
    expect(tally).toEqual({
      exact: 3602,
      interval: 4008,
      'bound:>=': 4263,
      'bound:<': 95,
      'bound:<=': 77,
      'suppressed:S': 233,
      'missing:MISSING': 3,
    });
    // Independent counts from the raw column.
    expect(countEqual(table, ['Value'], 'S')).toBe(tally['suppressed:S']);
    expect(countEqual(table, ['Value'], 'MISSING')).toBe(tally['missing:MISSING']);
    expect(countWhere(table, ['Value'], (c) => c.startsWith('>='))).toBe(tally['bound:>=']);
    expect(countWhere(table, ['Value'], (c) => c.startsWith('<='))).toBe(tally['bound:<=']);
    expect(countWhere(table, ['Value'], (c) => c.startsWith('<') && !c.startsWith('<='))).toBe(
      tally['bound:<'],
    );
    expect(countWhere(table, ['Value'], (c) => /^\d+-\d+%$/.test(c))).toBe(tally.interval);
    expect(countWhere(table, ['Value'], (c) => /^\d+%$/.test(c))).toBe(tally.exact);
  });

  it('reads the Denominator and (empty) Numerator columns', () => {
    const { tally, unparsable } = parseColumns(table, ['Denominator', 'Numerator'], 'edfacts');
    expect(unparsable).toEqual([]);
    expect(tally).toEqual({ exact: 12_281, 'missing:': 12_281 });
  });

  it('reads the HTML-entity slice and decodes school names separately', () => {
    const hi = readTable('county-health-rankings/edfactsdownload_hi.csv');
    const { tally, unparsable } = parseColumns(
      hi,
      ['Value', 'Denominator', 'Numerator'],
      'edfacts',
    );
    expect(unparsable).toEqual([]);
    expect(tally).toEqual({
      exact: 29 + 63,
      interval: 18,
      'bound:>=': 12,
      'suppressed:S': 4,
      'missing:': 63,
    });
    const schools = column(hi, 'School');
    expect(schools.filter((s) => s.includes('&amp;'))).toHaveLength(9);
    expect(schools.map(decodeHtmlEntities).filter((s) => s.includes('&amp;'))).toEqual([]);
    expect(schools.map(decodeHtmlEntities)).toContain('Kahuku High & Intermediate School');
  });
});

describe('County Health Rankings files (chrr preset)', () => {
  const valueColumns = (table: Table, skip: readonly string[]): string[] =>
    table.header.filter((name) => !skip.includes(name));

  it('v024 children in poverty: every value, CI, numerator and denominator column', () => {
    const table = readTable('county-health-rankings/v024_subgroup_how.csv');
    const columns = valueColumns(table, ['statecode', 'countycode', 'state', 'county', 'fipscode']);
    expect(columns).toHaveLength(25);
    const { tally, unparsable, cells } = parseColumns(table, columns, 'chrr');
    expect(unparsable).toEqual([]);
    expect(cells).toBe(3204 * 25);
    expect(tally['suppressed:NA']).toBe(21_038);
    expect(countEqual(table, columns, 'NA')).toBe(21_038);
    expect(tally.exact).toBe(cells - 21_038);
    expect(countWhere(table, columns, plainNumber)).toBe(tally.exact);
    expect(countWhere(table, columns, (c) => c.includes('e-'))).toBe(4); // scientific notation in CI lows
  });

  it('v021 graduation: fractional numerators, denominators, raw values (blank first header)', () => {
    const table = readTable('county-health-rankings/v021_how.csv');
    expect(table.header[0]).toBe('');
    const columns = ['v021_numerator', 'v021_denominator', 'v021_rawvalue'];
    const { tally, unparsable } = parseColumns(table, columns, 'chrr');
    expect(unparsable).toEqual([]);
    expect(tally).toEqual({ exact: 2546 + 2546 + 2547, 'suppressed:NA': 658 + 658 + 657 });
    expect(countEqual(table, columns, 'NA')).toBe(1973);
    expect(
      countWhere(table, ['v021_numerator'], (c) => plainNumber(c) && !Number.isInteger(Number(c))),
    ).toBe(2489);
  });

  it('v147 life expectancy (long format, race codes 1-6 and 8)', () => {
    const table = readTable('county-health-rankings/v147_other_r2024_long.csv');
    const columns = ['v147_rawvalue', 'v147_cilow', 'v147_cihigh'];
    const { tally, unparsable } = parseColumns(table, columns, 'chrr');
    expect(unparsable).toEqual([]);
    expect(tally).toEqual({ exact: 7285 * 3, 'suppressed:NA': 15_143 * 3 });
    expect(countEqual(table, columns, 'NA')).toBe(45_429);
    expect(countWhere(table, columns, plainNumber)).toBe(tally.exact);
    expect([...new Set(column(table, 'race'))].sort()).toEqual(['1', '2', '3', '4', '5', '6', '8']);
  });

  it.each([
    ['v159', 10_363, 5657],
    ['v160', 9628, 6392],
  ])(
    '%s reading/math scores by race; the CT flag column is a flag, not a value',
    (measure, na, exact) => {
      const table = readTable(`county-health-rankings/${measure}_subgroup_how.csv`);
      const columns = ['white', 'black', 'asian', 'aian', 'hispanic'].map(
        (race) => `${measure}_race_${race}`,
      );
      const { tally, unparsable } = parseColumns(table, columns, 'chrr');
      expect(unparsable).toEqual([]);
      expect(tally).toEqual({ exact, 'suppressed:NA': na });
      expect(countEqual(table, columns, 'NA')).toBe(na);
      expect(countWhere(table, columns, plainNumber)).toBe(exact);
      const flags = column(table, `${measure}_flag_CT`);
      expect(flags.filter((f) => f === 'A')).toHaveLength(9);
      expect(flags.filter((f) => f === 'U')).toHaveLength(9);
    },
  );
});

describe('Colorado KIDS COUNT files (kidsCount preset)', () => {
  it.each<[string, number, Tally]>([
    [
      '3rd-grade-students-scoring-proficient-or-above.csv',
      3801,
      {
        exact: 2791,
        'exact*': 1,
        'suppressed:LNE': 565,
        'missing:N/A': 351,
        'missing:#VALUE!': 91,
        'missing:': 2,
      },
    ],
    [
      '8th-grade-students-scoring-proficient-or-above.csv',
      3801,
      { exact: 2921, 'suppressed:LNE': 248, 'missing:N/A': 632 },
    ],
    [
      'average-proficiency-by-race-ethnicity-math.csv',
      5792,
      { exact: 2912, 'suppressed:LNE': 2064, 'missing:N/A': 816 },
    ],
    [
      'average-proficiency-by-race-ethnicity-reading.csv',
      5792,
      { exact: 2721, 'suppressed:LNE': 3012, 'missing:N/A': 59 },
    ],
    ['dropout-rates-by-race-and-ethnicity.csv', 3620, { exact: 3580, 'missing:N/A': 40 }],
    ['high-school-graduation-rates.csv', 905, { exact: 895, 'missing:N/A': 8, 'missing:NA': 2 }],
    ['high-school-graduation-rates.cr-line-endings.csv', 70, { exact: 70 }],
    [
      'kindergartners-in-full-day-program.csv',
      1991,
      { exact: 1963, 'missing:N/A': 26, 'missing:#DIV/0!': 2 },
    ],
    ['remediation-in-higher-education.csv', 543, { exact: 275, 'missing:N/A': 268 }],
  ])('%s', (file, rows, expected) => {
    const table = readTable(`colorado-kids-count/${file}`);
    expect(table.rows).toHaveLength(rows);
    const { tally, unparsable } = parseColumns(table, ['Data'], 'kidsCount');
    expect(unparsable).toEqual([]);
    expect(tally).toEqual(expected);
    for (const token of ['LNE', 'N/A', 'NA', '#VALUE!', '#DIV/0!', '']) {
      const key = token === 'LNE' ? 'suppressed:LNE' : `missing:${token}`;
      expect(countEqual(table, ['Data'], token), token).toBe(expected[key] ?? 0);
    }
    expect(countWhere(table, ['Data'], plainNumber)).toBe(expected.exact);
  });

  it('reads the CR-only file into the same rows as a CRLF file would give', () => {
    const raw = readFileSync(
      dataUrl('colorado-kids-count/high-school-graduation-rates.cr-line-endings.csv'),
      'utf8',
    );
    expect(raw.includes('\n')).toBe(false);
    const table = readTable('colorado-kids-count/high-school-graduation-rates.cr-line-endings.csv');
    expect(table.header).toEqual(['Location', 'TimeFrame', 'DataFormat', 'Data']);
    expect(new Set(column(table, 'Location')).size).toBe(14);
  });
});

describe('observation documents built from real rows', () => {
  const citation =
    'University of Wisconsin Population Health Institute. County Health Rankings & Roadmaps 2025.';

  it('EDFacts Hawaii slice: a valid observation set with decoded school names', () => {
    const hi = readTable('county-health-rankings/edfactsdownload_hi.csv');
    const codec = createValueCodec(valueCodecPresets.edfacts);
    const indicator: Indicator = {
      id: 'acgr-4yr',
      name: 'Four-year adjusted cohort graduation rate',
      outcomeArea: 'HIGH_SCHOOL_GRADUATION',
      unit: { type: 'percent' },
      direction: 'higher-is-better',
      role: 'core',
    };
    const h = (name: string): number => hi.header.indexOf(name);
    const observations = hi.rows.map((row): Observation => {
      const parsed = codec.parse(row[h('Value')]);
      if (!parsed.ok) throw new Error(parsed.issue.message);
      return {
        indicatorId: 'acgr-4yr',
        place: {
          code: decodeHtmlEntities(row[h('School')] ?? ''),
          scheme: 'name',
          name: decodeHtmlEntities(row[h('School')] ?? ''),
          level: 'school',
        },
        period: { label: row[h('School Year')] ?? '', start: '2021-07-01', end: '2022-06-30' },
        subgroup: ALL_SUBGROUP,
        value: parsed.value,
        denominator: Number(row[h('Denominator')]),
      };
    });
    const result = validateObservationSet(
      {
        kind: 'observation-set',
        formatVersion: 1,
        id: 'edfacts-hi-2021-2022',
        citations: [citation],
        indicators: [indicator],
        observations,
      },
      {},
    );
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(
        result.value.observations.map((o) => o.value.kind).filter((k) => k === 'suppressed'),
      ).toHaveLength(4);
  });

  it('v024 children in poverty by race: every row validates; empty groups with NA are accepted', () => {
    const table = readTable('county-health-rankings/v024_subgroup_how.csv');
    const codec = createValueCodec(valueCodecPresets.chrr);
    const poverty: Indicator = {
      id: 'v024',
      name: 'Children in poverty',
      outcomeArea: 'ECONOMIC_VITALITY',
      unit: { type: 'proportion' },
      direction: 'lower-is-better',
      role: 'contributing',
      disaggregations: ['race'],
      source: 'County Health Rankings & Roadmaps 2025',
    };
    const catalogue = new Map([[poverty.id, poverty]]);
    const h = (name: string): number => table.header.indexOf(name);
    const number = (cell: string | undefined): number | undefined => {
      const parsed = codec.parse(cell);
      return parsed.ok && parsed.value.kind === 'exact' ? parsed.value.value : undefined;
    };
    let rows = 0;
    let warnings = 0;
    const sample: Observation[] = [];
    for (const row of table.rows) {
      for (const race of ['aian', 'hispanic', 'white', 'black', 'asian']) {
        const value = codec.parse(row[h(`v024${race}`)]);
        if (!value.ok) throw new Error(value.issue.message);
        const low = number(row[h(`v024${race}low`)]);
        const high = number(row[h(`v024${race}high`)]);
        const numerator = number(row[h(`${race}num`)]);
        const denominator = number(row[h(`${race}denom`)]);
        const observation: Observation = {
          indicatorId: 'v024',
          place: {
            code: row[h('fipscode')] ?? '',
            scheme: 'fips',
            name: row[h('county')] ?? '',
            level:
              row[h('countycode')] === '000'
                ? row[h('statecode')] === '00'
                  ? 'nation'
                  : 'state'
                : 'county',
          },
          period: { label: '2025 release' },
          subgroup: { dimension: 'race', value: race },
          value: value.value,
          ...(low !== undefined && high !== undefined ? { ci: { low, high, level: 0.9 } } : {}),
          ...(numerator === undefined ? {} : { numerator }),
          ...(denominator === undefined ? {} : { denominator }),
        };
        const result = validateObservation(observation, { indicators: catalogue });
        expect(result.ok).toBe(true);
        warnings += result.issues.length;
        rows += 1;
        if (sample.length < 500) sample.push(observation);
      }
    }
    expect(rows).toBe(3204 * 5);
    expect(warnings).toBe(0);
    expect(sample[0]?.place).toEqual({
      code: '00000',
      scheme: 'fips',
      name: 'United States',
      level: 'nation',
    });
    const set = validateObservationSet({
      kind: 'observation-set',
      formatVersion: 1,
      id: 'chrr-2025-v024',
      citations: [citation],
      indicators: [poverty],
      observations: sample,
    });
    expect(set.issues).toEqual([]);
  });

  it('Colorado 3rd grade: the footnoted 81.6* in a proportion series is flagged as outside the unit range', () => {
    const table = readTable(
      'colorado-kids-count/3rd-grade-students-scoring-proficient-or-above.csv',
    );
    const codec = createValueCodec(valueCodecPresets.kidsCount);
    const reading: Indicator = {
      id: 'co-grade3-proficient',
      name: '3rd grade students scoring proficient or above',
      outcomeArea: 'EARLY_GRADE_READING',
      unit: { type: 'proportion' },
      direction: 'higher-is-better',
      role: 'core',
      disaggregations: ['subject'],
    };
    const observations = table.rows.map((row, index): Observation => {
      const value = codec.parse(row[4], ['observations', index, 'value']);
      if (!value.ok) throw new Error(value.issue.message);
      return {
        id: `row-${index + 2}`,
        indicatorId: reading.id,
        place: {
          code: row[0] ?? '',
          scheme: 'name',
          level: row[0] === 'Colorado' ? 'state' : 'district',
        },
        period: { label: row[2] ?? '' },
        subgroup: { dimension: 'subject', value: row[1] ?? '' },
        value: value.value,
      };
    });
    const result = validateObservationSet({
      kind: 'observation-set',
      formatVersion: 1,
      id: 'co-grade3',
      indicators: [reading],
      observations,
    });
    expect(result.ok).toBe(true);
    const outside = result.issues.filter((issue) => issue.code === 'value_outside_unit_range');
    expect(outside).toHaveLength(1);
    const index = observations.findIndex((o) => o.value.raw === '81.6*');
    expect(outside[0]).toMatchObject({
      severity: 'warning',
      path: ['observations', index, 'value'],
      value: 81.6,
      unit: 'proportion',
    });
    // Each district, subject and year appears once, so that warning is the only issue.
    expect(result.issues).toHaveLength(1);
  });
});

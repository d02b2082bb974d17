import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Issue } from '@community-excellence/schemas';
import {
  builtInMappings,
  importCsv,
  importCsvStream,
  type BuiltInMappingName,
  type ImportMapping,
  type ImportResult,
} from './index.js';

// The real files are read in place from /work/shared/data (never copied into the repository).
const dataUrl = (file: string): URL =>
  new URL(`../../../../../shared/data/${file}`, import.meta.url);
const read = (file: string): string => readFileSync(dataUrl(file), 'utf8');

/** An independent reading of a file: papaparse alone, header row, no codec. */
function table(file: string): { header: string[]; rows: string[][] } {
  const parsed = Papa.parse<string[]>(read(file), { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  if (header === undefined) throw new Error(`${file} is empty`);
  return { header, rows };
}
const cells = (file: string, columns: readonly string[]): string[] => {
  const { header, rows } = table(file);
  return columns.flatMap((name) => {
    const index = header.indexOf(name);
    expect(index, name).toBeGreaterThanOrEqual(0);
    return rows.map((row) => row[index] ?? '');
  });
};

type Kinds = ImportResult['stats']['values'];
const NUMBER = /^-?\d+(?:\.\d+)?(?:e-?\d+)?$/;

/** Counts value kinds straight from the raw cells with plain string tests. */
function rawKinds(
  values: readonly string[],
  tokens: { suppressed: readonly string[]; missing: readonly string[] },
): Kinds {
  const kinds: { -readonly [K in keyof Kinds]: number } = {
    exact: 0,
    interval: 0,
    bound: 0,
    suppressed: 0,
    missing: 0,
  };
  for (const cell of values) {
    if (tokens.suppressed.includes(cell)) kinds.suppressed += 1;
    else if (cell.trim() === '' || tokens.missing.includes(cell)) kinds.missing += 1;
    else if (cell.startsWith('<') || cell.startsWith('>')) kinds.bound += 1;
    else if (/^\d+-\d+%$/.test(cell)) kinds.interval += 1;
    else if (NUMBER.test(cell.replace(/%$/, '').replace(/\*$/, ''))) kinds.exact += 1;
  }
  return kinds;
}

const CHRR = { suppressed: ['NA'], missing: [] };
const EDFACTS = { suppressed: ['S'], missing: ['MISSING'] };
const KIDS = { suppressed: ['LNE'], missing: ['N/A', 'NA', '#VALUE!', '#DIV/0!'] };
const RACES = ['aian', 'hispanic', 'white', 'black', 'asian'];

interface Case {
  readonly mapping: BuiltInMappingName;
  readonly file: string;
  readonly rows: number;
  readonly valueColumns: readonly string[];
  readonly tokens: { suppressed: readonly string[]; missing: readonly string[] };
  readonly expected: Kinds;
  readonly warnings: Readonly<Record<string, number>>;
}

const cases: Case[] = [
  {
    mapping: 'chrr-v024-children-in-poverty',
    file: 'county-health-rankings/v024_subgroup_how.csv',
    rows: 3204,
    valueColumns: RACES.map((r) => `v024${r}`),
    tokens: CHRR,
    expected: { exact: 9036, interval: 0, bound: 0, suppressed: 6984, missing: 0 },
    warnings: {},
  },
  {
    mapping: 'chrr-v159-reading-scores',
    file: 'county-health-rankings/v159_subgroup_how.csv',
    rows: 3204,
    valueColumns: RACES.map((r) => `v159_race_${r}`),
    tokens: CHRR,
    expected: { exact: 5657, interval: 0, bound: 0, suppressed: 10_363, missing: 0 },
    warnings: {},
  },
  {
    mapping: 'chrr-v160-math-scores',
    file: 'county-health-rankings/v160_subgroup_how.csv',
    rows: 3204,
    valueColumns: RACES.map((r) => `v160_race_${r}`),
    tokens: CHRR,
    expected: { exact: 6392, interval: 0, bound: 0, suppressed: 9628, missing: 0 },
    warnings: {},
  },
  {
    mapping: 'chrr-v021-graduation',
    file: 'county-health-rankings/v021_how.csv',
    rows: 3204,
    valueColumns: ['v021_rawvalue'],
    tokens: CHRR,
    expected: { exact: 2547, interval: 0, bound: 0, suppressed: 657, missing: 0 },
    warnings: {},
  },
  {
    mapping: 'chrr-v147-life-expectancy',
    file: 'county-health-rankings/v147_other_r2024_long.csv',
    rows: 22_428,
    valueColumns: ['v147_rawvalue'],
    tokens: CHRR,
    expected: { exact: 7285, interval: 0, bound: 0, suppressed: 15_143, missing: 0 },
    warnings: {},
  },
  // EDFacts: exact 3,602; interval 4,008; bounds >= 4,263 + < 95 + <= 77; S 233; MISSING 3. District id 0000000 appears 3 times: 2 duplicate-cell warnings.
  {
    mapping: 'edfacts-acgr',
    file: 'county-health-rankings/edfactsdownload.csv',
    rows: 12_281,
    valueColumns: ['Value'],
    tokens: EDFACTS,
    expected: { exact: 3602, interval: 4008, bound: 4263 + 95 + 77, suppressed: 233, missing: 3 },
    warnings: { duplicate_id: 2 },
  },
  {
    mapping: 'edfacts-acgr-schools',
    file: 'county-health-rankings/edfactsdownload_hi.csv',
    rows: 63,
    valueColumns: ['Value'],
    tokens: EDFACTS,
    expected: { exact: 29, interval: 18, bound: 12, suppressed: 4, missing: 0 },
    warnings: {},
  },
  // 81.6* in a proportion series: outside the unit range and about 100 x its series.
  {
    mapping: 'co-3rd-grade-proficient',
    file: 'colorado-kids-count/3rd-grade-students-scoring-proficient-or-above.csv',
    rows: 3801,
    valueColumns: ['Data'],
    tokens: KIDS,
    expected: { exact: 2792, interval: 0, bound: 0, suppressed: 565, missing: 444 },
    warnings: { value_outside_unit_range: 1, scale_factor_suspected: 1 },
  },
  {
    mapping: 'co-8th-grade-proficient',
    file: 'colorado-kids-count/8th-grade-students-scoring-proficient-or-above.csv',
    rows: 3801,
    valueColumns: ['Data'],
    tokens: KIDS,
    expected: { exact: 2921, interval: 0, bound: 0, suppressed: 248, missing: 632 },
    warnings: {},
  },
  {
    mapping: 'co-proficiency-by-race-math',
    file: 'colorado-kids-count/average-proficiency-by-race-ethnicity-math.csv',
    rows: 5792,
    valueColumns: ['Data'],
    tokens: KIDS,
    expected: { exact: 2912, interval: 0, bound: 0, suppressed: 2064, missing: 816 },
    warnings: {},
  },
  {
    mapping: 'co-proficiency-by-race-reading',
    file: 'colorado-kids-count/average-proficiency-by-race-ethnicity-reading.csv',
    rows: 5792,
    valueColumns: ['Data'],
    tokens: KIDS,
    expected: { exact: 2721, interval: 0, bound: 0, suppressed: 3012, missing: 59 },
    warnings: { scale_factor_suspected: 398 },
  },
  {
    mapping: 'co-dropout-by-race-and-sex',
    file: 'colorado-kids-count/dropout-rates-by-race-and-ethnicity.csv',
    rows: 3620,
    valueColumns: ['Data'],
    tokens: KIDS,
    expected: { exact: 3580, interval: 0, bound: 0, suppressed: 0, missing: 40 },
    warnings: {},
  },
  {
    mapping: 'co-graduation',
    file: 'colorado-kids-count/high-school-graduation-rates.csv',
    rows: 905,
    valueColumns: ['Data'],
    tokens: KIDS,
    expected: { exact: 895, interval: 0, bound: 0, suppressed: 0, missing: 10 },
    warnings: {},
  },
  {
    mapping: 'co-graduation-cr',
    file: 'colorado-kids-count/high-school-graduation-rates.cr-line-endings.csv',
    rows: 70,
    valueColumns: ['Data'],
    tokens: KIDS,
    expected: { exact: 70, interval: 0, bound: 0, suppressed: 0, missing: 0 },
    warnings: {},
  },
  // Nine districts whose full-day share jumps between about 0.01 and 0.7-1: flagged for a human look.
  {
    mapping: 'co-full-day-kindergarten',
    file: 'colorado-kids-count/kindergartners-in-full-day-program.csv',
    rows: 1991,
    valueColumns: ['Data'],
    tokens: KIDS,
    expected: { exact: 1963, interval: 0, bound: 0, suppressed: 0, missing: 28 },
    warnings: { scale_factor_suspected: 9 },
  },
  {
    mapping: 'co-remediation',
    file: 'colorado-kids-count/remediation-in-higher-education.csv',
    rows: 543,
    valueColumns: ['Data'],
    tokens: KIDS,
    expected: { exact: 275, interval: 0, bound: 0, suppressed: 0, missing: 268 },
    warnings: {},
  },
];

const issueKey = (issue: ImportResult['issues'][number]): string => issue.code;
const tally = (result: ImportResult): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const issue of result.issues) out[issueKey(issue)] = (out[issueKey(issue)] ?? 0) + 1;
  return out;
};

describe('every real file imports with its built-in mapping', () => {
  it('covers every file in the shared data folders', () => {
    const files = ['county-health-rankings', 'colorado-kids-count'].flatMap((dir) =>
      readdirSync(dataUrl(`${dir}/`))
        .filter((name) => name.endsWith('.csv'))
        .map((name) => `${dir}/${name}`),
    );
    expect(files).toHaveLength(16);
    expect(new Set(cases.map((c) => c.file))).toEqual(new Set(files));
    expect(new Set(cases.map((c) => c.mapping))).toEqual(new Set(Object.keys(builtInMappings)));
  });

  it.each(cases)('$file', ({ mapping, file, rows, valueColumns, tokens, expected, warnings }) => {
    const result = importCsv(read(file), builtInMappings[mapping], { file });
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.stats.rows).toBe(rows);
    expect(result.stats.values).toEqual(expected);
    // Independent count from the raw column with plain string tests.
    expect(rawKinds(cells(file, valueColumns), tokens)).toEqual(expected);
    expect(result.set?.observations).toHaveLength(rows * builtInMappings[mapping].groups.length);
    expect(tally(result)).toEqual(warnings);
    for (const issue of result.issues) {
      expect(issue.location?.file).toBe(file);
      expect(issue.location?.row).toBeGreaterThan(1);
    }
  });
});

describe('details of the real files', () => {
  it('v024: CI, numerator and denominator land on the right subgroup; leading zeros survive', () => {
    const result = importCsv(
      read('county-health-rankings/v024_subgroup_how.csv'),
      builtInMappings['chrr-v024-children-in-poverty'],
    );
    const observations = result.set?.observations ?? [];
    expect(observations[0]?.place).toEqual({
      code: '00000',
      scheme: 'fips',
      name: 'United States',
      level: 'nation',
    });
    const usBlack = observations.find(
      (o) => o.place.code === '00000' && o.subgroup.value === 'black',
    );
    const { header, rows } = table('county-health-rankings/v024_subgroup_how.csv');
    const us = rows[0] ?? [];
    const cell = (name: string): number => Number(us[header.indexOf(name)]);
    expect(usBlack?.value).toMatchObject({ kind: 'exact', value: cell('v024black') });
    expect(usBlack?.ci).toEqual({
      low: cell('v024blacklow'),
      high: cell('v024blackhigh'),
      level: 0.9,
    });
    expect(usBlack?.numerator).toBe(cell('blacknum'));
    expect(usBlack?.denominator).toBe(cell('blackdenom'));
    expect(new Set(observations.map((o) => o.place.level))).toEqual(
      new Set(['nation', 'state', 'county']),
    );
    expect(result.set?.citations).toEqual([
      'University of Wisconsin Population Health Institute. County Health Rankings & Roadmaps 2025.',
    ]);
  });

  it('v147: race codes become labels', () => {
    const result = importCsv(
      read('county-health-rankings/v147_other_r2024_long.csv'),
      builtInMappings['chrr-v147-life-expectancy'],
    );
    const labels = new Set(result.set?.observations.map((o) => o.subgroup.value));
    expect(labels).toEqual(
      new Set([
        'Non-Hispanic White',
        'Non-Hispanic Black',
        'Non-Hispanic AIAN',
        'Non-Hispanic Asian',
        'Non-Hispanic NHOPI',
        'Non-Hispanic two or more races',
        'Hispanic',
      ]),
    );
  });

  it('EDFacts Hawaii: school names are decoded from HTML entities', () => {
    const result = importCsv(
      read('county-health-rankings/edfactsdownload_hi.csv'),
      builtInMappings['edfacts-acgr-schools'],
    );
    const names = result.set?.observations.map((o) => o.place.code) ?? [];
    expect(names).toContain('Kahuku High & Intermediate School');
    expect(names.filter((n) => n.includes('&amp;'))).toEqual([]);
    expect(names.filter((n) => n.includes('&'))).toHaveLength(9);
  });

  it('Colorado reading: the flagged values are exactly the 2014 values about 100 x below their series (independent check)', () => {
    const file = 'colorado-kids-count/average-proficiency-by-race-ethnicity-reading.csv';
    const result = importCsv(read(file), builtInMappings['co-proficiency-by-race-reading'], {
      file,
    });
    const flagged = result.issues
      .filter((i) => issueKey(i) === 'scale_factor_suspected')
      .map((i) => i.location?.row);
    // Independent: group raw rows by location and race; a value is suspicious when the median of
    // its series is 33..300 times larger.
    const { rows } = table(file);
    const series = new Map<string, { row: number; value: number }[]>();
    rows.forEach((row, i) => {
      const value = Number(row[4]);
      if (row[4] === '' || !Number.isFinite(value)) return;
      const key = `${row[0]}|${row[1]}`;
      series.set(key, [...(series.get(key) ?? []), { row: i + 2, value }]);
    });
    const expected: number[] = [];
    for (const points of series.values()) {
      if (points.length < 3) continue;
      const sorted = points.map((p) => p.value).sort((a, b) => a - b);
      const m =
        sorted.length % 2 === 1
          ? (sorted[(sorted.length - 1) / 2] ?? 0)
          : ((sorted[sorted.length / 2 - 1] ?? 0) + (sorted[sorted.length / 2] ?? 0)) / 2;
      for (const p of points)
        if (p.value > 0 && m / p.value >= 100 / 3 && m / p.value <= 300) expected.push(p.row);
    }
    expect(flagged.slice().sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      expected.sort((a, b) => a - b),
    );
    expect(
      new Set(
        result.issues
          .filter((i) => issueKey(i) === 'scale_factor_suspected')
          .map((i) => (i.code === 'scale_factor_suspected' ? i.period : undefined)),
      ),
    ).toEqual(new Set(['2014']));
    // Flagged, not changed: the value is kept as written.
    const first = result.issues.find((i) => issueKey(i) === 'scale_factor_suspected');
    expect(first?.location).toMatchObject({ file, column: 5, raw: '0.00778' });
  });
});

describe('line endings, byte-order mark and chunking give identical results', () => {
  const file = 'colorado-kids-count/high-school-graduation-rates.cr-line-endings.csv';
  const cr = read(file);
  const mapping = builtInMappings['co-graduation-cr'];
  const base = importCsv(cr, mapping, { file });

  it('the file really is CR-only', () => {
    expect(cr.includes('\n')).toBe(false);
    expect(base.stats.observations).toBe(70);
    expect(new Set(base.set?.observations.map((o) => o.place.code)).size).toBe(14);
  });

  it.each([
    ['LF', cr.replaceAll('\r', '\n')],
    ['CRLF', cr.replaceAll('\r', '\r\n')],
    ['BOM + CRLF', `\uFEFF${cr.replaceAll('\r', '\r\n')}`],
    ['BOM + CR', `\uFEFF${cr}`],
    ['CRLF without a final line break', cr.replaceAll('\r', '\r\n').replace(/\r\n$/, '')],
  ])('%s', (_name, variant) => {
    const result = importCsv(variant, mapping, { file });
    expect(result.set).toEqual(base.set);
    expect(result.issues).toEqual(base.issues);
    expect(result.stats.values).toEqual(base.stats.values);
  });

  it('the LF file gives the same rows whatever the chunk size (CRLF split across chunks)', () => {
    const crlf = `\uFEFF${read('colorado-kids-count/high-school-graduation-rates.csv').replaceAll('\n', '\r\n')}`;
    const whole = importCsv(crlf, builtInMappings['co-graduation']);
    for (const chunkSize of [1, 2, 7, 4096]) {
      const chunked = importCsv(crlf, builtInMappings['co-graduation'], { chunkSize });
      expect(chunked.set).toEqual(whole.set);
      expect(chunked.stats.values).toEqual(whole.stats.values);
    }
  });

  it('streams the largest file in batches with progress, and the batches add up to the whole import', async () => {
    const text = read('county-health-rankings/edfactsdownload.csv');
    const whole = importCsv(text, builtInMappings['edfacts-acgr']);
    const progress: { rows: number; bytes: number }[] = [];
    let observations = 0;
    let batches = 0;
    let done = 0;
    for await (const batch of importCsvStream(text, builtInMappings['edfacts-acgr'], {
      chunkSize: 64 * 1024,
      onProgress: (p) => progress.push(p),
    })) {
      batches += 1;
      observations += batch.observations.length;
      if (batch.done) done += 1;
    }
    expect(observations).toBe(whole.stats.observations);
    expect(batches).toBeGreaterThan(20);
    expect(done).toBe(1);
    expect(progress.at(-1)).toEqual({ rows: 12_281, bytes: text.length });
    for (let i = 1; i < progress.length; i += 1)
      expect(progress[i]?.rows).toBeGreaterThanOrEqual(progress[i - 1]?.rows ?? 0);
  });
});

describe('a wrong mapping gives structured issues, never an exception', () => {
  it('a column that does not exist', () => {
    const file = 'colorado-kids-count/remediation-in-higher-education.csv';
    const broken: ImportMapping = {
      ...builtInMappings['co-remediation'],
      groups: [
        {
          subgroup: { dimension: { value: 'all' }, value: { value: 'all' } },
          columns: { value: 'Dataa' },
        },
      ],
    };
    const result = importCsv(read(file), broken, { file });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'unknown_reference',
        target: 'column',
        id: 'Dataa',
        severity: 'error',
        path: ['mapping', 'groups', 0, 'columns', 'value'],
        location: { file, row: 1, raw: 'Dataa' },
      }),
    ]);
    expect(result.stats.rows).toBe(543);
    expect(result.stats.observations).toBe(0);
  });

  it('a mapping that is not valid at all', () => {
    const result = importCsv('a,b\n1,2\n', { id: 'x' } as unknown as ImportMapping);
    expect(result.ok).toBe(false);
    expect(result.set).toBeUndefined();
    expect(result.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        ['mapping', 'indicatorId'],
        ['mapping', 'groups'],
      ]),
    );
  });
});

describe('duplicate cells in a streamed import', () => {
  it('are reported in bounded memory exactly as importCsv reports them', async () => {
    const file = 'county-health-rankings/edfactsdownload.csv';
    const lines = read(file).split('\n');
    // Rows 2-40 repeated after row 300, and one row repeated at the end (the file has two repeated cells of its own).
    const text = [
      ...lines.slice(0, 300),
      ...lines.slice(1, 40),
      ...lines.slice(300),
      lines[7],
    ].join('\n');
    const mapping = builtInMappings['edfacts-acgr'];
    const whole = importCsv(text, mapping, { file });
    const duplicates = (issues: readonly Issue[]): Issue[] =>
      issues.filter((issue) => issue.code === 'duplicate_id');
    const streamed: Issue[] = [];
    let warnings = 0;
    for await (const batch of importCsvStream(text, mapping, { file, chunkSize: 4096 })) {
      streamed.push(...duplicates(batch.issues));
      warnings = batch.stats.warnings;
    }
    expect(duplicates(whole.issues)).toHaveLength(42);
    expect(streamed).toEqual(duplicates(whole.issues));
    expect(warnings).toBe(whole.stats.warnings);
    expect(streamed[0]).toMatchObject({
      severity: 'warning',
      path: ['observations', 299],
      firstPath: ['observations', 0],
      location: { file, row: 301 },
    });
  });
});

describe('a streamed import whose mapping defines no indicator', () => {
  it('reports every row as unknown_reference exactly as importCsv does, with its row', async () => {
    const file = 'colorado-kids-count/kindergartners-in-full-day-program.csv';
    const text = read(file);
    const { indicators: _dropped, ...withoutIndicators } =
      builtInMappings['co-full-day-kindergarten'];
    const mapping: ImportMapping = withoutIndicators;
    const unknown = (issues: readonly Issue[]): Issue[] =>
      issues.filter((issue) => issue.code === 'unknown_reference');
    const whole = importCsv(text, mapping, { file });
    const streamed: Issue[] = [];
    let errors = 0;
    for await (const batch of importCsvStream(text, mapping, { file, chunkSize: 4096 })) {
      streamed.push(...unknown(batch.issues));
      errors = batch.stats.errors;
    }
    expect(unknown(whole.issues)).toHaveLength(whole.stats.observations);
    expect(whole.stats.observations).toBeGreaterThan(1000);
    expect(streamed).toEqual(unknown(whole.issues));
    expect(errors).toBe(whole.stats.errors);
    expect(streamed[0]).toMatchObject({
      severity: 'error',
      path: ['observations', 0, 'indicatorId'],
      location: { file, row: 2 },
    });
  });
});

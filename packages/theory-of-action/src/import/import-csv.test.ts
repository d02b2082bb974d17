import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '@community-excellence/schemas';
import {
  builtInMappings,
  createCsvImporter,
  importCsv,
  importCsvStream,
  type ImportMapping,
} from './index.js';

const indicator: Indicator = {
  id: 'rate',
  name: 'A rate',
  outcomeArea: 'HIGH_SCHOOL_GRADUATION',
  unit: { type: 'proportion' },
  direction: 'higher-is-better',
  role: 'core',
  disaggregations: ['race'],
};

const wide: ImportMapping = {
  id: 'wide',
  indicators: [indicator],
  indicatorId: { value: 'rate' },
  place: {
    code: { columns: ['st', 'co'] },
    name: { column: 'name' },
    scheme: { value: 'fips' },
    level: {
      cases: [{ when: { column: 'co', equals: '000' }, value: 'state' }],
      otherwise: 'county',
    },
  },
  period: { label: { value: '2025' } },
  groups: ['black', 'white'].map((race) => ({
    subgroup: { dimension: { value: 'race' }, value: { value: race } },
    columns: {
      value: `v${race}`,
      ciLow: `v${race}low`,
      ciHigh: `v${race}high`,
      ciLevel: 0.9,
      numerator: `${race}num`,
      denominator: `${race}denom`,
    },
  })),
  values: { preset: 'chrr' },
};
const wideCsv = [
  'st,co,name,vblack,vblacklow,vblackhigh,blacknum,blackdenom,vwhite,vwhitelow,vwhitehigh,whitenum,whitedenom',
  '"01","000",Alabama,0.3,0.28,0.32,300,1000,0.1,0.09,0.11,100,1000',
  '"01","001",Autauga &amp; Co,NA,NA,NA,NA,NA,0.2,0.1,0.3,20,100',
  '"01","003",Baldwin,x%,0.1,0.2,5,4,0.5,0.6,0.4,1,2',
].join('\n');

describe('importCsv on a wide file', () => {
  const result = importCsv(wideCsv, wide, { file: 'wide.csv' });

  it('makes one observation per row and group, with CI, counts, joined codes and cases', () => {
    expect(result.stats).toMatchObject({ rows: 3, observations: 4, rejected: 2 });
    expect(result.set?.observations[0]).toEqual({
      indicatorId: 'rate',
      place: { code: '01000', scheme: 'fips', name: 'Alabama', level: 'state' },
      period: { label: '2025' },
      subgroup: { dimension: 'race', value: 'black' },
      value: { kind: 'exact', raw: '0.3', value: 0.3 },
      ci: { low: 0.28, high: 0.32, level: 0.9 },
      numerator: 300,
      denominator: 1000,
    });
    // Suppressed value: no CI, no counts; HTML entity decoded in the name.
    expect(result.set?.observations[2]).toMatchObject({
      place: { code: '01001', name: 'Autauga & Co', level: 'county' },
      value: { kind: 'suppressed', raw: 'NA' },
    });
    expect(result.set?.observations[2]).not.toHaveProperty('ci');
  });

  it('reports every bad cell with file, row, column and raw token, and goes on', () => {
    const errors = result.issues.filter((issue) => issue.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'unparsable_value',
        path: ['value'],
        location: { file: 'wide.csv', row: 4, column: 4, raw: 'x%' },
      }),
      expect.objectContaining({
        code: 'inconsistent_counts',
        location: expect.objectContaining({ row: 4, column: 7, raw: '5' }),
      }),
      expect.objectContaining({
        code: 'inconsistent_interval',
        location: expect.objectContaining({ row: 4, column: 10, raw: '0.6' }),
      }),
    ]);
    expect(result.ok).toBe(false);
    expect(result.set?.observations).toHaveLength(4);
  });
});

const long: ImportMapping = {
  id: 'long',
  indicators: [indicator],
  indicatorId: { value: 'rate' },
  place: { code: { column: 'Location' }, scheme: { value: 'name' }, level: { value: 'district' } },
  period: { label: { column: 'TimeFrame' } },
  groups: [
    {
      subgroup: {
        dimension: { value: 'race' },
        value: { column: 'Race', codes: { '1': 'White', '2': 'Black' } },
      },
      columns: { value: 'Data', quality: 'Q' },
    },
  ],
  values: { preset: 'kidsCount' },
  include: [{ column: 'DataFormat', equals: 'Percent' }],
  exclude: [{ column: 'Location', oneOf: ['Skip me'] }],
};

describe('importCsv on a long file', () => {
  const csv =
    'Location,Race,TimeFrame,DataFormat,Data,Q\nA,1,2014,Percent,0.5,1\nA,2,2014,Number,12,\nSkip me,1,2014,Percent,0.1,\nA,7,2014,Percent,0.4,weak\nA,2,2014,Percent,LNE,caution\n';
  const result = importCsv(csv, long, { file: 'long.csv' });

  it('applies code lists, filters and quality flags', () => {
    expect(result.stats).toMatchObject({ rows: 5, filteredRows: 2, observations: 2, rejected: 1 });
    expect(result.set?.observations.map((o) => [o.subgroup.value, o.quality])).toEqual([
      ['White', 1],
      ['Black', 'caution'],
    ]);
  });

  it('reports a code outside the code list', () => {
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'unknown_reference',
        id: '7',
        path: ['subgroup', 'value'],
        location: { file: 'long.csv', row: 5, column: 2, raw: '7' },
      }),
    ]);
  });
});

describe('file-level problems', () => {
  const mapping = builtInMappings['co-graduation'];

  it('a row with too few fields is reported and skipped; empty extra fields are a warning', () => {
    const result = importCsv(
      'Location,TimeFrame,DataFormat,Data\nA,2010,Percent\nB,2010,Percent,0.5,,\n',
      mapping,
    );
    expect(result.issues.map((i) => [i.code, i.severity, i.location?.row])).toEqual([
      ['invalid_format', 'error', 2],
      ['invalid_format', 'warning', 3],
    ]);
    expect(result.stats.observations).toBe(1);
  });

  it('an empty input is one issue', () => {
    const result = importCsv('', mapping, { file: 'empty.csv' });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'invalid_format',
        location: { file: 'empty.csv', row: 1, raw: '' },
      }),
    ]);
  });

  it('an unterminated quote is reported with its row', () => {
    const result = importCsv(
      'Location,TimeFrame,DataFormat,Data\nA,2010,Percent,0.5\n"B,2011,Percent,0.6\n',
      mapping,
    );
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'invalid_format',
        format: 'csv',
        location: expect.objectContaining({ row: 3 }),
      }),
    ]);
    expect(result.stats.observations).toBe(1);
  });

  it('reads UTF-8 bytes split inside a character, and async iterables', async () => {
    const text = 'Location,TimeFrame,DataFormat,Data\nCañon City,2010,Percent,0.5\n';
    const bytes = new TextEncoder().encode(text);
    const split = bytes.indexOf(0xc3) + 1;
    const fromBytes = importCsv([bytes.slice(0, split), bytes.slice(split)], mapping);
    expect(fromBytes.set?.observations[0]?.place.code).toBe('Cañon City');
    async function* chunks(): AsyncGenerator<string> {
      yield text.slice(0, 10);
      yield text.slice(10);
    }
    const fromAsync = await importCsv(chunks(), mapping);
    expect(fromAsync.set).toEqual(fromBytes.set);
  });

  it('a failing input stream is an issue; rows read before it are kept', async () => {
    async function* broken(): AsyncGenerator<string> {
      yield 'Location,TimeFrame,DataFormat,Data\nA,2010,Percent,0.5\n';
      throw new Error('disk gone');
    }
    const result = await importCsv(broken(), mapping);
    expect(result.ok).toBe(false);
    expect(result.stats.observations).toBe(1);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'input_stream_failed',
        message: expect.stringContaining('disk gone'),
      }),
    ]);
  });

  it('streams batches; the last one is done and carries the whole-file warnings', async () => {
    const rows = [
      'Location,TimeFrame,DataFormat,Data',
      ...[2010, 2011, 2012, 2013].map((y) => `A,${y},Percent,0.8`),
      'A,2014,Percent,0.008',
    ];
    const batches = [];
    for await (const batch of importCsvStream(rows.join('\r\n'), mapping, { chunkSize: 16 }))
      batches.push(batch);
    expect(batches.at(-1)?.done).toBe(true);
    expect(batches.reduce((n, b) => n + b.observations.length, 0)).toBe(5);
    expect(batches.at(-1)?.issues).toEqual([
      expect.objectContaining({
        code: 'scale_factor_suspected',
        severity: 'warning',
        location: expect.objectContaining({ row: 6, raw: '0.008' }),
      }),
    ]);
  });

  it('the incremental importer ignores pushes after end', () => {
    const importer = createCsvImporter(mapping);
    importer.push('Location,TimeFrame,DataFormat,Data\nA,2010,Percent,0.5');
    expect(importer.end().observations).toHaveLength(1);
    expect(importer.push('B,2010,Percent,0.5\n').observations).toEqual([]);
    expect(importer.end().done).toBe(true);
  });

  it('a throwing progress hook does not stop the import', () => {
    const result = importCsv('Location,TimeFrame,DataFormat,Data\nA,2010,Percent,0.5\n', mapping, {
      onProgress: () => {
        throw new Error('hook');
      },
    });
    expect(result.stats.observations).toBe(1);
  });
});

describe('never throws', () => {
  const mappings = [
    builtInMappings['edfacts-acgr'],
    builtInMappings['chrr-v024-children-in-poverty'],
    wide,
    long,
  ];
  it('on arbitrary strings as CSV, with any mapping, in one piece or in chunks', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.constantFrom(...mappings),
        fc.integer({ min: 1, max: 50 }),
        (text, mapping, chunkSize) => {
          const whole = importCsv(text, mapping);
          const chunked = importCsv(text, mapping, { chunkSize });
          expect(typeof whole.ok).toBe('boolean');
          expect(chunked.stats.observations).toBe(whole.stats.observations);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on CSV-like strings built from the real tokens (header first)', () => {
    const header = 'Location,TimeFrame,DataFormat,Data';
    const cell = fc.constantFrom(
      '',
      'A',
      '"q,uote"',
      '"',
      'LNE',
      'N/A',
      '#DIV/0!',
      '81.6*',
      '0.5',
      '&amp;',
      '\uFEFF',
      '2014',
      'Percent',
    );
    const row = fc.array(cell, { maxLength: 6 }).map((cells) => cells.join(','));
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), eol, (rows, newline) => {
        const result = importCsv([header, ...rows].join(newline), builtInMappings['co-graduation']);
        expect(result.stats.rows + result.stats.emptyRows).toBeGreaterThanOrEqual(0);
        for (const issue of result.issues)
          expect(issue.location?.row ?? 1).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(typeof importCsv([bytes], builtInMappings['edfacts-acgr']).ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });

  it('on arbitrary values given as a mapping', () => {
    fc.assert(
      fc.property(fc.anything(), (mapping) => {
        expect(importCsv('a,b\n1,2\n', mapping as ImportMapping).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

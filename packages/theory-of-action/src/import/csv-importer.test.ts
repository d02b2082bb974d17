import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInMappings } from './built-in-mappings.js';
import { importCsv } from './import-csv.js';
import type { ImportResult } from './import-types.js';
import type { ImportMapping } from './mapping.js';

// The real files are read in place from /work/shared/data (never copied into the repository).
const dataUrl = (file: string): URL =>
  new URL(`../../../../../shared/data/${file}`, import.meta.url);
const read = (file: string): string => readFileSync(dataUrl(file), 'utf8');

const chunksOf = (bytes: Uint8Array, size: number): Uint8Array[] => {
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return chunks;
};
const codes = (result: ImportResult): string[] => result.issues.map((issue) => issue.code);

describe('a stray quote in the real EDFacts file', () => {
  const file = 'county-health-rankings/edfactsdownload.csv';
  const mapping = builtInMappings['edfacts-acgr'];
  const clean = read(file);
  const lines = clean.split('\n');
  // Line 6 gets a quote before its LEA name: read as CSV it runs to the quoted name on line 197.
  const cells = (lines[5] ?? '').split(',');
  const district = cells[2];
  cells[3] = `"${cells[3] ?? ''}`;
  const broken = [...lines.slice(0, 5), cells.join(','), ...lines.slice(6)].join('\n');

  it('reports the line with its column and recovers the 191 lines the quote would hide', () => {
    expect(broken).not.toBe(clean);
    const before = importCsv(clean, mapping, { file: 'edfacts.csv' });
    const after = importCsv(broken, mapping, { file: 'edfacts.csv' });
    const quote = after.issues.filter((issue) => issue.code === 'csv_quote_unbalanced');
    expect(quote).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: ['rows', 6],
        column: 4,
        lines: 191,
        location: expect.objectContaining({ file: 'edfacts.csv', row: 6, column: 4 }),
        message:
          'A quote opened in field 4 is not closed on its line: read as CSV it would swallow the next 191 lines. The row was left out; the lines after it were read on their own.',
      }),
    ]);
    // Every other issue is the clean import's, at the same rows (observation indices shift by one).
    const where = (issue: ImportResult['issues'][number]): unknown[] => [
      issue.code,
      issue.severity,
      issue.location?.row,
      issue.location?.column,
    ];
    expect(
      after.issues.filter((issue) => issue.code !== 'csv_quote_unbalanced').map(where),
    ).toEqual(before.issues.map(where));
    // Counts: the clean import's minus the broken row (one observation, an exact 90%... value).
    const removed = before.set?.observations.find((o) => o.place.code === district);
    expect(removed).toBeDefined();
    expect(after.stats.rows).toBe(before.stats.rows);
    expect(after.stats.observations).toBe(before.stats.observations - 1);
    const kind = removed?.value.kind ?? 'exact';
    expect(after.stats.values).toEqual({
      ...before.stats.values,
      [kind]: before.stats.values[kind] - 1,
    });
    expect(after.set?.observations).toEqual(before.set?.observations.filter((o) => o !== removed));
  });

  it('gives the same result streamed as bytes in 64 KiB chunks', () => {
    const whole = importCsv(broken, mapping);
    const streamed = importCsv(chunksOf(new TextEncoder().encode(broken), 64 * 1024), mapping);
    expect(streamed.issues).toEqual(whole.issues);
    expect(streamed.set).toEqual(whole.set);
  });

  it('with a small line limit, the open quote is cut at the limit and no line is lost', () => {
    const options = { quotedFieldLimits: { lines: 20 } };
    const whole = importCsv(broken, mapping, options);
    const streamed = importCsv(chunksOf(new TextEncoder().encode(broken), 1024), mapping, options);
    expect(streamed.set).toEqual(whole.set);
    expect(whole.issues.filter((i) => i.code === 'csv_quote_unbalanced')).toEqual([
      expect.objectContaining({
        lines: 20,
        limit: 'lines',
        location: expect.objectContaining({ row: 6 }),
        message:
          'A quote opened in field 4 is not closed on its line: it runs past the limit of lines of a quoted field, swallowing at least the next 20 lines. The row was left out; the lines after it were read on their own.',
      }),
    ]);
    expect(whole.stats.observations).toBe(importCsv(clean, mapping).stats.observations - 1);
  });
});

describe('encodings', () => {
  const file = 'colorado-kids-count/high-school-graduation-rates.csv';
  const mapping = builtInMappings['co-graduation'];
  // Accented district names, as a latin-1 export would hold them.
  const accented = read(file)
    .replaceAll('CANON CITY', 'CAÑON CITY')
    .replaceAll('MONTE VISTA', 'MONTÉ VISTA');
  const latin1 = Uint8Array.from(accented, (char) => char.charCodeAt(0));

  it('a latin-1 file imports correctly with encoding latin1', () => {
    expect(latin1.length).toBe(accented.length);
    const expected = importCsv(accented, mapping);
    const result = importCsv(chunksOf(latin1, 4096), mapping, { encoding: 'latin1' });
    expect(result.set).toEqual(expected.set);
    expect(result.issues).toEqual(expected.issues);
    const names = new Set(result.set?.observations.map((o) => o.place.code));
    expect(names.has('CAÑON CITY RE-1')).toBe(true);
  });

  it('the same bytes read as UTF-8 get one replacement-character warning with a hint', () => {
    const result = importCsv(chunksOf(latin1, 4096), mapping, { file: 'grad.csv' });
    const found = result.issues.filter((i) => i.code === 'csv_replacement_characters');
    const count = (accented.match(/[ÑÉ]/g) ?? []).length;
    const first = accented.split('\n').findIndex((line) => /[ÑÉ]/.test(line)) + 1;
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'warning',
        count,
        encoding: 'utf-8',
        location: { file: 'grad.csv', row: first, column: 1 },
        message: `The text holds ${count} replacement characters (U+FFFD), the first here: bytes that are not valid utf-8, so names may be garbled. If the file is in another encoding, import it with that encoding (the encoding option; --encoding latin1, windows-1252, utf-16le or utf-16be in the CLI).`,
      }),
    ]);
  });

  it('UTF-16 with a byte-order mark is detected, little and big endian', () => {
    const text = read(file);
    const expected = importCsv(text, mapping);
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      le[2 + 2 * i] = code & 0xff;
      le[3 + 2 * i] = code >> 8;
      be[2 + 2 * i] = code >> 8;
      be[3 + 2 * i] = code & 0xff;
    }
    for (const bytes of [le, be]) {
      // Odd chunk sizes split the byte-order mark and characters.
      const result = importCsv(chunksOf(bytes, 1001), mapping);
      expect(result.set).toEqual(expected.set);
      expect(result.issues).toEqual(expected.issues);
    }
  });

  it('a doubled byte-order mark gives the same result as a string and as bytes', () => {
    const text = `\uFEFF\uFEFF${read(file)}`;
    const asString = importCsv(text, mapping);
    const asBytes = importCsv(chunksOf(new TextEncoder().encode(text), 1), mapping);
    expect(asString.ok).toBe(true);
    expect(asBytes.set).toEqual(asString.set);
    expect(asBytes.issues).toEqual(asString.issues);
  });

  it('an unknown encoding is an error and the bytes are read as UTF-8', () => {
    const result = importCsv([new TextEncoder().encode(read(file))], mapping, {
      encoding: 'ebcdic' as 'latin1',
    });
    expect(codes(result)).toEqual(['invalid_value']);
    expect(result.issues[0]?.path).toEqual(['options', 'encoding']);
    expect(result.issues[0]?.message).toBe(
      'Unknown encoding "ebcdic"; the bytes were read as UTF-8. Known encodings: utf-8, utf-16le, utf-16be, latin1, windows-1252.',
    );
    const odd = importCsv([new Uint8Array([0x61])], mapping, { encoding: {} as 'latin1' });
    expect(odd.issues[0]?.message).toBe(
      'Unknown encoding (a object); the bytes were read as UTF-8. Known encodings: utf-8, utf-16le, utf-16be, latin1, windows-1252.',
    );
    expect(result.stats.observations).toBe(905);
  });

  it('NUL characters are one warning with the first row and column', () => {
    const text = 'Location,TimeFrame,DataFormat,Data\nA,2010,Percent,0.5\nB\0,2011,Percent,0.6\n';
    const result = importCsv(text, mapping, { file: 'nul.csv' });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'csv_nul_characters',
        count: 1,
        location: { file: 'nul.csv', row: 3, column: 1 },
        message:
          'The text holds 1 NUL character (U+0000), the first here. A UTF-16 file without a byte-order mark reads like this: import it with --encoding utf-16le or utf-16be.',
      }),
    ]);
  });
});

describe('duplicated headers', () => {
  const mapping = builtInMappings['co-graduation'];
  const text =
    'Location,TimeFrame,DataFormat,Data,Data,Note,Note\nA,2010,Percent,0.5,0.6,x,y\nB,2011,Percent,0.7,0.8,x,y\n';

  it('a duplicated header the mapping reads is an error naming the columns', () => {
    const result = importCsv(text, mapping, { file: 'dup.csv' });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'mapping_column_ambiguous',
        severity: 'error',
        column: 'Data',
        positions: [4, 5],
        path: ['mapping', 'groups', 0, 'columns', 'value'],
        location: { file: 'dup.csv', row: 1, column: 5, raw: 'Data' },
        message:
          'The mapping reads column "Data", which the header has 2 times (columns 4, 5). Say which one in the mapping\'s columnOccurrences (for example { "Data": 2 }).',
      }),
      expect.objectContaining({
        code: 'csv_header_duplicated',
        severity: 'warning',
        column: 'Note',
        positions: [6, 7],
        message:
          'The header has 2 columns named "Note" (columns 6, 7); the mapping does not read them.',
      }),
    ]);
    expect(result.stats.observations).toBe(0);
  });

  it('columnOccurrences names which one; unused duplicates stay a warning', () => {
    const second: ImportMapping = { ...mapping, columnOccurrences: { Data: 2 } };
    const result = importCsv(text, second);
    expect(result.ok).toBe(true);
    expect(codes(result)).toEqual(['csv_header_duplicated']);
    expect(result.set?.observations.map((o) => o.value)).toEqual([
      { kind: 'exact', value: 0.6, raw: '0.6' },
      { kind: 'exact', value: 0.8, raw: '0.8' },
    ]);
    const first = importCsv(text, { ...mapping, columnOccurrences: { Data: 1 } });
    expect(first.set?.observations.map((o) => o.value)).toEqual([
      { kind: 'exact', value: 0.5, raw: '0.5' },
      { kind: 'exact', value: 0.7, raw: '0.7' },
    ]);
  });

  it('an occurrence the header does not have is an error', () => {
    const result = importCsv(text, { ...mapping, columnOccurrences: { Data: 3, Location: 2 } });
    expect(
      result.issues
        .filter((i) => i.code === 'mapping_column_ambiguous')
        .map((i) => [i.message, i.path.join('.')]),
    ).toEqual([
      [
        'The mapping\'s columnOccurrences asks for occurrence 2 of column "Location", but the header has it 1 time (columns 1).',
        'mapping.place.code.column',
      ],
      [
        'The mapping\'s columnOccurrences asks for occurrence 2 of column "Location", but the header has it 1 time (columns 1).',
        'mapping.place.level.cases.0.when.column',
      ],
      [
        'The mapping\'s columnOccurrences asks for occurrence 3 of column "Data", but the header has it 2 times (columns 4, 5).',
        'mapping.groups.0.columns.value',
      ],
    ]);
  });
});

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtInMappings } from '@community-excellence/theory-of-action/import';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-codes.js';
import { runCli } from '../run-cli.js';
import { captureIo } from '../testing/capture-io.js';
import { jsonSyntaxErrorOffset, parseJson } from './json-position.js';
import { tempDirs } from '../testing/temp-dirs.js';

const riverbend = fileURLToPath(new URL('../../../../examples/riverbend/', import.meta.url));
// The real files are read in place from /work/shared/data (never copied into the repository).
const data = (file: string): string =>
  fileURLToPath(new URL(`../../../../../shared/data/${file}`, import.meta.url));

const capture = captureIo;

interface Report {
  ok: boolean;
  files: {
    file: string;
    kind: string | null;
    ok: boolean;
    issues: {
      code: string;
      severity: string;
      path: (string | number)[];
      location?: { file?: string; row?: number; column?: number };
    }[];
  }[];
}

const tempDir = tempDirs('validate');

const observationRows = (): unknown[] =>
  (
    JSON.parse(readFileSync(join(riverbend, 'observations.json'), 'utf8')) as {
      observations: unknown[];
    }
  ).observations;

describe('validate', () => {
  it('accepts the real Riverbend example files (exit 0)', async () => {
    const io = capture();
    const files = ['assessment.json', 'community.json', 'indicators.json', 'observations.json'].map(
      (f) => join(riverbend, f),
    );
    expect(await runCli(['validate', ...files], io)).toBe(ExitCode.Ok);
    expect(io.out()).toContain(`valid   ${join(riverbend, 'assessment.json')} (assessment)`);
    expect(io.out()).toContain('All files are valid: 4 files, 0 errors, 0 warnings.');
    expect(io.err()).toBe('');
  });

  it('validates a folder recursively, all documents together, with sorted deterministic JSON output', async () => {
    const dir = tempDir();
    cpSync(riverbend, join(dir, 'nested', 'riverbend'), { recursive: true });
    writeFileSync(join(dir, 'notes.txt'), 'not data');
    const first = capture();
    expect(await runCli(['validate', dir, '--format', 'json'], first)).toBe(ExitCode.Ok);
    const report = JSON.parse(first.out()) as Report;
    expect(report.ok).toBe(true);
    expect(report.files.map((f) => [f.file.slice(dir.length + 1), f.kind])).toEqual([
      [join('nested', 'riverbend', 'action-plan.json'), 'action-plan'],
      [join('nested', 'riverbend', 'assessment.json'), 'assessment'],
      [join('nested', 'riverbend', 'cohort.json'), 'cohort'],
      [join('nested', 'riverbend', 'community.json'), 'community'],
      [join('nested', 'riverbend', 'indicators.json'), 'indicator-set'],
      // issue #13: the Level 1 review that recognition.json names
      [join('nested', 'riverbend', 'level-1-review.json'), 'assessment'],
      [join('nested', 'riverbend', 'observations.json'), 'observation-set'],
      [join('nested', 'riverbend', 'participation.json'), 'program-participation'],
      [join('nested', 'riverbend', 'partnership-evidence.json'), 'partnership-evidence'],
      [join('nested', 'riverbend', 'recognition.json'), 'recognition'],
    ]);
    const second = capture();
    await runCli(['validate', '--format', 'json', dir], second);
    expect(second.out()).toBe(first.out());
  });

  it('exits 1 on a broken copy (percent 57) and names the file', async () => {
    const dir = tempDir();
    cpSync(riverbend, dir, { recursive: true });
    const file = join(dir, 'assessment.json');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('"percent": 45,');
    writeFileSync(file, text.replace('"percent": 45,', '"percent": 57,'));
    const io = capture();
    expect(await runCli(['validate', dir], io)).toBe(ExitCode.InvalidData);
    expect(io.out()).toContain(`INVALID ${file} (assessment)`);
    expect(io.out()).toMatch(
      new RegExp(
        `${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} error \\S+percent percent_not_multiple_of_5`,
      ),
    );
    expect(io.out()).toContain(`valid   ${join(dir, 'community.json')} (community)`);
    // issue #13: ten files with the Level 1 review, the recognition record and the action plan
    expect(io.out()).toMatch(/1 of 10 files is invalid: 10 files, [1-9]\d* errors/);

    const json = capture();
    expect(await runCli(['validate', '--format', 'json', dir], json)).toBe(ExitCode.InvalidData);
    const report = JSON.parse(json.out()) as Report;
    expect(report.ok).toBe(false);
    const assessment = report.files.find((f) => f.file === file);
    expect(assessment?.ok).toBe(false);
    const issue = assessment?.issues.find((i) => i.code === 'percent_not_multiple_of_5');
    expect(issue?.severity).toBe('error');
    expect(issue?.path.at(-1)).toBe('percent');
    expect(issue?.location?.file).toBe(file);
    expect(report.files.filter((f) => !f.ok).map((f) => f.file)).toEqual([file]);
  });

  it('reports malformed JSON with the row and column of the syntax error', async () => {
    const dir = tempDir();
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "kind": "community",\n  "id": x\n}\n');
    const io = capture();
    expect(await runCli(['validate', '--format', 'json', file], io)).toBe(ExitCode.InvalidData);
    const report = JSON.parse(io.out()) as Report;
    expect(report.files).toHaveLength(1);
    expect(report.files[0]?.kind).toBeNull();
    expect(report.files[0]?.issues).toHaveLength(1);
    expect(report.files[0]?.issues[0]).toMatchObject({
      code: 'invalid_format',
      severity: 'error',
      location: { file, row: 3, column: 9 },
    });

    const text = capture();
    expect(await runCli(['validate', file], text)).toBe(ExitCode.InvalidData);
    expect(text.out()).toContain(`${file}:3:9 error (root) invalid_format: Malformed JSON`);
  });

  it('finds syntax error positions in JSON itself', () => {
    expect(jsonSyntaxErrorOffset('{"a": [1, 2]}')).toBeUndefined();
    expect(jsonSyntaxErrorOffset('{"a":1,}')).toBe(7);
    expect(jsonSyntaxErrorOffset('[1,2')).toBe(4);
    expect(jsonSyntaxErrorOffset('{"a":1} x')).toBe(8);
    expect(jsonSyntaxErrorOffset('{"a":"b\nc"}')).toBe(7);
    expect(jsonSyntaxErrorOffset('[01]')).toBe(2);
    expect(parseJson('{\r\n"a": tru\r\n}')).toMatchObject({ ok: false, row: 2, column: 9 });
    expect(parseJson('')).toMatchObject({ ok: false, row: 1, column: 1 });
  });

  it('checks each NDJSON line as an observation row and gives the row of a bad line', async () => {
    const dir = tempDir();
    const [a, b, c] = observationRows() as Record<string, unknown>[];
    const bad = { ...b, value: { kind: 'percent-ish', value: 3 } };
    const file = join(dir, 'rows.ndjson');
    writeFileSync(file, `${JSON.stringify(a)}\n${JSON.stringify(c)}\n\n${JSON.stringify(bad)}\n`);
    const io = capture();
    expect(await runCli(['validate', '--format', 'json', dir], io)).toBe(ExitCode.InvalidData);
    const report = JSON.parse(io.out()) as Report;
    expect(report.files.map((f) => [f.file, f.kind, f.ok])).toEqual([[file, 'observation', false]]);
    const issues = report.files[0]?.issues ?? [];
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.location).toMatchObject({ file, row: 4 });

    const good = join(dir, 'good.ndjson');
    writeFileSync(good, `${JSON.stringify(a)}\n{"id": oops}\n`);
    const mixed = capture();
    expect(await runCli(['validate', '--format', 'json', good], mixed)).toBe(ExitCode.InvalidData);
    const mixedReport = JSON.parse(mixed.out()) as Report;
    expect(mixedReport.files[0]?.issues).toEqual([
      expect.objectContaining({
        code: 'invalid_format',
        location: { file: good, row: 2, column: 8 },
      }),
    ]);

    const valid = join(tempDir(), 'valid.ndjson');
    writeFileSync(valid, `${JSON.stringify(a)}\n${JSON.stringify(c)}\n`);
    expect(await runCli(['validate', valid], capture())).toBe(ExitCode.Ok);
  });

  it('exits 2 with a message on a missing path, and on CSV input without a mapping', async () => {
    const dir = tempDir();
    const missing = join(dir, 'missing.json');
    const io = capture();
    expect(await runCli(['validate', join(riverbend, 'community.json'), missing], io)).toBe(
      ExitCode.UsageOrIo,
    );
    expect(io.err()).toContain(`cannot read ${missing}`);
    expect(io.out()).toBe('');

    const csv = join(dir, 'rows.csv');
    writeFileSync(csv, 'a,b\n1,2\n');
    const csvIo = capture();
    expect(await runCli(['validate', csv], csvIo)).toBe(ExitCode.UsageOrIo);
    expect(csvIo.err()).toBe(
      `community-excellence validate: ${csv}: CSV input needs --mapping <name|file> (a built-in mapping name or a mapping JSON file)\n`,
    );

    const empty = capture();
    expect(await runCli(['validate', dir], empty)).toBe(ExitCode.UsageOrIo);
    expect(empty.err()).toContain(`no .json or .ndjson files in ${dir}`);

    expect(await runCli(['validate'], capture())).toBe(ExitCode.UsageOrIo);
  });

  describe('CSV files through a mapping (--mapping)', () => {
    const graduation = data('colorado-kids-count/high-school-graduation-rates.csv');
    const reading = data('colorado-kids-count/average-proficiency-by-race-ethnicity-reading.csv');

    it('accepts real files with their built-in mappings (exit 0, warnings kept)', async () => {
      const io = capture();
      expect(await runCli(['validate', graduation, '--mapping', 'co-graduation'], io)).toBe(
        ExitCode.Ok,
      );
      expect(io.out()).toBe(
        `valid   ${graduation} (observation)\nAll files are valid: 1 file, 0 errors, 0 warnings.\n`,
      );
      expect(io.err()).toBe('');

      const json = capture();
      expect(
        await runCli(
          ['validate', '--format', 'json', '--mapping', 'co-proficiency-by-race-reading', reading],
          json,
        ),
      ).toBe(ExitCode.Ok);
      const report = JSON.parse(json.out()) as Report;
      expect(report.ok).toBe(true);
      expect(report.files.map((f) => [f.file, f.kind, f.ok])).toEqual([
        [reading, 'observation', true],
      ]);
      // The 2014 values about 100 x below their series: warnings with file, row and column.
      const issues = report.files[0]?.issues ?? [];
      expect(issues).toHaveLength(398);
      for (const issue of issues) {
        expect(issue).toMatchObject({
          code: 'scale_factor_suspected',
          severity: 'warning',
          location: { file: reading, column: 5 },
        });
        expect(issue.location?.row).toBeGreaterThan(1);
      }
    });

    it('reports bad rows with file, row, column, path and code (exit 1)', async () => {
      const dir = tempDir();
      const csv = join(dir, 'graduation.csv');
      const original = readFileSync(graduation, 'utf8');
      const rows = original.split('\r\n');
      // Row 3 loses a field.
      rows[2] = 'Colorado,2011,Percent';
      writeFileSync(csv, rows.join('\r\n'));
      const io = capture();
      expect(
        await runCli(['validate', '--format', 'json', csv, '--mapping', 'co-graduation'], io),
      ).toBe(ExitCode.InvalidData);
      const report = JSON.parse(io.out()) as Report;
      expect(report.ok).toBe(false);
      expect(report.files).toEqual([
        expect.objectContaining({ file: csv, kind: 'observation', ok: false }),
      ]);
      expect(report.files[0]?.issues).toEqual([
        expect.objectContaining({
          code: 'invalid_format',
          severity: 'error',
          path: ['rows', 3],
          location: expect.objectContaining({ file: csv, row: 3, column: 4 }),
        }),
      ]);

      const text = capture();
      expect(await runCli(['validate', csv, '--mapping', 'co-graduation'], text)).toBe(
        ExitCode.InvalidData,
      );
      expect(text.out()).toContain(`INVALID ${csv} (observation)`);
      expect(text.out()).toContain(
        `${csv}:3:4 error rows[3] invalid_format: Row 3 has 3 fields; the header has 4.`,
      );
      expect(text.out()).toContain('1 of 1 file is invalid: 1 file, 1 error, 0 warnings.');
    });

    it('a mapping that does not fit the file: exit 1 with the missing columns at the header row', async () => {
      const io = capture();
      expect(
        await runCli(
          ['validate', '--format', 'json', graduation, '--mapping', 'chrr-v021-graduation'],
          io,
        ),
      ).toBe(ExitCode.InvalidData);
      const report = JSON.parse(io.out()) as Report;
      const issues = report.files[0]?.issues ?? [];
      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) {
        expect(issue).toMatchObject({
          code: 'unknown_reference',
          severity: 'error',
          location: { file: graduation, row: 1 },
        });
        expect(issue.path[0]).toBe('mapping');
      }
    });

    it('reads a mapping file; an invalid one is reported as its own entry (exit 1) and the CSV is not read', async () => {
      const dir = tempDir();
      const mappingFile = join(dir, 'mapping.json');
      writeFileSync(mappingFile, JSON.stringify(builtInMappings['co-graduation']));
      const good = capture();
      expect(await runCli(['validate', graduation, '--mapping', mappingFile], good)).toBe(
        ExitCode.Ok,
      );
      expect(good.out()).toContain(`valid   ${graduation} (observation)`);

      // A folder holding CSV files and the mapping itself: the mapping file is not validated as a document.
      writeFileSync(join(dir, 'graduation.csv'), readFileSync(graduation));
      const folder = capture();
      expect(
        await runCli(['validate', '--format', 'json', dir, '--mapping', mappingFile], folder),
      ).toBe(ExitCode.Ok);
      expect((JSON.parse(folder.out()) as Report).files.map((f) => [f.file, f.kind])).toEqual([
        [join(dir, 'graduation.csv'), 'observation'],
      ]);

      const broken = join(dir, 'broken-mapping.json');
      writeFileSync(broken, JSON.stringify({ ...builtInMappings['co-graduation'], groups: [] }));
      const io = capture();
      expect(
        await runCli(['validate', '--format', 'json', graduation, '--mapping', broken], io),
      ).toBe(ExitCode.InvalidData);
      const report = JSON.parse(io.out()) as Report;
      expect(report.files).toEqual([
        {
          file: broken,
          kind: 'import-mapping',
          ok: false,
          issues: [
            expect.objectContaining({
              code: 'too_small',
              path: ['groups'],
              location: { file: broken },
            }),
          ],
        },
      ]);
    });

    it('checks CSV rows against the indicator sets of the run', async () => {
      const dir = tempDir();
      const mapping = { ...builtInMappings['co-graduation'], indicators: [] };
      const mappingFile = join(dir, 'mapping.json');
      writeFileSync(mappingFile, JSON.stringify(mapping));
      const indicators = join(dir, 'indicators.json');
      writeFileSync(
        indicators,
        JSON.stringify({
          kind: 'indicator-set',
          formatVersion: 1,
          id: 'other',
          indicators: [builtInMappings['co-remediation'].indicators?.[0]],
        }),
      );
      const io = capture();
      expect(
        await runCli(
          ['validate', '--format', 'json', graduation, indicators, '--mapping', mappingFile],
          io,
        ),
      ).toBe(ExitCode.InvalidData);
      const report = JSON.parse(io.out()) as Report;
      const csvEntry = report.files.find((f) => f.file === graduation);
      expect(csvEntry?.ok).toBe(false);
      expect(new Set(csvEntry?.issues.map((i) => i.code))).toEqual(new Set(['unknown_reference']));
      expect(report.files.find((f) => f.file === indicators)?.ok).toBe(true);
    });

    it('exits 2 on an unknown mapping name, an unreadable mapping file, a mapping without CSV input, and a folder without data files', async () => {
      const dir = tempDir();
      const unknown = capture();
      expect(await runCli(['validate', graduation, '--mapping', 'no-such-mapping'], unknown)).toBe(
        ExitCode.UsageOrIo,
      );
      expect(unknown.err()).toContain(
        'community-excellence validate: unknown mapping "no-such-mapping": it is neither a built-in mapping nor a file. Built-in mappings: chrr-v021-graduation,',
      );
      expect(unknown.out()).toBe('');

      const missing = capture();
      expect(
        await runCli(['validate', graduation, '--mapping', join(dir, 'missing.json')], missing),
      ).toBe(ExitCode.UsageOrIo);
      expect(missing.err()).toContain(
        `community-excellence validate: mapping: cannot read ${join(dir, 'missing.json')}`,
      );

      const noCsv = capture();
      expect(
        await runCli(
          ['validate', join(riverbend, 'community.json'), '--mapping', 'co-graduation'],
          noCsv,
        ),
      ).toBe(ExitCode.UsageOrIo);
      expect(noCsv.err()).toBe(
        'community-excellence validate: --mapping applies to CSV files, and none were given\n',
      );

      const empty = capture();
      expect(await runCli(['validate', dir, '--mapping', 'co-graduation'], empty)).toBe(
        ExitCode.UsageOrIo,
      );
      expect(empty.err()).toContain(`no .json, .ndjson or .csv files in ${dir}`);
    });
  });
});

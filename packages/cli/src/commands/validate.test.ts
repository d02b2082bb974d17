import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-codes.js';
import { runCli } from '../run-cli.js';
import { captureIo } from '../testing/capture-io.js';
import { jsonSyntaxErrorOffset, parseJson } from './json-position.js';

const riverbend = fileURLToPath(new URL('../../../../examples/riverbend/', import.meta.url));

const capture = captureIo;

interface Report {
  ok: boolean;
  files: { file: string; kind: string | null; ok: boolean; issues: { code: string; severity: string; path: (string | number)[]; location?: { file?: string; row?: number; column?: number } }[] }[];
}

const temps: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'coe-validate-'));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const observationRows = (): unknown[] =>
  (JSON.parse(readFileSync(join(riverbend, 'observations.json'), 'utf8')) as { observations: unknown[] }).observations;

describe('validate', () => {
  it('accepts the real Riverbend example files (exit 0)', async () => {
    const io = capture();
    const files = ['assessment.json', 'community.json', 'indicators.json', 'observations.json'].map((f) => join(riverbend, f));
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
      [join('nested', 'riverbend', 'assessment.json'), 'assessment'],
      [join('nested', 'riverbend', 'cohort.json'), 'cohort'],
      [join('nested', 'riverbend', 'community.json'), 'community'],
      [join('nested', 'riverbend', 'indicators.json'), 'indicator-set'],
      [join('nested', 'riverbend', 'observations.json'), 'observation-set'],
      [join('nested', 'riverbend', 'participation.json'), 'program-participation'],
      [join('nested', 'riverbend', 'partnership-evidence.json'), 'partnership-evidence'],
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
    expect(io.out()).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} error \\S+percent percent_not_multiple_of_5`));
    expect(io.out()).toContain(`valid   ${join(dir, 'community.json')} (community)`);
    expect(io.out()).toMatch(/1 of 7 files are invalid: 7 files, [1-9]\d* errors/);

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
    expect(report.files[0]?.issues[0]).toMatchObject({ code: 'invalid_format', severity: 'error', location: { file, row: 3, column: 9 } });

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
    expect(mixedReport.files[0]?.issues).toEqual([expect.objectContaining({ code: 'invalid_format', location: { file: good, row: 2, column: 8 } })]);

    const valid = join(tempDir(), 'valid.ndjson');
    writeFileSync(valid, `${JSON.stringify(a)}\n${JSON.stringify(c)}\n`);
    expect(await runCli(['validate', valid], capture())).toBe(ExitCode.Ok);
  });

  it('exits 2 with a message on a missing path, and on CSV input', async () => {
    const dir = tempDir();
    const missing = join(dir, 'missing.json');
    const io = capture();
    expect(await runCli(['validate', join(riverbend, 'community.json'), missing], io)).toBe(ExitCode.UsageOrIo);
    expect(io.err()).toContain(`cannot read ${missing}`);
    expect(io.out()).toBe('');

    const csv = join(dir, 'rows.csv');
    writeFileSync(csv, 'a,b\n1,2\n');
    const csvIo = capture();
    expect(await runCli(['validate', csv], csvIo)).toBe(ExitCode.UsageOrIo);
    expect(csvIo.err()).toContain('CSV input is not supported');

    const empty = capture();
    expect(await runCli(['validate', dir], empty)).toBe(ExitCode.UsageOrIo);
    expect(empty.err()).toContain(`no .json or .ndjson files in ${dir}`);

    expect(await runCli(['validate'], capture())).toBe(ExitCode.UsageOrIo);
  });
});

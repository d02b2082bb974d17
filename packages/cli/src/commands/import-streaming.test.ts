import { linkSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  builtInMappings,
  importCsv,
  type BuiltInMappingName,
} from '@community-excellence/theory-of-action/import';
import type { Issue } from '@community-excellence/schemas';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-codes.js';
import { runCli } from '../run-cli.js';
import { captureIo } from '../testing/capture-io.js';
import { tempDirs } from '../testing/temp-dirs.js';
import { MAX_REPORTED_ISSUES, type ImportReport } from './import.js';

const data = (file: string): string =>
  fileURLToPath(new URL(`../../../../../shared/data/${file}`, import.meta.url));
const tempDir = tempDirs('import-streaming');

const realFiles: readonly (readonly [string, BuiltInMappingName])[] = [
  ['county-health-rankings/v024_subgroup_how.csv', 'chrr-v024-children-in-poverty'],
  ['county-health-rankings/v159_subgroup_how.csv', 'chrr-v159-reading-scores'],
  ['county-health-rankings/v160_subgroup_how.csv', 'chrr-v160-math-scores'],
  ['county-health-rankings/v021_how.csv', 'chrr-v021-graduation'],
  ['county-health-rankings/v147_other_r2024_long.csv', 'chrr-v147-life-expectancy'],
  ['county-health-rankings/edfactsdownload.csv', 'edfacts-acgr'],
  ['county-health-rankings/edfactsdownload_hi.csv', 'edfacts-acgr-schools'],
  [
    'colorado-kids-count/3rd-grade-students-scoring-proficient-or-above.csv',
    'co-3rd-grade-proficient',
  ],
  [
    'colorado-kids-count/8th-grade-students-scoring-proficient-or-above.csv',
    'co-8th-grade-proficient',
  ],
  [
    'colorado-kids-count/average-proficiency-by-race-ethnicity-math.csv',
    'co-proficiency-by-race-math',
  ],
  [
    'colorado-kids-count/average-proficiency-by-race-ethnicity-reading.csv',
    'co-proficiency-by-race-reading',
  ],
  ['colorado-kids-count/dropout-rates-by-race-and-ethnicity.csv', 'co-dropout-by-race-and-sex'],
  ['colorado-kids-count/high-school-graduation-rates.csv', 'co-graduation'],
  ['colorado-kids-count/high-school-graduation-rates.cr-line-endings.csv', 'co-graduation-cr'],
  ['colorado-kids-count/kindergartners-in-full-day-program.csv', 'co-full-day-kindergarten'],
  ['colorado-kids-count/remediation-in-higher-education.csv', 'co-remediation'],
];

const graduation = data('colorado-kids-count/high-school-graduation-rates.csv');

const importJson = async (...args: string[]): Promise<{ code: number; report: ImportReport }> => {
  const io = captureIo();
  const code = await runCli(['import', ...args, '--format', 'json'], io);
  return { code, report: JSON.parse(io.out()) as ImportReport };
};

describe('import streams its output', () => {
  it('streamed JSON is byte for byte JSON.stringify(set, null, 2) of the whole-text import, on every real file', async () => {
    const dir = tempDir();
    for (const [file, name] of realFiles) {
      const csv = data(file);
      const whole = importCsv(readFileSync(csv, 'utf8'), builtInMappings[name], { file: csv });
      const out = join(dir, `${name}.json`);
      const { code, report } = await importJson(csv, '--mapping', name, '--out', out);
      expect(code, file).toBe(whole.ok ? ExitCode.Ok : ExitCode.InvalidData);
      expect(readFileSync(out, 'utf8'), file).toBe(`${JSON.stringify(whole.set, null, 2)}\n`);
      expect(report.stats, file).toEqual(whole.stats);
      // The same issues, located in the file (the set-level ones too).
      const key = (issue: Issue): string =>
        JSON.stringify([issue.code, issue.path, issue.location]);
      expect(report.issues.map(key).sort(), file).toEqual(whole.issues.map(key).sort());
    }
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes NDJSON rows and the indicators beside them, which validate and check read back', async () => {
    const dir = tempDir();
    const csv = data('county-health-rankings/edfactsdownload.csv');
    const out = join(dir, 'acgr.ndjson');
    const io = captureIo();
    expect(await runCli(['import', csv, '--mapping', 'edfacts-acgr', '--out', out], io)).toBe(
      ExitCode.Ok,
    );
    const indicators = join(dir, 'acgr.indicators.json');
    expect(io.out()).toContain(`Wrote ${out} and ${indicators}.\n`);
    const whole = importCsv(readFileSync(csv, 'utf8'), builtInMappings['edfacts-acgr']);
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toEqual(whole.set!.observations.map((row) => JSON.stringify(row)));
    expect(JSON.parse(readFileSync(indicators, 'utf8'))).toEqual({
      kind: 'indicator-set',
      formatVersion: 1,
      id: 'edfacts-acgr',
      name: builtInMappings['edfacts-acgr'].name,
      indicators: whole.set!.indicators,
    });
    const validate = captureIo();
    expect(await runCli(['validate', dir], validate)).toBe(ExitCode.Ok);
  });

  it('chooses the format with --out-format, else by the extension of --out', async () => {
    const dir = tempDir();
    const first = await importJson(
      graduation,
      '--mapping',
      'co-graduation',
      '--out',
      join(dir, 'plain'),
    );
    expect(first.report.outFormat).toBe('json');
    expect(
      readFileSync(join(dir, 'plain'), 'utf8').startsWith('{\n  "kind": "observation-set"'),
    ).toBe(true);
    const second = await importJson(
      graduation,
      '--mapping',
      'co-graduation',
      '--out',
      join(dir, 'rows.txt'),
      '--out-format',
      'ndjson',
    );
    expect(second.report.outFormat).toBe('ndjson');
    expect(second.report.outputs).toEqual([
      join(dir, 'rows.txt'),
      join(dir, 'rows.indicators.json'),
    ]);
    expect(readFileSync(join(dir, 'rows.txt'), 'utf8').split('\n')).toHaveLength(906);
  });

  it('refuses an output that is the CSV or the mapping file through a link, even with --force (exit 2)', async () => {
    const dir = tempDir();
    const csv = join(dir, 'in.csv');
    writeFileSync(csv, readFileSync(graduation));
    const mapping = join(dir, 'mapping.json');
    writeFileSync(mapping, JSON.stringify(builtInMappings['co-graduation']));
    symlinkSync(csv, join(dir, 'soft.json'));
    linkSync(csv, join(dir, 'hard.json'));
    symlinkSync(mapping, join(dir, 'mapping-link.json'));
    for (const [out, input] of [
      [join(dir, 'soft.json'), csv],
      [join(dir, 'hard.json'), csv],
      [join(dir, 'sub', '..', 'in.csv'), csv],
      [join(dir, 'mapping-link.json'), mapping],
    ] as const) {
      const io = captureIo();
      expect(await runCli(['import', csv, '--mapping', mapping, '--out', out, '--force'], io)).toBe(
        ExitCode.UsageOrIo,
      );
      expect(io.err()).toBe(
        `community-excellence import: --out ${out} is the input file ${input} (the same file on disk); choose another output file\n`,
      );
    }
    expect(readFileSync(csv)).toEqual(readFileSync(graduation));
    expect(JSON.parse(readFileSync(mapping, 'utf8'))).toEqual(builtInMappings['co-graduation']);
  });

  it('with errors and no --allow-invalid, removes its temporary output and commits nothing', async () => {
    const dir = tempDir();
    const csv = join(dir, 'bad.csv');
    writeFileSync(
      csv,
      `${readFileSync(graduation, 'utf8').trimEnd()}\r\nBROKEN DISTRICT,2014,Percent\r\n`,
    );
    const out = join(dir, 'out.ndjson');
    const { code, report } = await importJson(csv, '--mapping', 'co-graduation', '--out', out);
    expect(code).toBe(ExitCode.InvalidData);
    expect(report.written).toBe(false);
    expect(report.outputs).toEqual([]);
    expect(readdirSync(dir)).toEqual(['bad.csv']);
  });

  it('prints issues as they come in text; the JSON report keeps the first 10,000 and counts the others', async () => {
    const dir = tempDir();
    const csv = join(dir, 'bad.csv');
    const lines = readFileSync(graduation, 'utf8').split('\r\n');
    const bad = Array.from(
      { length: MAX_REPORTED_ISSUES + 5 },
      () => 'BROKEN DISTRICT,2014,Percent',
    );
    writeFileSync(csv, `${[lines[0], ...bad].join('\r\n')}\r\n`);
    const { code, report } = await importJson(
      csv,
      '--mapping',
      'co-graduation',
      '--out',
      join(dir, 'o.json'),
    );
    expect(code).toBe(ExitCode.InvalidData);
    expect(MAX_REPORTED_ISSUES).toBe(10_000);
    expect(report.issues).toHaveLength(MAX_REPORTED_ISSUES);
    expect(report.omittedIssues).toBe(
      report.stats!.errors + report.stats!.warnings - MAX_REPORTED_ISSUES,
    );
    expect(report.omittedIssues).toBeGreaterThan(0);
    const text = captureIo();
    await runCli(['import', csv, '--mapping', 'co-graduation', '--out', join(dir, 'o.json')], text);
    const printed = text
      .out()
      .split('\n')
      .filter((line) => line.startsWith(csv));
    expect(printed).toHaveLength(report.stats!.errors + report.stats!.warnings);
  });

  it('reports duplicate cells as the whole-set validation does (a warning naming the first row)', async () => {
    const dir = tempDir();
    const csv = join(dir, 'twice.csv');
    const lines = readFileSync(graduation, 'utf8').trimEnd().split('\r\n');
    writeFileSync(csv, `${[...lines, lines[1]].join('\r\n')}\r\n`);
    const whole = importCsv(readFileSync(csv, 'utf8'), builtInMappings['co-graduation'], {
      file: csv,
    });
    const duplicate = whole.issues.find((issue) => issue.code === 'duplicate_id')!;
    const { code, report } = await importJson(
      csv,
      '--mapping',
      'co-graduation',
      '--out',
      join(dir, 'o.json'),
    );
    expect(code).toBe(ExitCode.Ok);
    const streamed = report.issues.find((issue) => issue.code === 'duplicate_id')!;
    expect(streamed).toMatchObject({
      severity: 'warning',
      path: duplicate.path,
      message: duplicate.message,
      location: duplicate.location,
    });
    expect(streamed.location?.row).toBe(lines.length + 1);
    expect(report.stats).toEqual(whole.stats);
  });

  it('a mapping without indicators: every row refers to an unknown indicator (exit 1), as in a whole-set import', async () => {
    const dir = tempDir();
    const { indicators: _dropped, ...bare } = builtInMappings['co-graduation'];
    const mapping = join(dir, 'bare.json');
    writeFileSync(mapping, JSON.stringify(bare));
    const whole = importCsv(readFileSync(graduation, 'utf8'), bare, { file: graduation });
    const { code, report } = await importJson(
      graduation,
      '--mapping',
      mapping,
      '--out',
      join(dir, 'o.json'),
    );
    expect(code).toBe(ExitCode.InvalidData);
    expect(report.written).toBe(false);
    expect(report.stats).toEqual(whole.stats);
    expect(report.issues.map((issue) => [issue.code, issue.path, issue.location])).toEqual(
      whole.issues.map((issue) => [issue.code, issue.path, issue.location]),
    );
    expect(readdirSync(dir)).toEqual(['bare.json']);
  });
});

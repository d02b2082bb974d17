import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtInMappings } from '@community-excellence/theory-of-action/import';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../packages/cli/src/testing/temp-dirs.js';
import { runBuiltCli } from './support/run-built-cli.js';

// End-to-end: the built executable (after `pnpm --filter @community-excellence/cli build`) on the real
// files in ../shared/data, read in place (never copied into the repository), with outputs in temporary folders.
const dataDir = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const data = (file: string): string => join(dataDir, file);

const run = runBuiltCli;

interface Issue {
  code: string;
  severity: string;
  path: (string | number)[];
  location?: { file?: string; row?: number; column?: number; raw?: string };
}
interface ImportReport {
  ok: boolean;
  file: string;
  mapping: string;
  out: string;
  written: boolean;
  stats: {
    rows: number;
    observations: number;
    errors: number;
    warnings: number;
    bytes: number;
  } | null;
  issues: Issue[];
}
interface ObservationSet {
  kind: string;
  id: string;
  observations: unknown[];
}

const tempDir = tempDirs('import-e2e');

// Every real file with its built-in mapping, and its data rows (counted independently in the
// theory-of-action package's real-file tests).
const realFiles: { file: string; mapping: string; rows: number }[] = [
  {
    file: 'county-health-rankings/v024_subgroup_how.csv',
    mapping: 'chrr-v024-children-in-poverty',
    rows: 3204,
  },
  {
    file: 'county-health-rankings/v159_subgroup_how.csv',
    mapping: 'chrr-v159-reading-scores',
    rows: 3204,
  },
  {
    file: 'county-health-rankings/v160_subgroup_how.csv',
    mapping: 'chrr-v160-math-scores',
    rows: 3204,
  },
  { file: 'county-health-rankings/v021_how.csv', mapping: 'chrr-v021-graduation', rows: 3204 },
  {
    file: 'county-health-rankings/v147_other_r2024_long.csv',
    mapping: 'chrr-v147-life-expectancy',
    rows: 22_428,
  },
  { file: 'county-health-rankings/edfactsdownload.csv', mapping: 'edfacts-acgr', rows: 12_281 },
  {
    file: 'county-health-rankings/edfactsdownload_hi.csv',
    mapping: 'edfacts-acgr-schools',
    rows: 63,
  },
  {
    file: 'colorado-kids-count/3rd-grade-students-scoring-proficient-or-above.csv',
    mapping: 'co-3rd-grade-proficient',
    rows: 3801,
  },
  {
    file: 'colorado-kids-count/8th-grade-students-scoring-proficient-or-above.csv',
    mapping: 'co-8th-grade-proficient',
    rows: 3801,
  },
  {
    file: 'colorado-kids-count/average-proficiency-by-race-ethnicity-math.csv',
    mapping: 'co-proficiency-by-race-math',
    rows: 5792,
  },
  {
    file: 'colorado-kids-count/average-proficiency-by-race-ethnicity-reading.csv',
    mapping: 'co-proficiency-by-race-reading',
    rows: 5792,
  },
  {
    file: 'colorado-kids-count/dropout-rates-by-race-and-ethnicity.csv',
    mapping: 'co-dropout-by-race-and-sex',
    rows: 3620,
  },
  {
    file: 'colorado-kids-count/high-school-graduation-rates.csv',
    mapping: 'co-graduation',
    rows: 905,
  },
  {
    file: 'colorado-kids-count/high-school-graduation-rates.cr-line-endings.csv',
    mapping: 'co-graduation-cr',
    rows: 70,
  },
  {
    file: 'colorado-kids-count/kindergartners-in-full-day-program.csv',
    mapping: 'co-full-day-kindergarten',
    rows: 1991,
  },
  {
    file: 'colorado-kids-count/remediation-in-higher-education.csv',
    mapping: 'co-remediation',
    rows: 543,
  },
];

const ESC = '\u001B';

describe('community-excellence import (built executable, real files)', () => {
  it('covers every CSV file in the shared data folders', () => {
    const files = ['county-health-rankings', 'colorado-kids-count'].flatMap((dir) =>
      readdirSync(join(dataDir, dir))
        .filter((name) => name.endsWith('.csv'))
        .map((name) => `${dir}/${name}`),
    );
    expect(new Set(realFiles.map((r) => r.file))).toEqual(new Set(files));
  });

  it.each(realFiles)(
    'imports $file with the built-in mapping $mapping (exit 0, no progress bar when piped)',
    ({ file, mapping, rows }) => {
      const dir = tempDir();
      const result = run(
        dir,
        'import',
        data(file),
        '--mapping',
        mapping,
        '--out',
        'out.json',
        '--format',
        'json',
      );
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).not.toContain(ESC);
      const report = JSON.parse(result.stdout) as ImportReport;
      expect(report).toMatchObject({
        ok: true,
        file: data(file),
        mapping,
        out: 'out.json',
        written: true,
      });
      expect(report.stats?.rows).toBe(rows);
      expect(report.stats?.errors).toBe(0);
      expect(report.stats?.bytes).toBe(statSync(data(file)).size);
      for (const issue of report.issues) {
        expect(issue.severity).toBe('warning');
        expect(issue.location?.file).toBe(data(file));
        expect(issue.location?.row).toBeGreaterThan(1);
      }
      const set = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as ObservationSet;
      expect(set.kind).toBe('observation-set');
      expect(set.id).toBe(mapping);
      expect(set.observations).toHaveLength(report.stats?.observations ?? -1);
      expect(readdirSync(dir)).toEqual(['out.json']);
    },
  );

  it('writes byte-identical output for the same inputs (two runs, and the same mapping from a file)', () => {
    const dir = tempDir();
    const file = data('county-health-rankings/edfactsdownload.csv');
    const first = run(dir, 'import', file, '--mapping', 'edfacts-acgr', '--out', 'first.json');
    const second = run(dir, 'import', file, '--out', 'second.json', '--mapping', 'edfacts-acgr');
    expect([first.status, second.status]).toEqual([0, 0]);
    expect(first.stdout).toBe(second.stdout.replace('second.json', 'first.json'));
    const bytes = readFileSync(join(dir, 'first.json'));
    expect(bytes.length).toBeGreaterThan(1_000_000);
    expect(readFileSync(join(dir, 'second.json')).equals(bytes)).toBe(true);
    // The written document passes `validate` on its own.
    const validated = run(dir, 'validate', 'first.json');
    expect(validated.status).toBe(0);
    expect(validated.stdout).toContain('valid   first.json (observation-set)');

    // The built-in mapping written out as a mapping file gives the same bytes.
    const mappingFile = join(dir, 'mapping.json');
    writeFileSync(mappingFile, JSON.stringify(builtInMappings['edfacts-acgr'], null, 2));
    const fromFile = run(dir, 'import', file, '--mapping', mappingFile, '--out', 'third.json');
    expect(fromFile.status).toBe(0);
    expect(readFileSync(join(dir, 'third.json')).equals(bytes)).toBe(true);
  });

  it('refuses to overwrite an existing output without --force (untouched), and overwrites with --force', () => {
    const dir = tempDir();
    const out = join(dir, 'out.json');
    writeFileSync(out, 'precious\n');
    const before = statSync(out);
    const file = data('colorado-kids-count/remediation-in-higher-education.csv');
    const refused = run(dir, 'import', file, '--mapping', 'co-remediation', '--out', out);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      `community-excellence import: ${out} already exists; use --force to overwrite it\n`,
    );
    expect(refused.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe('precious\n');
    expect(statSync(out).mtimeMs).toBe(before.mtimeMs);
    expect(readdirSync(dir)).toEqual(['out.json']);

    const forced = run(dir, 'import', file, '--mapping', 'co-remediation', '--out', out, '--force');
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain(`Wrote ${out}.`);
    expect((JSON.parse(readFileSync(out, 'utf8')) as ObservationSet).observations).toHaveLength(
      543,
    );
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('exits 2 on a bad path, a folder given as the file, a read that fails, an unknown mapping and an unwritable output', () => {
    const dir = tempDir();
    const file = data('colorado-kids-count/high-school-graduation-rates.csv');
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    const cases: { args: string[]; stderr: string }[] = [
      {
        args: [join(dir, 'nope.csv'), '--mapping', 'co-graduation', '--out', 'out.json'],
        stderr: `community-excellence import: cannot read ${join(dir, 'nope.csv')}: ENOENT`,
      },
      {
        args: [dataDir, '--mapping', 'co-graduation', '--out', 'out.json'],
        stderr: `community-excellence import: cannot read ${dataDir}: it is a directory`,
      },
      // A regular file that fails while being read (EIO), also for root, who can read any chmod 000 file.
      {
        args: ['/proc/self/mem', '--mapping', 'co-graduation', '--out', 'out.json'],
        stderr: 'community-excellence import: cannot read /proc/self/mem: EIO',
      },
      {
        args: [file, '--mapping', 'no-such-mapping', '--out', 'out.json'],
        stderr:
          'community-excellence import: unknown mapping "no-such-mapping": it is neither a built-in mapping nor a file. Built-in mappings: ',
      },
      {
        args: [file, '--mapping', join(dir, 'missing-mapping.json'), '--out', 'out.json'],
        stderr: `community-excellence import: mapping: cannot read ${join(dir, 'missing-mapping.json')}`,
      },
      // The output's folder would have to be inside a file.
      {
        args: [file, '--mapping', 'co-graduation', '--out', join(blocker, 'out.json')],
        stderr: `community-excellence import: cannot write ${join(blocker, 'out.json')}: E`,
      },
      {
        args: [file, '--mapping', 'co-graduation'],
        stderr: "error: required option '--out <file>' not specified",
      },
    ];
    for (const { args, stderr } of cases) {
      const result = run(dir, 'import', ...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(stderr);
      expect(result.stdout).toBe('');
    }
    expect(readdirSync(dir)).toEqual(['a-file']);
    expect(readFileSync(blocker, 'utf8')).toBe('');
  });

  it('a wrong mapping for the CSV: exit 1, structured issues (file, row, path, code), nothing written', () => {
    const dir = tempDir();
    const file = data('colorado-kids-count/high-school-graduation-rates.csv');
    const result = run(
      dir,
      'import',
      file,
      '--mapping',
      'chrr-v024-children-in-poverty',
      '--out',
      'out.json',
      '--format',
      'json',
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as ImportReport;
    expect(report).toMatchObject({ ok: false, written: false });
    expect(report.issues.length).toBeGreaterThan(0);
    for (const issue of report.issues) {
      expect(issue).toMatchObject({
        code: 'unknown_reference',
        severity: 'error',
        location: { file, row: 1 },
      });
      expect(issue.path[0]).toBe('mapping');
    }
    expect(report.issues.map((issue) => issue.location?.raw)).toContain('fipscode');

    const text = run(
      dir,
      'import',
      file,
      '--mapping',
      'chrr-v024-children-in-poverty',
      '--out',
      'out.json',
    );
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1 error mapping\\.\\S+ unknown_reference: `,
        'm',
      ),
    );
    expect(text.stdout).toContain('Nothing written.');
    expect(readdirSync(dir)).toEqual([]);

    // A mapping file that is not a mapping: exit 1, issues located in the mapping file.
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "id": "broken", "groups": [] }');
    const invalid = run(
      dir,
      'import',
      file,
      '--mapping',
      broken,
      '--out',
      'out.json',
      '--format',
      'json',
    );
    expect(invalid.status).toBe(1);
    const invalidReport = JSON.parse(invalid.stdout) as ImportReport;
    expect(invalidReport).toMatchObject({ ok: false, written: false, stats: null });
    expect(
      invalidReport.issues.map((issue) => [issue.path.join('.'), issue.location?.file]),
    ).toEqual(
      expect.arrayContaining([
        ['groups', broken],
        ['indicatorId', broken],
      ]),
    );
    expect(readdirSync(dir)).toEqual(['broken.json']);
  });

  it('rows with errors: nothing written (exit 1); --allow-invalid writes the valid rows (still exit 1)', () => {
    const dir = tempDir();
    const csv = join(dir, 'broken.csv');
    const lines = readFileSync(
      data('colorado-kids-count/remediation-in-higher-education.csv'),
      'utf8',
    ).split('\n');
    lines[9] = 'A DISTRICT,2012,Percent,0.1,extra';
    writeFileSync(csv, lines.join('\n'));
    const refused = run(
      dir,
      'import',
      csv,
      '--mapping',
      'co-remediation',
      '--out',
      'out.json',
      '--format',
      'json',
    );
    expect(refused.status).toBe(1);
    const report = JSON.parse(refused.stdout) as ImportReport;
    expect(report).toMatchObject({
      ok: false,
      written: false,
      stats: { rows: 543, observations: 542, errors: 1 },
    });
    expect(report.issues).toEqual([
      expect.objectContaining({
        code: 'invalid_format',
        severity: 'error',
        path: ['rows', 10],
        location: expect.objectContaining({ file: csv, row: 10, column: 5 }),
      }),
    ]);
    expect(readdirSync(dir)).toEqual(['broken.csv']);

    const allowed = run(
      dir,
      'import',
      csv,
      '--mapping',
      'co-remediation',
      '--out',
      'out.json',
      '--allow-invalid',
    );
    expect(allowed.status).toBe(1);
    expect(
      (JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as ObservationSet).observations,
    ).toHaveLength(542);
  });

  it('--quiet and piped runs print no progress bar; --quiet drops the summary', () => {
    const dir = tempDir();
    const file = data('county-health-rankings/v147_other_r2024_long.csv');
    const piped = run(
      dir,
      'import',
      file,
      '--mapping',
      'chrr-v147-life-expectancy',
      '--out',
      'a.json',
    );
    expect(piped.status).toBe(0);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).not.toContain(ESC);
    expect(piped.stdout).not.toContain('[====');
    expect(piped.stdout).toContain('Imported');
    const quiet = run(
      dir,
      'import',
      file,
      '--mapping',
      'chrr-v147-life-expectancy',
      '--out',
      'b.json',
      '--quiet',
    );
    expect(quiet).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});

describe('community-excellence validate with --mapping (built executable, real files)', () => {
  it('validates a real CSV through a built-in mapping (exit 0), a broken copy (exit 1), and refuses CSV without a mapping (exit 2)', () => {
    const dir = tempDir();
    const file = data('colorado-kids-count/dropout-rates-by-race-and-ethnicity.csv');
    const valid = run(dir, 'validate', file, '--mapping', 'co-dropout-by-race-and-sex');
    expect(valid.stderr).toBe('');
    expect(valid.status).toBe(0);
    expect(valid.stdout).toBe(
      `valid   ${file} (observation)\nAll files are valid: 1 file, 0 errors, 0 warnings.\n`,
    );

    const csv = join(dir, 'dropout.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[4] = 'ACADEMY 20,All Students,2012,Percent';
    writeFileSync(csv, lines.join('\n'));
    const invalid = run(
      dir,
      'validate',
      '--format',
      'json',
      '--mapping',
      'co-dropout-by-race-and-sex',
      'dropout.csv',
    );
    expect(invalid.status).toBe(1);
    const report = JSON.parse(invalid.stdout) as {
      ok: boolean;
      files: { file: string; kind: string; ok: boolean; issues: Issue[] }[];
    };
    expect(report.ok).toBe(false);
    expect(report.files).toEqual([
      expect.objectContaining({ file: 'dropout.csv', kind: 'observation', ok: false }),
    ]);
    expect(report.files[0]?.issues).toEqual([
      expect.objectContaining({
        code: 'invalid_format',
        severity: 'error',
        path: ['rows', 5],
        location: expect.objectContaining({ file: 'dropout.csv', row: 5, column: 5 }),
      }),
    ]);

    const wrongMapping = run(dir, 'validate', file, '--mapping', 'edfacts-acgr');
    expect(wrongMapping.status).toBe(1);
    expect(wrongMapping.stdout).toContain(`INVALID ${file} (observation)`);
    expect(wrongMapping.stdout).toMatch(/:1 error mapping\.\S+ unknown_reference: /);

    const noMapping = run(dir, 'validate', file);
    expect(noMapping.status).toBe(2);
    expect(noMapping.stderr).toContain('CSV input needs --mapping <name|file>');
    const unknown = run(dir, 'validate', file, '--mapping', 'nope');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown mapping "nope"');
  });
});

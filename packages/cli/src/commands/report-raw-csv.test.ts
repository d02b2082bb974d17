import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-codes.js';
import { resolveMapping } from '../import/resolve-mapping.js';
import { runCli } from '../run-cli.js';
import { captureIo } from '../testing/capture-io.js';
import { tempDirs } from '../testing/temp-dirs.js';

// Real files are read in place from /work/shared/data; reshaped variants are built in temp folders.
const data = (file: string): string =>
  new URL(`../../../../../shared/data/${file}`, import.meta.url).pathname;
const tempDir = tempDirs('report-csv');
const RACES = ['aian', 'hispanic', 'white', 'black', 'asian'] as const;

/** v024 reshaped long, with headers no built-in mapping knows. */
function povertyCsv(dir: string, year = '2025'): string {
  const parsed = Papa.parse<string[]>(
    readFileSync(data('county-health-rankings/v024_subgroup_how.csv'), 'utf8'),
    { skipEmptyLines: true },
  );
  const [header = [], ...rows] = parsed.data;
  const col = (name: string): number => header.indexOf(name);
  const out = rows.flatMap((row) =>
    RACES.map((race) => [
      row[col('fipscode')]!,
      row[col('county')]!,
      year,
      race,
      row[col(`v024${race}`)]!,
      row[col(`v024${race}low`)]!,
      row[col(`v024${race}high`)]!,
    ]),
  );
  const file = join(dir, 'child-poverty.csv');
  writeFileSync(
    file,
    Papa.unparse(
      [['county_fips', 'county_name', 'year', 'race', 'pct_poverty', 'ci_low', 'ci_high'], ...out],
      { newline: '\n' },
    ),
  );
  return file;
}

describe('report on raw CSV files', () => {
  it('writes a report from a file no built-in mapping fits, with the inferred mapping beside it', async () => {
    const dir = tempDir();
    const csv = povertyCsv(dir);
    const out = join(dir, 'out');
    const io = captureIo();
    expect(await runCli(['report', csv, '--place', '01001', '--out', out], io)).toBe(ExitCode.Ok);
    const text = io.out();
    expect(text).toContain(
      `${csv}: no built-in mapping used: no built-in mapping finds its columns in this header.\n`,
    );
    expect(text).toContain(
      `${csv}: inferred a long mapping from the header and the first rows; every guess, with its evidence:\n`,
    );
    expect(text).toContain(
      '  place-code   high   place code from `county_fips` (FIPS): column `county_fips` holds five-digit codes with leading zeros',
    );
    expect(text).toContain(
      '  unit         high   proportion: column `pct_poverty` values 0.002083-0.9515, 2,867 numeric: proportion\n',
    );
    expect(text).toContain(
      `${csv}: 16,020 rows, 16,020 observations, 0 rejected, 0 errors, 0 warnings\n`,
    );
    const mappingFile = join(out, 'child-poverty.mapping.json');
    expect(text).toContain(
      `Inferred mapping written to ${mappingFile}: edit it and pass it back with --mapping ${mappingFile}\n`,
    );
    expect(text).toContain(
      'No partnership evidence was given, so this report covers the outcomes only: the theory-of-action check (gateways and benchmarks) needs a partnership-evidence document.\n',
    );
    expect(text).toContain(
      'Write a starter with: coe init evidence --place 01001 <data files> --out partnership-evidence.json.',
    );
    expect(text).toContain('Report on Data from child-poverty.csv from 1 document:\n');
    expect(readdirSync(out).sort()).toEqual([
      'child-poverty.mapping.json',
      'report.html',
      'report.md',
    ]);
    const markdown = readFileSync(join(out, 'report.md'), 'utf8');
    expect(markdown).toContain('Autauga County');
    expect(markdown).toContain('## Theory of action\n\nNo partnership evidence was given');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain(
      '<h2>Theory of action</h2>\n<p>No partnership evidence was given',
    );
    // The written mapping is a valid mapping file that --mapping accepts next time: same report.
    expect(resolveMapping(mappingFile).ok).toBe(true);
    const again = captureIo();
    const out2 = join(dir, 'out2');
    expect(
      await runCli(
        ['report', csv, '--place', '01001', '--out', out2, '--mapping', mappingFile],
        again,
      ),
    ).toBe(ExitCode.Ok);
    expect(again.out()).toContain(`${csv}: mapping ${mappingFile} (--mapping)\n`);
    expect(readFileSync(join(out2, 'report.md'), 'utf8')).toBe(markdown);
    expect(existsSync(join(out2, 'child-poverty.mapping.json'))).toBe(false);
  });

  it('refuses to choose among the places without --place, listing candidates, and writes nothing', async () => {
    const dir = tempDir();
    const csv = povertyCsv(dir);
    const out = join(dir, 'out');
    const io = captureIo();
    expect(await runCli(['report', csv, '--out', out], io)).toBe(ExitCode.InvalidData);
    expect(io.err()).toContain('hint: choose the place with --place <code>');
    expect(io.err()).toContain('nothing written.');
    expect(existsSync(out)).toBe(false);
  });

  it('reads a real file through the built-in mapping recognised from its header', async () => {
    const out = tempDir();
    const file = data('county-health-rankings/v024_subgroup_how.csv');
    const io = captureIo();
    expect(await runCli(['report', file, '--place', '01001', '--out', out], io)).toBe(ExitCode.Ok);
    expect(io.out()).toContain(
      `${file}: built-in mapping chrr-v024-children-in-poverty, recognised: the header has every column this mapping reads\n`,
    );
    expect(readdirSync(out).sort()).toEqual(['report.html', 'report.md']);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('Autauga County');
  });

  it('lists the built-in candidates when several fit and only the file name could tell', async () => {
    const dir = tempDir();
    const csv = join(dir, 'rates.csv');
    writeFileSync(
      csv,
      readFileSync(data('colorado-kids-count/high-school-graduation-rates.cr-line-endings.csv')),
    );
    const io = captureIo();
    expect(
      await runCli(
        ['report', csv, '--place', 'ACADEMY 20', '--out', join(dir, 'out'), '--format', 'json'],
        io,
      ),
    ).toBe(ExitCode.Ok);
    const json = JSON.parse(io.out()) as { mappings: { how: string; mappingFile: string }[] };
    expect(json.mappings[0]?.how).toBe('inferred');
    expect(json.mappings[0]?.mappingFile).toBe(join(dir, 'out', 'rates.mapping.json'));
    const text = captureIo();
    await runCli(['report', csv, '--place', 'ACADEMY 20', '--out', join(dir, 'out3')], text);
    expect(text.out()).toContain(
      '(pass --mapping co-graduation or --mapping co-graduation-cr or --mapping co-full-day-kindergarten or --mapping co-remediation to use a built-in one).\n',
    );
  });

  it('says why when no mapping can be inferred, and writes nothing', async () => {
    const dir = tempDir();
    const csv = join(dir, 'names.csv');
    writeFileSync(csv, 'district,row\na,1\nb,2\nc,3\nd,4\ne,5\n');
    const io = captureIo();
    expect(await runCli(['report', csv, '--out', join(dir, 'out')], io)).toBe(ExitCode.InvalidData);
    expect(io.err()).toContain(
      'value: no column holds values (not `row`: whole numbers, one per row or named like a code: identifiers)); pass --mapping <name|file>; nothing written.',
    );
    expect(io.err()).toContain(
      `INVALID ${csv}\n${csv} error (root) csv_mapping_unavailable: No built-in mapping fits this file (no built-in mapping finds its columns in this header) and none could be inferred (period: no column is named like a period or holds years; value: no column holds values`,
    );
    // check reads the file the same way and reports the same issue (exit 1).
    const evidence = join(dir, 'e.json');
    expect(
      await runCli(
        ['init', 'evidence', '--place', 'a', '--out', evidence, '--as-of', '2026-05-01'],
        captureIo(),
      ),
    ).toBe(ExitCode.Ok);
    const check = captureIo();
    expect(await runCli(['check', evidence, csv], check)).toBe(ExitCode.InvalidData);
    expect(check.err()).toContain('csv_mapping_unavailable: No built-in mapping fits this file');
  });

  it('writes one mapping file per inferred input, even when two inputs share a name', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    const first = povertyCsv(join(dir, 'a'), '2024');
    const second = povertyCsv(join(dir, 'b'), '2025');
    const out = join(dir, 'out');
    const io = captureIo();
    expect(await runCli(['report', first, second, '--place', '01001', '--out', out], io)).toBe(
      ExitCode.Ok,
    );
    expect(readdirSync(out).sort()).toEqual([
      'child-poverty-2.mapping.json',
      'child-poverty.mapping.json',
      'report.html',
      'report.md',
    ]);
    expect(io.out()).toContain(
      `Inferred mapping written to ${join(out, 'child-poverty.mapping.json')}`,
    );
    expect(io.out()).toContain(
      `Inferred mapping written to ${join(out, 'child-poverty-2.mapping.json')}`,
    );
    const markdown = readFileSync(join(out, 'report.md'), 'utf8');
    expect(markdown).toContain('| Group | 2024 | 2025 |');
  });
});

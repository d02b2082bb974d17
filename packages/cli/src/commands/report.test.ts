import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-codes.js';
import { runCli } from '../run-cli.js';
import { captureIo } from '../testing/capture-io.js';
import { tempDirs } from '../testing/temp-dirs.js';

const riverbend = fileURLToPath(new URL('../../../../examples/riverbend', import.meta.url));
const CHRR =
  'University of Wisconsin Population Health Institute. County Health Rankings & Roadmaps 2025.';

const tempDir = tempDirs('report');

/** A copy of the Riverbend example (the example folder itself is never written to). */
const riverbendCopy = (): string => {
  const dir = join(tempDir(), 'riverbend');
  mkdirSync(dir);
  for (const name of readdirSync(riverbend).filter((n) => n.endsWith('.json')))
    cpSync(join(riverbend, name), join(dir, name));
  return dir;
};

describe('report', () => {
  it('writes report.html and report.md into <folder>/report by default', async () => {
    const folder = riverbendCopy();
    const io = captureIo();
    expect(await runCli(['report', folder], io)).toBe(ExitCode.Ok);
    expect(readdirSync(join(folder, 'report')).sort()).toEqual(['report.html', 'report.md']);
    expect(io.out()).toContain(
      `Report on Riverbend County from 10 documents:\n  ${join(folder, 'report', 'report.html')}\n  ${join(folder, 'report', 'report.md')}\n`,
    );
    // The example's action plan has one action overdue as of its date: a warning, shown.
    expect(io.err()).toContain(
      `valid   action-plan.json (action-plan)\n${join(folder, 'action-plan.json warning actions[2].dueDate action_overdue: Action act-rural-transport-plan was due on 2026-08-31 and is still in-progress as of 2026-10-31.')}\n`,
    );
    // A second run reads only the documents in the folder, not the report folder, and refuses to overwrite.
    const again = captureIo();
    expect(await runCli(['report', folder], again)).toBe(ExitCode.UsageOrIo);
    expect(again.err()).toContain('report.html exists (use --force to overwrite)');
    expect(await runCli(['report', folder, '--force'], captureIo())).toBe(ExitCode.Ok);
  });

  it('writes the same bytes every time, into --out', async () => {
    const a = tempDir();
    const b = tempDir();
    expect(await runCli(['report', riverbend, '--out', a], captureIo())).toBe(ExitCode.Ok);
    expect(await runCli(['report', riverbend, '--out', b], captureIo())).toBe(ExitCode.Ok);
    for (const name of ['report.html', 'report.md'])
      expect(readFileSync(join(a, name), 'utf8')).toBe(readFileSync(join(b, name), 'utf8'));
    expect(existsSync(join(riverbend, 'report'))).toBe(false);
  });

  it('does not overwrite without --force, and writes nothing when one of the files exists', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'report.md'), 'mine');
    const io = captureIo();
    expect(await runCli(['report', riverbend, '--out', out], io)).toBe(ExitCode.UsageOrIo);
    expect(io.err()).toContain(
      `valid   action-plan.json (action-plan)\n${join(riverbend, 'action-plan.json warning actions[2].dueDate action_overdue: Action act-rural-transport-plan was due on 2026-08-31 and is still in-progress as of 2026-10-31.')}\n`,
    );
    expect(
      io
        .err()
        .endsWith(
          `community-excellence report: ${join(out, 'report.md')} exists (use --force to overwrite)\ncommunity-excellence report: nothing written.\n`,
        ),
    ).toBe(true);
    expect(readdirSync(out)).toEqual(['report.md']);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toBe('mine');
    expect(await runCli(['report', riverbend, '--out', out, '--force'], captureIo())).toBe(
      ExitCode.Ok,
    );
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('# Riverbend County');
  });

  it('exits 1 with the issues of an invalid document, and writes nothing', async () => {
    const folder = riverbendCopy();
    const assessment = JSON.parse(readFileSync(join(folder, 'assessment.json'), 'utf8')) as {
      consensus: { items: { percent: number }[] };
    };
    const first = assessment.consensus.items[0];
    if (first !== undefined) first.percent = 57;
    writeFileSync(join(folder, 'assessment.json'), JSON.stringify(assessment));
    writeFileSync(join(folder, 'broken.json'), '{ "kind": "community", ');
    const io = captureIo();
    expect(await runCli(['report', folder], io)).toBe(ExitCode.InvalidData);
    expect(io.err()).toContain(`INVALID assessment.json (assessment)`);
    expect(io.err()).toContain(
      `${join(folder, 'assessment.json')} error consensus.items[0].percent percent_not_multiple_of_5`,
    );
    expect(io.err()).toContain(
      `INVALID broken.json\n${join(folder, 'broken.json')}:1:24 error (root) invalid_format`,
    );
    expect(io.err()).toContain(`2 of 11 files in ${folder} are invalid; nothing written.`);
    expect(existsSync(join(folder, 'report'))).toBe(false);
  });

  it('reports the issues as JSON with --format json', async () => {
    const folder = riverbendCopy();
    writeFileSync(join(folder, 'extra.json'), JSON.stringify({ kind: 'cohort' }));
    const io = captureIo();
    expect(await runCli(['report', folder, '--format', 'json'], io)).toBe(ExitCode.InvalidData);
    const result = JSON.parse(io.out()) as {
      ok: boolean;
      files: { file: string; ok: boolean; issues: { code: string; path: unknown[] }[] }[];
      written: string[];
    };
    expect(result.ok).toBe(false);
    expect(result.written).toEqual([]);
    const extra = result.files.find((f) => f.file === 'extra.json');
    expect(extra?.ok).toBe(false);
    expect(extra?.issues.length).toBeGreaterThan(0);

    const out = tempDir();
    const ok = captureIo();
    expect(await runCli(['report', riverbend, '--out', out, '--format', 'json'], ok)).toBe(
      ExitCode.Ok,
    );
    expect((JSON.parse(ok.out()) as { written: string[] }).written).toEqual([
      join(out, 'report.html'),
      join(out, 'report.md'),
    ]);
  });

  it('exits 2 for a missing folder, a file of another kind, or a folder without documents', async () => {
    const missing = captureIo();
    expect(await runCli(['report', join(tempDir(), 'nope')], missing)).toBe(ExitCode.UsageOrIo);
    expect(missing.err()).toContain('cannot read');
    // Files are inputs too now (documents and raw CSV files); other files are refused.
    const file = captureIo();
    expect(await runCli(['report', join(riverbend, 'README.md')], file)).toBe(ExitCode.UsageOrIo);
    expect(file.err()).toContain(
      'README.md: report reads a folder, or documents (*.json) and raw CSV files (*.csv)',
    );
    const empty = captureIo();
    expect(await runCli(['report', tempDir()], empty)).toBe(ExitCode.UsageOrIo);
    expect(empty.err()).toContain('no .json files in');
    expect(await runCli(['report'], captureIo())).toBe(ExitCode.UsageOrIo);
  });

  it('prints a date only when given one, and refuses a malformed date', async () => {
    const out = tempDir();
    expect(
      await runCli(['report', riverbend, '--out', out, '--date', '2026-05-01'], captureIo()),
    ).toBe(ExitCode.Ok);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('Prepared on 2026-05-01.');
    const io = captureIo();
    expect(await runCli(['report', riverbend, '--out', tempDir(), '--date', 'May 1'], io)).toBe(
      ExitCode.UsageOrIo,
    );
    expect(io.err()).toContain(
      '--date must be a calendar date like 2026-05-01 (YYYY-MM-DD), not "May 1"',
    );
    // A date of the right shape that names no day (issue 14).
    const calendar = captureIo();
    expect(
      await runCli(['report', riverbend, '--out', tempDir(), '--date', '2026-13-45'], calendar),
    ).toBe(ExitCode.UsageOrIo);
    expect(calendar.err()).toBe(
      'community-excellence report: --date must be a calendar date like 2026-05-01 (YYYY-MM-DD), not "2026-13-45"\n',
    );
  });

  it('adds citation lines from --citations, keyed by source', async () => {
    const dir = tempDir();
    const table = join(dir, 'citations.json');
    writeFileSync(
      table,
      JSON.stringify({
        'riverbend-data-book': {
          name: 'Riverbend data book',
          match: ['Riverbend Thrives data book'],
          lines: ['Cite the Riverbend data book like this.'],
          required: true,
        },
      }),
    );
    const out = join(dir, 'out');
    expect(
      await runCli(['report', riverbend, '--out', out, '--citations', table], captureIo()),
    ).toBe(ExitCode.Ok);
    const markdown = readFileSync(join(out, 'report.md'), 'utf8');
    expect(markdown).toContain('> Cite the Riverbend data book like this.');
    expect(markdown).toContain('> Riverbend Thrives (2025).');

    writeFileSync(table, JSON.stringify({ bad: { name: 'x' } }));
    const io = captureIo();
    expect(
      await runCli(['report', riverbend, '--out', join(dir, 'out2'), '--citations', table], io),
    ).toBe(ExitCode.UsageOrIo);
    expect(io.err()).toContain('bad.match: must be an array of strings');
    expect(existsSync(join(dir, 'out2'))).toBe(false);
  });

  it('carries the County Health Rankings line for data that names it', async () => {
    const folder = riverbendCopy();
    const observations = JSON.parse(
      readFileSync(join(folder, 'observations.json'), 'utf8'),
    ) as Record<string, unknown>;
    observations['source'] =
      'County Health Rankings & Roadmaps 2025 (chrr_measure_calcs), as a test label';
    writeFileSync(join(folder, 'observations.json'), JSON.stringify(observations));
    expect(await runCli(['report', folder], captureIo())).toBe(ExitCode.Ok);
    expect(readFileSync(join(folder, 'report', 'report.md'), 'utf8')).toContain(`> ${CHRR}`);
    expect(readFileSync(join(folder, 'report', 'report.html'), 'utf8')).toContain(
      CHRR.replace('&', '&amp;'),
    );
  });
});

describe('report on a real file of many places (CHR&R children in poverty by race, every US county)', () => {
  const csv = fileURLToPath(
    new URL(
      '../../../../../shared/data/county-health-rankings/v024_subgroup_how.csv',
      import.meta.url,
    ),
  );
  const evidenceOf = (geography: Record<string, unknown>): string => {
    const evidence = JSON.parse(
      readFileSync(join(riverbend, 'partnership-evidence.json'), 'utf8'),
    ) as Record<string, unknown>;
    return JSON.stringify({ ...evidence, geography });
  };
  /** A folder with the imported observation set and a partnership evidence with `geography`. */
  const folderWith = async (geography: Record<string, unknown>): Promise<string> => {
    const folder = tempDir();
    const io = captureIo();
    expect(
      await runCli(
        [
          'import',
          csv,
          '--mapping',
          'chrr-v024-children-in-poverty',
          '--out',
          join(folder, 'poverty.json'),
          '--quiet',
        ],
        io,
      ),
    ).toBe(ExitCode.Ok);
    writeFileSync(join(folder, 'partnership-evidence.json'), evidenceOf(geography));
    return folder;
  };

  it('refuses without a place (exit 1): the candidates with their row counts and a hint on stderr, nothing written', async () => {
    const folder = await folderWith({ name: 'Cincinnati area', type: 'county' });
    const io = captureIo();
    expect(await runCli(['report', folder], io)).toBe(ExitCode.InvalidData);
    expect(io.err()).toMatch(
      /community-excellence report: the outcome data hold 3152 candidate places and none is selected: county 01001 Autauga County \(5 rows\); county 01003 Baldwin County \(5 rows\);.*; and 3142 more\./,
    );
    expect(io.err()).toContain(
      'hint: choose the place with --place <code> (for example --place 01001;',
    );
    expect(io.err().endsWith('community-excellence report: nothing written.\n')).toBe(true);
    expect(io.out()).toBe('');
    expect(existsSync(join(folder, 'report'))).toBe(false);

    const json = captureIo();
    expect(await runCli(['report', folder, '--format', 'json'], json)).toBe(ExitCode.InvalidData);
    const result = JSON.parse(json.out()) as {
      ok: boolean;
      issues: { code: string; candidates?: unknown }[];
      written: string[];
    };
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(['place_ambiguous']);
    expect(result.written).toEqual([]);
    expect(existsSync(join(folder, 'report'))).toBe(false);
  });

  it('with --place 39061 writes a report about Hamilton County, not about the first place of the file', async () => {
    const folder = await folderWith({ name: 'Cincinnati area', type: 'county' });
    const io = captureIo();
    expect(await runCli(['report', folder, '--place', '39061'], io)).toBe(ExitCode.Ok);
    const markdown = readFileSync(join(folder, 'report', 'report.md'), 'utf8');
    expect(markdown).toContain('Hamilton County');
    expect(markdown).not.toContain('Autauga');
    const html = readFileSync(join(folder, 'report', 'report.html'), 'utf8');
    expect(html).toContain('Hamilton County');
  });

  it("uses the evidence's FIPS geography code without --place; --place overrides it", async () => {
    const byCode = await folderWith({
      name: 'Cincinnati area',
      type: 'county',
      codes: [{ system: 'FIPS', value: '39061' }],
    });
    expect(await runCli(['report', byCode], captureIo())).toBe(ExitCode.Ok);
    const markdown = readFileSync(join(byCode, 'report', 'report.md'), 'utf8');
    expect(markdown).toContain('Hamilton County');
    expect(markdown).not.toContain('Autauga');
    // --place wins over the evidence's code.
    const other = tempDir();
    expect(await runCli(['report', byCode, '--place', '39049', '--out', other], captureIo())).toBe(
      ExitCode.Ok,
    );
    const franklin = readFileSync(join(other, 'report.md'), 'utf8');
    expect(franklin).toContain('Franklin County');
    expect(franklin).not.toContain('Hamilton County');
  });

  it('refuses a --place the data do not hold, and warns about a --reference group the data lack', async () => {
    const folder = await folderWith({ name: 'Cincinnati area', type: 'county' });
    const missing = captureIo();
    expect(await runCli(['report', folder, '--place', '99999'], missing)).toBe(
      ExitCode.InvalidData,
    );
    expect(missing.err()).toContain(
      'community-excellence report: the place 99999 is not in the outcome data; its places are: county 01001 Autauga County (5 rows);',
    );
    expect(existsSync(join(folder, 'report'))).toBe(false);

    const typo = captureIo();
    expect(
      await runCli(['report', folder, '--place', '39061', '--reference', 'race=White'], typo),
    ).toBe(ExitCode.Ok);
    expect(typo.err()).toContain(
      'community-excellence report: warning: --reference race=White: the data have no group "White" for race (did you mean race=white?); its groups are: aian, asian, black, hispanic, white. No gaps are measured for race.\n',
    );
    const bad = captureIo();
    expect(await runCli(['report', folder, '--reference', 'race'], bad)).toBe(ExitCode.UsageOrIo);
    expect(bad.err()).toBe(
      'community-excellence report: --reference needs dimension=group (for example race=White), not "race"\n',
    );
  });
});

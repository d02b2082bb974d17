import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtInMappings } from '@community-excellence/theory-of-action/import';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../packages/cli/src/testing/temp-dirs.js';
import { runBuiltCli } from './support/run-built-cli.js';

// End-to-end: the built executable (after `pnpm --filter @community-excellence/cli build`) writing
// reports into temporary folders; the example folder and ../shared/data are only read.
const riverbend = fileURLToPath(new URL('../examples/riverbend/', import.meta.url));
const data = (file: string): string =>
  fileURLToPath(new URL(`../../shared/data/${file}`, import.meta.url));
const CHRR =
  'University of Wisconsin Population Health Institute. County Health Rankings & Roadmaps 2025.';

const run = runBuiltCli;

const tempDir = tempDirs('report-e2e');

const read = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8');
const copyRiverbend = (): string => {
  const dir = join(tempDir(), 'riverbend');
  mkdirSync(dir);
  for (const name of readdirSync(riverbend).filter((n) => n.endsWith('.json')))
    cpSync(join(riverbend, name), join(dir, name));
  return dir;
};

describe('community-excellence report (built executable)', () => {
  it('writes report.html and report.md for examples/riverbend into --out, and says where', () => {
    const out = join(tempDir(), 'out');
    const result = run(tempDir(), 'report', riverbend, '--out', out);
    // The example action plan has one action overdue as of its date: a warning, shown, not fatal.
    expect(result.stderr).toBe(
      `valid   action-plan.json (action-plan)\n${join(riverbend, 'action-plan.json')} warning actions[2].dueDate action_overdue: Action act-rural-transport-plan was due on 2026-08-31 and is still in-progress as of 2026-10-31.\n`,
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `Report on Riverbend County from 10 documents:\n  ${join(out, 'report.html')}\n  ${join(out, 'report.md')}\n`,
    );
    expect(readdirSync(out).sort()).toEqual(['report.html', 'report.md']);
    const html = read(out, 'report.html');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect((html.match(/<svg /g) ?? []).length).toBe(22);
    const markdown = read(out, 'report.md');
    expect(markdown).toContain('Total 278 of 1000 points (27.8%).');
    expect(markdown).toContain(
      'Place analysed: Riverbend County (county riverbend-county), chosen by a place code in the partnership evidence.',
    );
    expect(markdown).toContain(
      'Target for All, 2024-25: missed: 89.6 in 2024-25, 0.4 short of 90.',
    );
    expect(markdown).toContain(
      'Suggested range: 10-25 (a suggestion an examiner can accept or override, never a score).',
    );
    expect(existsSync(join(riverbend, 'report'))).toBe(false);
  });

  it('is deterministic: two runs, from different folders, give byte-identical files', () => {
    const a = join(tempDir(), 'a');
    const b = join(tempDir(), 'b');
    expect(run(tempDir(), 'report', riverbend, '--out', a).status).toBe(0);
    expect(run(tempDir(), 'report', riverbend, '--out', b).status).toBe(0);
    expect(readFileSync(join(a, 'report.html'))).toEqual(readFileSync(join(b, 'report.html')));
    expect(readFileSync(join(a, 'report.md'))).toEqual(readFileSync(join(b, 'report.md')));
  });

  it('refuses to overwrite without --force (exit 2, nothing written), and overwrites with it', () => {
    const out = join(tempDir(), 'out');
    expect(run(tempDir(), 'report', riverbend, '--out', out).status).toBe(0);
    writeFileSync(join(out, 'report.html'), 'edited by hand');
    const refused = run(tempDir(), 'report', riverbend, '--out', out);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain(
      `${join(out, 'report.html')} exists (use --force to overwrite)`,
    );
    expect(refused.stderr).toContain('nothing written');
    expect(read(out, 'report.html')).toBe('edited by hand');
    expect(readdirSync(out).sort()).toEqual(['report.html', 'report.md']);
    const forced = run(tempDir(), 'report', riverbend, '--out', out, '--force');
    expect(forced.status).toBe(0);
    expect(read(out, 'report.html')).toContain('<h1>Riverbend County</h1>');
  });

  it('writes into <folder>/report by default', () => {
    const folder = copyRiverbend();
    const result = run(folder, 'report', '.');
    expect(result.status).toBe(0);
    expect(readdirSync(join(folder, 'report')).sort()).toEqual(['report.html', 'report.md']);
  });

  it('exits 1 on a broken document, prints its issues, and writes nothing', () => {
    const folder = copyRiverbend();
    const cohort = JSON.parse(read(folder, 'cohort.json')) as Record<string, unknown>;
    cohort['capacity'] = 'six';
    writeFileSync(join(folder, 'cohort.json'), JSON.stringify(cohort, null, 2));
    const result = run(tempDir(), 'report', folder);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('INVALID cohort.json');
    expect(result.stderr).toMatch(/cohort\.json error capacity /);
    expect(result.stderr).toContain('1 of 10 files');
    expect(existsSync(join(folder, 'report'))).toBe(false);

    const json = run(tempDir(), 'report', folder, '--format', 'json');
    expect(json.status).toBe(1);
    const parsed = JSON.parse(json.stdout) as {
      ok: boolean;
      files: { file: string; ok: boolean; issues: { path: unknown[] }[] }[];
    };
    expect(parsed.ok).toBe(false);
    expect(parsed.files.find((f) => f.file === 'cohort.json')?.issues[0]?.path).toEqual([
      'capacity',
    ]);
  });

  it('exits 2 on a missing folder', () => {
    const result = run(tempDir(), 'report', join(tempDir(), 'no-such-folder'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cannot read');
    expect(result.stdout).toBe('');
  });

  it('carries the County Health Rankings citation on a report of real CHR&R data imported with the CLI', () => {
    const folder = join(tempDir(), 'chrr');
    mkdirSync(folder);
    const imported = run(
      folder,
      'import',
      data('county-health-rankings/v024_subgroup_how.csv'),
      '--mapping',
      'chrr-v024-children-in-poverty',
      '--out',
      join(folder, 'observations.json'),
      '--quiet',
    );
    expect(imported.status).toBe(0);
    const mapping = builtInMappings['chrr-v024-children-in-poverty'];
    writeFileSync(
      join(folder, 'indicators.json'),
      JSON.stringify({
        kind: 'indicator-set',
        formatVersion: 1,
        id: 'chrr-indicators',
        name: mapping.name,
        indicators: mapping.indicators,
      }),
    );
    const result = run(folder, 'report', '.', '--out', 'out', '--place', '39061');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const markdown = read(join(folder, 'out'), 'report.md');
    expect(markdown).toContain(`> ${CHRR}`);
    expect(markdown).toContain('### Children in poverty');
    // The chosen county, how it was chosen, and its state and the nation as comparisons.
    expect(markdown).toContain('## Outcomes in Hamilton County');
    expect(markdown).toContain(
      'Place analysed: Hamilton County (county 39061), chosen with --place.',
    );
    expect(markdown).toContain(
      'Compared with Ohio (state 39000), the state and United States (nation 00000), the nation.',
    );
    expect(markdown).toContain('## Results evidence (LeTCI)');
    expect(read(join(folder, 'out'), 'report.html')).toContain(
      `<blockquote class="citation">${CHRR.replace('&', '&amp;')}</blockquote>`,
    );
  });
});

describe('community-excellence demo (built executable) writes the example report', () => {
  it('writes it into a new temporary folder by default and prints where, after the text sections', () => {
    const cwd = tempDir();
    const result = run(cwd, 'demo');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('All documents are valid');
    expect(result.stdout).toContain('\nScoring\n');
    const match =
      /\nReport \(open the HTML file in a browser; it needs no network\)\n {2}(\S+report\.html)\n {2}(\S+report\.md)\n$/.exec(
        result.stdout,
      );
    expect(match).not.toBeNull();
    const html = match?.[1] ?? '';
    tempDir.adopt(join(html, '..'));
    expect(html.startsWith(join(tmpdir(), 'community-excellence-demo-'))).toBe(true);
    expect(readdirSync(cwd)).toEqual([]);
    // The demo's report is the report of examples/riverbend.
    const out = join(tempDir(), 'out');
    expect(run(cwd, 'report', riverbend, '--out', out).status).toBe(0);
    expect(readFileSync(html, 'utf8')).toBe(read(out, 'report.html'));
    expect(readFileSync(match?.[2] ?? '', 'utf8')).toBe(read(out, 'report.md'));
    // Every run gets its own folder.
    const second = /\n {2}(\S+report\.html)\n/.exec(run(cwd, 'demo').stdout)?.[1] ?? '';
    tempDir.adopt(join(second, '..'));
    expect(second).not.toBe(html);
  });

  it('writes into --out, refusing to overwrite without --force', () => {
    const out = join(tempDir(), 'demo-report');
    const first = run(tempDir(), 'demo', '--out', out, '--format', 'json');
    expect(first.status).toBe(0);
    expect((JSON.parse(first.stdout) as { report: unknown }).report).toEqual({
      html: join(out, 'report.html'),
      markdown: join(out, 'report.md'),
    });
    const refused = run(tempDir(), 'demo', '--out', out);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('exists (use --force to overwrite); report not written');
    expect(run(tempDir(), 'demo', '--out', out, '--force').status).toBe(0);
  });
});

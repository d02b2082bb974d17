import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-codes.js';
import { runCli } from '../run-cli.js';
import { captureIo } from '../testing/capture-io.js';
import { tempDirs } from '../testing/temp-dirs.js';

const riverbend = fileURLToPath(new URL('../../../../examples/riverbend', import.meta.url));
const tempDir = tempDirs('report-feedback');

const riverbendCopy = (): string => {
  const dir = join(tempDir(), 'riverbend');
  mkdirSync(dir);
  for (const name of readdirSync(riverbend).filter((n) => n.endsWith('.json')))
    cpSync(join(riverbend, name), join(dir, name));
  return dir;
};

describe('report --feedback', () => {
  it('writes feedback.html and feedback.md alone, and never over existing files without --force', async () => {
    const folder = riverbendCopy();
    const out = join(folder, 'report');
    const io = captureIo();
    expect(await runCli(['report', folder, '--feedback', '--date', '2026-05-01'], io)).toBe(
      ExitCode.Ok,
    );
    expect(readdirSync(out).sort()).toEqual(['feedback.html', 'feedback.md']);
    expect(io.out()).toBe(
      `Feedback report on Riverbend County (2 assessments):\n  ${join(out, 'feedback.html')}\n  ${join(out, 'feedback.md')}\n`,
    );
    const md = readFileSync(join(out, 'feedback.md'), 'utf8');
    expect(md.startsWith('# Riverbend County: feedback report\n\nPrepared on 2026-05-01.')).toBe(
      true,
    );
    expect(md).toContain('(consensus-1.1-o1)');
    expect(md).toContain('### Key themes');
    expect(md).not.toContain('## Outcomes');
    const html = readFileSync(join(out, 'feedback.html'), 'utf8');
    expect(html).toContain('<h1>Riverbend County: feedback report</h1>');
    expect(html).toContain('(consensus-1.1-o1)</li>');

    writeFileSync(join(out, 'feedback.md'), 'keep');
    const again = captureIo();
    expect(await runCli(['report', folder, '--feedback'], again)).toBe(ExitCode.UsageOrIo);
    // The folder's validation lines come first (the example plan has one overdue action: a
    // warning); the refusal ends the output.
    expect(
      again
        .err()
        .endsWith(
          `community-excellence report: ${join(out, 'feedback.html')} exists (use --force to overwrite)\ncommunity-excellence report: ${join(out, 'feedback.md')} exists (use --force to overwrite)\ncommunity-excellence report: nothing written.\n`,
        ),
    ).toBe(true);
    expect(readFileSync(join(out, 'feedback.md'), 'utf8')).toBe('keep');
    expect(await runCli(['report', folder, '--feedback', '--force'], captureIo())).toBe(
      ExitCode.Ok,
    );
    expect(readFileSync(join(out, 'feedback.md'), 'utf8')).toContain('(consensus-1.1-o1)');
  });

  it('reports what it wrote as JSON with --format json', async () => {
    const folder = riverbendCopy();
    const io = captureIo();
    expect(await runCli(['report', folder, '--feedback', '--format', 'json'], io)).toBe(
      ExitCode.Ok,
    );
    const json = JSON.parse(io.out()) as { ok: boolean; written: string[] };
    expect(json.ok).toBe(true);
    expect(json.written).toEqual([
      join(folder, 'report', 'feedback.html'),
      join(folder, 'report', 'feedback.md'),
    ]);
  });
});

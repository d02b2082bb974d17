import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-codes.js';
import { runCli } from '../run-cli.js';
import { captureIo } from '../testing/capture-io.js';

const assessmentFile = fileURLToPath(
  new URL('../../../../examples/riverbend/assessment.json', import.meta.url),
);
const dir = mkdtempSync(join(tmpdir(), 'coe-feedback-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = async (...args: string[]): Promise<{ code: ExitCode; out: string; err: string }> => {
  const io = captureIo();
  const code = await runCli(['feedback', ...args], io);
  return { code, out: io.out(), err: io.err() };
};

const O1 =
  'It is not clear how the group knows whether partner staff and residents understand the vision; no deployment measure is described.';

describe('feedback', () => {
  it('prints the consensus feedback as text: summary, key themes, items, next points, scores', async () => {
    const { code, out, err } = await run(assessmentFile);
    expect(code).toBe(ExitCode.Ok);
    expect(err).toBe('');
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^Feedback: Riverbend County 2026 baseline assessment/);
    expect(lines[2]).toBe(
      'Findings from the consensus record (agreed), scope coe-level-3, cycle: 2026 baseline assessment, National Learning Collaborative year 1.',
    );
    expect(out).toContain(
      'Key themes\n  10 key factors named by findings on two or more items, widest first (then by high-priority opportunities):\n  1. Key factor "Resident and youth voice in decisions" (ksf-resident-voice) runs through 6 items',
    );
    expect(out).toContain(
      `  1.1 Community Excellence Group Leadership\n    Range 30-45 (40%): 28 of 70 points.\n    What range 30-45 looks like (process, ADLI):\n      Approach: An effective, systematic method answers the basic question.`,
    );
    expect(out).toContain(`      - [medium] ${O1} (consensus-1.1-o1)`);
    expect(out).toContain(
      '    Why this range (consensus rationale): All three reviews placed 1.1 in 30-45',
    );
    expect(out).toContain(
      '    What the next range, 50-65, requires (process, ADLI):\n      Approach: An effective, systematic method answers the overall questions.',
    );
    expect(out).toContain('  7.1: 35% -> 50-65, +18; consensus-7.1-o1 (high)');
    expect(out).toContain(
      'Scores\n  1.1  Community Excellence Group Leadership  30-45  40%  28 / 70',
    );
  });

  it('prints the feedback report as Markdown', async () => {
    const { code, out } = await run(assessmentFile, '--format', 'markdown');
    expect(code).toBe(ExitCode.Ok);
    expect(out.startsWith('# Riverbend County 2026 baseline assessment')).toBe(true);
    expect(out).toContain('(consensus-1.1-o1)');
    expect(out).toContain('### Scores');
  });

  it('gives one reviewer\u2019s feedback with --reviewer, and JSON with the feedback object', async () => {
    const { code, out } = await run(
      assessmentFile,
      '--reviewer',
      'rev-linda-cho',
      '--format',
      'json',
    );
    expect(code).toBe(ExitCode.Ok);
    const json = JSON.parse(out) as {
      ok: boolean;
      feedback: { source: { label: string }; summary: { counts: { opportunities: number } } };
    };
    expect(json.ok).toBe(true);
    expect(json.feedback.source.label).toBe('review review-cho by Linda Cho (submitted)');
    expect(json.feedback.summary.counts.opportunities).toBe(34);
  });

  it('refuses an unknown reviewer or scope (exit 2)', async () => {
    const reviewer = await run(assessmentFile, '--reviewer', 'rev-nobody');
    expect(reviewer.code).toBe(ExitCode.UsageOrIo);
    expect(reviewer.err).toMatch(/^community-excellence feedback: --reviewer rev-nobody: /);
    const scope = await run(assessmentFile, '--scope', 'no-such-scope');
    expect(scope.code).toBe(ExitCode.UsageOrIo);
    expect(scope.err).toMatch(/^community-excellence feedback: --scope no-such-scope: /);
  });

  it('writes --out atomically and never over an existing file without --force', async () => {
    const out = join(dir, 'feedback.md');
    const first = await run(assessmentFile, '--format', 'markdown', '--out', out);
    expect(first.code).toBe(ExitCode.Ok);
    expect(first.out).toBe(
      `Feedback on Riverbend County 2026 baseline assessment (full framework, recognition level 3 scope) written to ${out}\n`,
    );
    expect(readFileSync(out, 'utf8')).toContain('(consensus-1.1-o1)');
    writeFileSync(out, 'keep');
    const second = await run(assessmentFile, '--out', out);
    expect(second.code).toBe(ExitCode.UsageOrIo);
    expect(second.err).toBe(
      `community-excellence feedback: ${out} exists (use --force to overwrite); nothing written.\n`,
    );
    expect(readFileSync(out, 'utf8')).toBe('keep');
    expect((await run(assessmentFile, '--out', out, '--force')).code).toBe(ExitCode.Ok);
    expect(readFileSync(out, 'utf8')).toMatch(/^Feedback: /);
  });

  it('reports an invalid assessment (exit 1) and an unreadable file (exit 2)', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"kind":"assessment"}');
    expect((await run(bad)).code).toBe(ExitCode.InvalidData);
    expect((await run(join(dir, 'missing.json'))).code).toBe(ExitCode.UsageOrIo);
  });
});

describe('the Riverbend excerpt in docs/feedback.md', () => {
  it('is what coe feedback --format markdown prints, line for line (… marks the cuts)', async () => {
    const docs = readFileSync(
      fileURLToPath(new URL('../../../../docs/feedback.md', import.meta.url)),
      'utf8',
    );
    const excerpt = /```text\n(# Riverbend[\s\S]*?)\n```/.exec(docs)?.[1] ?? '';
    const { out } = await run(assessmentFile, '--format', 'markdown');
    const pieces = excerpt.split('\n...\n');
    expect(pieces.length).toBe(3);
    for (const piece of pieces) expect(out).toContain(piece.replace(/\n\.\.\.$/, ''));
  });
});

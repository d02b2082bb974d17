import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from './exit-codes.js';
import { runCli } from './run-cli.js';
import { captureIo } from './testing/capture-io.js';
import { tempDirs } from './testing/temp-dirs.js';

const capture = captureIo;
const tempDir = tempDirs('run-cli');

describe('runCli', () => {
  it('runs the demo on the built-in example community', async () => {
    const io = capture();
    const out = join(tempDir(), 'report');
    expect(await runCli(['demo', '--out', out], io)).toBe(ExitCode.Ok);
    expect(io.out()).toContain('valid   assessment.json');
    expect(io.out()).toContain('3 reviewers, 51 item evaluations, consensus on 17 items');
    // The example's action plan has one action overdue as of its date (a warning).
    expect(io.out()).toContain(
      'action-plan.json           action-plan: Riverbend Thrives action plan 2026-27: answering the baseline assessment: 14 actions, 8 report-backs',
    );
    expect(io.out()).toContain(
      'action-plan.json warning actions[2].dueDate action_overdue: Action act-rural-transport-plan was due on 2026-08-31 and is still in-progress as of 2026-10-31.',
    );
    expect(io.out()).toContain('All documents are valid: 10 documents, 0 errors, 1 warning.');
    // The consensus scorecard (hand-checked in the scoring package's golden tests: 278 of 1000).
    expect(io.out()).toContain(
      'Process 170 of 550 (band 2 of 8), results 108 of 450 (band 1 of 8); total 278 of 1000',
    );
    expect(io.out()).toContain('flagged 4.1: reviewers 2 ranges apart');
    expect(io.out()).toContain('Highest gateway reached (self-assessed): EMERGING');
    expect(io.out()).toContain('-14.1 (2020-21) -> -9.4 (2024-25) points: closing');
    expect(io.out()).toContain(
      'October 2025 cohort: state phase-one after 24 recorded events (as of 2026-04-14)',
    );
    expect(io.out()).toMatch(/advance +not yet: phase-one runs until 2026-10-14/);
    // The report, where the demo says it is.
    expect(io.out()).toContain(`  ${join(out, 'report.html')}\n  ${join(out, 'report.md')}\n`);
    expect(existsSync(join(out, 'report.html')) && existsSync(join(out, 'report.md'))).toBe(true);
    expect(io.err()).toBe('');
  });

  it('prints the demo report as JSON', async () => {
    const io = capture();
    expect(await runCli(['demo', '--format', 'json', '--out', join(tempDir(), 'report')], io)).toBe(
      ExitCode.Ok,
    );
    const report = JSON.parse(io.out()) as {
      ok: boolean;
      documents: { file: string; ok: boolean; kind: string }[];
    };
    expect(report.ok).toBe(true);
    expect(report.documents.map((d) => d.kind)).toEqual([
      'community',
      'assessment',
      'indicator-set',
      'observation-set',
      'cohort',
      'program-participation',
      'partnership-evidence',
      'action-plan',
      'assessment',
      'recognition',
    ]);
  });

  it('exits 2 on an unknown command or option, and 0 for --help', async () => {
    const io = capture();
    expect(await runCli(['frobnicate'], io)).toBe(ExitCode.UsageOrIo);
    expect(io.err()).toContain("unknown command 'frobnicate'");
    expect(await runCli(['demo', '--nope'], capture())).toBe(ExitCode.UsageOrIo);
    const help = capture();
    expect(await runCli(['--help'], help)).toBe(ExitCode.Ok);
    expect(help.out()).toContain('demo');
  });

  it('exits 2 on a bad --format value', async () => {
    const io = capture();
    expect(await runCli(['demo', '--format', 'yaml'], io)).toBe(ExitCode.UsageOrIo);
    expect(io.err()).toContain('yaml');
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IndicatorSet, ObservationSet } from '@community-excellence/schemas';
import { afterAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-codes.js';
import { runCli } from '../run-cli.js';
import { captureIo } from '../testing/capture-io.js';

const riverbend = (file: string): string =>
  fileURLToPath(new URL(`../../../../examples/riverbend/${file}`, import.meta.url));
const evidence = riverbend('partnership-evidence.json');
const indicators = riverbend('indicators.json');
const observations = riverbend('observations.json');
const observationSet = JSON.parse(readFileSync(observations, 'utf8')) as ObservationSet;
const dir = mkdtempSync(join(tmpdir(), 'coe-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = async (...args: string[]): Promise<{ code: ExitCode; out: string; err: string }> => {
  const io = captureIo();
  const code = await runCli(['check', ...args], io);
  return { code, out: io.out(), err: io.err() };
};

interface ReportJson {
  kind: string;
  highestGateway: string | null;
  counts: Record<string, number>;
  results: { id: string; status: string }[];
}

describe('check', () => {
  it('prints the theory-of-action report as text (exit 0)', async () => {
    const { code, out, err } = await run(evidence, observations, '--indicators', indicators);
    expect(code).toBe(ExitCode.Ok);
    expect(out).toContain(
      'Highest gateway reached (self-assessed): EMERGING\n  71 benchmarks: 46 met, 2 not-met, 7 insufficient-evidence, 16 not-applicable\n  SUSTAINING is blocked by S.1.3, S.3.2\n',
    );
    expect(err).toBe('');
  });

  it('gives the report object itself as JSON, byte-identical across runs, wherever the indicator set is given', async () => {
    const first = await run(evidence, observations, '--indicators', indicators, '--format', 'json');
    const positional = await run(evidence, indicators, observations, '--format', 'json');
    expect(first.code).toBe(ExitCode.Ok);
    expect(positional.out).toBe(first.out);
    const report = JSON.parse(first.out) as ReportJson;
    expect(report.kind).toBe('theory-of-action-report');
    expect(report.highestGateway).toBe('EMERGING');
    expect(report.results).toHaveLength(71);
  });

  it('writes Markdown, the same for the same inputs', async () => {
    const first = await run(evidence, observations, indicators, '--format', 'markdown');
    expect(first.out.startsWith('# Theory-of-action report: riverbend-thrives\n')).toBe(true);
    expect(first.out).toContain('| SUSTAINING | no | 8 | 0 | 2 | 0 | S.1.3, S.3.2 |');
    expect((await run(evidence, observations, indicators, '--format', 'markdown')).out).toBe(
      first.out,
    );
  });

  it('reads observation rows from NDJSON and from several files, giving the same report as one set', async () => {
    const rows = observationSet.observations;
    const half = Math.floor(rows.length / 2);
    const ndjson = join(dir, 'rows.ndjson');
    writeFileSync(
      ndjson,
      `${rows
        .slice(half)
        .map((r) => JSON.stringify(r))
        .join('\n')}\n`,
    );
    const firstHalf = join(dir, 'first-half.json');
    writeFileSync(
      firstHalf,
      JSON.stringify({ ...observationSet, observations: rows.slice(0, half) }),
    );
    const split = await run(
      evidence,
      firstHalf,
      ndjson,
      '--indicators',
      indicators,
      '--format',
      'json',
    );
    const whole = await run(evidence, observations, '--indicators', indicators, '--format', 'json');
    expect(split.code).toBe(ExitCode.Ok);
    expect(split.out).toBe(whole.out);
  });

  it('takes a community document among the files', async () => {
    const { code } = await run(evidence, observations, indicators, riverbend('community.json'));
    expect(code).toBe(ExitCode.Ok);
  });

  it('reports observations whose indicators are unknown, with a hint (exit 1)', async () => {
    const { code, out, err } = await run(evidence, observations);
    expect(code).toBe(ExitCode.InvalidData);
    expect(out).toBe('');
    expect(err).toContain(`${observations} error observations[0].indicatorId unknown_reference`);
    expect(err).toContain('pass the indicator set with --indicators <file>');
  });

  it('reports NDJSON rows with their row, malformed JSON with row and column (exit 1)', async () => {
    const ndjson = join(dir, 'bad.ndjson');
    writeFileSync(ndjson, `${JSON.stringify(observationSet.observations[0])}\n{"indicatorId":\n`);
    const rows = await run(evidence, ndjson, '--indicators', indicators, '--format', 'json');
    expect(rows.code).toBe(ExitCode.InvalidData);
    expect((JSON.parse(rows.out) as { issues: unknown[] }).issues).toMatchObject([
      { code: 'invalid_format', location: { file: ndjson, row: 2, column: 16 } },
    ]);
    const malformed = join(dir, 'malformed.json');
    writeFileSync(malformed, '{"kind": "observation-set",\n "observations": [}\n');
    const json = await run(evidence, malformed, '--indicators', indicators);
    expect(json.code).toBe(ExitCode.InvalidData);
    expect(json.err).toContain(`${malformed}:2:19 error (root) invalid_format`);
  });

  it('reports documents of the wrong kind (exit 1)', async () => {
    const swapped = await run(
      observations,
      evidence,
      '--indicators',
      indicators,
      '--format',
      'json',
    );
    expect(swapped.code).toBe(ExitCode.InvalidData);
    const issues = (
      JSON.parse(swapped.out) as { issues: { code: string; location: { file: string } }[] }
    ).issues;
    expect(issues.map((i) => [i.code, i.location.file])).toEqual([
      ['unknown_kind', observations],
      ['unknown_kind', evidence],
    ]);
    const notIndicators = await run(
      evidence,
      observations,
      '--indicators',
      riverbend('community.json'),
    );
    expect(notIndicators.code).toBe(ExitCode.InvalidData);
    expect(notIndicators.err).toContain('unknown_kind');
  });

  it('reports an invalid indicator set (exit 1)', async () => {
    const file = join(dir, 'indicators.json');
    const set = JSON.parse(readFileSync(indicators, 'utf8')) as IndicatorSet;
    writeFileSync(
      file,
      JSON.stringify({ ...set, indicators: [{ ...set.indicators[0], unit: 'percent' }] }),
    );
    const { code, err } = await run(evidence, observations, '--indicators', file);
    expect(code).toBe(ExitCode.InvalidData);
    expect(err).toContain(`${file} error indicators[0].unit`);
  });

  it('reports a missing file as an I/O error (exit 2)', async () => {
    expect((await run(join(dir, 'missing.json'), observations)).code).toBe(ExitCode.UsageOrIo);
    expect(
      (await run(evidence, join(dir, 'missing.ndjson'), '--indicators', indicators)).code,
    ).toBe(ExitCode.UsageOrIo);
    expect(
      (await run(evidence, observations, '--indicators', join(dir, 'missing.json'))).code,
    ).toBe(ExitCode.UsageOrIo);
  });

  it('needs the evidence and at least one more file (exit 2)', async () => {
    expect((await run(evidence)).code).toBe(ExitCode.UsageOrIo);
  });
});

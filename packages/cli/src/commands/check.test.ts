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

  it('tests gap changes against the counts by default, and reads whole-cohort counts as exact with --gap-uncertainty intervals', async () => {
    const byDefault = JSON.parse(
      (await run(evidence, observations, indicators, '--format', 'json')).out,
    ) as ReportJson;
    expect(byDefault.results.find((r) => r.id === 'P.0.2')?.status).toBe('not-met');
    const exact = await run(
      evidence,
      observations,
      indicators,
      '--gap-uncertainty',
      'intervals',
      '--format',
      'json',
    );
    expect(exact.code).toBe(ExitCode.Ok);
    const report = JSON.parse(exact.out) as ReportJson & {
      parameters: { gapUncertainty: string };
    };
    expect(report.parameters.gapUncertainty).toBe('intervals');
    expect(report.results.find((r) => r.id === 'P.0.2')?.status).toBe('met');
    const text = await run(evidence, observations, indicators, '--gap-uncertainty', 'intervals');
    expect(text.out).toContain(
      'Black - White (race-ethnicity): closing: 4.7 of 14.1 percentage points closed (33.3%); Black rose 5.5 percentage points while White rose 0.8',
    );
    const wrong = await run(evidence, observations, indicators, '--gap-uncertainty', 'some');
    expect(wrong.code).toBe(ExitCode.UsageOrIo);
    expect(wrong.err).toContain(
      "argument 'some' is invalid. Allowed choices are counts-and-intervals, intervals, none.",
    );
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

describe('check on a real file of many places (CHR&R children in poverty by race, every US county)', () => {
  const csv = fileURLToPath(
    new URL(
      '../../../../../shared/data/county-health-rankings/v024_subgroup_how.csv',
      import.meta.url,
    ),
  );
  const poverty = join(dir, 'poverty.json');
  const evidenceWith = (name: string, geography: Record<string, unknown>): string => {
    const file = join(dir, name);
    const doc = JSON.parse(readFileSync(evidence, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...doc, geography }));
    return file;
  };
  const imported = async (): Promise<void> => {
    const io = captureIo();
    const code = await runCli(
      [
        'import',
        csv,
        '--mapping',
        'chrr-v024-children-in-poverty',
        '--out',
        poverty,
        '--force',
        '--quiet',
      ],
      io,
    );
    expect(code).toBe(ExitCode.Ok);
  };

  it('refuses without a place (exit 1), with the candidates and a hint; the JSON report still carries them', async () => {
    await imported();
    const noCode = evidenceWith('no-code.json', { name: 'Cincinnati area', type: 'county' });
    const text = await run(noCode, poverty);
    expect(text.code).toBe(ExitCode.InvalidData);
    expect(text.out).toBe('');
    expect(text.err).toMatch(
      /community-excellence check: the outcome data hold 3152 candidate places and none is selected: county 01001 Autauga County \(5 rows\);.*; and 3142 more\./,
    );
    expect(text.err).toContain(
      'hint: choose the place with --place <code> (for example --place 01001;',
    );
    const json = await run(noCode, poverty, '--format', 'json');
    expect(json.code).toBe(ExitCode.InvalidData);
    const report = JSON.parse(json.out) as {
      outcomes: { place: unknown; candidates: { code: string; rows: number }[] };
    };
    expect(report.outcomes.place).toBeNull();
    // Every place of the data; the message counts those that are not a state or the nation.
    const candidates = report.outcomes.candidates as {
      level: string;
      code: string;
      rows: number;
    }[];
    expect(candidates).toHaveLength(3204);
    expect(candidates.filter((c) => c.level !== 'state' && c.level !== 'nation')).toHaveLength(
      3152,
    );
    expect(report.outcomes.candidates.find((c) => c.code === '39061')?.rows).toBe(5);
  });

  it('with --place 39061 or the evidence FIPS code, analyses Hamilton County with Ohio and the nation as comparisons', async () => {
    await imported();
    const noCode = evidenceWith('no-code.json', { name: 'Cincinnati area', type: 'county' });
    const byOption = await run(noCode, poverty, '--place', '39061');
    expect(byOption.code).toBe(ExitCode.Ok);
    expect(byOption.out).toContain(
      'Outcomes at county 39061 Hamilton County (chosen with --place)\n  Compared with: state 39000 Ohio; nation 00000 United States\n',
    );
    const fips = evidenceWith('fips.json', {
      name: 'Cincinnati area',
      type: 'county',
      codes: [{ system: 'FIPS', value: '39061' }],
    });
    const byCode = await run(fips, poverty);
    expect(byCode.code).toBe(ExitCode.Ok);
    expect(byCode.out).toContain(
      "Outcomes at county 39061 Hamilton County (chosen by a code of the evidence's geography)\n",
    );
    const markdown = await run(fips, poverty, '--format', 'markdown');
    expect(markdown.out).toContain(
      "| Place analysed | county 39061 Hamilton County (chosen by a code of the evidence's geography) |",
    );
    expect(markdown.out).toContain('Compared with: state 39000 Ohio; nation 00000 United States');
    const json = JSON.parse((await run(fips, poverty, '--format', 'json')).out) as {
      outcomes: { place: { code: string; basis: string } };
    };
    expect(json.outcomes.place).toMatchObject({ code: '39061', basis: 'evidence-code' });
  });

  it('warns about a --reference group the data do not have, with the groups they have', async () => {
    await imported();
    const fips = evidenceWith('fips.json', {
      name: 'Cincinnati area',
      type: 'county',
      codes: [{ system: 'FIPS', value: '39061' }],
    });
    const typo = await run(fips, poverty, '--reference', 'race=White');
    expect(typo.code).toBe(ExitCode.Ok);
    expect(typo.err).toContain(
      'community-excellence check: warning: --reference race=White: the data have no group "White" for race (did you mean race=white?); its groups are: aian, asian, black, hispanic, white. No gaps are measured for race.\n',
    );
    expect(typo.out).toContain('    race: White (named with --reference)\n');
    const right = await run(fips, poverty, '--reference', 'race=white');
    expect(right.err).not.toContain('--reference race=white');
  });
});

describe('check shows the outcome analysis of the Riverbend example', () => {
  it('names a reference group chosen with --reference, and reads the gaps against it', async () => {
    const { code, out } = await run(
      evidence,
      observations,
      '--indicators',
      indicators,
      '--reference',
      'race-ethnicity=Hispanic',
    );
    expect(code).toBe(ExitCode.Ok);
    expect(out).toContain('    race-ethnicity: Hispanic (named with --reference)\n');
    expect(out).toMatch(
      /\n {6}White - Hispanic \(race-ethnicity\): no change within uncertainty \(change -3\.1 percentage points, margin ±\d+\.\d\)\n/,
    );
    expect(out).not.toContain(' - White (race-ethnicity)');
  });
});

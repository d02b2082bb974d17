import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cohortMachine } from '@community-excellence/cohorts';
import { BUILT_IN_FRAMEWORKS, type ObservationSet } from '@community-excellence/schemas';
import { builtInMappings, importCsv } from '@community-excellence/theory-of-action/import';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_BIN, runBuiltCli, type CliRun } from './support/run-built-cli.js';

// End-to-end: the built executable (after `pnpm build`) on the Riverbend example files and on a
// real file from /work/shared/data (read in place; the observation files are generated from it
// in a temporary folder at test time, never copied into the repository).
const riverbend = (file: string): string =>
  fileURLToPath(new URL(`../examples/riverbend/${file}`, import.meta.url));
const sharedData = new URL('../../shared/data/', import.meta.url);

const work = mkdtempSync(join(tmpdir(), 'coe-e2e-score-check-cohort-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let folders = 0;
const folder = (): string => {
  folders += 1;
  return mkdtempSync(join(work, `case-${folders}-`));
};

const run = (...args: string[]): CliRun => runBuiltCli(work, ...args);

const assessment = riverbend('assessment.json');
const evidence = riverbend('partnership-evidence.json');
const indicators = riverbend('indicators.json');
const observations = riverbend('observations.json');
const cohort = riverbend('cohort.json');

interface IssueJson {
  code: string;
  severity: string;
  path: (string | number)[];
  location?: { file?: string; row?: number; column?: number };
}

describe('community-excellence score (built executable)', () => {
  it('prints the text scorecard with the review flags', () => {
    const result = run('score', assessment);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Consensus scorecard against coe-community-2024-baldrige-derived-points',
    );
    expect(result.stdout).toContain('total 278 of 1000');
    expect(result.stdout).toContain('  flagged 7.4: reviewers 2 ranges apart');
    expect(result.stderr).toBe('');
  });

  it('gives byte-identical JSON and Markdown on two runs', () => {
    const json = [
      run('score', assessment, '--format', 'json'),
      run('score', assessment, '--format', 'json'),
    ];
    expect(json.map((r) => r.status)).toEqual([0, 0]);
    expect(json[1]?.stdout).toBe(json[0]?.stdout);
    const parsed = JSON.parse(json[0]?.stdout ?? '') as {
      ok: boolean;
      scorecard: { kind: string; total: { earned: { exact: string } } };
      reviews: { agreement: { alpha: number } };
    };
    expect(parsed.ok).toBe(true);
    expect(parsed.scorecard.kind).toBe('scorecard');
    expect(parsed.scorecard.total.earned.exact).toBe('278');
    expect(parsed.reviews.agreement.alpha.toFixed(3)).toBe('0.577');
    const markdown = [
      run('score', assessment, '--format', 'markdown'),
      run('score', assessment, '--format', 'markdown'),
    ];
    expect(markdown[0]?.status).toBe(0);
    expect(markdown[0]?.stdout.startsWith('# Scorecard: riverbend-2026-baseline-level-3\n')).toBe(
      true,
    );
    expect(markdown[1]?.stdout).toBe(markdown[0]?.stdout);
  });

  it('scores within --scope and against a framework file', () => {
    const dir = folder();
    const framework = join(dir, 'framework.json');
    const builtIn = run('score', assessment, '--format', 'json');
    writeFileSync(
      framework,
      JSON.stringify(
        BUILT_IN_FRAMEWORKS.find((f) => f.id === 'coe-community-2024-baldrige-derived-points'),
      ),
    );
    const fromFile = run('score', assessment, '--framework', framework, '--format', 'json');
    expect(fromFile.status).toBe(0);
    expect(fromFile.stdout).toBe(builtIn.stdout);
    const level2 = run('score', assessment, '--scope', 'coe-level-2');
    expect(level2.status).toBe(0);
    expect(level2.stdout).toContain('scope coe-level-2');
    writeFileSync(framework, '{ "kind": "framework" }');
    const invalidFramework = run('score', assessment, '--framework', framework, '--format', 'json');
    expect(invalidFramework.status).toBe(1);
    expect(
      (JSON.parse(invalidFramework.stdout) as { issues: IssueJson[] }).issues.every(
        (i) => i.location?.file === framework,
      ),
    ).toBe(true);
  });

  it('exits 2 for an unknown framework id, an unknown scope and a missing file', () => {
    const framework = run('score', assessment, '--framework', 'baldrige-1988');
    expect(framework.status).toBe(2);
    expect(framework.stderr).toContain('unknown framework "baldrige-1988"');
    expect(framework.stdout).toBe('');
    expect(run('score', assessment, '--scope', 'coe-level-7').status).toBe(2);
    const missing = run('score', join(work, 'no-such-assessment.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read');
  });

  it('exits 1 for malformed JSON (with row and column) and for an invalid assessment', () => {
    const dir = folder();
    const malformed = join(dir, 'assessment.json');
    writeFileSync(malformed, '{\n  "kind": "assessment",\n  "id": "x",,\n}\n');
    const syntax = run('score', malformed, '--format', 'json');
    expect(syntax.status).toBe(1);
    expect(
      (JSON.parse(syntax.stdout) as { ok: boolean; issues: IssueJson[] }).issues,
    ).toMatchObject([
      { code: 'invalid_format', path: [], location: { file: malformed, row: 3, column: 13 } },
    ]);
    expect(run('score', malformed).stderr).toContain(
      `${malformed}:3:13 error (root) invalid_format`,
    );
    const invalid = join(dir, 'invalid.json');
    const document = JSON.parse(readFileSync(assessment, 'utf8')) as {
      consensus: { items: { percent: number }[] };
    };
    const first = document.consensus.items[0];
    if (first !== undefined) first.percent = 57;
    writeFileSync(invalid, JSON.stringify(document));
    const semantic = run('score', invalid, '--format', 'json');
    expect(semantic.status).toBe(1);
    const issues = (JSON.parse(semantic.stdout) as { issues: IssueJson[] }).issues;
    expect(
      issues.some(
        (i) =>
          i.severity === 'error' &&
          i.path.join('.') === 'consensus.items.0.percent' &&
          i.location?.file === invalid,
      ),
    ).toBe(true);
  });
});

describe('community-excellence check (built executable)', () => {
  it('prints the text report', () => {
    const result = run('check', evidence, observations, '--indicators', indicators);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Highest gateway reached (self-assessed): EMERGING');
    expect(result.stdout).toContain('  SUSTAINING is blocked by S.1.3, S.3.2');
    expect(result.stderr).toBe('');
  });

  it('gives the report as byte-identical JSON and Markdown on two runs', () => {
    const json = [
      run('check', evidence, observations, indicators, '--format', 'json'),
      run('check', evidence, observations, indicators, '--format', 'json'),
    ];
    expect(json[0]?.status).toBe(0);
    expect(json[1]?.stdout).toBe(json[0]?.stdout);
    const report = JSON.parse(json[0]?.stdout ?? '') as {
      kind: string;
      counts: Record<string, number>;
    };
    expect(report.kind).toBe('theory-of-action-report');
    // P.0.2 is not met: under the default gap uncertainty each of Riverbend's gap changes is within uncertainty.
    expect(report.counts).toEqual({
      met: 46,
      'not-met': 2,
      'insufficient-evidence': 7,
      'not-applicable': 16,
    });
    const markdown = [
      run('check', evidence, observations, indicators, '--format', 'markdown'),
      run('check', evidence, observations, indicators, '--format', 'markdown'),
    ];
    expect(markdown[0]?.stdout.startsWith('# Theory-of-action report: riverbend-thrives\n')).toBe(
      true,
    );
    expect(markdown[1]?.stdout).toBe(markdown[0]?.stdout);
  });

  it('checks real Colorado graduation rows given as an observation set and as NDJSON alike', () => {
    const dir = folder();
    const csv = readFileSync(
      new URL('colorado-kids-count/high-school-graduation-rates.csv', sharedData),
      'utf8',
    );
    const imported = importCsv(csv, builtInMappings['co-graduation'], {
      file: 'high-school-graduation-rates.csv',
    });
    const set = imported.set as ObservationSet;
    expect(imported.ok).toBe(true);
    expect(set.observations).toHaveLength(905);
    const setFile = join(dir, 'co-graduation.json');
    writeFileSync(setFile, JSON.stringify(set));
    const indicatorFile = join(dir, 'co-indicators.json');
    writeFileSync(
      indicatorFile,
      JSON.stringify({
        kind: 'indicator-set',
        formatVersion: 1,
        id: 'co-indicators',
        name: 'Colorado',
        indicators: set.indicators,
      }),
    );
    const rowsFile = join(dir, 'co-graduation.ndjson');
    writeFileSync(rowsFile, `${set.observations.map((row) => JSON.stringify(row)).join('\n')}\n`);

    const fromSet = run('check', evidence, observations, indicators, setFile, '--format', 'json');
    const fromRows = run(
      'check',
      evidence,
      observations,
      rowsFile,
      '--indicators',
      indicators,
      '--indicators',
      indicatorFile,
      '--format',
      'json',
    );
    expect(fromSet.status).toBe(0);
    expect(fromRows.status).toBe(0);
    expect(fromRows.stdout).toBe(fromSet.stdout);
    expect((JSON.parse(fromSet.stdout) as { kind: string }).kind).toBe('theory-of-action-report');

    // One real row broken: reported with the NDJSON line it is on.
    const lines = set.observations.map((row) => JSON.stringify(row));
    lines[99] = JSON.stringify({ ...set.observations[99], indicatorId: 'co-graduation-typo' });
    lines[199] = (lines[199] ?? '').slice(0, 30);
    const broken = join(dir, 'broken.ndjson');
    writeFileSync(broken, `${lines.join('\n')}\n`);
    const bad = run('check', evidence, broken, '--indicators', indicatorFile, '--format', 'json');
    expect(bad.status).toBe(1);
    const issues = (JSON.parse(bad.stdout) as { issues: IssueJson[] }).issues;
    expect(issues.map((i) => [i.code, i.location?.file, i.location?.row])).toEqual([
      ['unknown_reference', broken, 100],
      ['invalid_format', broken, 200],
    ]);
    expect(issues[1]?.location?.column).toBe(31);
  });

  it('exits 1 for malformed JSON (with row and column) and documents of the wrong kind, 2 for a missing file', () => {
    const dir = folder();
    const malformed = join(dir, 'observations.json');
    writeFileSync(malformed, '{"kind": "observation-set",\n  "observations": [,]}');
    const syntax = run('check', evidence, malformed, '--indicators', indicators);
    expect(syntax.status).toBe(1);
    expect(syntax.stderr).toContain(`${malformed}:2:20 error (root) invalid_format`);
    const wrongKind = run(
      'check',
      assessment,
      observations,
      '--indicators',
      indicators,
      '--format',
      'json',
    );
    expect(wrongKind.status).toBe(1);
    expect((JSON.parse(wrongKind.stdout) as { issues: IssueJson[] }).issues).toMatchObject([
      { code: 'unknown_kind', path: ['kind'], location: { file: assessment } },
    ]);
    const missing = run('check', evidence, join(dir, 'missing.ndjson'), '--indicators', indicators);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read');
  });
});

describe('check and report on a file of many places (built executable)', () => {
  // County Health Rankings' children in poverty by race: every US county, its state and the nation.
  const csv = fileURLToPath(new URL('county-health-rankings/v024_subgroup_how.csv', sharedData));
  /** A folder with the file imported by the `import` command and an evidence with `geography`. */
  const setUp = (
    geography: Record<string, unknown>,
  ): { dir: string; evidence: string; data: string } => {
    const dir = folder();
    const data = join(dir, 'poverty.json');
    const imported = run(
      'import',
      csv,
      '--mapping',
      'chrr-v024-children-in-poverty',
      '--out',
      data,
      '--quiet',
    );
    expect(imported.status).toBe(0);
    const doc = JSON.parse(readFileSync(evidence, 'utf8')) as Record<string, unknown>;
    const file = join(dir, 'partnership-evidence.json');
    writeFileSync(file, JSON.stringify({ ...doc, geography }));
    return { dir, evidence: file, data };
  };
  const CANDIDATES =
    /the outcome data hold 3152 candidate places and none is selected: county 01001 Autauga County \(5 rows\);.*; and 3142 more\./;
  const FIPS = {
    name: 'Cincinnati area',
    type: 'county',
    codes: [{ system: 'FIPS', value: '39061' }],
  };

  it('check refuses without a place (exit 1, the candidates and a hint), in text and JSON', () => {
    const { evidence: noCode, data } = setUp({ name: 'Cincinnati area', type: 'county' });
    const text = run('check', noCode, data);
    expect(text.status).toBe(1);
    expect(text.stdout).toBe('');
    expect(text.stderr).toMatch(CANDIDATES);
    expect(text.stderr).toContain('hint: choose the place with --place <code>');
    // The JSON report lists all 3204 places of the data: more than spawnSync's default buffer.
    const json = spawnSync(process.execPath, [CLI_BIN, 'check', noCode, data, '--format', 'json'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as {
      outcomes: { place: unknown };
      issues: { code: string }[];
    };
    expect(report.outcomes.place).toBeNull();
    expect(report.issues.map((i) => i.code)).toContain('place_ambiguous');
  });

  it('check analyses Hamilton County with --place 39061, or with the evidence FIPS code and no flag', () => {
    const { evidence: noCode, data } = setUp({ name: 'Cincinnati area', type: 'county' });
    const byOption = run('check', noCode, data, '--place', '39061');
    expect(byOption.status).toBe(0);
    expect(byOption.stdout).toContain(
      'Outcomes at county 39061 Hamilton County (chosen with --place)\n  Compared with: state 39000 Ohio; nation 00000 United States\n',
    );
    const { evidence: fips, data: same } = setUp(FIPS);
    const byCode = run('check', fips, same, '--format', 'json');
    expect(byCode.status).toBe(0);
    const report = JSON.parse(byCode.stdout) as {
      outcomes: { place: { code: string; name: string; basis: string } };
    };
    expect(report.outcomes.place).toMatchObject({
      code: '39061',
      name: 'Hamilton County',
      basis: 'evidence-code',
    });
  });

  it('report refuses without a place and writes nothing; writes about Hamilton County with --place or the evidence code', () => {
    const none = setUp({ name: 'Cincinnati area', type: 'county' });
    const refused = run('report', none.dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(CANDIDATES);
    expect(refused.stderr).toContain('hint: choose the place with --place <code>');
    expect(existsSync(join(none.dir, 'report'))).toBe(false);

    const chosen = run('report', none.dir, '--place', '39061');
    expect(chosen.status).toBe(0);
    const markdown = readFileSync(join(none.dir, 'report', 'report.md'), 'utf8');
    expect(markdown).toContain('Hamilton County');
    expect(markdown).not.toContain('Autauga');

    const fips = setUp(FIPS);
    const byCode = run('report', fips.dir);
    expect(byCode.status).toBe(0);
    expect(readFileSync(join(fips.dir, 'report', 'report.md'), 'utf8')).toContain(
      'Hamilton County',
    );
    expect(readdirSync(join(fips.dir, 'report')).sort()).toEqual(['report.html', 'report.md']);
  });
});

describe('community-excellence cohort (built executable)', () => {
  it('shows the cohort document replayed, as byte-identical text, JSON and Markdown', () => {
    for (const format of ['text', 'json', 'markdown']) {
      const first = run('cohort', cohort, '--format', format);
      expect(first.status).toBe(0);
      expect(run('cohort', cohort, '--format', format).stdout).toBe(first.stdout);
    }
    const text = run('cohort', cohort).stdout;
    expect(text).toContain(
      'National Learning Collaborative, October 2025 cohort: state phase-one after 24 recorded events (as of 2026-04-14)',
    );
    const json = JSON.parse(run('cohort', cohort, '--format', 'json').stdout) as {
      snapshot: { machine: string; state: string };
      allowedEvents: { type: string }[];
    };
    expect(json.snapshot).toMatchObject({ machine: 'nlc-cohort', state: 'phase-one' });
    expect(json.allowedEvents.map((e) => e.type)).toContain('advance');
    expect(run('cohort', cohort, '--format', 'markdown').stdout).toContain(
      '| advance | no | phase-two |',
    );
  });

  it('writes a snapshot, applies an event to --out, and refuses to overwrite without --force (file untouched)', () => {
    const dir = folder();
    const snapshot = join(dir, 'cohort.snapshot.json');
    expect(run('cohort', cohort, '--out', snapshot).status).toBe(0);
    const original = readFileSync(snapshot, 'utf8');
    expect(cohortMachine.restore(original).ok).toBe(true);

    const refused = run('cohort', snapshot, '--event', 'advance', '--at', '2026-10-14');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('exists; nothing was written');
    expect(readFileSync(snapshot, 'utf8')).toBe(original);
    expect(readdirSync(dir)).toEqual(['cohort.snapshot.json']);

    const again = run('cohort', cohort, '--out', snapshot);
    expect(again.status).toBe(2);
    expect(readFileSync(snapshot, 'utf8')).toBe(original);

    const next = join(dir, 'next.json');
    const applied = run(
      'cohort',
      snapshot,
      '--event',
      '{"type":"advance","at":"2026-10-14"}',
      '--out',
      next,
      '--format',
      'json',
    );
    expect(applied.status).toBe(0);
    expect(
      (JSON.parse(applied.stdout) as { transition: { entry: { to: string } } }).transition.entry.to,
    ).toBe('phase-two');
    expect(readFileSync(snapshot, 'utf8')).toBe(original);
    const restored = cohortMachine.restore(readFileSync(next, 'utf8'));
    expect(restored.ok && restored.value.state).toBe('phase-two');

    const forced = run('cohort', snapshot, '--event', 'advance', '--at', '2026-10-14', '--force');
    expect(forced.status).toBe(0);
    expect(readFileSync(snapshot, 'utf8')).toBe(readFileSync(next, 'utf8'));
  });

  it('exits 1 for a refused event, a malformed or invalid snapshot; 2 for a missing file or a bad --event', () => {
    const dir = folder();
    const snapshot = join(dir, 'cohort.snapshot.json');
    expect(run('cohort', cohort, '--out', snapshot).status).toBe(0);
    const out = join(dir, 'out.json');
    const early = run('cohort', snapshot, '--event', 'advance', '--at', '2026-05-01', '--out', out);
    expect(early.status).toBe(1);
    expect(early.stderr).toContain('phase_not_finished');
    expect(existsSync(out)).toBe(false);

    const malformed = join(dir, 'malformed.json');
    writeFileSync(malformed, '{\n  "formatVersion": 1\n  "machine": "nlc-cohort"\n}');
    const syntax = run('cohort', malformed, '--format', 'json');
    expect(syntax.status).toBe(1);
    expect((JSON.parse(syntax.stdout) as { issues: IssueJson[] }).issues).toMatchObject([
      { code: 'invalid_format', location: { file: malformed, row: 3, column: 3 } },
    ]);

    const invalid = join(dir, 'invalid.json');
    writeFileSync(
      invalid,
      readFileSync(snapshot, 'utf8').replace(
        '"lastEventAt": "2026-04-14"',
        '"lastEventAt": "2026-04-15"',
      ),
    );
    const wrong = run('cohort', invalid, '--format', 'json');
    expect(wrong.status).toBe(1);
    expect((JSON.parse(wrong.stdout) as { issues: IssueJson[] }).issues).toMatchObject([
      { path: ['lastEventAt'], location: { file: invalid } },
    ]);

    expect(run('cohort', join(dir, 'missing.json')).status).toBe(2);
    expect(run('cohort', snapshot, '--event', '{oops', '--out', out).status).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILT_IN_FRAMEWORKS, type Assessment } from '@community-excellence/schemas';
import { afterAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-codes.js';
import { runCli } from '../run-cli.js';
import { captureIo } from '../testing/capture-io.js';

const riverbend = (file: string): string =>
  fileURLToPath(new URL(`../../../../examples/riverbend/${file}`, import.meta.url));
const assessmentFile = riverbend('assessment.json');
const assessment = JSON.parse(readFileSync(assessmentFile, 'utf8')) as Assessment;
const dir = mkdtempSync(join(tmpdir(), 'coe-score-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = async (...args: string[]): Promise<{ code: ExitCode; out: string; err: string }> => {
  const io = captureIo();
  const code = await runCli(['score', ...args], io);
  return { code, out: io.out(), err: io.err() };
};

interface ScoreJson {
  ok: boolean;
  scorecard: {
    id: string;
    total: { earned: { exact: string } };
    scope: { label: string };
    framework: { id: string };
  };
  reviews: { summary: { flaggedItems: string[] }; agreement: { alpha: number } } | null;
  issues: {
    code: string;
    severity: string;
    path: (string | number)[];
    location?: { file?: string; row?: number; column?: number };
  }[];
}

describe('score', () => {
  it('prints each issue once: the assessment is checked once (issue #13)', async () => {
    const draft: Assessment = JSON.parse(readFileSync(assessmentFile, 'utf8')) as Assessment;
    const review = draft.reviews[2];
    if (review === undefined) throw new Error('fixture');
    draft.reviews[2] = { ...review, status: 'draft', items: review.items.slice(0, 15) };
    const file = join(dir, 'draft-review.json');
    writeFileSync(file, JSON.stringify(draft, null, 2));
    const { code, err } = await run(file);
    expect(code).toBe(ExitCode.Ok);
    const lines = err.split('\n').filter((line) => line !== '');
    expect(lines).toEqual([
      `${file} warning reviews[2].items incomplete_review: Reviewer rev-linda-cho has not evaluated 2 item(s) in scope: 7.4, 7.5.`,
    ]);
  });

  it('prints the consensus scorecard with the review flags as text (exit 0)', async () => {
    const { code, out, err } = await run(assessmentFile);
    expect(code).toBe(ExitCode.Ok);
    expect(out.split('\n')[0]).toBe(
      'Consensus scorecard against coe-community-2024-baldrige-derived-points (unofficial, Baldrige-derived), scope coe-level-3',
    );
    expect(out).toContain(
      '  Process 170 of 550 (band 2 of 8), results 108 of 450 (band 1 of 8); total 278 of 1000\n',
    );
    expect(out).toContain('  flagged 4.1: reviewers 2 ranges apart');
    expect(err).toBe('');
  });

  it("gives the library's scorecard and review summary as JSON, byte-identical across runs", async () => {
    const first = await run(assessmentFile, '--format', 'json');
    const second = await run(assessmentFile, '--format', 'json');
    expect(first.code).toBe(ExitCode.Ok);
    expect(second.out).toBe(first.out);
    const json = JSON.parse(first.out) as ScoreJson;
    expect(Object.keys(json)).toEqual(['ok', 'scorecard', 'reviews', 'issues']);
    expect(json.scorecard.id).toBe('riverbend-2026-baseline-level-3:consensus');
    expect(json.scorecard.total.earned.exact).toBe('278');
    expect(json.reviews?.summary.flaggedItems).toEqual(['4.1', '7.4']);
    expect(json.issues).toEqual([]);
  });

  it('writes the Markdown scorecard, the same for the same input', async () => {
    const first = await run(assessmentFile, '--format', 'markdown');
    expect(first.code).toBe(ExitCode.Ok);
    expect(first.out.startsWith('# Scorecard: riverbend-2026-baseline-level-3\n')).toBe(true);
    expect(first.out).toContain('## Independent reviews');
    expect((await run(assessmentFile, '--format', 'markdown')).out).toBe(first.out);
  });

  it('scores within --scope: a scope id, all items or codes', async () => {
    const level2 = JSON.parse(
      (await run(assessmentFile, '--scope', 'coe-level-2', '--format', 'json')).out,
    ) as ScoreJson;
    expect(level2.scorecard.scope.label).toBe('coe-level-2');
    expect(level2.scorecard.id).toBe('riverbend-2026-baseline-level-3:consensus@coe-level-2');
    expect(level2.reviews?.summary.flaggedItems).toEqual([]);
    const codes = JSON.parse(
      (await run(assessmentFile, '--scope', '4,7.4', '--format', 'json')).out,
    ) as ScoreJson;
    expect(codes.scorecard.scope.label).toBe('codes 4, 7.4');
    expect(codes.reviews?.summary.flaggedItems).toEqual(['4.1', '7.4']);
    expect((await run(assessmentFile, '--scope', 'all')).code).toBe(ExitCode.Ok);
  });

  it('refuses an unknown scope or code as a usage error (exit 2)', async () => {
    const scope = await run(assessmentFile, '--scope', 'coe-level-9');
    expect(scope.code).toBe(ExitCode.UsageOrIo);
    expect(scope.err).toContain('Unknown scope "coe-level-9"');
    expect(scope.err).toContain('coe-level-1, coe-level-2, coe-level-3');
    expect(scope.out).toBe('');
    expect((await run(assessmentFile, '--scope', '9.9')).code).toBe(ExitCode.UsageOrIo);
  });

  it('takes a built-in framework id or a framework file, and refuses an unknown id (exit 2)', async () => {
    const unknown = await run(assessmentFile, '--framework', 'baldrige-1999');
    expect(unknown.code).toBe(ExitCode.UsageOrIo);
    expect(unknown.err).toContain('unknown framework "baldrige-1999"');
    const file = join(dir, 'framework.json');
    const framework = BUILT_IN_FRAMEWORKS.find((f) => f.id === assessment.framework.id);
    writeFileSync(file, JSON.stringify(framework));
    const fromFile = await run(assessmentFile, '--framework', file, '--format', 'json');
    expect(fromFile.code).toBe(ExitCode.Ok);
    expect((JSON.parse(fromFile.out) as ScoreJson).scorecard.total.earned.exact).toBe('278');
    expect((await run(assessmentFile, '--framework', join(dir, 'missing.json'))).code).toBe(
      ExitCode.UsageOrIo,
    );
  });

  it('scores an assessment of a framework that is not built in only with --framework <file>', async () => {
    const own = {
      ...BUILT_IN_FRAMEWORKS.find((f) => f.id === assessment.framework.id),
      id: 'our-rubric',
    };
    const frameworkFile = join(dir, 'our-rubric.json');
    writeFileSync(frameworkFile, JSON.stringify(own));
    const assessmentCopy = join(dir, 'our-assessment.json');
    writeFileSync(
      assessmentCopy,
      JSON.stringify({ ...assessment, framework: { ...assessment.framework, id: 'our-rubric' } }),
    );
    const without = await run(assessmentCopy);
    expect(without.code).toBe(ExitCode.UsageOrIo);
    expect(without.err).toContain('pass --framework <file>');
    const scored = await run(assessmentCopy, '--framework', frameworkFile, '--format', 'json');
    expect(scored.code).toBe(ExitCode.Ok);
    expect((JSON.parse(scored.out) as ScoreJson).scorecard.framework.id).toBe('our-rubric');
  });

  it('reports an assessment that does not fit the framework with file and path (exit 1)', async () => {
    const { code, out, err } = await run(assessmentFile, '--framework', 'baldrige-2023-2024');
    expect(code).toBe(ExitCode.InvalidData);
    expect(out).toBe('');
    expect(err).toContain(`${assessmentFile} error framework.id framework_mismatch`);
    const json = JSON.parse(
      (await run(assessmentFile, '--framework', 'baldrige-2023-2024', '--format', 'json')).out,
    ) as ScoreJson;
    expect(json.ok).toBe(false);
    expect(json.issues.map((i) => [i.code, i.path.join('.'), i.location?.file])).toContainEqual([
      'framework_mismatch',
      'framework.id',
      assessmentFile,
    ]);
  });

  it('reports malformed JSON with row and column, invalid documents and the wrong kind (exit 1)', async () => {
    const malformed = join(dir, 'malformed.json');
    writeFileSync(malformed, '{\n  "kind": "assessment",\n  "reviews": [1, 2,]\n}\n');
    const bad = await run(malformed, '--format', 'json');
    expect(bad.code).toBe(ExitCode.InvalidData);
    expect((JSON.parse(bad.out) as ScoreJson).issues).toMatchObject([
      { code: 'invalid_format', location: { file: malformed, row: 3, column: 20 } },
    ]);
    const text = await run(malformed);
    expect(text.err).toContain(`${malformed}:3:20 error (root) invalid_format: Malformed JSON`);
    const invalid = join(dir, 'invalid.json');
    writeFileSync(
      invalid,
      JSON.stringify({
        ...assessment,
        reviews: [
          {
            ...assessment.reviews[0],
            items: [{ ...assessment.reviews[0]?.items[0], percent: 57 }],
          },
        ],
      }),
    );
    const semantic = await run(invalid, '--format', 'json');
    expect(semantic.code).toBe(ExitCode.InvalidData);
    expect(
      (JSON.parse(semantic.out) as ScoreJson).issues.some(
        (i) => i.severity === 'error' && i.path.at(-1) === 'percent',
      ),
    ).toBe(true);
    expect((await run(riverbend('community.json'))).code).toBe(ExitCode.InvalidData);
  });

  it('reports a missing file as an I/O error (exit 2)', async () => {
    const { code, err } = await run(join(dir, 'missing.json'));
    expect(code).toBe(ExitCode.UsageOrIo);
    expect(err).toMatch(/^community-excellence score: cannot read .*missing\.json/);
  });

  it('refuses an unknown --format (exit 2)', async () => {
    expect((await run(assessmentFile, '--format', 'html')).code).toBe(ExitCode.UsageOrIo);
  });
});

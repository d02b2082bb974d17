import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-codes.js';
import { runCli } from '../run-cli.js';
import { captureIo } from '../testing/capture-io.js';

const example = (name: string): string =>
  fileURLToPath(new URL(`../../../../examples/riverbend/${name}`, import.meta.url));
const baseline = example('assessment.json');
const planFile = example('action-plan.json');
const dir = mkdtempSync(join(tmpdir(), 'coe-feedback-previous-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Item {
  item: string;
  range: string;
  percent: number;
  opportunities?: { id?: string; text: string; priority: string; carriedFrom?: string }[];
}
interface Doc {
  id: string;
  communityId: string;
  cycle?: unknown;
  reviews: { items: { item: string }[] }[];
  consensus: { items: Item[] };
}

const readBaseline = (): Doc => JSON.parse(readFileSync(baseline, 'utf8')) as Doc;

/**
 * The next cycle after the Riverbend baseline: 1.1 and 7.1 one range up, 3.2 not reassessed,
 * and the 2.2 opportunity repeated (`carriedFrom`). The example action plan (as of 2026-10-31)
 * answered 1.1 (done), 1.2 (done by a report-back), 2.2, 4.1 and 7.1 (in progress).
 */
function nextCycle(): Doc {
  const doc = readBaseline();
  doc.id = 'riverbend-2027-level-3';
  doc.cycle = { label: '2027 reassessment', startDate: '2027-01-11' };
  const item = (code: string): Item => doc.consensus.items.find((i) => i.item === code)!;
  Object.assign(item('1.1'), { range: '50-65', percent: 55 });
  Object.assign(item('7.1'), { range: '50-65', percent: 50 });
  doc.consensus.items = doc.consensus.items.filter((i) => i.item !== '3.2');
  for (const review of doc.reviews) review.items = review.items.filter((i) => i.item !== '3.2');
  item('2.2').opportunities = [
    {
      id: 'consensus-2.2-o1-2027',
      text: 'The rural transport plan is still not adopted.',
      priority: 'high',
      carriedFrom: 'consensus-2.2-o1',
    },
  ];
  return doc;
}

const write = (name: string, value: unknown): string => {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
};
const current = write('assessment-2027.json', nextCycle());

const run = async (...args: string[]): Promise<{ code: ExitCode; out: string; err: string }> => {
  const io = captureIo();
  const code = await runCli(['feedback', ...args], io);
  return { code, out: io.out(), err: io.err() };
};

const SENTENCES = [
  'consensus-1.1-o1 (1.1, medium): addressed (done: act-vision-deployment; range 30-45 to 50-65).',
  'consensus-1.2-o1 (1.2, high): acted on, no movement (done: act-governance-review; range 10-25 to 10-25).',
  'consensus-2.2-o1 (2.2, high): carried over (repeated as consensus-2.2-o1-2027; range 30-45 to 30-45).',
  'consensus-3.2-o1 (3.2, high): item not reassessed (the current cycle does not score 3.2).',
  'consensus-4.1-o1 (4.1, high): in progress (open: act-comparative-data; range 30-45 to 30-45).',
  'consensus-7.1-o1 (7.1, high): in progress (open: act-kindergarten-readiness; range 30-45 to 50-65).',
  'consensus-2.1-o1 (2.1, medium): carried over (no action; range 30-45 to 30-45).',
];

describe('coe feedback --previous', () => {
  it('adds "Since the last cycle" to the text: total, score changes per item, every status in a sentence', async () => {
    const { code, out, err } = await run(current, '--previous', baseline, '--plan', planFile);
    expect(code).toBe(ExitCode.Ok);
    // Warnings only: the 2027 reviews skip 3.2, an action of the plan is overdue (said once).
    for (const line of err.trimEnd().split('\n')) expect(line).toMatch(/ warning /);
    expect(err.split('action_overdue').length).toBe(2);
    // Each issue once: the one assessment check runs once per cycle and the engines are handed
    // its result, so nothing is repeated and nothing needs de-duplicating (issue 13).
    const lines = err.trimEnd().split('\n');
    expect(new Set(lines).size).toBe(lines.length);
    expect(err.split('incomplete_review').length).toBe(4);
    expect(err).toContain(
      `${current} warning reviews[0].items incomplete_review: Reviewer rev-maria-santos has not evaluated 1 item(s) in scope: 3.2.`,
    );
    const section = out.slice(out.indexOf('\nSince the last cycle\n') + 1);
    expect(section).toMatch(
      /^Since the last cycle\n {2}From riverbend-2026-baseline-level-3 to riverbend-2027-level-3: total 278 to 295\.25 \(\+17\.25\)\.\n {2}Score changes by item \(previous -> current\):\n/,
    );
    const row = (code: string): string =>
      (section.split('\n').find((line) => line.startsWith(`    ${code}  `)) ?? '').replace(
        / +/g,
        ' ',
      );
    expect(row('1.1')).toBe(
      ' 1.1 Community Excellence Group Leadership 30-45 (40%) -> 50-65 (55%) +10.5 points, range up',
    );
    expect(row('1.2')).toBe(
      ' 1.2 Governance and Societal Responsibilities 10-25 (25%) -> 10-25 (25%) no change',
    );
    expect(row('3.2')).toBe(' 3.2 Customer Engagement 10-25 (25%) -> unscored -11.25 points');
    expect(row('7.1')).toBe(
      ' 7.1 Community and Process Results 30-45 (35%) -> 50-65 (50%) +18 points, range up',
    );
    expect(section).toContain(
      '  17 opportunities of the previous cycle: 1 addressed, 3 acted on, no movement, 8 in progress, 4 carried over, 1 item not reassessed.\n',
    );
    for (const sentence of SENTENCES) expect(section).toContain(`\n  - ${sentence}\n`);
  });

  it('adds the section to the Markdown feedback report, before the footer', async () => {
    const { code, out } = await run(
      current,
      '--previous',
      baseline,
      '--plan',
      planFile,
      '--format',
      'markdown',
    );
    expect(code).toBe(ExitCode.Ok);
    const section = out.slice(out.indexOf('\n## Since the last cycle\n') + 1);
    expect(section).toMatch(
      /^## Since the last cycle\n\nFrom riverbend-2026-baseline-level-3 to riverbend-2027-level-3: total /,
    );
    expect(section).toContain(
      '| Item | Name | Previous | Current | Points change | Range |\n|---|---|---|---|---|---|\n',
    );
    expect(section).toMatch(
      /\n\| 1\.1 \| Community Excellence Group Leadership \| 30-45 \(40%\) \| 50-65 \(55%\) \| \+10\.5 points \| up \|\n/,
    );
    expect(section).toContain(
      '\n| 3.2 | Customer Engagement | 10-25 (25%) | unscored | -11.25 points | - |\n',
    );
    expect(section).toContain(
      '\n17 opportunities of the previous cycle: 1 addressed, 3 acted on, no movement, 8 in progress, 4 carried over, 1 item not reassessed.\n',
    );
    for (const sentence of SENTENCES) expect(section).toContain(`\n- ${sentence}\n`);
    expect(section.endsWith('---\n\nMade with the community-excellence command line.\n')).toBe(
      true,
    );
  });

  it('gives the comparison in JSON, each opportunity with its label and sentence', async () => {
    const { code, out } = await run(
      current,
      '--previous',
      baseline,
      '--plan',
      planFile,
      '--format',
      'json',
    );
    expect(code).toBe(ExitCode.Ok);
    const json = JSON.parse(out) as {
      ok: boolean;
      feedback: object;
      sinceLastCycle: {
        previousId: string;
        currentId: string;
        counts: Record<string, number>;
        diff: { items: { code: string; rangeChange: string }[] };
        opportunities: { status: string; label: string; sentence: string }[];
      };
    };
    expect(json.ok).toBe(true);
    expect(json.sinceLastCycle.previousId).toBe('riverbend-2026-baseline-level-3');
    expect(json.sinceLastCycle.currentId).toBe('riverbend-2027-level-3');
    expect(json.sinceLastCycle.diff.items.find((i) => i.code === '1.1')?.rangeChange).toBe('up');
    expect(json.sinceLastCycle.counts).toMatchObject({
      addressed: 1,
      'acted-no-movement': 3,
      'in-progress': 8,
      'carried-over': 4,
      'item-not-reassessed': 1,
    });
    expect(Object.keys(json.sinceLastCycle)).toEqual([
      'kind',
      'previousId',
      'currentId',
      'diff',
      'counts',
      'opportunities',
    ]);
    const addressed = json.sinceLastCycle.opportunities.find((o) => o.status === 'addressed');
    expect(addressed?.label).toBe('addressed');
    expect(addressed?.sentence).toBe(SENTENCES[0]);
  });

  it('writes the section into --out, and never over an existing file without --force', async () => {
    const file = join(dir, 'feedback-2027.md');
    const first = await run(current, '--previous', baseline, '--format', 'markdown', '--out', file);
    expect(first.code).toBe(ExitCode.Ok);
    expect(first.out).toBe(
      `Feedback on Riverbend County 2026 baseline assessment (full framework, recognition level 3 scope) written to ${file}\n`,
    );
    expect(readFileSync(file, 'utf8')).toContain(
      '\n- consensus-1.1-o1 (1.1, medium): carried over (no action; range 30-45 to 50-65).\n',
    );
    writeFileSync(file, 'keep');
    const second = await run(current, '--previous', baseline, '--out', file);
    expect(second.code).toBe(ExitCode.UsageOrIo);
    expect(readFileSync(file, 'utf8')).toBe('keep');
  });

  it('without --plan every opportunity of a reassessed item is carried over', async () => {
    const { code, out } = await run(current, '--previous', baseline);
    expect(code).toBe(ExitCode.Ok);
    expect(out).toContain(
      '  - consensus-1.1-o1 (1.1, medium): carried over (no action; range 30-45 to 50-65).\n',
    );
    expect(out).toContain(
      '17 opportunities of the previous cycle: 16 carried over, 1 item not reassessed.',
    );
  });
});

describe('coe feedback --previous: bad input, nothing written', () => {
  const out = join(dir, 'never.md');

  it('refuses a missing previous file or plan (exit 2)', async () => {
    const missing = join(dir, 'missing.json');
    const previous = await run(current, '--previous', missing, '--out', out);
    expect(previous.code).toBe(ExitCode.UsageOrIo);
    expect(previous.err).toMatch(
      new RegExp(
        `^community-excellence feedback: --previous: cannot read ${missing.replace(/[\\/.]/g, '\\$&')}: `,
      ),
    );
    expect(previous.out).toBe('');
    const plan = await run(current, '--previous', baseline, '--plan', missing, '--out', out);
    expect(plan.code).toBe(ExitCode.UsageOrIo);
    expect(plan.err).toMatch(/^community-excellence feedback: --plan: cannot read /);
    expect(existsSync(out)).toBe(false);
  });

  it('reports a malformed previous file with its row and column (exit 1)', async () => {
    const bad = write('malformed.json', '{\n  "kind": "assessment",\n  "id": oops\n}\n');
    const text = await run(current, '--previous', bad, '--out', out);
    expect(text.code).toBe(ExitCode.InvalidData);
    expect(text.err).toMatch(new RegExp(`^${bad.replace(/[\\/.]/g, '\\$&')}:3:9 error `));
    expect(text.err).toContain('community-excellence feedback: invalid input (1 error).');
    const json = await run(current, '--previous', bad, '--format', 'json');
    expect(json.code).toBe(ExitCode.InvalidData);
    const parsed = JSON.parse(json.out) as {
      ok: boolean;
      issues: { location: { file: string; row: number; column: number } }[];
    };
    expect(parsed.ok).toBe(false);
    expect(parsed.issues[0]?.location).toMatchObject({ file: bad, row: 3, column: 9 });
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a previous assessment of another community (exit 2)', async () => {
    const other = readBaseline();
    other.id = 'millbrook-2026';
    other.communityId = 'millbrook';
    const file = write('millbrook.json', other);
    const result = await run(current, '--previous', file, '--out', out);
    expect(result.code).toBe(ExitCode.UsageOrIo);
    expect(result.err).toBe(
      `community-excellence feedback: --previous ${file}: the previous assessment millbrook-2026 is of community millbrook, this assessment riverbend-2027-level-3 of community riverbend; cycles are compared within one community. Nothing compared.\n`,
    );
    expect(result.out).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an action plan of another community, and --plan without --previous (exit 2)', async () => {
    const plan = JSON.parse(readFileSync(planFile, 'utf8')) as { id: string; communityId: string };
    plan.communityId = 'millbrook';
    const file = write('millbrook-plan.json', plan);
    const other = await run(current, '--previous', baseline, '--plan', file);
    expect(other.code).toBe(ExitCode.UsageOrIo);
    expect(other.err).toBe(
      `community-excellence feedback: --plan ${file}: the action plan riverbend-action-plan-2026 is of community millbrook, this assessment riverbend-2027-level-3 of community riverbend. Nothing compared.\n`,
    );
    const alone = await run(current, '--plan', planFile);
    expect(alone.code).toBe(ExitCode.UsageOrIo);
    expect(alone.err).toBe(
      'community-excellence feedback: --plan needs --previous (the cycle whose opportunities the plan answered).\n',
    );
    expect(alone.out).toBe('');
  });

  it('refuses a previous assessment of another framework: the Level 1 review (exit 2)', async () => {
    const levelOne = example('level-1-review.json');
    const result = await run(current, '--previous', levelOne, '--format', 'json', '--out', out);
    expect(result.code).toBe(ExitCode.UsageOrIo);
    expect(result.err).toBe(
      `community-excellence feedback: --previous ${levelOne}: the previous assessment riverbend-level-1-review-2024 uses framework coe-community-2024, this assessment riverbend-2027-level-3 uses coe-community-2024-baldrige-derived-points; cycles are compared within one framework. Nothing compared.\n`,
    );
    expect(result.out).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('reports a previous cycle without a consensus record, in its file (exit 1)', async () => {
    const { consensus: _consensus, ...draft } = {
      ...readBaseline(),
      id: 'riverbend-2025-draft',
      status: 'independent-review',
    };
    const file = write('draft.json', draft);
    const result = await run(current, '--previous', file, '--out', out);
    expect(result.code).toBe(ExitCode.InvalidData);
    expect(
      result.err.startsWith(
        `${file} error options.source unknown_reference: Assessment riverbend-2025-draft has no consensus record`,
      ),
    ).toBe(true);
    expect(result.err).toContain('community-excellence feedback: invalid input (1 error).');
    expect(result.out).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('reports a previous document of another kind as invalid (exit 1)', async () => {
    const result = await run(current, '--previous', planFile);
    expect(result.code).toBe(ExitCode.InvalidData);
    expect(result.err).toContain(
      'unknown_kind: Expected a document of kind assessment, found action-plan.',
    );
    expect(result.out).toBe('');
  });
});

describe('the "Since the last cycle" excerpt in docs/feedback.md', () => {
  it('is what coe feedback --previous --plan --format markdown prints (… marks the cuts)', async () => {
    const docs = readFileSync(
      fileURLToPath(new URL('../../../../docs/feedback.md', import.meta.url)),
      'utf8',
    );
    const excerpt = /```text\n(## Since the last cycle[\s\S]*?)\n```/.exec(docs)?.[1] ?? '';
    const { out } = await run(
      current,
      '--previous',
      baseline,
      '--plan',
      planFile,
      '--format',
      'markdown',
    );
    const pieces = excerpt.split('\n...\n');
    expect(pieces.length).toBe(3);
    for (const piece of pieces) expect(out).toContain(piece.replace(/\n\.\.\.$/, ''));
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectExports, renderApiReports } from '../scripts/api-report.mjs';

// Every package entry point's export list is pinned by a committed report in api/ (reviewed like
// code): any added, removed or re-kinded export is a visible diff. Regenerate with `pnpm api:report`
// (npx -y pnpm@10.34.9 api:report) after a deliberate change.
const root = fileURLToPath(new URL('..', import.meta.url));
const reports = renderApiReports();

describe.each(reports)('API report $path', ({ path, text }) => {
  it('matches the exports of its entry point', () => {
    const committed = existsSync(`${root}/${path}`) ? readFileSync(`${root}/${path}`, 'utf8') : '';
    expect(
      committed,
      `${path} differs from the actual exports: review the diff, then run \`pnpm api:report\` and commit it`,
    ).toBe(text);
  });
});

describe('api/', () => {
  it('holds no report for an entry point that no longer exists', () => {
    const files = readdirSync(`${root}/api`)
      .filter((file) => file.endsWith('.api.md'))
      .map((file) => `api/${file}`)
      .sort();
    expect(files).toEqual(reports.map((r) => r.path).sort());
  });
});

describe('package sources', () => {
  it('re-export by name, never with `export *` (an entry lists what it exports)', () => {
    const offenders = readdirSync(`${root}/packages`, { recursive: true, encoding: 'utf8' })
      .filter((file) => /^[^/]+\/src\/.*\.ts$/.test(file))
      .filter((file) =>
        /^export (type )?\* from/m.test(readFileSync(`${root}/packages/${file}`, 'utf8')),
      );
    expect(offenders).toEqual([]);
  });
});

// The size of each main entry is a design decision (issue 11): what is not meant for users is not
// exported, or lives in an entry of its own (`schemas/internal`, unstable; `theory-of-action/import`,
// `theory-of-action/outcomes`).
const budgets: Record<string, number> = {
  // 199 since issue 13: the action-plan and recognition document kinds (schema, validator, state
  // rule, level rule and their types) and the one assessment check (runAssessmentCheck, the scope
  // resolver, verdicts). Part schemas and cross-document checks went to /internal.
  '@community-excellence/schemas': 199,
  // 119 since issue 13: feedback (buildFeedback, band and stage explanations, range descriptors),
  // next steps, the roadmap, cycle over cycle, action roll-ups and their answer types. A subpath
  // entry of their own (like theory-of-action/outcomes) is the next step if it keeps growing.
  '@community-excellence/scoring': 119,
  // 92 since issue 13: the recognition journey machine and the season / collaborative actions.
  '@community-excellence/cohorts': 92,
  // 86 since issue 12: the year-over-year comparison of two reports (one function, five types).
  '@community-excellence/theory-of-action': 86,
  // The outcome analysis and its rules (issue 12): 23 functions and the types of their answers
  // (96 since the year-over-year comparison of two analyses: one function, five types).
  '@community-excellence/theory-of-action/outcomes': 96,
};

describe('export budgets', () => {
  const counts = Object.fromEntries(
    collectExports().map((entry) => [entry.specifier, entry.exports.length]),
  );
  it.each(Object.entries(budgets))('%s exports at most %i names', (specifier, budget) => {
    expect(counts[specifier]).toBeLessThanOrEqual(budget);
  });
});

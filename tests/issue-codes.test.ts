import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ISSUE_CODE_CATALOGUES,
  REASON_CODES,
  renderIssueCodesPage,
} from './support/issue-codes-page.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.(ts|tsx|mts|cts|js|mjs)$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );

describe('issue codes', () => {
  it("no source or test file under packages/*/src uses 'custom' (our code or zod's) as an issue code", () => {
    // Every issue has a specific code; a zod refinement carries ours (issueParams) and one that
    // does not becomes refinement_failed. The word inside quotes, in any quote style:
    const quoted = new RegExp(`(['"\`])${'cus'}tom\\1`);
    const hits: string[] = [];
    for (const pkg of readdirSync(join(root, 'packages'))) {
      let files: string[] = [];
      try {
        files = sourceFiles(join(root, 'packages', pkg, 'src'));
      } catch {
        continue;
      }
      for (const file of files) {
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, index) => {
            if (quoted.test(line))
              hits.push(`${relative(root, file)}:${index + 1}: ${line.trim()}`);
          });
      }
    }
    expect(hits).toEqual([]);
  });

  it('are snake_case, unique across packages, and render their example message', () => {
    const seen = new Map<string, string>();
    for (const { codes, docs } of ISSUE_CODE_CATALOGUES) {
      expect(Object.keys(docs).sort(), codes.packageName).toEqual([...codes.codes].sort());
      for (const name of codes.codes) {
        expect(name).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
        expect(seen.get(name), `${name} is declared twice`).toBeUndefined();
        seen.set(name, codes.packageName);
        const spec = codes.catalogue[name];
        const doc = docs[name];
        expect(doc.meaning.length).toBeGreaterThan(0);
        const data = { code: name, ...doc.example } as Parameters<typeof codes.create>[0];
        const message = codes.message(data);
        expect(message.trim().length, name).toBeGreaterThan(0);
        expect(codes.create(data)).toMatchObject({
          code: name,
          severity: spec.severity,
          message,
          path: [],
        });
      }
    }
    for (const { code, spec, doc } of REASON_CODES) {
      expect(code).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      expect(doc.meaning.length).toBeGreaterThan(0);
      expect(spec.message(doc.example).trim()).not.toBe('');
    }
  });

  // docs/issue-codes.md is generated from the catalogues. When a code changes, regenerate it with
  // `npx -y pnpm@10.34.9 docs:issue-codes` and commit the result.
  it('docs/issue-codes.md matches the catalogues', () => {
    const committed = readFileSync(join(root, 'docs', 'issue-codes.md'), 'utf8');
    expect(
      committed,
      'docs/issue-codes.md is out of date: run `pnpm docs:issue-codes` (npx -y pnpm@10.34.9 docs:issue-codes) and commit it',
    ).toBe(renderIssueCodesPage());
  });
});

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentationCodeBlocks, type MarkdownCodeBlock } from './support/markdown-code-blocks.js';
import { runSnippets } from './support/run-snippets.js';
import { typecheckSnippets } from './support/typecheck-snippets.js';

// Every ```ts block of docs/*.md and the READMEs type-checks under the repository's strict
// settings and runs without error; a block marked `<!-- docs:partial -->` is type-checked only.
const root = fileURLToPath(new URL('..', import.meta.url));
const blocks = documentationCodeBlocks(root);
const where = (block: MarkdownCodeBlock): string => `${block.file}:${block.line}`;
// In-memory modules beside their page (nothing is written), padded so that a line of the module
// is the same line of the page.
const snippetName = (block: MarkdownCodeBlock): string =>
  join(root, `${block.file}.block-${block.line}.ts`);
const padded = (block: MarkdownCodeBlock): string => '\n'.repeat(block.line) + block.code;

describe('TypeScript blocks of the documentation', () => {
  it('finds the blocks of docs/ and the READMEs', () => {
    expect(blocks.length).toBeGreaterThan(30);
    expect(new Set(blocks.map((b) => b.file))).toContain('docs/cohorts.md');
  });

  it('type-checks every block under the strict settings', () => {
    const { errors } = typecheckSnippets(
      root,
      blocks.map((block) => ({ fileName: snippetName(block), text: padded(block) })),
    );
    const failures = blocks.flatMap((block) =>
      (errors.get(snippetName(block)) ?? []).map(
        (error) => `${block.file}:${error.line} ${error.message}`,
      ),
    );
    expect(failures).toEqual([]);
  });

  it('runs every block that is not marked partial, without writing into the repository', async () => {
    const status = (): string =>
      execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], {
        cwd: root,
        encoding: 'utf8',
      });
    const before = status();
    const runnable = blocks.filter((b) => !b.partial);
    const outcomes = await runSnippets(
      root,
      runnable.map((block) => ({ fileName: snippetName(block), text: padded(block) })),
      root,
    );
    const failures = runnable.flatMap((block, i) =>
      outcomes[i] === null ? [] : [`${where(block)}: ${outcomes[i]}`],
    );
    expect(failures).toEqual([]);
    expect(status()).toBe(before);
  });
});

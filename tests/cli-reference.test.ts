import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderProgramReference } from '../packages/cli/src/reference/entry.js';

// docs/cli-reference.md is generated from the command definitions (packages/cli/src/program.ts).
// When a command changes, regenerate it with `npx -y pnpm@10.34.9 docs:cli` and commit the result.
describe('docs/cli-reference.md', () => {
  it('matches the command definitions', () => {
    const committed = readFileSync(new URL('../docs/cli-reference.md', import.meta.url), 'utf8');
    expect(
      committed,
      'docs/cli-reference.md is out of date: run `pnpm docs:cli` (npx -y pnpm@10.34.9 docs:cli) and commit it',
    ).toBe(renderProgramReference());
  });
});

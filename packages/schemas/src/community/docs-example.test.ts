import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCommunity } from './validate-community.js';

const jsonBlocks = (file: string): unknown[] =>
  [
    ...readFileSync(new URL(`../../../../docs/${file}`, import.meta.url), 'utf8').matchAll(
      /```json\n([\s\S]*?)```/g,
    ),
  ].map((m) => JSON.parse(m[1] ?? ''));

describe('docs/community.md', () => {
  it('has a JSON example that validates without issues', () => {
    const blocks = jsonBlocks('community.md');
    expect(blocks).toHaveLength(1);
    expect(validateCommunity(blocks[0]).issues).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { markdownCodeBlocks, PARTIAL_MARKER } from './markdown-code-blocks.js';

describe('markdownCodeBlocks', () => {
  it('finds ts and typescript blocks with their fence line, and only those', () => {
    const page = [
      '# Page', //                 1
      '```ts', //                  2
      'const a = 1;', //           3
      '```', //                    4
      '```sh', //                  5
      'echo no', //                6
      '```', //                    7
      '```typescript', //          8
      'const b = 2;', //           9
      '```', //                    10
    ].join('\n');
    expect(markdownCodeBlocks(page, 'page.md')).toEqual([
      { file: 'page.md', line: 2, code: 'const a = 1;\n', partial: false },
      { file: 'page.md', line: 8, code: 'const b = 2;\n', partial: false },
    ]);
  });

  it('marks a block partial when the marker is the last non-blank line before its fence', () => {
    const page = [
      'Text.',
      PARTIAL_MARKER,
      '',
      '```ts',
      'f(x);',
      '```',
      PARTIAL_MARKER,
      'Prose.',
      '```ts',
      'g();',
      '```',
    ].join('\n');
    expect(markdownCodeBlocks(page, 'p.md').map((b) => b.partial)).toEqual([true, false]);
  });

  it('removes the indentation of a fence in a list and skips fences nested in a longer one', () => {
    const page = [
      '- step:',
      '',
      '  ```ts',
      '  if (x) {',
      '    y();',
      '  }',
      '  ```',
      '````md',
      '```ts',
      'shown();',
      '```',
      '````',
    ].join('\n');
    expect(markdownCodeBlocks(page, 'p.md')).toEqual([
      { file: 'p.md', line: 3, code: 'if (x) {\n  y();\n}\n', partial: false },
    ]);
  });
});

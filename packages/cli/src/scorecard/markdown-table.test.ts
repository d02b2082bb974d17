import { describe, expect, it } from 'vitest';
import { escapeTableCell, markdownTable } from './markdown-table.js';

describe('escapeTableCell', () => {
  it('escapes pipes and backslashes and flattens line breaks', () => {
    expect(escapeTableCell('a | b\nc\r\nd\\e ')).toBe('a \\| b c d\\\\e');
  });
});

describe('markdownTable', () => {
  it('writes the header, the separator with right-aligned columns, and the rows', () => {
    expect(
      markdownTable(
        ['item', 'points'],
        [
          ['1.1', '28'],
          ['x|y', '1'],
        ],
        { right: [1] },
      ),
    ).toBe('| item | points |\n|---|---:|\n| 1.1 | 28 |\n| x\\|y | 1 |');
  });
});

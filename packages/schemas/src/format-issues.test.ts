import { describe, expect, it } from 'vitest';
import { formatIssues, formatPath } from './format-issues.js';
import { createIssue } from './issue.js';

describe('formatPath', () => {
  it('renders keys, indices and odd keys', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['reviews', 0, 'evaluations', 3, 'percent'])).toBe(
      'reviews[0].evaluations[3].percent',
    );
    expect(formatPath(['byCode', '1.1'])).toBe('byCode["1.1"]');
  });
});

describe('formatIssues', () => {
  it('puts errors first and shows file, row and column', () => {
    const text = formatIssues(
      [
        createIssue({ code: 'sector_label_missing', severity: 'warning', path: ['a'] }),
        createIssue({
          code: 'unparsable_value',
          token: '??',
          location: { file: 'x.csv', row: 4, column: 9 },
        }),
      ],
      { file: 'fallback.json' },
    );
    expect(text.split('\n')).toEqual([
      'x.csv:4:9 error (root) unparsable_value: Cannot read value token "??".',
      'fallback.json warning a sector_label_missing: Sector "other" should come with a sectorLabel that names the sector.',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { createIssue, defaultIssueMessage, hasErrors, prefixIssuePath } from './issue.js';

describe('createIssue', () => {
  it('fills in path, severity and a message derived from the data', () => {
    const issue = createIssue({ code: 'percent_not_multiple_of_5', percent: 57 });
    expect(issue).toEqual({
      code: 'percent_not_multiple_of_5',
      percent: 57,
      path: [],
      severity: 'error',
      message: 'Percent 57 is not a multiple of 5 (use 0, 5, 10 ... 100).',
    });
  });

  it('keeps an explicit message, severity and location', () => {
    const issue = createIssue({
      code: 'unparsable_value',
      token: '??',
      severity: 'warning',
      message: 'custom text',
      location: { file: 'a.csv', row: 3, column: 2, raw: '??' },
    });
    expect(issue.message).toBe('custom text');
    expect(issue.severity).toBe('warning');
    expect(issue.location).toEqual({ file: 'a.csv', row: 3, column: 2, raw: '??' });
  });

  it('has a default message for every code', () => {
    const samples = [
      defaultIssueMessage({ code: 'unknown_item', item: '8.1', framework: 'baldrige-2023-2024' }),
      defaultIssueMessage({ code: 'duplicate_id', id: '1.1', firstPath: ['categories', 0] }),
      defaultIssueMessage({ code: 'points_mismatch', declared: 120, sum: 110 }),
      defaultIssueMessage({ code: 'percent_outside_range', percent: 40, range: '50-65' }),
    ];
    expect(samples).toEqual([
      'Item "8.1" does not exist in framework baldrige-2023-2024.',
      'Duplicate id "1.1" (first used at categories.0).',
      'Declared points 120 do not equal the sum of parts 110.',
      'Percent 40 lies outside the chosen range 50-65.',
    ]);
  });
});

describe('prefixIssuePath and hasErrors', () => {
  it('prefixes paths without mutating the issue', () => {
    const issue = createIssue({ code: 'sector_label_missing', path: ['a'] });
    const moved = prefixIssuePath(issue, ['documents', 2]);
    expect(moved.path).toEqual(['documents', 2, 'a']);
    expect(issue.path).toEqual(['a']);
  });

  it('only counts errors', () => {
    expect(hasErrors([createIssue({ code: 'sector_label_missing', severity: 'warning' })])).toBe(
      false,
    );
    expect(hasErrors([createIssue({ code: 'sector_label_missing', severity: 'error' })])).toBe(
      true,
    );
  });
});

import { describe, expectTypeOf, it } from 'vitest';
import { createIssue, type Issue, type IssueOf } from './issue.js';

describe('Issue types', () => {
  it('narrows data fields by code', () => {
    const issue = {} as Issue;
    if (issue.code === 'percent_outside_range') {
      expectTypeOf(issue.percent).toEqualTypeOf<number>();
      expectTypeOf(issue.range).toEqualTypeOf<string>();
    }
    if (issue.code === 'forbidden_key') expectTypeOf(issue.key).toEqualTypeOf<string>();
  });

  it('createIssue requires the data of its code', () => {
    expectTypeOf(createIssue({ code: 'unknown_item', item: '1.1', framework: 'x' })).toEqualTypeOf<
      IssueOf<'unknown_item'>
    >();
    // @ts-expect-error: percent is required for this code
    createIssue({ code: 'percent_not_multiple_of_5' });
  });
});

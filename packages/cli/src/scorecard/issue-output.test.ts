import { createIssue } from '@community-excellence/schemas';
import { describe, expect, it } from 'vitest';
import { captureIo } from '../testing/capture-io.js';
import { reportInvalid, reportWarnings } from './issue-output.js';

const error = createIssue({
  code: 'invalid_union',
  path: ['a', 0],
  note: 'broken',
  location: { file: 'x.json' },
});
const warning = createIssue({
  code: 'invalid_union',
  severity: 'warning',
  path: ['b'],
  note: 'odd',
});

describe('reportInvalid', () => {
  it('writes structured issues to standard output for JSON', () => {
    const io = captureIo();
    // issue #13: the engines no longer repeat issues, so nothing is de-duplicated here
    reportInvalid(io, 'score', 'json', [error]);
    expect(JSON.parse(io.out())).toEqual({ ok: false, issues: [error] });
    expect(io.err()).toBe('');
  });

  it('writes issue lines and a summary to standard error otherwise', () => {
    const io = captureIo();
    reportInvalid(io, 'check', 'markdown', [warning, error]);
    expect(io.out()).toBe('');
    expect(io.err()).toBe(
      'x.json error a[0] invalid_union: broken\nwarning b invalid_union: odd\ncommunity-excellence check: invalid input (1 error).\n',
    );
  });
});

describe('reportWarnings', () => {
  it('writes nothing without issues', () => {
    const io = captureIo();
    reportWarnings(io, []);
    expect(io.err()).toBe('');
    reportWarnings(io, [warning]);
    expect(io.err()).toBe('warning b invalid_union: odd\n');
  });
});

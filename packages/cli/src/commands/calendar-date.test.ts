import { describe, expect, it } from 'vitest';
import { dateOptionProblem } from './calendar-date.js';

describe('dateOptionProblem', () => {
  it('accepts calendar dates and refuses days that do not exist', () => {
    expect(dateOptionProblem('--date', '2026-05-01')).toBeUndefined();
    expect(dateOptionProblem('--date', '2028-02-29')).toBeUndefined();
    for (const bad of ['2026-13-45', '2026-02-30', '2027-02-29', '2026-00-10', '2026-5-1', 'May 1'])
      expect(dateOptionProblem('--date', bad)).toBe(
        `--date must be a calendar date like 2026-05-01 (YYYY-MM-DD), not ${JSON.stringify(bad)}`,
      );
    expect(dateOptionProblem('--date', '2026-05-01T10:00:00Z')).toBe(
      '--date must be a calendar date like 2026-05-01 (YYYY-MM-DD), not "2026-05-01T10:00:00Z"',
    );
  });

  it('accepts a date-time with a zone where the option allows it', () => {
    expect(dateOptionProblem('--at', '2026-10-14T15:00:00Z', { dateTime: true })).toBeUndefined();
    expect(dateOptionProblem('--at', '2026-10-14', { dateTime: true })).toBeUndefined();
    expect(dateOptionProblem('--at', '2026-10-32', { dateTime: true })).toBe(
      '--at must be a calendar date or date-time such as 2026-10-14 or 2026-10-14T15:00:00Z, not "2026-10-32"',
    );
  });
});

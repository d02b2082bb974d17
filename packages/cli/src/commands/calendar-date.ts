import { isTimestamp } from '@community-excellence/schemas/data';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks the value of a date option (`report --date`, `cohort --at`): a calendar date
 * `YYYY-MM-DD` that names a real day (`2026-13-45` and `2026-02-30` are refused), or, with
 * `dateTime`, also an ISO date-time with a zone. Returns the message to print (the CLI exits 2),
 * or `undefined` when the value is a date. Never throws.
 *
 * @example
 * ```ts
 * dateOptionProblem('--date', '2026-13-45'); // '--date must be a calendar date like 2026-05-01 (YYYY-MM-DD), not "2026-13-45"'
 * dateOptionProblem('--date', '2026-05-01'); // undefined
 * ```
 */
export function dateOptionProblem(
  option: string,
  value: string,
  { dateTime = false }: { readonly dateTime?: boolean } = {},
): string | undefined {
  if (isTimestamp(value) && (dateTime || DATE.test(value))) return undefined;
  return dateTime
    ? `${option} must be a calendar date or date-time such as 2026-10-14 or 2026-10-14T15:00:00Z, not ${JSON.stringify(value)}`
    : `${option} must be a calendar date like 2026-05-01 (YYYY-MM-DD), not ${JSON.stringify(value)}`;
}

const TIMESTAMP =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?$/;

/**
 * True when `value` is an ISO date (`2026-10-07`) or date-time with a zone
 * (`2026-10-07T15:00:00Z`, `2026-10-07T09:00-06:00`) that names a real day.
 *
 * @example
 * ```ts
 * isTimestamp('2026-10-07'); // true
 * isTimestamp('2026-02-30'); // false
 * ```
 */
export function isTimestamp(value: unknown): value is string {
  if (typeof value !== 'string' || !TIMESTAMP.test(value)) return false;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

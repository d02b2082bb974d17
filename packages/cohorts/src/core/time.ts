import { isTimestamp } from '@community-excellence/schemas/data';

/**
 * A source of the current time as an ISO date-time string. Machines never read the real time:
 * events carry `at`, and when an event has none the `clock` option supplies it.
 *
 * @example
 * ```ts
 * const clock: Clock = () => '2026-10-07T15:00:00Z';
 * const systemClock: Clock = () => new Date().toISOString(); // in your app, not in the library
 * ```
 */
export type Clock = () => string;

/**
 * A clock that always answers the same instant (tests, replays, previews).
 *
 * @example
 * ```ts
 * fixedClock('2026-10-07T15:00:00Z')(); // '2026-10-07T15:00:00Z'
 * ```
 */
export function fixedClock(at: string): Clock {
  return () => at;
}

/**
 * Milliseconds since the epoch of an ISO timestamp (date-only strings are midnight UTC).
 *
 * Never throws: a value that is not a date gives `NaN`.
 *
 * @example
 * ```ts
 * timeOf('1970-01-02'); // 86400000
 * ```
 */
export function timeOf(at: string): number {
  return typeof at === 'string' ? Date.parse(at) : Number.NaN;
}

/**
 * The calendar date (`YYYY-MM-DD`) written in a timestamp, in the zone it was written in.
 *
 * Never throws: a value that is not a date gives `''`.
 *
 * @example
 * ```ts
 * calendarDate('2026-10-07T23:30:00-06:00'); // '2026-10-07'
 * ```
 */
export function calendarDate(at: string): string {
  return typeof at === 'string' ? at.slice(0, 10) : '';
}

/**
 * The calendar month (1-12) written in a timestamp.
 *
 * Never throws: a value that is not a date gives `NaN`.
 *
 * @example
 * ```ts
 * monthOf('2026-10-07'); // 10
 * ```
 */
export function monthOf(at: string): number {
  return typeof at === 'string' ? Number(at.slice(5, 7)) : Number.NaN;
}

/**
 * The calendar year written in a timestamp.
 *
 * Never throws: a value that is not a date gives `NaN`.
 *
 * @example
 * ```ts
 * yearOf('2029-09-30'); // 2029
 * ```
 */
export function yearOf(at: string): number {
  return typeof at === 'string' ? Number(at.slice(0, 4)) : Number.NaN;
}

/**
 * Adds whole months to a calendar date, clamping to the last day of the target month.
 *
 * Never throws: a value that is not a date gives `''`.
 *
 * @example
 * ```ts
 * addMonths('2026-10-07', 12); // '2027-10-07'
 * addMonths('2027-01-31', 1); // '2027-02-28'
 * ```
 */
export function addMonths(date: string, months: number): string {
  if (typeof date !== 'string' || typeof months !== 'number') return '';
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const targetYear = y + Math.floor(m / 12);
  const targetMonth = ((m % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Whole days from one calendar date to another (negative when `to` is earlier).
 *
 * Never throws: a value that is not a date gives `NaN`.
 *
 * @example
 * ```ts
 * daysBetween('2026-10-01', '2026-10-31'); // 30
 * ```
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(calendarDate(to)) - Date.parse(calendarDate(from))) / 86_400_000);
}

/**
 * Adds days to a calendar date.
 *
 * Never throws: a value that is not a date gives `''`.
 *
 * @example
 * ```ts
 * addDays('2026-12-31', 1); // '2027-01-01'
 * ```
 */
export function addDays(date: string, days: number): string {
  if (typeof days !== 'number') return '';
  const t = Date.parse(calendarDate(date)) + days * 86_400_000;
  const at = new Date(t);
  return Number.isNaN(at.getTime()) ? '' : at.toISOString().slice(0, 10);
}

export { isTimestamp };

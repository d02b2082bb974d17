/**
 * A point in time for a period, in (fractional) years: the `start` date when it is a valid
 * `YYYY-MM-DD` date (2020-07-01 is 2020.5), otherwise the first four-digit year in the label
 * ("2020-21" is 2020, "2025 release" is 2025); `undefined` when neither exists. Used to order
 * periods and to measure time between them. Never throws.
 *
 * Never throws: a period that cannot be read gives `undefined`.
 *
 * @example
 * ```ts
 * periodTime({ label: '2020-21', start: '2020-07-01' }); // 2020.497...
 * periodTime({ label: '2024' }); // 2024
 * ```
 */
export function periodTime(
  period: { readonly label?: unknown; readonly start?: unknown } | undefined,
): number | undefined {
  try {
    return periodTimeUnchecked(period);
  } catch {
    return undefined;
  }
}

function periodTimeUnchecked(
  period: { readonly label?: unknown; readonly start?: unknown } | undefined,
): number | undefined {
  const start = period?.start;
  if (typeof start === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(start)) {
    const year = Number(start.slice(0, 4));
    const ms = Date.UTC(year, Number(start.slice(5, 7)) - 1, Number(start.slice(8, 10)));
    const yearStart = Date.UTC(year, 0, 1);
    const yearEnd = Date.UTC(year + 1, 0, 1);
    if (Number.isFinite(ms)) return year + (ms - yearStart) / (yearEnd - yearStart);
  }
  const label = period?.label;
  if (typeof label !== 'string') return undefined;
  const match = /(?:^|\D)(\d{4})(?!\d)/.exec(label);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

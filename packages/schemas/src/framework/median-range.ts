/**
 * What {@link medianRange} returns: the median range of per-factor ranges, how far apart the
 * factors are, and the note that says it is a suggestion.
 *
 * @example
 * ```ts
 * const median: MedianRange | undefined = medianRange(['30-45', '50-65'], ['0-5', '10-25', '30-45', '50-65']);
 * ```
 */
export interface MedianRange {
  /** The median range id (the lower of the two middle ranges for an even count). */
  readonly range: string;
  readonly rule: 'median';
  /** How many ranges apart the lowest and highest factor are (2 or more: discuss the item). */
  readonly spread: number;
  /** "A suggestion only: ..." plus, for a spread of 2 or more, "discuss the item". */
  readonly note: string;
}

/**
 * The one rule that turns per-factor ranges (ADLI for process items, LeTCI for results items)
 * into a **suggested** range: the median range in the scoring guidelines' order, the lower of
 * the two middle ones for an even count (a conservative choice). No factor weights (Baldrige
 * defines none) and no factor is a gate; the assessor chooses the range that fits the response
 * (or the results) as a whole and the percent within it.
 *
 * `order` is the guidelines' range ids from lowest to highest
 * (`guidelines.ranges.map((r) => r.id)`). `subject` names what the assessor judges as a whole in
 * the note: `'response'` (default, process items) or `'results'`.
 *
 * Never throws: no range ids, an id that is not in `order`, or input of another shape gives
 * `undefined`.
 *
 * @example
 * ```ts
 * const order = ['0-5', '10-25', '30-45', '50-65', '70-85', '90-100'];
 * medianRange(['50-65', '30-45', '30-45', '50-65'], order)?.range; // '30-45' (lower middle)
 * medianRange(['70-85', '70-85', '0-5'], order)?.spread; // 4 (the note says: discuss the item)
 * medianRange(['50-60'], order); // undefined (not a range id of the guidelines)
 * ```
 */
export function medianRange(
  rangeIds: readonly string[],
  order: readonly string[],
  subject: 'response' | 'results' = 'response',
): MedianRange | undefined {
  try {
    return medianRangeUnchecked(rangeIds, order, subject);
  } catch {
    return undefined;
  }
}

function medianRangeUnchecked(
  rangeIds: readonly string[],
  order: readonly string[],
  subject: 'response' | 'results',
): MedianRange | undefined {
  if (!Array.isArray(rangeIds) || !Array.isArray(order) || rangeIds.length === 0) return undefined;
  const ids: readonly unknown[] = order;
  const indices: number[] = [];
  for (const id of rangeIds as readonly unknown[]) {
    const index = typeof id === 'string' ? ids.indexOf(id) : -1;
    if (index < 0) return undefined;
    indices.push(index);
  }
  indices.sort((a, b) => a - b);
  const middle = indices[Math.floor((indices.length - 1) / 2)] ?? 0;
  const spread = (indices[indices.length - 1] ?? 0) - (indices[0] ?? 0);
  const range = order[middle] ?? '';
  const whole = subject === 'results' ? 'the results' : 'the response';
  return {
    range,
    rule: 'median',
    spread,
    note:
      `Suggested range ${range} (median of the factor ratings). A suggestion only: choose the range that fits ${whole} as a whole, then the percent within it; there are no factor weights.` +
      (spread >= 2
        ? ` The factors span ${spread + 1} ranges: discuss the item before scoring.`
        : ''),
  };
}

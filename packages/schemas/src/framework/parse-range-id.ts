/**
 * Reads a range id such as `50-65` into its bounds, or returns undefined when the id is not
 * `<min>-<max>` with `min <= max` (or not a string at all). Never throws.
 *
 * @example
 * ```ts
 * parseRangeId('50-65'); // { min: 50, max: 65 }
 * parseRangeId('65-50'); // undefined
 * ```
 */
export function parseRangeId(
  id: string,
): { readonly min: number; readonly max: number } | undefined {
  if (typeof id !== 'string') return undefined;
  const match = /^(\d{1,3})-(\d{1,3})$/.exec(id);
  if (match === null) return undefined;
  const min = Number(match[1]);
  const max = Number(match[2]);
  return min <= max ? { min, max } : undefined;
}

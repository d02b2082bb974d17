/**
 * `n` and the noun, singular or plural: `plural(1, 'strength')` is `'1 strength'`.
 *
 * @example
 * ```ts
 * plural(2, 'opportunity', 'opportunities'); // '2 opportunities'
 * ```
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

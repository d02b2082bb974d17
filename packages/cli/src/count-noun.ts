/**
 * `count` and the noun, singular or plural, for what the CLI prints: `countNoun(1, 'warning')` is
 * `'1 warning'`, `countNoun(12281, 'row')` is `'12281 rows'`. `format` spells the number (default:
 * as it is).
 *
 * @example
 * ```ts
 * countNoun(2, 'file'); // '2 files'
 * countNoun(1, 'observation set'); // '1 observation set'
 * ```
 */
export function countNoun(
  count: number,
  one: string,
  many = `${one}s`,
  format: (n: number) => string = String,
): string {
  return `${format(count)} ${count === 1 ? one : many}`;
}

/**
 * The level of measurement that Krippendorff's alpha assumes, which fixes its difference
 * function: `nominal` (categories, any two different values differ equally), `ordinal` (ranks;
 * distance grows with how many values lie between two values), `interval` (squared difference)
 * and `ratio` (squared difference relative to the sum, for values with a true zero).
 */
export type AlphaLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/**
 * Every level of measurement {@link krippendorffAlpha} supports.
 *
 * @example
 * ```ts
 * ALPHA_LEVELS.includes('ordinal'); // true
 * ```
 */
export const ALPHA_LEVELS: readonly AlphaLevel[] = ['nominal', 'ordinal', 'interval', 'ratio'];

/**
 * The squared difference function delta^2 of a level over the sorted distinct `values` of a
 * coincidence matrix with `marginals` n_c, as a matrix `delta[c][k]`. Ordinal uses the
 * rank (marginal-sum) form: `(sum of n_g for g from c to k - (n_c + n_k) / 2)^2`.
 *
 * @example
 * ```ts
 * squaredDifferences('interval', [1, 3], [2, 2]); // [[0, 4], [4, 0]]
 * squaredDifferences('ordinal', [1, 2, 3], [2, 4, 2]); // ordinal distance 1 -> 3: (2 + 4 + 2 - 2)^2 = 36
 * ```
 */
export function squaredDifferences(level: AlphaLevel, values: readonly (number | string)[], marginals: readonly number[]): number[][] {
  const size = values.length;
  const delta: number[][] = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  // prefix[i] = n_0 + ... + n_(i-1), for the ordinal metric.
  const prefix = [0];
  for (const n of marginals) prefix.push((prefix[prefix.length - 1] as number) + n);
  for (let c = 0; c < size; c += 1) {
    for (let k = c + 1; k < size; k += 1) {
      const a = values[c] as number | string;
      const b = values[k] as number | string;
      let d: number;
      if (level === 'nominal') d = a === b ? 0 : 1;
      else if (level === 'ordinal') {
        const between = (prefix[k + 1] as number) - (prefix[c] as number) - ((marginals[c] as number) + (marginals[k] as number)) / 2;
        d = between * between;
      } else if (level === 'interval') d = ((a as number) - (b as number)) ** 2;
      else {
        const sum = (a as number) + (b as number);
        d = sum === 0 ? 0 : (((a as number) - (b as number)) / sum) ** 2;
      }
      (delta[c] as number[])[k] = d;
      (delta[k] as number[])[c] = d;
    }
  }
  return delta;
}

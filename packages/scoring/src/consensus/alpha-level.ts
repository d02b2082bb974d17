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
 * The squared difference delta^2 between the values at positions `c` and `k` of the sorted
 * distinct values, given `prefix[i]` = n_0 + ... + n_(i-1) (the running marginal sums, used by
 * the ordinal metric) and the marginals n_c.
 *
 * @example
 * ```ts
 * squaredDifference('interval', [1, 4], [1, 1], [0, 1, 2], 0, 1); // 9
 * ```
 */
export function squaredDifference(
  level: AlphaLevel,
  values: readonly (number | string)[],
  marginals: ArrayLike<number>,
  prefix: ArrayLike<number>,
  c: number,
  k: number,
): number {
  if (c === k) return 0;
  const a = values[c] as number | string;
  const b = values[k] as number | string;
  switch (level) {
    case 'nominal':
      return a === b ? 0 : 1;
    case 'ordinal': {
      const lo = Math.min(c, k);
      const hi = Math.max(c, k);
      const between =
        (prefix[hi + 1] as number) -
        (prefix[lo] as number) -
        ((marginals[c] as number) + (marginals[k] as number)) / 2;
      return between * between;
    }
    case 'interval':
      return ((a as number) - (b as number)) ** 2;
    case 'ratio': {
      const sum = (a as number) + (b as number);
      return sum === 0 ? 0 : (((a as number) - (b as number)) / sum) ** 2;
    }
  }
}

/**
 * Running sums of the marginals: `prefix[i]` = n_0 + ... + n_(i-1), length `marginals.length + 1`.
 *
 * @example
 * ```ts
 * marginalPrefix([2, 4, 2]); // [0, 2, 6, 8]
 * ```
 */
export function marginalPrefix(marginals: ArrayLike<number>): number[] {
  const prefix = [0];
  for (let i = 0; i < marginals.length; i += 1)
    prefix.push((prefix[i] as number) + (marginals[i] as number));
  return prefix;
}

/**
 * The squared difference function delta^2 of a level over the sorted distinct `values` of a
 * coincidence matrix with `marginals` n_c, as a matrix `delta[c][k]`. Ordinal uses the
 * rank (marginal-sum) form: `(sum of n_g for g from c to k - (n_c + n_k) / 2)^2`.
 *
 * Never throws: values or marginals of another shape give `[]`.
 *
 * @example
 * ```ts
 * squaredDifferences('interval', [1, 3], [2, 2]); // [[0, 4], [4, 0]]
 * squaredDifferences('ordinal', [1, 2, 3], [2, 4, 2]); // ordinal distance 1 -> 3: (2 + 4 + 2 - 2)^2 = 36
 * ```
 */
export function squaredDifferences(
  level: AlphaLevel,
  values: readonly (number | string)[],
  marginals: readonly number[],
): number[][] {
  try {
    return squaredDifferencesUnchecked(level, values, marginals);
  } catch {
    return [];
  }
}

function squaredDifferencesUnchecked(
  level: AlphaLevel,
  values: readonly (number | string)[],
  marginals: readonly number[],
): number[][] {
  const prefix = marginalPrefix(marginals);
  return values.map((_, c) =>
    values.map((__, k) => squaredDifference(level, values, marginals, prefix, c, k)),
  );
}

/** A value in reliability data: a number, a category label, or `null` / `undefined` for missing. */
export type ReliabilityValue = number | string | null | undefined;

/**
 * The coincidence matrix of reliability data (Krippendorff): how often each pair of values was
 * assigned to the same unit by different coders, each unit weighted by `1 / (m_u - 1)` where `m_u`
 * is the number of values it received. Units with fewer than two values are not pairable and
 * drop out.
 */
export interface CoincidenceMatrix {
  /** The distinct values that occur in pairable units, numbers ascending, then strings in code-unit order. */
  readonly values: readonly (number | string)[];
  /** `matrix[c][k]` = o_ck, the coincidences of `values[c]` and `values[k]` (symmetric). */
  readonly matrix: readonly (readonly number[])[];
  /** `marginals[c]` = n_c, the row sums: how many pairable values equal `values[c]`. */
  readonly marginals: readonly number[];
  /** n, the number of pairable values (the sum of the marginals). */
  readonly pairableValues: number;
  /** Number of units (rows) in the data. */
  readonly units: number;
  /** Number of units with at least two values. */
  readonly pairableUnits: number;
}

const isPresent = (value: ReliabilityValue): value is number | string => value !== null && value !== undefined;

const compareValues = (a: number | string, b: number | string): number => {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
};

/**
 * Builds the coincidence matrix of a units x coders matrix (`data[unit][coder]`, rows may differ
 * in length; `null` or `undefined` is a missing value).
 *
 * @example
 * ```ts
 * const m = coincidenceMatrix([
 *   [1, 1, null],
 *   [2, 3, 2],
 *   [4, null, null], // one value: not pairable
 * ]);
 * m.values;         // [1, 2, 3]
 * m.pairableValues; // 5
 * m.pairableUnits;  // 2
 * ```
 */
export function coincidenceMatrix(data: readonly (readonly ReliabilityValue[])[]): CoincidenceMatrix {
  const pairable: (number | string)[][] = [];
  const distinct = new Set<number | string>();
  for (const row of data) {
    const present = row.filter(isPresent);
    if (present.length < 2) continue;
    pairable.push(present);
    for (const value of present) distinct.add(value);
  }
  const values = [...distinct].sort(compareValues);
  const index = new Map(values.map((value, i) => [value, i] as const));
  const size = values.length;
  const matrix: number[][] = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const counts = new Array<number>(size).fill(0);
  for (const unit of pairable) {
    // Count each value in the unit, then add n_uc * n_uk (minus self-pairs) / (m_u - 1).
    counts.fill(0);
    const used: number[] = [];
    for (const value of unit) {
      const i = index.get(value) as number;
      if (counts[i] === 0) used.push(i);
      counts[i] = (counts[i] as number) + 1;
    }
    const weight = 1 / (unit.length - 1);
    for (const c of used) {
      const row = matrix[c] as number[];
      const nc = counts[c] as number;
      for (const k of used) {
        const pairs = c === k ? nc * (nc - 1) : nc * (counts[k] as number);
        row[k] = (row[k] as number) + pairs * weight;
      }
    }
  }
  const marginals = matrix.map((row) => row.reduce((sum, o) => sum + o, 0));
  const pairableValues = pairable.reduce((sum, unit) => sum + unit.length, 0);
  return { values, matrix, marginals, pairableValues, units: data.length, pairableUnits: pairable.length };
}

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

/** The coincidence matrix in flat arrays (`o[c * size + k]`), as the alpha computation uses it. */
export interface FlatCoincidences {
  readonly values: readonly (number | string)[];
  readonly size: number;
  readonly o: Float64Array;
  /** n_c, counted exactly (integers). */
  readonly marginals: Float64Array;
  readonly pairableValues: number;
  readonly units: number;
  readonly pairableUnits: number;
}

const compareValues = (a: number | string, b: number | string): number => {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
};

/**
 * Builds the coincidence matrix in flat arrays. Per pairable unit, with `n_uc` the number of
 * values c in the unit: `o_ck += n_uc * n_uk / (m_u - 1)` for c != k and
 * `o_cc += n_uc * (n_uc - 1) / (m_u - 1)`.
 *
 * @example
 * ```ts
 * flatCoincidences([[1, 2], [1, 1]]).o; // Float64Array [2, 1, 1, 0]
 * ```
 */
export function flatCoincidences(data: readonly (readonly ReliabilityValue[])[]): FlatCoincidences {
  const pairable: (readonly ReliabilityValue[])[] = [];
  const distinct = new Set<number | string>();
  let pairableValues = 0;
  for (const row of data) {
    let present = 0;
    for (const value of row) if (value !== null && value !== undefined) present += 1;
    if (present < 2) continue;
    pairable.push(row);
    pairableValues += present;
    for (const value of row) if (value !== null && value !== undefined) distinct.add(value);
  }
  const values = [...distinct].sort(compareValues);
  const index = new Map<number | string, number>();
  values.forEach((value, i) => index.set(value, i));
  const size = values.length;
  const o = new Float64Array(size * size);
  const marginals = new Float64Array(size);
  const counts = new Float64Array(size);
  const used: number[] = [];
  for (const row of pairable) {
    used.length = 0;
    let m = 0;
    for (const value of row) {
      if (value === null || value === undefined) continue;
      const i = index.get(value) as number;
      if (counts[i] === 0) used.push(i);
      counts[i] = (counts[i] as number) + 1;
      m += 1;
    }
    const weight = 1 / (m - 1);
    for (const c of used) {
      const nc = counts[c] as number;
      marginals[c] = (marginals[c] as number) + nc;
      for (const k of used) {
        const pairs = c === k ? nc * (nc - 1) : nc * (counts[k] as number);
        o[c * size + k] = (o[c * size + k] as number) + pairs * weight;
      }
    }
    for (const c of used) counts[c] = 0;
  }
  return {
    values,
    size,
    o,
    marginals,
    pairableValues,
    units: data.length,
    pairableUnits: pairable.length,
  };
}

/**
 * Builds the coincidence matrix of a units x coders matrix (`data[unit][coder]`, rows may differ
 * in length; `null` or `undefined` is a missing value).
 *
 * Never throws: data that is not a list of rows gives an empty matrix.
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
export function coincidenceMatrix(
  data: readonly (readonly ReliabilityValue[])[],
): CoincidenceMatrix {
  try {
    return coincidenceMatrixUnchecked(data);
  } catch {
    return { values: [], matrix: [], marginals: [], pairableValues: 0, units: 0, pairableUnits: 0 };
  }
}

function coincidenceMatrixUnchecked(
  data: readonly (readonly ReliabilityValue[])[],
): CoincidenceMatrix {
  const flat = flatCoincidences(data);
  const matrix = Array.from({ length: flat.size }, (_, c) =>
    Array.from(flat.o.subarray(c * flat.size, (c + 1) * flat.size)),
  );
  return {
    values: flat.values,
    matrix,
    marginals: Array.from(flat.marginals),
    pairableValues: flat.pairableValues,
    units: flat.units,
    pairableUnits: flat.pairableUnits,
  };
}

import { ALPHA_LEVELS, marginalPrefix, squaredDifference, type AlphaLevel } from './alpha-level.js';
import { flatCoincidences, type ReliabilityValue } from './coincidence-matrix.js';
import { errorIssue } from '../score/error-issue.js';

/** Options of {@link krippendorffAlpha}. */
export interface KrippendorffAlphaOptions {
  /** The level of measurement (difference function). */
  readonly level: AlphaLevel;
}

/** The counts every alpha result reports. */
export interface AlphaCounts {
  readonly level: AlphaLevel;
  /** Units (rows) in the data. */
  readonly units: number;
  /** Units with at least two values; the others drop out. */
  readonly pairableUnits: number;
  /** Values in pairable units (n). */
  readonly pairableValues: number;
}

/** Alpha could be computed. */
export interface DefinedAlpha extends AlphaCounts {
  readonly defined: true;
  /** 1 = perfect agreement, 0 = agreement at chance level, below 0 = systematic disagreement. */
  readonly alpha: number;
  /** D_o, the observed disagreement. */
  readonly observedDisagreement: number;
  /** D_e, the disagreement expected by chance. */
  readonly expectedDisagreement: number;
}

/** Alpha is undefined for these data, with the reason. */
export interface UndefinedAlpha extends AlphaCounts {
  readonly defined: false;
  readonly alpha: undefined;
  /**
   * Why alpha is undefined: no unit has two values (`no-pairable-values`); every pairable value
   * is the same, so there is no variation to be reliable about (`no-variation`); a value unusable
   * at the level (a string at a numeric level, a non-finite number, a negative number at ratio
   * level) (`invalid-value`); or an unknown level (`invalid-level`).
   */
  readonly reason: 'no-pairable-values' | 'no-variation' | 'invalid-value' | 'invalid-level';
  readonly message: string;
}

/** What {@link krippendorffAlpha} returns. */
export type KrippendorffAlphaResult = DefinedAlpha | UndefinedAlpha;

function invalidValue(value: number | string, level: AlphaLevel): string | undefined {
  if (typeof value === 'string')
    return level === 'nominal'
      ? undefined
      : `The value ${JSON.stringify(value)} is not a number; the ${level} level needs numbers.`;
  if (!Number.isFinite(value)) return `The value ${String(value)} is not a finite number.`;
  if (level === 'ratio' && value < 0)
    return `The value ${value} is negative; the ratio level needs values of zero or more.`;
  return undefined;
}

/**
 * Krippendorff's alpha, the chance-corrected agreement of several coders (reviewers) over units
 * (items), with missing values: `alpha = 1 - D_o / D_e`. Computed through the coincidence
 * matrix; units with fewer than two values drop out; the difference
 * function follows the level (see {@link AlphaLevel}; ordinal uses the rank / marginal-sum form).
 *
 * `data` is a units x coders matrix: `data[unit][coder]`, with `null` (or `undefined`) for a
 * missing value. Never throws: when alpha is undefined the result says why.
 *
 * Reproduces the published values of Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability" (4 observers x 12 units): nominal 0.743, ordinal 0.815, interval 0.849,
 * ratio 0.797.
 *
 * Never throws: data that is not a list of rows is answered with reason `invalid-value`.
 *
 * @example
 * ```ts
 * const result = krippendorffAlpha(
 *   [
 *     [1, 1, 1],
 *     [2, 2, 3],
 *     [3, 3, 3],
 *     [4, 4, null],
 *   ],
 *   { level: 'ordinal' },
 * );
 * if (result.defined) console.log(result.alpha.toFixed(3));
 * else console.log(result.reason); // e.g. 'no-pairable-values'
 * ```
 */
export function krippendorffAlpha(
  data: readonly (readonly ReliabilityValue[])[],
  options: KrippendorffAlphaOptions,
): KrippendorffAlphaResult {
  try {
    return krippendorffAlphaUnchecked(data, options);
  } catch (error) {
    const issue = errorIssue(error);
    return {
      defined: false,
      alpha: undefined,
      reason: 'invalid-value',
      message: `The data is not a list of rows of values (${issue.message})`,
      level: 'ordinal',
      units: 0,
      pairableUnits: 0,
      pairableValues: 0,
    };
  }
}

function krippendorffAlphaUnchecked(
  data: readonly (readonly ReliabilityValue[])[],
  options: KrippendorffAlphaOptions,
): KrippendorffAlphaResult {
  const level = options.level;
  const m = flatCoincidences(data);
  const counts = {
    level,
    units: m.units,
    pairableUnits: m.pairableUnits,
    pairableValues: m.pairableValues,
  };
  const undefinedAlpha = (reason: UndefinedAlpha['reason'], message: string): UndefinedAlpha => ({
    ...counts,
    defined: false,
    alpha: undefined,
    reason,
    message,
  });

  if (!ALPHA_LEVELS.includes(level))
    return undefinedAlpha(
      'invalid-level',
      `Unknown level ${JSON.stringify(level)}; use one of ${ALPHA_LEVELS.join(', ')}.`,
    );
  for (const row of data) {
    for (const value of row) {
      if (value === null || value === undefined) continue;
      const problem = invalidValue(value, level);
      if (problem !== undefined) return undefinedAlpha('invalid-value', problem);
    }
  }
  const n = m.pairableValues;
  if (n === 0)
    return undefinedAlpha(
      'no-pairable-values',
      'No unit has two or more values, so no pair of values can be compared.',
    );

  // Sum over the coincidence matrix: observed = sum o_ck delta_ck, expected = sum n_c n_k delta_ck
  // (both symmetric with a zero diagonal, so twice the sum over c < k).
  const prefix = level === 'ordinal' ? marginalPrefix(m.marginals) : [];
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < m.size; c += 1) {
    const nc = m.marginals[c] as number;
    for (let k = c + 1; k < m.size; k += 1) {
      const d = squaredDifference(level, m.values, m.marginals, prefix, c, k);
      if (d === 0) continue;
      observed += 2 * (m.o[c * m.size + k] as number) * d;
      expected += 2 * nc * (m.marginals[k] as number) * d;
    }
  }
  if (expected === 0) {
    return undefinedAlpha(
      'no-variation',
      'Every pairable value is the same, so there is no variation against which to measure agreement.',
    );
  }
  const alpha = 1 - ((n - 1) * observed) / expected;
  return {
    ...counts,
    defined: true,
    alpha,
    observedDisagreement: observed / n,
    expectedDisagreement: expected / (n * (n - 1)),
  };
}

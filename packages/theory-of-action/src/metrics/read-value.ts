import type { Observation } from '@community-excellence/schemas/data';
import { isFiniteNumber, toText } from './metric.js';
import { optionsOf } from '../options-of.js';

/**
 * Options that say how cells other than exact numbers are treated. The defaults are the safe ones:
 * only exact values are used.
 */
export interface ValueOptions {
  /** `exclude` (default) or `midpoint`: use `(low + high) / 2`, labelled `interval-midpoint`. */
  readonly intervals?: 'exclude' | 'midpoint';
  /** Quality flag 3 (weak) is always refused; flag 2 (use with caution) is used with a warning unless this is `exclude`. */
  readonly cautionQuality?: 'warn' | 'exclude';
}

/**
 * Why a cell was not used. Suppressed and missing cells are never read as 0.
 */
export type ExclusionReason =
  | 'suppressed'
  | 'missing'
  | 'bound'
  | 'interval'
  | 'low-quality'
  | 'caution-quality'
  | 'not-a-number'
  | 'malformed';

/**
 * How a used cell was read: `exact`, or `interval-midpoint` when the caller opted in.
 */
export type ValueTreatment = 'exact' | 'interval-midpoint';

/**
 * The outcome of reading one observation: a number with how it was read and any warnings, or the
 * reason it was excluded with the raw token.
 *
 * @example
 * ```ts
 * const used: ReadValue = { usable: true, value: 91, treatment: 'exact', warnings: [] };
 * const skipped: ReadValue = { usable: false, reason: 'suppressed', raw: 'S' };
 * ```
 */
export type ReadValue =
  | {
      readonly usable: true;
      readonly value: number;
      readonly treatment: ValueTreatment;
      readonly ci?: { readonly low: number; readonly high: number; readonly level?: number };
      readonly warnings: readonly string[];
    }
  | { readonly usable: false; readonly reason: ExclusionReason; readonly raw?: string };

/**
 * Reads the number of one observation row for a metric, or says why it cannot be used:
 * suppressed and missing cells are excluded (never 0), bounds (`>=95%`) are excluded, intervals are
 * excluded unless `intervals: 'midpoint'`, quality flag 3 is refused and flag 2 warns. Never throws,
 * whatever it is given.
 *
 * Never throws: an observation that cannot be read is answered as an observation without a value.
 *
 * @example
 * ```ts
 * readObservationValue({ value: { kind: 'exact', raw: '91.0', value: 91 } } as Observation); // usable, 91
 * readObservationValue({ value: { kind: 'suppressed', raw: 'S' } } as Observation); // { usable: false, reason: 'suppressed', raw: 'S' }
 * ```
 */
export function readObservationValue(
  observation: Observation,
  options: ValueOptions = {},
): ReadValue {
  try {
    return readObservationValueUnchecked(observation, options);
  } catch {
    return readObservationValueUnchecked({} as Observation);
  }
}

function readObservationValueUnchecked(
  observation: Observation,
  options: ValueOptions = {},
): ReadValue {
  options = optionsOf(options);
  const value: unknown = (observation as { value?: unknown } | null | undefined)?.value;
  if (typeof value !== 'object' || value === null) return { usable: false, reason: 'malformed' };
  const cell = value as {
    kind?: unknown;
    raw?: unknown;
    value?: unknown;
    low?: unknown;
    high?: unknown;
  };
  const raw = typeof cell.raw === 'string' ? { raw: cell.raw } : {};
  const quality = observation.quality;
  if (quality === 3) return { usable: false, reason: 'low-quality', ...raw };
  if (quality === 2 && options.cautionQuality === 'exclude')
    return { usable: false, reason: 'caution-quality', ...raw };
  let number: number;
  let treatment: ValueTreatment = 'exact';
  switch (cell.kind) {
    case 'exact':
      if (!isFiniteNumber(cell.value)) return { usable: false, reason: 'not-a-number', ...raw };
      number = cell.value;
      break;
    case 'interval':
      if (options.intervals !== 'midpoint') return { usable: false, reason: 'interval', ...raw };
      if (!isFiniteNumber(cell.low) || !isFiniteNumber(cell.high) || cell.low > cell.high)
        return { usable: false, reason: 'not-a-number', ...raw };
      number = (cell.low + cell.high) / 2;
      treatment = 'interval-midpoint';
      break;
    case 'bound':
      return { usable: false, reason: 'bound', ...raw };
    case 'suppressed':
      return { usable: false, reason: 'suppressed', ...raw };
    case 'missing':
      return { usable: false, reason: 'missing', ...raw };
    default:
      return { usable: false, reason: 'malformed', ...raw };
  }
  const warnings: string[] = [];
  if (quality === 2) warnings.push('quality flag 2: use with caution');
  if (treatment === 'interval-midpoint')
    warnings.push(`interval ${toText(cell.raw)} read as its midpoint ${number}`);
  const ci = observation.ci;
  const usableCi =
    typeof ci === 'object' &&
    ci !== null &&
    isFiniteNumber(ci.low) &&
    isFiniteNumber(ci.high) &&
    ci.low <= ci.high
      ? {
          ci: {
            low: ci.low,
            high: ci.high,
            ...(isFiniteNumber(ci.level) ? { level: ci.level } : {}),
          },
        }
      : {};
  return { usable: true, value: number, treatment, warnings, ...usableCi };
}

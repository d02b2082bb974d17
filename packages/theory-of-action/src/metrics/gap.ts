import { computed, isFiniteNumber, notComputable, toText, type Metric } from './metric.js';

/**
 * The unit an absolute gap is expressed in: percentage points when the indicator's unit is percent,
 * proportion points for a proportion, otherwise the indicator's own unit.
 */
export type GapUnit = 'percentage-points' | 'proportion-points' | 'indicator-unit';

/**
 * How the reference group was chosen: by the caller, or as the group with the best rate given the
 * indicator's direction of good.
 */
export type ReferenceChoice = 'user' | 'best-rate';

/**
 * Absolute gap (rate difference) `r_g - r_ref`, sign kept (theory-of-action.md 5.3).
 *
 * @example
 * ```ts
 * absoluteGap(76.9, 91.0); // { status: 'computed', value: -14.1 (floating point) }
 * ```
 */
export function absoluteGap(focalRate: number, referenceRate: number): Metric {
  if (!isFiniteNumber(focalRate) || !isFiniteNumber(referenceRate))
    return notComputable('a group rate is not a finite number');
  return computed(focalRate - referenceRate);
}

/**
 * Rate ratio `r_g / r_ref` (1 = parity). Not computable when the reference rate is 0 or a rate is
 * negative (a ratio of signed quantities has no parity reading).
 *
 * @example
 * ```ts
 * rateRatio(20, 40); // { status: 'computed', value: 0.5 }
 * rateRatio(20, 0); // NOT_COMPUTABLE
 * ```
 */
export function rateRatio(focalRate: number, referenceRate: number): Metric {
  if (!isFiniteNumber(focalRate) || !isFiniteNumber(referenceRate))
    return notComputable('a group rate is not a finite number');
  if (referenceRate === 0) return notComputable('the reference rate is 0');
  if (focalRate < 0 || referenceRate < 0) return notComputable('a group rate is negative');
  return computed(focalRate / referenceRate);
}

/**
 * Relative disparity `r_g / r_ref - 1` (0 = parity): the rate ratio minus one.
 *
 * @example
 * ```ts
 * relativeDisparity(30, 20); // { status: 'computed', value: 0.5 }
 * ```
 */
export function relativeDisparity(focalRate: number, referenceRate: number): Metric {
  const ratio = rateRatio(focalRate, referenceRate);
  return ratio.status === 'computed' ? computed(ratio.value - 1) : ratio;
}

/**
 * A gap between a focal group and a reference group, absolute and relative together.
 *
 * @example
 * ```ts
 * const g: GapMetrics = gapMetrics({ focal: { label: 'Black', rate: 76.9 }, reference: { label: 'White', rate: 91 }, unit: 'percentage-points' });
 * ```
 */
export interface GapMetrics {
  readonly focal: { readonly label: string; readonly rate: number | undefined };
  /** The reference group, always explicit. */
  readonly reference: {
    readonly label: string;
    readonly rate: number | undefined;
    readonly choice: ReferenceChoice;
  };
  readonly unit: GapUnit;
  /** `r_g - r_ref`. */
  readonly absoluteGap: Metric;
  /** `r_g / r_ref`. */
  readonly rateRatio: Metric;
  /** `r_g / r_ref - 1`. */
  readonly relativeDisparity: Metric;
}

/**
 * One group's rate for {@link gapMetrics}. A missing `rate` (only a gap is known) makes the relative
 * metrics `NOT_COMPUTABLE`.
 */
export interface GroupRate {
  readonly label: string;
  readonly rate?: number;
}

/**
 * Input of {@link gapMetrics}.
 */
export interface GapInput {
  readonly focal: GroupRate;
  readonly reference: GroupRate;
  /** How the reference was chosen; `user` when absent. */
  readonly referenceChoice?: ReferenceChoice;
  /** Unit of the absolute gap; `indicator-unit` when absent. */
  readonly unit?: GapUnit;
  /**
   * Only the gap is known (no group rates), for example a published "gap of 14.3 points": the
   * absolute gap is this number and the relative metrics are `NOT_COMPUTABLE` (domain 5.4).
   */
  readonly knownGap?: number;
}

/**
 * Absolute gap, rate ratio and relative disparity of a focal group against an explicit reference
 * group. Never throws; non-finite rates give `NOT_COMPUTABLE` metrics.
 *
 * Never throws: input that cannot be read is answered as an empty input (every metric not computable).
 *
 * @example
 * ```ts
 * const g = gapMetrics({ focal: { label: 'Black', rate: 76.9 }, reference: { label: 'White', rate: 91 }, unit: 'percentage-points' });
 * g.absoluteGap; // computed, about -14.1 (percentage points)
 * g.rateRatio; // computed, about 0.845
 * gapMetrics({ focal: { label: 'students of color' }, reference: { label: 'White' }, knownGap: -14.3 }).rateRatio.status; // 'NOT_COMPUTABLE'
 * ```
 */
export function gapMetrics(input: GapInput): GapMetrics {
  try {
    return gapMetricsUnchecked(input);
  } catch {
    return gapMetricsUnchecked({} as GapInput);
  }
}

function gapMetricsUnchecked(input: GapInput): GapMetrics {
  const focalRate = isFiniteNumber(input?.focal?.rate) ? input.focal.rate : undefined;
  const referenceRate = isFiniteNumber(input?.reference?.rate) ? input.reference.rate : undefined;
  const ratesKnown = focalRate !== undefined && referenceRate !== undefined;
  const noRates = 'the group rates are not given (only the gap is known)';
  let gap: Metric;
  if (ratesKnown) gap = absoluteGap(focalRate, referenceRate);
  else if (input?.knownGap !== undefined)
    gap = isFiniteNumber(input.knownGap)
      ? computed(input.knownGap)
      : notComputable('the known gap is not a finite number');
  else gap = notComputable(noRates);
  return {
    focal: { label: toText(input?.focal?.label), rate: focalRate },
    reference: {
      label: toText(input?.reference?.label),
      rate: referenceRate,
      choice: input?.referenceChoice === 'best-rate' ? 'best-rate' : 'user',
    },
    unit:
      input?.unit === 'percentage-points' || input?.unit === 'proportion-points'
        ? input.unit
        : 'indicator-unit',
    absoluteGap: gap,
    rateRatio: ratesKnown ? rateRatio(focalRate, referenceRate) : notComputable(noRates),
    relativeDisparity: ratesKnown
      ? relativeDisparity(focalRate, referenceRate)
      : notComputable(noRates),
  };
}

/**
 * The gap unit for an indicator unit: percentage points for `percent`, proportion points for
 * `proportion`, the indicator's own unit otherwise. It names the unit of the raw gap numbers
 * ({@link gapMetrics} never rescales), consistent with `gapScale` (`outcomes/gap-scale.ts`), which
 * says how a gap is shown: `proportion-points` are multiplied by 100 and shown as percentage points
 * (-0.333 is "-33.3 percentage points"), `percentage-points` are shown as they are, and
 * `indicator-unit` gaps keep their numbers with the unit's words (`per 1,000`, `grade levels`).
 *
 * Never throws: a unit that cannot be read is answered as no unit.
 *
 * @example
 * ```ts
 * gapUnitOf({ type: 'percent' }); // 'percentage-points'
 * ```
 */
export function gapUnitOf(unit: { readonly type?: unknown } | undefined): GapUnit {
  try {
    return gapUnitOfUnchecked(unit);
  } catch {
    return gapUnitOfUnchecked(undefined);
  }
}

function gapUnitOfUnchecked(unit: { readonly type?: unknown } | undefined): GapUnit {
  const type = unit?.type;
  if (type === 'percent') return 'percentage-points';
  if (type === 'proportion') return 'proportion-points';
  return 'indicator-unit';
}

/**
 * A number that may not be computable. Every metric of this package is one of these, so that a
 * tool never shows a guessed number: a rate ratio without group rates, or a ratio against a
 * reference rate of 0, is `NOT_COMPUTABLE` with the reason.
 *
 * @example
 * ```ts
 * const m: Metric = { status: 'computed', value: -4.8 };
 * const n: Metric = { status: 'NOT_COMPUTABLE', reason: 'the group rates are not given' };
 * ```
 */
export type Metric =
  | { readonly status: 'computed'; readonly value: number }
  | { readonly status: 'NOT_COMPUTABLE'; readonly reason: string };

/**
 * A computed metric, or `NOT_COMPUTABLE` when the value is not a finite number.
 *
 * @example
 * ```ts
 * computed(0.5); // { status: 'computed', value: 0.5 }
 * computed(Number.NaN); // { status: 'NOT_COMPUTABLE', reason: 'the result is not a finite number' }
 * ```
 */
export function computed(value: number): Metric {
  return typeof value === 'number' && Number.isFinite(value)
    ? { status: 'computed', value: Object.is(value, -0) ? 0 : value }
    : { status: 'NOT_COMPUTABLE', reason: 'the result is not a finite number' };
}

/**
 * A metric that cannot be computed, with the reason.
 *
 * @example
 * ```ts
 * notComputable('reference rate is 0'); // { status: 'NOT_COMPUTABLE', reason: 'reference rate is 0' }
 * ```
 */
export function notComputable(reason: string): Metric {
  return { status: 'NOT_COMPUTABLE', reason };
}

/**
 * The value of a computed metric, or `undefined`.
 *
 * Never throws: a value that is not a metric gives `undefined`.
 *
 * @example
 * ```ts
 * metricValue({ status: 'computed', value: 2 }); // 2
 * metricValue({ status: 'NOT_COMPUTABLE', reason: 'no data' }); // undefined
 * ```
 */
export function metricValue(metric: Metric): number | undefined {
  try {
    return metricValueUnchecked(metric);
  } catch {
    return undefined;
  }
}

function metricValueUnchecked(metric: Metric): number | undefined {
  return metric.status === 'computed' ? metric.value : undefined;
}

/** True when `x` is a finite number (not NaN, not infinite, not another type). @internal */
export function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** A string for any value, without calling hostile `toString` methods. @internal */
export function toText(x: unknown): string {
  if (typeof x === 'string') return x;
  if (typeof x === 'number' || typeof x === 'boolean' || typeof x === 'bigint') return String(x);
  return x === undefined || x === null ? '' : Object.prototype.toString.call(x);
}

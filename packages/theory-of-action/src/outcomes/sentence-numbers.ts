import { isFiniteNumber } from '../metrics/metric.js';

/**
 * Number formatting shared by the outcome sentences: `digits` decimals (default 1, 0 to 6), values
 * multiplied by `factor` first (default 1; 100 prints a proportion's differences in percentage
 * points), never "-0.0". Internal helper, not exported from the package entries.
 */
export interface SentenceNumbers {
  /** `x * factor` with `digits` decimals. */
  readonly number: (x: number | undefined) => string;
  /** Same, with a sign: `+1.8`, `-0.4`, `0.0`. */
  readonly signed: (x: number | undefined) => string;
  /** A fraction as a percent with `digits` decimals: `0.3357` -> `33.6%` (no factor). */
  readonly percent: (x: number | undefined) => string;
  /** `' ' + unitWords`, or `''`. */
  readonly unit: string;
}

/**
 * The formatters for one sentence's options. @internal
 */
export function sentenceNumbers(options: {
  readonly digits?: unknown;
  readonly factor?: unknown;
  readonly unitWords?: unknown;
}): SentenceNumbers {
  const digits =
    isFiniteNumber(options.digits) && options.digits >= 0 && options.digits <= 6
      ? Math.round(options.digits)
      : 1;
  const factor = isFiniteNumber(options.factor) && options.factor !== 0 ? options.factor : 1;
  const fixed = (x: number): string => {
    const text = x.toFixed(digits);
    return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
  };
  const number = (x: number | undefined): string => (isFiniteNumber(x) ? fixed(x * factor) : '?');
  return {
    number,
    signed: (x) => {
      const text = number(x);
      return text === '?' || text.startsWith('-') || /^0(\.0*)?$/.test(text) ? text : `+${text}`;
    },
    percent: (x) => (isFiniteNumber(x) ? `${fixed(x * 100)}%` : '?'),
    unit:
      typeof options.unitWords === 'string' && options.unitWords.trim() !== ''
        ? ` ${options.unitWords.trim()}`
        : '',
  };
}

import type { ValueCodecOptions } from './value-codec.js';

/**
 * EDFacts downloads (federal graduation-rate files): exact `90%`, ranges `85-89%`, bounds
 * `>=95%`, `<50%`, `<=20%`, `>`; `S` is suppressed (reason `suppressed`), `MISSING` and
 * blank are missing. No footnote markers.
 *
 * @example
 * ```ts
 * createValueCodec(EDFACTS_VALUE_OPTIONS).parse('>=95%'); // bound >= 95, unit percent
 * ```
 */
export const EDFACTS_VALUE_OPTIONS: ValueCodecOptions = {
  suppressedTokens: [{ token: 'S', reason: 'suppressed' }],
  missingTokens: [{ token: 'MISSING', reason: 'not-available' }],
  footnoteMarkers: [],
};

/**
 * Colorado KIDS COUNT files: fractions 0-1 (`0.697`), `LNE` suppressed (reason
 * `low-number`), `N/A` and `NA` missing (not available), `#VALUE!` and `#DIV/0!` missing
 * (error), blanks missing, and a trailing `*` footnote (`81.6*`).
 *
 * @example
 * ```ts
 * createValueCodec(KIDS_COUNT_VALUE_OPTIONS).parse('#DIV/0!'); // missing, reason 'error'
 * ```
 */
export const KIDS_COUNT_VALUE_OPTIONS: ValueCodecOptions = {
  suppressedTokens: [{ token: 'LNE', reason: 'low-number' }],
  missingTokens: [
    { token: 'N/A', reason: 'not-available' },
    { token: 'NA', reason: 'not-available' },
    { token: '#VALUE!', reason: 'error' },
    { token: '#DIV/0!', reason: 'error' },
  ],
  footnoteMarkers: ['*'],
};

/**
 * County Health Rankings & Roadmaps measure files: proportions, CI bounds (a negative lower
 * bound is read as written), fractional numerators, scientific notation (`1.5e-05`), and
 * `NA`, read as suppressed (reason `small-n-or-unreliable`: CHR&R leaves an estimate out
 * when the sample is too small or the estimate unreliable). That reading of `NA` is
 * inferred; pass your own `suppressedTokens`/`missingTokens` to change it.
 *
 * @example
 * ```ts
 * createValueCodec(CHRR_VALUE_OPTIONS).parse('NA'); // suppressed
 * ```
 */
export const CHRR_VALUE_OPTIONS: ValueCodecOptions = {
  suppressedTokens: [{ token: 'NA', reason: 'small-n-or-unreliable' }],
  missingTokens: [],
  footnoteMarkers: [],
  exponent: true,
};

/**
 * The shipped presets by name, for `createValueCodec(valueCodecPresets[name])`.
 *
 * @example
 * ```ts
 * const codec = createValueCodec(valueCodecPresets.kidsCount);
 * ```
 */
export const valueCodecPresets: {
  readonly edfacts: ValueCodecOptions;
  readonly kidsCount: ValueCodecOptions;
  readonly chrr: ValueCodecOptions;
} = {
  edfacts: EDFACTS_VALUE_OPTIONS,
  kidsCount: KIDS_COUNT_VALUE_OPTIONS,
  chrr: CHRR_VALUE_OPTIONS,
};

/**
 * The names of the shipped presets.
 */
export type ValueCodecPresetName = keyof typeof valueCodecPresets;

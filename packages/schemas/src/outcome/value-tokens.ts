import type { MissingReason } from './observation-value.js';

/**
 * A token that means "suppressed" in a source, with the reason recorded on the value.
 */
export interface SuppressedTokenRule {
  /** The token as written in the source (compared after trimming). */
  readonly token: string;
  /** Stored as `reason` on the suppressed value. */
  readonly reason?: string;
}

/**
 * A token that means "missing" in a source, with the reason recorded on the value.
 */
export interface MissingTokenRule {
  /** The token as written in the source (compared after trimming). */
  readonly token: string;
  /** Stored as `reason` on the missing value. */
  readonly reason?: MissingReason;
}

/**
 * Suppression tokens seen across US public education and health releases: `S` (EDFacts),
 * `LNE` (Colorado KIDS COUNT, low number of events), `N<10` (district reports), `*`,
 * `DS` and `PrivacySuppressed` (federal postsecondary files). Which tokens a
 * jurisdiction uses is a local rule: configure your own list rather than relying on this
 * one. The reasons are this library's labels (inferred), not the sources' wording.
 *
 * @example
 * ```ts
 * createValueCodec({ suppressedTokens: [...DEFAULT_SUPPRESSED_TOKENS, { token: 'n<5', reason: 'small-n' }] });
 * ```
 */
export const DEFAULT_SUPPRESSED_TOKENS: readonly SuppressedTokenRule[] = [
  { token: 'S', reason: 'suppressed' },
  { token: 'LNE', reason: 'low-number' },
  { token: 'N<10', reason: 'small-n' },
  { token: '*', reason: 'suppressed' },
  { token: 'DS', reason: 'suppressed' },
  { token: 'PrivacySuppressed', reason: 'privacy' },
];

/**
 * Missing-value tokens: `N/A`, `NA`, `MISSING`, `NULL`, `.`, `--` (not available) and the
 * spreadsheet errors `#DIV/0!`, `#VALUE!`, `#N/A`, `#REF!`, `#NUM!`, `#NAME?`, `#NULL!`
 * (error). Blank cells are handled by the `blank` option, not by this list.
 *
 * @example
 * ```ts
 * createValueCodec({ missingTokens: DEFAULT_MISSING_TOKENS.filter((rule) => rule.token !== 'NA') });
 * ```
 */
export const DEFAULT_MISSING_TOKENS: readonly MissingTokenRule[] = [
  { token: 'N/A', reason: 'not-available' },
  { token: 'NA', reason: 'not-available' },
  { token: 'MISSING', reason: 'not-available' },
  { token: 'NULL', reason: 'not-available' },
  { token: '.', reason: 'not-available' },
  { token: '--', reason: 'not-available' },
  { token: '#DIV/0!', reason: 'error' },
  { token: '#VALUE!', reason: 'error' },
  { token: '#N/A', reason: 'error' },
  { token: '#REF!', reason: 'error' },
  { token: '#NUM!', reason: 'error' },
  { token: '#NAME?', reason: 'error' },
  { token: '#NULL!', reason: 'error' },
];

/**
 * A linear, regex-free scanner for numbers inside value tokens. Internal to the value
 * codec (not exported from the package).
 *
 * @packageDocumentation
 */

/** How numbers are written in a source. */
export interface NumberSyntax {
  /** The decimal separator, `.` or `,`. */
  readonly decimalSeparator: string;
  /** A thousands separator allowed between digit groups of three, or `undefined` for none. */
  readonly groupSeparator: string | undefined;
  /** Whether scientific notation (`1.5e-05`) is accepted. */
  readonly exponent: boolean;
}

/** The outcome of scanning: the number and the index just after it, or `undefined`. */
export interface ScannedNumber {
  readonly value: number;
  readonly end: number;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * Scans one number starting at `start` (an optional sign, digits with optional group
 * separators, an optional fraction and exponent). Each character is visited once.
 *
 * @example
 * ```ts
 * scanNumber('81.6*', 0, { decimalSeparator: '.', groupSeparator: undefined, exponent: true }); // { value: 81.6, end: 4 }
 * ```
 */
export function scanNumber(
  text: string,
  start: number,
  syntax: NumberSyntax,
): ScannedNumber | undefined {
  let i = start;
  const n = text.length;
  let sign = '';
  const first = text.charCodeAt(i);
  // '-', '+' and U+2212 MINUS SIGN
  if (first === 45 || first === 0x2212) {
    sign = '-';
    i += 1;
  } else if (first === 43) {
    i += 1;
  }
  let integer = '';
  let groupLength = -1; // -1: no separator seen yet; otherwise digits since the last separator
  const group = syntax.groupSeparator;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      integer += text[i];
      if (groupLength >= 0) groupLength += 1;
      i += 1;
    } else if (
      group !== undefined &&
      text[i] === group &&
      integer.length > 0 &&
      isDigit(text.charCodeAt(i + 1))
    ) {
      // The first group has 1-3 digits, every later group exactly 3.
      if (groupLength === -1 ? integer.length > 3 : groupLength !== 3) return undefined;
      groupLength = 0;
      i += 1;
    } else {
      break;
    }
  }
  if (groupLength !== -1 && groupLength !== 3) return undefined;
  let fraction = '';
  if (i < n && text[i] === syntax.decimalSeparator) {
    i += 1;
    while (i < n && isDigit(text.charCodeAt(i))) {
      fraction += text[i];
      i += 1;
    }
  }
  if (integer.length === 0 && fraction.length === 0) return undefined;
  let exponent = '';
  if (syntax.exponent && i < n && (text[i] === 'e' || text[i] === 'E')) {
    let j = i + 1;
    let expSign = '';
    if (text[j] === '-' || text[j] === '+') {
      expSign = text[j] as string;
      j += 1;
    }
    let digits = '';
    while (j < n && isDigit(text.charCodeAt(j))) {
      digits += text[j];
      j += 1;
    }
    if (digits.length > 0) {
      exponent = `e${expSign}${digits}`;
      i = j;
    }
  }
  const value = Number(
    `${sign}${integer.length > 0 ? integer : '0'}${fraction.length > 0 ? `.${fraction}` : ''}${exponent}`,
  );
  if (!Number.isFinite(value)) return undefined;
  // Normalise -0 to 0 so that values compare and round-trip simply.
  return { value: value === 0 ? 0 : value, end: i };
}

/**
 * Writes a number the way {@link scanNumber} reads it back (shortest round-trip form,
 * with the chosen decimal separator).
 *
 * @example
 * ```ts
 * formatNumber(0.5, ','); // '0,5'
 * ```
 */
export function formatNumber(value: number, decimalSeparator: string): string {
  const text = String(value);
  return decimalSeparator === '.' ? text : text.replace('.', decimalSeparator);
}

/**
 * A rational number with bigint numerator and denominator, always reduced, with a positive
 * denominator. Scoring keeps every point value as a `Rational`, so no floating-point error can
 * accumulate: 55% of 45 is exactly 99/4 (24.75) and totals add up to the last digit.
 *
 * @example
 * ```ts
 * const points = multiplyRational(rational(55n, 100n)!, rationalFromNumber(45)!);
 * formatRational(points); // '24.75'
 * ```
 */
export interface Rational {
  /** The numerator (carries the sign). */
  readonly num: bigint;
  /** The denominator, always positive. */
  readonly den: bigint;
}

const abs = (n: bigint): bigint => (n < 0n ? -n : n);

/**
 * The arithmetic below takes `Rational`s built by this module; anything else (JSON cannot even
 * hold a bigint) is a programmer error, answered with a `TypeError` rather than a wrong number or
 * an endless loop.
 */
function checked(value: Rational, name: string): Rational {
  let ok = false;
  try {
    ok =
      typeof value === 'object' &&
      value !== null &&
      typeof value.num === 'bigint' &&
      typeof value.den === 'bigint' &&
      value.den > 0n;
  } catch {
    ok = false;
  }
  if (!ok) throw new TypeError(`${name} is not a Rational (bigint num, positive bigint den).`);
  return value;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) {
    const rest = x % y;
    x = y;
    y = rest;
  }
  return x;
}

/**
 * Builds a reduced rational `num / den`. A zero denominator, or a `num` or `den` that is not a
 * bigint, gives `undefined` (never throws).
 *
 * @example
 * ```ts
 * rational(99n, 4n); // { num: 99n, den: 4n }  (24.75)
 * rational(10n, 4n); // { num: 5n, den: 2n }
 * rational(1n, 0n);  // undefined
 * ```
 */
export function rational(num: bigint, den: bigint = 1n): Rational | undefined {
  if (typeof num !== 'bigint' || typeof den !== 'bigint' || den === 0n) return undefined;
  return reduce(num, den);
}

function reduce(num: bigint, den: bigint): Rational {
  if (den === 1n) return { num, den };
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den);
  if (g === 0n) return { num: 0n, den: 1n };
  return { num: (sign * num) / g, den: (sign * den) / g };
}

/** Zero as a rational. */
const ZERO: Rational = { num: 0n, den: 1n };

/**
 * The exact rational value of a finite JS number as it is written (its shortest decimal
 * form): `0.1` is 1/10, `12.5` is 25/2. Non-finite numbers give `undefined`.
 *
 * @example
 * ```ts
 * formatRational(rationalFromNumber(0.1)!); // '0.1'
 * rationalFromNumber(Number.NaN);           // undefined
 * ```
 */
export function rationalFromNumber(value: number): Rational | undefined {
  if (!Number.isFinite(value)) return undefined;
  // Integers (the usual item points and percents) need no decimal parsing.
  if (Number.isSafeInteger(value)) return { num: BigInt(value), den: 1n };
  return parseDecimal(String(value));
}

function parseDecimal(text: string): Rational | undefined {
  const match =
    /^([+-]?)(\d+)(?:\.(\d*))?(?:e([+-]?\d{1,4}))?$/i.exec(text) ??
    /^([+-]?)()\.(\d+)(?:e([+-]?\d{1,4}))?$/i.exec(text);
  if (match === null) return undefined;
  const [, sign = '', int = '', frac = '', exp = '0'] = match;
  const digits = `${int}${frac}`;
  if (digits.length === 0) return undefined;
  const shift = Number(exp) - frac.length;
  const num = BigInt(`${sign === '-' ? '-' : ''}${digits}`);
  return shift >= 0 ? reduce(num * 10n ** BigInt(shift), 1n) : reduce(num, 10n ** BigInt(-shift));
}

/**
 * Reads a rational from text: a decimal (`"24.75"`, `"-3"`, `"1e3"`) or a fraction
 * (`"1700/29"`), as written by {@link formatRational}. Anything else gives `undefined`.
 *
 * @example
 * ```ts
 * parseRational('24.75');   // { num: 99n, den: 4n }
 * parseRational('1700/29'); // { num: 1700n, den: 29n }
 * parseRational('abc');     // undefined
 * ```
 */
export function parseRational(text: string): Rational | undefined {
  if (typeof text !== 'string' || text.length > 400) return undefined;
  const fraction = /^(-?\d+)\/(\d+)$/.exec(text.trim());
  if (fraction !== null) return rational(BigInt(fraction[1] ?? '0'), BigInt(fraction[2] ?? '0'));
  return parseDecimal(text.trim());
}

/**
 * The sum of two rationals (exact).
 *
 * @throws TypeError when given something other than a `Rational` (a programmer error: data
 *   never reaches this arithmetic unchecked).
 *
 * @example
 * ```ts
 * formatRational(addRational(parseRational('24.75')!, parseRational('0.25')!)); // '25'
 * ```
 */
export function addRational(a: Rational, b: Rational): Rational {
  checked(a, 'a');
  checked(b, 'b');
  if (a.den === b.den) return reduce(a.num + b.num, a.den);
  return reduce(a.num * b.den + b.num * a.den, a.den * b.den);
}

/**
 * The difference `a - b` of two rationals (exact).
 *
 * @throws TypeError when given something other than a `Rational` (a programmer error: data
 *   never reaches this arithmetic unchecked).
 *
 * @example
 * ```ts
 * formatRational(subtractRational(parseRational('42')!, parseRational('24.75')!)); // '17.25'
 * ```
 */
export function subtractRational(a: Rational, b: Rational): Rational {
  checked(a, 'a');
  checked(b, 'b');
  return reduce(a.num * b.den - b.num * a.den, a.den * b.den);
}

/**
 * The product of two rationals (exact).
 *
 * @throws TypeError when given something other than a `Rational` (a programmer error: data
 *   never reaches this arithmetic unchecked).
 *
 * @example
 * ```ts
 * formatRational(multiplyRational(parseRational('0.6')!, parseRational('70')!)); // '42'
 * ```
 */
export function multiplyRational(a: Rational, b: Rational): Rational {
  checked(a, 'a');
  checked(b, 'b');
  return reduce(a.num * b.num, a.den * b.den);
}

/**
 * The quotient `a / b`, or `undefined` when `b` is zero.
 *
 * @throws TypeError when given something other than a `Rational` (a programmer error: data
 *   never reaches this arithmetic unchecked).
 *
 * @example
 * ```ts
 * formatRational(divideRational(parseRational('170')!, parseRational('550')!)!); // '17/55'
 * ```
 */
export function divideRational(a: Rational, b: Rational): Rational | undefined {
  checked(a, 'a');
  checked(b, 'b');
  if (b.num === 0n) return undefined;
  return reduce(a.num * b.den, a.den * b.num);
}

/**
 * The exact sum of a list of rationals (zero for an empty list).
 *
 * @throws TypeError when given something other than a `Rational` (a programmer error: data
 *   never reaches this arithmetic unchecked).
 *
 * @example
 * ```ts
 * formatRational(sumRationals(['28', '12.5', '18'].map((t) => parseRational(t)!))); // '58.5'
 * ```
 */
export function sumRationals(values: Iterable<Rational>): Rational {
  let list: Rational[];
  try {
    list = [...values];
  } catch {
    throw new TypeError('values is not a Rational iterable.');
  }
  let total = ZERO;
  for (const value of list) total = addRational(total, value);
  return total;
}

/**
 * Compares two rationals: a negative number when `a < b`, zero when equal, positive when `a > b`.
 *
 * @throws TypeError when given something other than a `Rational` (a programmer error: data
 *   never reaches this arithmetic unchecked).
 *
 * @example
 * ```ts
 * compareRational(parseRational('150.5')!, parseRational('151')!); // -1
 * ```
 */
export function compareRational(a: Rational, b: Rational): number {
  checked(a, 'a');
  checked(b, 'b');
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The exponent k of the smallest power of ten that the denominator divides, if any. */
function decimalPlaces(den: bigint): number | undefined {
  if (den === 1n) return 0;
  let twos = 0;
  let fives = 0;
  let rest = den;
  while (rest % 2n === 0n) {
    rest /= 2n;
    twos += 1;
  }
  while (rest % 5n === 0n) {
    rest /= 5n;
    fives += 1;
  }
  return rest === 1n ? Math.max(twos, fives) : undefined;
}

/**
 * Writes a rational exactly: a decimal when it terminates (`'24.75'`, `'-3'`), otherwise a
 * reduced fraction (`'1700/29'`). {@link parseRational} reads both forms back.
 *
 * @throws TypeError when given something other than a `Rational` (a programmer error: data
 *   never reaches this arithmetic unchecked).
 *
 * @example
 * ```ts
 * formatRational(rational(99n, 4n)!);  // '24.75'
 * formatRational(rational(1700n, 29n)!); // '1700/29'
 * ```
 */
export function formatRational(value: Rational): string {
  checked(value, 'value');
  const places = decimalPlaces(value.den);
  if (places === undefined) return `${value.num}/${value.den}`;
  if (places === 0) return value.num.toString();
  const scaled = (value.num * 10n ** BigInt(places)) / value.den;
  const negative = scaled < 0n;
  const digits = abs(scaled)
    .toString()
    .padStart(places + 1, '0');
  const text = `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return negative ? `-${text}` : text;
}

/**
 * The nearest JS number to a rational, for display and charts only (never add these up;
 * add the rationals).
 *
 * @throws TypeError when given something other than a `Rational` (a programmer error: data
 *   never reaches this arithmetic unchecked).
 *
 * @example
 * ```ts
 * rationalToNumber(rational(99n, 4n)!); // 24.75
 * rationalToNumber(rational(1n, 3n)!);  // 0.3333333333333333
 * ```
 */
export function rationalToNumber(value: Rational): number {
  checked(value, 'value');
  const places = decimalPlaces(value.den);
  if (places !== undefined) return Number(formatRational(value));
  const limit = 2n ** 53n;
  if (abs(value.num) < limit && value.den < limit) return Number(value.num) / Number(value.den);
  const scale = 10n ** 30n;
  return Number((value.num * scale) / value.den) / 1e30;
}

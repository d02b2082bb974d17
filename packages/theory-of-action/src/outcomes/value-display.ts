import type { Indicator, ObservationValue } from '@community-excellence/schemas/data';
import { optionsOf } from '../options-of.js';

/**
 * Options of {@link displayValue}.
 *
 * @example
 * ```ts
 * const options: DisplayValueOptions = { digits: 1, unit: { type: 'percent' } };
 * ```
 */
export interface DisplayValueOptions {
  /** Decimals of every number (rounded). Default: the number as the source wrote it. */
  readonly digits?: number;
  /** The indicator's unit: `percent` writes a `%` after the numbers; other units add nothing. */
  readonly unit?: Indicator['unit'];
}

const MISSING = '-';
const MAX_CODE = 12;

function fixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** The number as the source wrote it: the shortest form, keeping trailing zeros the raw token shows (`0.50`). */
function asWritten(value: number, raw: string): string {
  const shortest = String(value);
  if (shortest.includes('e')) return shortest;
  const decimals = shortest.includes('.') ? shortest.length - shortest.indexOf('.') - 1 : 0;
  for (const match of raw.matchAll(/\.(\d+)/g)) {
    const places = match[1]?.length ?? 0;
    if (places <= decimals || places > 20) continue;
    const padded = fixed(value, places);
    if (raw.includes(padded.replace(/^-/, ''))) return padded;
  }
  return shortest;
}

/**
 * A cell of a table or a point label: an observation value shown as what it is, so a bound or a
 * range never looks like a missing cell.
 *
 * - exact: the number as the source wrote it (`0.724`, `90`, `0.50` keeps its zero; the `*` of
 *   `81.6*` is a note, see `cellNotes`), or rounded to `digits`;
 * - bound: the comparison and the number, `>=95`, `<50`, `<=10`;
 * - interval: `85-89` (`-5 to 3` when an end is negative);
 * - suppressed: the source's code and the word, `S (suppressed)`, `LNE (suppressed)` (`suppressed`
 *   when the code is empty or long): never confused with a missing cell;
 * - missing: `-`.
 *
 * With `unit: { type: 'percent' }` the numbers carry a `%` (`>=95%`, `85-89%`). Numbers are never
 * rescaled: a proportion is shown as a proportion.
 *
 * Never throws: a value that cannot be read is shown as missing (`-`).
 *
 * @example
 * ```ts
 * displayValue({ kind: 'bound', raw: '>=95%', op: '>=', value: 95, unit: 'percent' }); // '>=95'
 * displayValue({ kind: 'interval', raw: '85-89%', low: 85, high: 89 }, { unit: { type: 'percent' } }); // '85-89%'
 * displayValue({ kind: 'suppressed', raw: 'S' }); // 'S (suppressed)'
 * displayValue({ kind: 'missing', raw: 'MISSING' }); // '-'
 * ```
 */
export function displayValue(value: ObservationValue, options: DisplayValueOptions = {}): string {
  try {
    return displayValueUnchecked(value, options);
  } catch {
    return MISSING;
  }
}

function displayValueUnchecked(value: ObservationValue, options: DisplayValueOptions): string {
  const read = optionsOf(options);
  const digits =
    typeof read.digits === 'number' &&
    Number.isInteger(read.digits) &&
    read.digits >= 0 &&
    read.digits <= 20
      ? read.digits
      : undefined;
  const percent = read.unit?.type === 'percent' ? '%' : '';
  const raw = typeof value.raw === 'string' ? value.raw : '';
  const show = (n: unknown): string | undefined =>
    typeof n !== 'number' || !Number.isFinite(n)
      ? undefined
      : digits === undefined
        ? asWritten(n, raw)
        : fixed(n, digits);
  switch (value.kind) {
    case 'exact': {
      const n = show(value.value);
      return n === undefined ? MISSING : `${n}${percent}`;
    }
    case 'bound': {
      const n = show(value.value);
      const op = ['<', '<=', '>', '>='].includes(value.op) ? value.op : undefined;
      return n === undefined || op === undefined ? MISSING : `${op}${n}${percent}`;
    }
    case 'interval': {
      const low = show(value.low);
      const high = show(value.high);
      if (low === undefined || high === undefined) return MISSING;
      const joint = low.startsWith('-') || high.startsWith('-') ? ' to ' : '-';
      return `${low}${joint}${high}${percent}`;
    }
    case 'suppressed': {
      const code = raw.trim();
      return code === '' ||
        code.length > MAX_CODE ||
        /[\u0000-\u001f\u007f]/.test(code) ||
        code.toLowerCase() === 'suppressed'
        ? 'suppressed'
        : `${code} (suppressed)`;
    }
    default:
      return MISSING;
  }
}

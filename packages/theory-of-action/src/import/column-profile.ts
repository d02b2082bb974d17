/**
 * What the cells of one CSV column look like in a sample: the evidence {@link inferMapping}
 * guesses a column's role from. Counts are over the sample's rows; `numbers` are the cells that
 * read as a plain number (optionally with a `%` sign or a trailing `*`), and `min`/`max` their
 * range (`NaN` without any); `tokens` counts the other non-blank cells by text (the first 50
 * distinct ones); `examples` holds the first distinct non-blank cells (up to 8).
 *
 * @example
 * ```ts
 * const profile: ColumnProfile = profileColumns(['rate'], [['0.5'], ['NA']])[0]!;
 * profile.numbers; // 1
 * ```
 */
export interface ColumnProfile {
  readonly index: number;
  /** The header cell as written. */
  readonly name: string;
  /** The name in lower case with every run of other characters than letters and digits as one `_`. */
  readonly key: string;
  readonly filled: number;
  readonly blank: number;
  readonly numbers: number;
  readonly integers: number;
  readonly percentSigns: number;
  /** Cells like `85-89%`, `>=95%`, `<50` (ranges and bounds). */
  readonly rangesOrBounds: number;
  /** Digit-only cells with a leading zero (`01`, `000`). */
  readonly leadingZeros: number;
  /** Cells like `2021`, `2021-2022`, `2021-22`, `2021/22`. */
  readonly years: number;
  /** The one length of every digit-only cell, or `null` when lengths differ or there are none. */
  readonly digitWidth: number | null;
  readonly min: number;
  readonly max: number;
  /** Number cells above 1. */
  readonly aboveOne: number;
  /** Distinct non-blank cells (counted up to 1,000). */
  readonly distinct: number;
  readonly tokens: ReadonlyMap<string, number>;
  readonly examples: readonly string[];
}

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?([%*])?$/;
const GROUPED = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(%)?$/;
const RANGE_OR_BOUND =
  /^(?:(?:<=|>=|<|>|≤|≥)\s*\d+(?:\.\d+)?%?|\d+(?:\.\d+)?\s*-\s*\d+(?:\.\d+)?%?)$/;
const YEAR = /^(?:19|20)\d\d(?:\s*[-/]\s*(?:(?:19|20)\d\d|\d\d))?$/;
const DIGITS = /^\d+$/;
const MAX_DISTINCT = 1000;
const MAX_TOKENS = 50;

/** One column's running counts while the sample is read (one object per column, mutated in place). */
class Accumulator {
  filled = 0;
  blank = 0;
  numbers = 0;
  integers = 0;
  percentSigns = 0;
  rangesOrBounds = 0;
  leadingZeros = 0;
  years = 0;
  digitWidth: number | null | undefined = undefined;
  min = Infinity;
  max = -Infinity;
  aboveOne = 0;
  readonly seen = new Set<string>();
  readonly tokens = new Map<string, number>();
  readonly examples: string[] = [];

  add(raw: string): void {
    const cell = raw.trim();
    if (cell === '') {
      this.blank += 1;
      return;
    }
    this.filled += 1;
    if (this.seen.size < MAX_DISTINCT && !this.seen.has(cell)) {
      this.seen.add(cell);
      if (this.examples.length < 8) this.examples.push(cell);
    }
    if (YEAR.test(cell)) this.years += 1;
    if (DIGITS.test(cell)) {
      if (cell.length > 1 && cell.charCodeAt(0) === 48) this.leadingZeros += 1;
      this.digitWidth =
        this.digitWidth === undefined
          ? cell.length
          : this.digitWidth === cell.length
            ? cell.length
            : null;
    }
    const plain = NUMBER.exec(cell) ?? GROUPED.exec(cell);
    if (plain !== null) {
      const text = plain[1] === undefined ? cell : cell.slice(0, -1);
      const value = Number(text.replace(/,/g, ''));
      if (Number.isFinite(value)) {
        this.numbers += 1;
        if (plain[1] === '%') this.percentSigns += 1;
        if (Number.isInteger(value) && !text.includes('.')) this.integers += 1;
        if (value > 1) this.aboveOne += 1;
        if (value < this.min) this.min = value;
        if (value > this.max) this.max = value;
        return;
      }
    }
    if (RANGE_OR_BOUND.test(cell)) {
      this.rangesOrBounds += 1;
      if (cell.endsWith('%')) this.percentSigns += 1;
      return;
    }
    const count = this.tokens.get(cell);
    if (count !== undefined) this.tokens.set(cell, count + 1);
    else if (this.tokens.size < MAX_TOKENS) this.tokens.set(cell, 1);
  }
}

/**
 * The lower-case key of a header cell: runs of characters other than letters and digits become
 * one `_`, with none at either end.
 *
 * @example
 * ```ts
 * columnKey('Race Ethnicity'); // 'race_ethnicity'
 * columnKey('NCES LEA ID'); // 'nces_lea_id'
 * ```
 */
export function columnKey(name: string): string {
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((part) => part !== '')
    .join('_');
}

/**
 * Profiles every column of a sample (see {@link ColumnProfile}). Rows shorter than the header
 * count as blank cells; cells beyond the header are not read. Never throws on string cells.
 *
 * @example
 * ```ts
 * const [fips] = profileColumns(['fips'], [['01001'], ['01003']]);
 * fips?.leadingZeros; // 2
 * fips?.digitWidth; // 5
 * ```
 */
export function profileColumns(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): ColumnProfile[] {
  const accumulators = header.map(() => new Accumulator());
  for (const row of rows) {
    for (let i = 0; i < accumulators.length; i += 1) {
      const cell = row[i];
      accumulators[i]!.add(typeof cell === 'string' ? cell : '');
    }
  }
  return accumulators.map((a, index) => ({
    index,
    name: header[index] ?? '',
    key: columnKey(header[index] ?? ''),
    filled: a.filled,
    blank: a.blank,
    numbers: a.numbers,
    integers: a.integers,
    percentSigns: a.percentSigns,
    rangesOrBounds: a.rangesOrBounds,
    leadingZeros: a.leadingZeros,
    years: a.years,
    digitWidth: a.digitWidth ?? null,
    min: a.numbers > 0 ? a.min : NaN,
    max: a.numbers > 0 ? a.max : NaN,
    aboveOne: a.aboveOne,
    distinct: a.seen.size,
    tokens: a.tokens,
    examples: a.examples,
  }));
}

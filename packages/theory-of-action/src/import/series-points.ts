import type { Observation, SourceLocation } from '@community-excellence/schemas';

/** One stored exact value, rebuilt for a warning. */
export interface SeriesPoint {
  readonly index: number;
  readonly value: number;
  readonly period: string;
  readonly location: SourceLocation;
}

const INITIAL = 1024;
const NO_COLUMN = -1;

/** FNV-1a over a string, continuing from `hash`. */
function fnv(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ text.length, 0x01000193);
}

/** A second, independent 32-bit hash (murmur-style mixing), continuing from `hash`. */
function mix(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 13;
  }
  h = Math.imul(h ^ text.length, 0x5bd1e995);
  return h ^ (h >>> 15);
}

/** What follows the number in the plain spelling of an exact value: `%`, a footnote marker. */
function suffixOf(observation: Observation): string {
  const value = observation.value;
  if (value.kind !== 'exact') return '';
  const unit = value.unit === 'percent' ? '%' : '';
  return value.footnote === undefined ? unit : unit + value.footnote;
}

/**
 * The exact values of the scale check, kept in typed arrays: per value its number
 * (`Float64Array`), observation index, row, column and period (interned) and a 64-bit
 * fingerprint of its series (indicator, place level and code, subgroup), 33 bytes a value
 * and no object. Values are grouped by series only at the end, by sorting on the fingerprint.
 * Two different series share a fingerprint with a probability of about n² / 2⁶⁵ (1e-7 for two
 * million series); the cell text of a value is kept only when it differs from the plain
 * spelling of its number, and a location of another shape is kept whole.
 */
export class SeriesPoints {
  private size = 0;
  private values = new Float64Array(INITIAL);
  private indexes = new Uint32Array(INITIAL);
  private rows = new Uint32Array(INITIAL);
  private columns = new Int32Array(INITIAL);
  private periods = new Uint32Array(INITIAL);
  private high = new Int32Array(INITIAL);
  private low = new Int32Array(INITIAL);
  /** Which suffix (see `suffixOf`) the plain spelling of the value has. */
  private suffixes = new Uint8Array(INITIAL);
  private readonly suffixIds = new Map<string, number>();
  private readonly suffixTexts: string[] = [];
  private readonly periodIds = new Map<string, number>();
  private readonly periodLabels: string[] = [];
  /** Cell texts that differ from the plain spelling of their number, by point. */
  private readonly raws = new Map<number, string>();
  /** Locations of another shape (another file, no row), by point. */
  private readonly odd = new Map<number, SourceLocation>();

  constructor(private readonly file: string | undefined) {}

  /** Adds an exact value read from a cell of `file`. */
  addCell(observation: Observation, index: number, row: number, column: number, raw: string): void {
    const at = this.push(observation, index);
    if (!Number.isInteger(row) || row < 0 || row > 0xffffffff || !Number.isInteger(column)) {
      this.odd.set(
        at,
        this.file === undefined ? { row, column, raw } : { file: this.file, row, column, raw },
      );
      return;
    }
    this.rows[at] = row;
    this.columns[at] = column;
    const suffix = suffixOf(observation);
    let id = this.suffixIds.get(suffix);
    if (id === undefined && this.suffixTexts.length < 255) {
      id = this.suffixTexts.length;
      this.suffixTexts.push(suffix);
      this.suffixIds.set(suffix, id);
    }
    if (id !== undefined && raw === String(this.values[at]) + suffix) this.suffixes[at] = id;
    else this.raws.set(at, raw);
  }

  /** Adds an exact value with a location of any shape. */
  addLocated(observation: Observation, index: number, location: SourceLocation): void {
    const keys = Object.keys(location);
    const { file, row, column, raw } = location;
    const plain =
      typeof row === 'number' &&
      typeof raw === 'string' &&
      file === this.file &&
      keys.length === (file === undefined ? 2 : 3) + (column === undefined ? 0 : 1) &&
      keys[keys.length - 1] === 'raw' &&
      (column === undefined || keys[keys.length - 2] === 'column');
    if (!plain) {
      const at = this.push(observation, index);
      this.odd.set(at, location);
      return;
    }
    if (column === undefined) {
      const at = this.push(observation, index);
      this.odd.set(at, location);
      return;
    }
    this.addCell(observation, index, row, column, raw);
  }

  /**
   * Calls `visit` once per series, in the order of their first values, with the series' values
   * in input order and a function that rebuilds the point at a position of that list.
   */
  forEachSeries(visit: (values: number[], at: (position: number) => SeriesPoint) => void): void {
    const n = this.size;
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i += 1) order[i] = i;
    const high = this.high;
    const low = this.low;
    order.sort((a, b) => high[a]! - high[b]! || low[a]! - low[b]! || a - b);
    // Series in order of their first value: each run of equal fingerprints starts with its first.
    const starts: number[] = [];
    for (let i = 0; i < n; i += 1) {
      const p = order[i]!;
      const q = i === 0 ? -1 : order[i - 1]!;
      if (i === 0 || high[p] !== high[q] || low[p] !== low[q]) starts.push(i);
    }
    const firsts = starts.map((start) => order[start]!);
    const byFirst = starts.map((_, i) => i).sort((a, b) => firsts[a]! - firsts[b]!);
    for (const s of byFirst) {
      const start = starts[s]!;
      const end = s + 1 < starts.length ? starts[s + 1]! : n;
      const members = order.subarray(start, end);
      const values: number[] = [];
      for (const p of members) values.push(this.values[p]!);
      visit(values, (position) => this.point(members[position]!));
    }
  }

  private point(at: number): SeriesPoint {
    const index = this.indexes[at]!;
    const value = this.values[at]!;
    const period = this.periodLabels[this.periods[at]!] ?? '';
    const odd = this.odd.get(at);
    if (odd !== undefined) return { index, value, period, location: odd };
    const row = this.rows[at]!;
    const column = this.columns[at]!;
    const raw = this.raws.get(at) ?? String(value) + (this.suffixTexts[this.suffixes[at]!] ?? '');
    const file = this.file;
    const location: SourceLocation =
      column === NO_COLUMN
        ? file === undefined
          ? { row, raw }
          : { file, row, raw }
        : file === undefined
          ? { row, column, raw }
          : { file, row, column, raw };
    return { index, value, period, location };
  }

  private push(observation: Observation, index: number): number {
    if (this.size === this.values.length) this.grow();
    const at = this.size;
    this.size += 1;
    const value = observation.value;
    const number = value.kind === 'exact' ? value.value : Number.NaN;
    this.values[at] = number;
    this.indexes[at] = index;
    this.columns[at] = NO_COLUMN;
    let period = this.periodIds.get(observation.period.label);
    if (period === undefined) {
      period = this.periodLabels.length;
      this.periodLabels.push(observation.period.label);
      this.periodIds.set(observation.period.label, period);
    }
    this.periods[at] = period;
    const { place, subgroup } = observation;
    let h = 0x811c9dc5;
    let m = 0x9747b28c;
    h = fnv(h, observation.indicatorId);
    m = mix(m, observation.indicatorId);
    h = fnv(h, place.level);
    m = mix(m, place.level);
    h = fnv(h, place.code);
    m = mix(m, place.code);
    h = fnv(h, subgroup.dimension);
    m = mix(m, subgroup.dimension);
    h = fnv(h, subgroup.value);
    m = mix(m, subgroup.value);
    this.high[at] = h;
    this.low[at] = m;
    return at;
  }

  private grow(): void {
    // Grown by half, not doubled: at a million values a doubling would reserve 33 MB unused.
    const size = Math.ceil(this.values.length * 1.5);
    const values = new Float64Array(size);
    values.set(this.values);
    this.values = values;
    this.indexes = grown(this.indexes, new Uint32Array(size));
    this.rows = grown(this.rows, new Uint32Array(size));
    this.columns = grown(this.columns, new Int32Array(size));
    this.periods = grown(this.periods, new Uint32Array(size));
    const suffixes = new Uint8Array(size);
    suffixes.set(this.suffixes);
    this.suffixes = suffixes;
    this.high = grown(this.high, new Int32Array(size));
    this.low = grown(this.low, new Int32Array(size));
  }
}

function grown<T extends Uint32Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

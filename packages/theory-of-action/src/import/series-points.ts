import type { Observation, SourceLocation } from '@community-excellence/schemas';
import { fnvHash, mixHash } from './text-hash.js';

/** One stored exact value, rebuilt for a warning. */
export interface SeriesPoint {
  readonly index: number;
  readonly value: number;
  readonly period: string;
  readonly location: SourceLocation;
}

const NO_COLUMN = -1;

/** What follows the number in the plain spelling of an exact value: `%`, a footnote marker. */
function suffixOf(observation: Observation): string {
  const value = observation.value;
  if (value.kind !== 'exact') return '';
  const unit = value.unit === 'percent' ? '%' : '';
  return value.footnote === undefined ? unit : unit + value.footnote;
}

/** Points a page holds: 16,384 (about 540 KB a page of all arrays). */
const PAGE_BITS = 14;
const PAGE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE - 1;

/**
 * The exact values of the scale check, kept in typed arrays: per value its number
 * (`Float64Array`), observation index, row, column and period (interned) and a 64-bit
 * fingerprint of its series (indicator, place level and code, subgroup), 33 bytes a value
 * and no object. The arrays are paged (16,384 values a page, a page added when the last is
 * full), so growing never copies and never holds an old and a new array at once. Values are
 * grouped by series only at the end, by a radix sort on the fingerprint (two arrays of 4 bytes
 * a value). Two different series share a fingerprint with a probability of about n² / 2⁶⁵
 * (1e-7 for two million series); the cell text of a value is kept only when it differs from
 * the plain spelling of its number, and a location of another shape is kept whole.
 */
export class SeriesPoints {
  private size = 0;
  private readonly values: Float64Array[] = [];
  private readonly indexes: Uint32Array[] = [];
  private readonly rows: Uint32Array[] = [];
  private readonly columns: Int32Array[] = [];
  private readonly periods: Uint32Array[] = [];
  private readonly high: Int32Array[] = [];
  private readonly low: Int32Array[] = [];
  /** Which suffix (see `suffixOf`) the plain spelling of the value has. */
  private readonly suffixes: Uint8Array[] = [];
  private readonly suffixIds = new Map<string, number>();
  private readonly suffixTexts: string[] = [];
  private readonly periodIds = new Map<string, number>();
  private readonly periodLabels: string[] = [];
  /** Cell texts that differ from the plain spelling of their number, by point. */
  private readonly raws = new Map<number, string>();
  /** Locations of another shape (another file, no row), by point. */
  private readonly odd = new Map<number, SourceLocation>();

  constructor(private readonly file: string | undefined) {}

  /** How many values have been added. */
  get length(): number {
    return this.size;
  }

  /** How many pages the values take. */
  get pages(): number {
    return this.values.length;
  }

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
    const page = at >>> PAGE_BITS;
    const slot = at & PAGE_MASK;
    (this.rows[page] as Uint32Array)[slot] = row;
    (this.columns[page] as Int32Array)[slot] = column;
    const suffix = suffixOf(observation);
    let id = this.suffixIds.get(suffix);
    if (id === undefined && this.suffixTexts.length < 255) {
      id = this.suffixTexts.length;
      this.suffixTexts.push(suffix);
      this.suffixIds.set(suffix, id);
    }
    if (id !== undefined && raw === String((this.values[page] as Float64Array)[slot]) + suffix)
      (this.suffixes[page] as Uint8Array)[slot] = id;
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
    // Points sorted by fingerprint, in input order within a series (a stable radix sort).
    let order = new Uint32Array(n);
    for (let i = 0; i < n; i += 1) order[i] = i;
    let spare = new Uint32Array(n);
    const counts = new Uint32Array(0x10001);
    for (let pass = 0; pass < 4; pass += 1) {
      const words = pass < 2 ? this.low : this.high;
      const shift = (pass & 1) * 16;
      counts.fill(0);
      for (let i = 0; i < n; i += 1) {
        const p = order[i]!;
        const word = words[p >>> PAGE_BITS]![p & PAGE_MASK]!;
        const digit = ((word >>> shift) & 0xffff) + 1;
        counts[digit] = counts[digit]! + 1;
      }
      for (let d = 1; d <= 0x10000; d += 1) counts[d]! += counts[d - 1]!;
      for (let i = 0; i < n; i += 1) {
        const p = order[i]!;
        const digit = (words[p >>> PAGE_BITS]![p & PAGE_MASK]! >>> shift) & 0xffff;
        const to = counts[digit]!;
        spare[to] = p;
        counts[digit] = to + 1;
      }
      const sorted = spare;
      spare = order;
      order = sorted;
    }
    // Series in order of their first value: `startOf[first point]` = where its run starts, plus one.
    const startOf = spare.fill(0);
    for (let i = 0; i < n; i += 1)
      if (i === 0 || !this.same(order[i]!, order[i - 1]!)) startOf[order[i]!] = i + 1;
    for (let p = 0; p < n; p += 1) {
      if (startOf[p] === 0) continue;
      const start = startOf[p]! - 1;
      let end = start + 1;
      while (end < n && this.same(order[end]!, p)) end += 1;
      const values: number[] = [];
      for (let i = start; i < end; i += 1) {
        const q = order[i]!;
        values.push(this.values[q >>> PAGE_BITS]![q & PAGE_MASK]!);
      }
      visit(values, (position) => this.point(order[start + position]!));
    }
  }

  /** Whether points `p` and `q` have the same series fingerprint. */
  private same(p: number, q: number): boolean {
    return (
      this.high[p >>> PAGE_BITS]![p & PAGE_MASK] === this.high[q >>> PAGE_BITS]![q & PAGE_MASK] &&
      this.low[p >>> PAGE_BITS]![p & PAGE_MASK] === this.low[q >>> PAGE_BITS]![q & PAGE_MASK]
    );
  }

  private point(at: number): SeriesPoint {
    const page = at >>> PAGE_BITS;
    const slot = at & PAGE_MASK;
    const index = this.indexes[page]![slot]!;
    const value = this.values[page]![slot]!;
    const period = this.periodLabels[this.periods[page]![slot]!] ?? '';
    const odd = this.odd.get(at);
    if (odd !== undefined) return { index, value, period, location: odd };
    const row = this.rows[page]![slot]!;
    const column = this.columns[page]![slot]!;
    const raw =
      this.raws.get(at) ?? String(value) + (this.suffixTexts[this.suffixes[page]![slot]!] ?? '');
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
    const at = this.size;
    const page = at >>> PAGE_BITS;
    const slot = at & PAGE_MASK;
    if (slot === 0) this.addPage();
    this.size += 1;
    const value = observation.value;
    this.values[page]![slot] = value.kind === 'exact' ? value.value : Number.NaN;
    this.indexes[page]![slot] = index;
    this.columns[page]![slot] = NO_COLUMN;
    let period = this.periodIds.get(observation.period.label);
    if (period === undefined) {
      period = this.periodLabels.length;
      this.periodLabels.push(observation.period.label);
      this.periodIds.set(observation.period.label, period);
    }
    this.periods[page]![slot] = period;
    const { place, subgroup } = observation;
    let h = 0x811c9dc5;
    let m = 0x9747b28c;
    h = fnvHash(h, observation.indicatorId);
    m = mixHash(m, observation.indicatorId);
    h = fnvHash(h, place.level);
    m = mixHash(m, place.level);
    h = fnvHash(h, place.code);
    m = mixHash(m, place.code);
    h = fnvHash(h, subgroup.dimension);
    m = mixHash(m, subgroup.dimension);
    h = fnvHash(h, subgroup.value);
    m = mixHash(m, subgroup.value);
    this.high[page]![slot] = h;
    this.low[page]![slot] = m;
    return at;
  }

  private addPage(): void {
    this.values.push(new Float64Array(PAGE));
    this.indexes.push(new Uint32Array(PAGE));
    this.rows.push(new Uint32Array(PAGE));
    this.columns.push(new Int32Array(PAGE));
    this.periods.push(new Uint32Array(PAGE));
    this.suffixes.push(new Uint8Array(PAGE));
    this.high.push(new Int32Array(PAGE));
    this.low.push(new Int32Array(PAGE));
  }
}

import { createIssue, type Issue, type Observation } from '@community-excellence/schemas';

const EMPTY = 0xffffffff;

/**
 * The duplicate-cell check of a streamed import (`validateObservationSet`'s rule: one row per
 * indicator, place, period and subgroup), in bounded memory: each cell is kept as a 64-bit
 * fingerprint (two 32-bit FNV-1a hashes) and the index of its first row, 12 bytes per slot in
 * typed arrays at most 80% full (growing by half), never as a string or an object. Two different cells share a fingerprint with a
 * probability of about n²/2⁶⁵ (one in a million for 6 million cells). A duplicate is a warning
 * `duplicate_id` whose `id` is the cell, as in a whole-set validation.
 *
 * @example
 * ```ts
 * declare const batch: ImportBatch;
 * const cells = new DuplicateCells();
 * for (const issue of cells.add(batch.observations)) console.warn(issue.message);
 * ```
 */
export class DuplicateCells {
  private high = new Uint32Array(1 << 12);
  private low = new Uint32Array(1 << 12);
  private first = new Uint32Array(1 << 12).fill(EMPTY);
  private size = 0;
  private next = 0;

  /** Adds a batch of observations (numbered after the previous ones) and returns the duplicates' issues. */
  add(observations: readonly Observation[]): Issue[] {
    const issues: Issue[] = [];
    for (const row of observations) {
      const index = this.next;
      this.next += 1;
      this.a = 0x811c9dc5;
      this.b = 0x5bd1e995;
      this.mix(row.indicatorId);
      this.mix(row.place.level);
      this.mix(row.place.code);
      this.mix(row.period.label);
      this.mix(row.subgroup.dimension);
      this.mix(row.subgroup.value);
      const firstIndex = this.insert(index);
      if (firstIndex !== index)
        issues.push(
          createIssue({
            code: 'duplicate_id',
            severity: 'warning',
            path: ['observations', index],
            // The cell, as validateObservationSet names it.
            id: JSON.stringify([
              row.indicatorId,
              row.place.level,
              row.place.code,
              row.period.label,
              row.subgroup.dimension,
              row.subgroup.value,
            ]),
            firstPath: ['observations', firstIndex],
          }),
        );
    }
    return issues;
  }

  private a = 0;
  private b = 0;

  /** Feeds one field (and a separator no string holds alone) into both hashes. */
  private mix(field: string): void {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < field.length; i += 1) {
      const code = field.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15);
    }
    // The field's length ends it, so ["ab","c"] and ["a","bc"] differ.
    this.a = Math.imul(a ^ (0x10000 + field.length), 0x01000193);
    this.b = Math.imul(b ^ (0x10000 + field.length), 0x5bd1e995) ^ (b >>> 15);
  }

  /** The index of the first row of the cell: `index` itself when the cell is new. */
  private insert(index: number): number {
    const a = this.a >>> 0;
    const b = this.b >>> 0;
    if ((this.size + 1) * 5 > this.first.length * 4) this.grow();
    const capacity = this.first.length;
    let slot = ((a ^ Math.imul(b, 0x9e3779b1)) >>> 0) % capacity;
    for (;;) {
      const taken = this.first[slot]!;
      if (taken === EMPTY) {
        this.high[slot] = a;
        this.low[slot] = b;
        this.first[slot] = index;
        this.size += 1;
        return index;
      }
      if (this.high[slot] === a && this.low[slot] === b) return taken;
      slot = slot + 1 === capacity ? 0 : slot + 1;
    }
  }

  /**
   * Makes room for `cells` cells in all, at once: a caller that can estimate the total (from the
   * first batch and the file's size) avoids the growths on the way, whose old and new arrays
   * together are the check's peak. Never shrinks; capped at 2³¹ slots.
   */
  reserve(cells: number): void {
    const wanted = Math.min(2 ** 31, Math.ceil((cells * 5) / 4) + 1);
    if (Number.isFinite(wanted) && wanted > this.first.length) this.grow(wanted);
  }

  private grow(wanted = 0): void {
    const { high, low, first } = this;
    // Growing by half (not doubling) keeps the peak, old and new arrays together, lower.
    const capacity = Math.max(wanted, Math.ceil(first.length * 1.5));
    this.high = new Uint32Array(capacity);
    this.low = new Uint32Array(capacity);
    this.first = new Uint32Array(capacity).fill(EMPTY);
    for (let i = 0; i < first.length; i += 1) {
      if (first[i] === EMPTY) continue;
      let slot = ((high[i]! ^ Math.imul(low[i]!, 0x9e3779b1)) >>> 0) % capacity;
      while (this.first[slot] !== EMPTY) slot = slot + 1 === capacity ? 0 : slot + 1;
      this.high[slot] = high[i]!;
      this.low[slot] = low[i]!;
      this.first[slot] = first[i]!;
    }
  }
}

import type { Observation } from '@community-excellence/schemas';

const EMPTY = 0;

function fnv(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ text.length, 0x01000193);
}

function mix(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 13;
  }
  h = Math.imul(h ^ text.length, 0x5bd1e995);
  return h ^ (h >>> 15);
}

/**
 * The cells (indicator, place level and code, period, subgroup) seen so far in a streamed
 * import, kept as 64-bit fingerprints in an open-addressing table of typed arrays: 12 bytes a
 * slot, at most 80% full, grown by half when full (15 to 23 bytes a distinct cell), no string
 * and no object per row. A repeated cell is always found; two different cells share a fingerprint with a
 * probability of about n² / 2⁶⁵ (one in ten million for two million cells), and only then
 * would a cell be named a duplicate wrongly: the rows themselves are gone when the stream has
 * moved on, so the match cannot be confirmed on them.
 */
export class CellFingerprints {
  private high = new Int32Array(1024);
  private low = new Int32Array(1024);
  /** The first observation index with the cell, plus one (0: empty slot). */
  private first = new Uint32Array(1024);
  private size = 0;

  /** Records the cell of `observation` (index `index`); returns the index of the first observation with the same cell, or -1. */
  add(observation: Observation, index: number): number {
    const { place, period, subgroup } = observation;
    let h = 0x811c9dc5;
    let m = 0x9747b28c;
    h = fnv(h, observation.indicatorId);
    m = mix(m, observation.indicatorId);
    h = fnv(h, place.level);
    m = mix(m, place.level);
    h = fnv(h, place.code);
    m = mix(m, place.code);
    h = fnv(h, period.label);
    m = mix(m, period.label);
    h = fnv(h, subgroup.dimension);
    m = mix(m, subgroup.dimension);
    h = fnv(h, subgroup.value);
    m = mix(m, subgroup.value);
    const found = this.find(h, m);
    if (this.first[found] !== EMPTY) return (this.first[found] as number) - 1;
    this.high[found] = h;
    this.low[found] = m;
    this.first[found] = index + 1;
    this.size += 1;
    if (this.size * 5 > this.first.length * 4) this.grow();
    return -1;
  }

  private find(h: number, m: number): number {
    const capacity = this.first.length;
    let slot = ((h ^ Math.imul(m, 0x9e3779b1)) >>> 0) % capacity;
    while (this.first[slot] !== EMPTY && (this.high[slot] !== h || this.low[slot] !== m)) {
      slot += 1;
      if (slot === capacity) slot = 0;
    }
    return slot;
  }

  private grow(): void {
    const { high, low, first } = this;
    const size = Math.ceil(first.length * 1.5);
    this.high = new Int32Array(size);
    this.low = new Int32Array(size);
    this.first = new Uint32Array(size);
    for (let i = 0; i < first.length; i += 1) {
      if (first[i] === EMPTY) continue;
      const slot = this.find(high[i] as number, low[i] as number);
      this.high[slot] = high[i] as number;
      this.low[slot] = low[i] as number;
      this.first[slot] = first[i] as number;
    }
  }
}

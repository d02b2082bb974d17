import type { Observation } from '@community-excellence/schemas';
import { fnvHash, mixHash } from './text-hash.js';

const EMPTY = 0;

/** Shards by the top 8 bits of the second hash: each grows on its own, so no growth copies much. */
const SHARD_BITS = 8;
const SHARDS = 1 << SHARD_BITS;
/** Slots of a new shard (three 32-bit words a slot: fingerprint high, low, first index + 1). */
const INITIAL_SLOTS = 64;

/**
 * The cells (indicator, place level and code, period, subgroup) seen so far in a streamed
 * import, kept as 64-bit fingerprints in 256 open-addressing tables of typed arrays (shards,
 * chosen by 8 bits of the fingerprint): 12 bytes a slot, at most 87.5% full, a shard grown by
 * an eighth when full (13.7 to 15.4 bytes a distinct cell). A growth copies one shard, never the
 * whole table, so the table never holds an old and a new copy of itself at once (at 6 million
 * cells that transient was 90 MB). No string and no object per row. A repeated cell is always
 * found; two different cells share a fingerprint with a probability of about n² / 2⁶⁵ (one in
 * ten million for two million cells), and only then would a cell be named a duplicate wrongly:
 * the rows themselves are gone when the stream has moved on, so the match cannot be confirmed
 * on them.
 */
export class CellFingerprints {
  /** Per shard, per slot: high, low, first observation index plus one (0: empty slot). */
  private readonly shards: Int32Array[] = [];
  private readonly sizes = new Uint32Array(SHARDS);

  constructor() {
    for (let i = 0; i < SHARDS; i += 1) this.shards.push(new Int32Array(INITIAL_SLOTS * 3));
  }

  /** How many distinct cells have been recorded. */
  get size(): number {
    let total = 0;
    for (let i = 0; i < SHARDS; i += 1) total += this.sizes[i] as number;
    return total;
  }

  /** The bytes held by the slots of all shards. */
  get bytes(): number {
    let total = 0;
    for (const shard of this.shards) total += shard.byteLength;
    return total;
  }

  /** Records the cell of `observation` (index `index`); returns the index of the first observation with the same cell, or -1. */
  add(observation: Observation, index: number): number {
    const { place, period, subgroup } = observation;
    let h = 0x811c9dc5;
    let m = 0x9747b28c;
    h = fnvHash(h, observation.indicatorId);
    m = mixHash(m, observation.indicatorId);
    h = fnvHash(h, place.level);
    m = mixHash(m, place.level);
    h = fnvHash(h, place.code);
    m = mixHash(m, place.code);
    h = fnvHash(h, period.label);
    m = mixHash(m, period.label);
    h = fnvHash(h, subgroup.dimension);
    m = mixHash(m, subgroup.dimension);
    h = fnvHash(h, subgroup.value);
    m = mixHash(m, subgroup.value);
    const s = m >>> (32 - SHARD_BITS);
    const shard = this.shards[s] as Int32Array;
    const found = find(shard, h, m);
    if (shard[found + 2] !== EMPTY) return ((shard[found + 2] as number) >>> 0) - 1;
    shard[found] = h;
    shard[found + 1] = m;
    shard[found + 2] = index + 1;
    const size = (this.sizes[s] as number) + 1;
    this.sizes[s] = size;
    if (size * 24 > shard.length * 7) this.shards[s] = grown(shard);
    return -1;
  }
}

/** The word offset of the slot holding fingerprint (h, m) in `shard`, or of the empty slot where it goes. */
function find(shard: Int32Array, h: number, m: number): number {
  const capacity = shard.length / 3;
  let slot = ((h ^ Math.imul(m, 0x9e3779b1)) >>> 0) % capacity;
  let at = slot * 3;
  while (shard[at + 2] !== EMPTY && (shard[at] !== h || shard[at + 1] !== m)) {
    slot += 1;
    at += 3;
    if (slot === capacity) {
      slot = 0;
      at = 0;
    }
  }
  return at;
}

/** `shard` rehashed into a quarter more slots. */
function grown(shard: Int32Array): Int32Array {
  const next = new Int32Array(Math.ceil((shard.length / 3) * 1.125) * 3);
  for (let i = 0; i < shard.length; i += 3) {
    if (shard[i + 2] === EMPTY) continue;
    const h = shard[i] as number;
    const m = shard[i + 1] as number;
    const at = find(next, h, m);
    next[at] = h;
    next[at + 1] = m;
    next[at + 2] = shard[i + 2] as number;
  }
  return next;
}

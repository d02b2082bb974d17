/**
 * The two independent 32-bit string hashes the importers build fingerprints from (cells for the
 * duplicate-cell check, series for the factor-100 check): FNV-1a and a murmur-style mix. Each
 * continues from `hash` and ends a part with its length, so parts that differ only in where one
 * ends and the next begins hash differently. Two hashes together make a 64-bit fingerprint.
 *
 * @example
 * ```ts
 * let h = 0x811c9dc5;
 * h = fnvHash(h, 'acgr-4yr');
 * h = fnvHash(h, 'district');
 * ```
 */
export function fnvHash(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ text.length, 0x01000193);
}

/**
 * The second hash of {@link fnvHash}'s pair: murmur-style mixing, continuing from `hash`.
 *
 * @example
 * ```ts
 * const m = mixHash(0x9747b28c, 'acgr-4yr');
 * ```
 */
export function mixHash(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 13;
  }
  h = Math.imul(h ^ text.length, 0x5bd1e995);
  return h ^ (h >>> 15);
}

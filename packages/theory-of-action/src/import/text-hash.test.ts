import { describe, expect, it } from 'vitest';
import { fnvHash, mixHash } from './text-hash.js';

const parts = (hash: (h: number, t: string) => number, seed: number, texts: string[]): number =>
  texts.reduce(hash, seed);

describe('fnvHash and mixHash', () => {
  it('give FNV-1a of the characters, then the length', () => {
    // FNV-1a of "a" (0xe40c292c) continued with the length 1.
    expect(fnvHash(0x811c9dc5, 'a') >>> 0).toBe(Math.imul(0xe40c292c ^ 1, 0x01000193) >>> 0);
  });

  it('tell apart parts that differ only in where one ends', () => {
    for (const [hash, seed] of [
      [fnvHash, 0x811c9dc5],
      [mixHash, 0x9747b28c],
    ] as const) {
      expect(parts(hash, seed, ['ab', 'c'])).not.toBe(parts(hash, seed, ['a', 'bc']));
      expect(parts(hash, seed, ['ab', ''])).not.toBe(parts(hash, seed, ['a', 'b']));
    }
  });

  it('are two different hashes of the same text', () => {
    const texts = ['acgr-4yr', 'district', '0100005', '2021-2022', 'race', 'Black'];
    expect(parts(fnvHash, 0x811c9dc5, texts)).not.toBe(parts(mixHash, 0x811c9dc5, texts));
  });
});

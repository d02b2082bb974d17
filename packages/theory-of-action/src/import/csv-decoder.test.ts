import { describe, expect, it } from 'vitest';
import { createCsvDecoder, csvEncodings, type CsvEncoding } from './csv-decoder.js';

const decodeAll = (chunks: readonly number[][], encoding?: CsvEncoding): [string, string] => {
  const decoder = createCsvDecoder(encoding);
  const text = chunks.map((c) => decoder.decode(Uint8Array.from(c))).join('') + decoder.end();
  return [text, decoder.encoding];
};

describe('createCsvDecoder', () => {
  it('reads UTF-8 by default and removes one byte-order mark', () => {
    expect(decodeAll([[0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9]])).toEqual(['aé', 'utf-8']);
    // A second mark is left to the CSV reader (which removes every mark at the start).
    expect(decodeAll([[0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61]])).toEqual(['\uFEFFa', 'utf-8']);
  });

  it('detects UTF-16 by its byte-order mark, even split across chunks and over another choice', () => {
    expect(decodeAll([[0xff], [0xfe, 0x61], [0x00, 0xe9, 0x00]], 'latin1')).toEqual([
      'aé',
      'utf-16le',
    ]);
    expect(decodeAll([[0xfe], [0xff], [0x00, 0x61]])).toEqual(['a', 'utf-16be']);
  });

  it('reads latin1 as windows-1252 (the WHATWG mapping)', () => {
    expect(decodeAll([[0x43, 0xe9, 0xf1, 0x80]], 'latin1')).toEqual(['Céñ€', 'latin1']);
    expect(decodeAll([[0x93, 0x61, 0x94]], 'windows-1252')).toEqual(['“a”', 'windows-1252']);
  });

  it('turns invalid UTF-8 into replacement characters, never throws', () => {
    expect(decodeAll([[0x61, 0xe9, 0x62]])).toEqual(['a\uFFFDb', 'utf-8']);
    expect(decodeAll([[0xef, 0xbb]])).toEqual(['\uFFFD', 'utf-8']);
    expect(decodeAll([])).toEqual(['', 'utf-8']);
    const decoder = createCsvDecoder();
    expect(decoder.decode('abc' as unknown as Uint8Array)).toBe('');
    expect(decoder.decode(null as unknown as Uint8Array)).toBe('');
  });

  it('falls back to UTF-8 for a name it does not know', () => {
    expect(decodeAll([[0x61]], 'ebcdic' as CsvEncoding)).toEqual(['a', 'utf-8']);
    expect(csvEncodings).toEqual(['utf-8', 'utf-16le', 'utf-16be', 'latin1', 'windows-1252']);
  });
});

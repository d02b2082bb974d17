/**
 * The text encodings the importers decode byte input from (`encoding` of `ImportOptions`).
 * `latin1` is decoded as windows-1252, as the WHATWG Encoding Standard (and so `TextDecoder`)
 * does for that label: bytes 0x80-0x9F are `€`, `‚`, smart quotes and the like, not C1 controls.
 *
 * @example
 * ```ts
 * const encoding: CsvEncoding = 'latin1';
 * ```
 */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1' | 'windows-1252';

/**
 * The encodings of {@link CsvEncoding}, in a list (for option checks and help texts).
 *
 * @example
 * ```ts
 * csvEncodings.includes('latin1'); // true
 * ```
 */
export const csvEncodings: readonly CsvEncoding[] = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'latin1',
  'windows-1252',
];

/**
 * A streaming decoder of byte chunks. A byte-order mark at the start (UTF-8, UTF-16 LE or BE)
 * selects its encoding whatever encoding was asked for, as the WHATWG `decode` algorithm does,
 * and is removed; further byte-order marks are left to the CSV reader, which removes every one
 * at the start of the text (so bytes and strings give the same records).
 *
 * @example
 * ```ts
 * const decoder = createCsvDecoder('latin1');
 * const text = decoder.decode(new Uint8Array([0x43, 0xe9])) + decoder.end(); // 'Cé'
 * ```
 */
export interface CsvDecoder {
  /** Decodes a chunk; bytes of a character split across chunks wait for the next one. */
  decode(bytes: Uint8Array): string;
  /** Decodes what is left. */
  end(): string;
  /** The encoding in use once known (after the first bytes): the BOM's, or the one asked for. */
  readonly encoding: CsvEncoding;
}

const BOMS: readonly (readonly [CsvEncoding, readonly number[]])[] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** The BOM's encoding and length; `undefined` when `head` cannot start with a BOM; `null` when it may still. */
function sniff(head: Uint8Array): readonly [CsvEncoding, number] | undefined | null {
  let open = false;
  for (const [encoding, bytes] of BOMS) {
    const n = Math.min(bytes.length, head.length);
    let same = true;
    for (let i = 0; i < n; i += 1) if (head[i] !== bytes[i]) same = false;
    if (!same) continue;
    if (head.length >= bytes.length) return [encoding, bytes.length];
    open = true;
  }
  return open ? null : undefined;
}

/**
 * Creates a {@link CsvDecoder} for `encoding` (default `utf-8`; a name it does not know reads
 * as `utf-8`). Never throws, nor do its methods: invalid bytes become U+FFFD (the importer
 * reports them), and a chunk that is not a `Uint8Array` decodes to nothing.
 *
 * @example
 * ```ts
 * const decoder = createCsvDecoder('utf-16le');
 * decoder.decode(new Uint8Array([0xff, 0xfe, 0x61, 0x00])); // 'a'
 * ```
 */
export function createCsvDecoder(encoding: CsvEncoding = 'utf-8'): CsvDecoder {
  let chosen: CsvEncoding = csvEncodings.includes(encoding) ? encoding : 'utf-8';
  let decoder: TextDecoder | undefined;
  let head = new Uint8Array(0);

  const start = (bytes: Uint8Array, final: boolean): Uint8Array | undefined => {
    const joined = new Uint8Array(head.length + bytes.length);
    joined.set(head, 0);
    joined.set(bytes, head.length);
    const found = sniff(joined);
    if (found === null && !final) {
      head = joined;
      return undefined;
    }
    head = new Uint8Array(0);
    if (found !== null && found !== undefined) chosen = found[0];
    decoder = new TextDecoder(chosen, { ignoreBOM: true });
    return found !== null && found !== undefined ? joined.subarray(found[1]) : joined;
  };

  return {
    decode(bytes: Uint8Array): string {
      if (!(bytes instanceof Uint8Array)) return '';
      if (decoder === undefined) {
        const rest = start(bytes, false);
        if (rest === undefined) return '';
        return (decoder as TextDecoder | undefined)?.decode(rest, { stream: true }) ?? '';
      }
      return decoder.decode(bytes, { stream: true });
    },
    end(): string {
      if (decoder === undefined) {
        const rest = start(new Uint8Array(0), true);
        return (decoder as TextDecoder | undefined)?.decode(rest) ?? '';
      }
      return decoder.decode();
    },
    get encoding(): CsvEncoding {
      return chosen;
    },
  };
}

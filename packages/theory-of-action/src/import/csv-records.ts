import Papa from 'papaparse';
import { optionsOf } from '../options-of.js';

/**
 * A CSV syntax problem found by the parser (an unclosed or stray quote), with its 1-based
 * record number.
 */
export interface CsvSyntaxProblem {
  readonly row: number;
  readonly code: string;
  readonly message: string;
}

/**
 * Records parsed from one chunk: `firstRow` is the 1-based record number of `records[0]`
 * (the header is record 1). Empty lines are kept as `['']` so that record numbers stay
 * line numbers when no quoted field spans lines.
 */
export interface CsvRecords {
  readonly firstRow: number;
  readonly records: readonly (readonly string[])[];
  readonly problems: readonly CsvSyntaxProblem[];
}

/**
 * An incremental CSV reader over string chunks, built on papaparse's parser (browser and
 * Node). It removes a UTF-8 byte-order mark, reads CR, LF and CRLF line endings (also mixed,
 * and split across chunks) and quoted fields, and keeps an unfinished last record until the
 * next chunk arrives, so memory stays bounded by the chunk size.
 *
 * @example
 * ```ts
 * const reader = createCsvRecordReader();
 * reader.push('a,b\r');
 * reader.push('\n1,2');
 * reader.end().records; // [['1', '2']]
 * ```
 */
export interface CsvRecordReader {
  /** Parses a chunk; returns the complete records it finished. */
  push(chunk: string): CsvRecords;
  /** Parses what is left; returns the last records. */
  end(): CsvRecords;
  /** Characters consumed so far (after line-ending normalisation). */
  readonly characters: number;
}

const LINE_BREAK = /\r\n?/g;

/**
 * Creates a {@link CsvRecordReader}.
 *
 * @example
 * ```ts
 * const reader = createCsvRecordReader({ delimiter: ';' });
 * const { records } = reader.push('x;y\n1;2\n');
 * ```
 */
export function createCsvRecordReader(
  options: { readonly delimiter?: string } = {},
): CsvRecordReader {
  options = optionsOf(options);
  const parser = new Papa.Parser({ delimiter: options.delimiter ?? ',', newline: '\n' });
  let partial = '';
  let first = true;
  let pendingCr = false;
  let nextRow = 1;
  let characters = 0;

  const run = (text: string, final: boolean): CsvRecords => {
    const firstRow = nextRow;
    if (text.length === 0) return { firstRow, records: [], problems: [] };
    const result = parser.parse(text, 0, !final) as {
      data: string[][];
      errors: { code?: string; message?: string; row?: number }[];
      meta: { cursor: number };
    };
    partial = final ? '' : text.slice(result.meta.cursor);
    characters += final ? text.length : result.meta.cursor;
    const records = result.data;
    const problems = result.errors.map((error) => ({
      row: firstRow + Math.min(Math.max(error.row ?? 0, 0), Math.max(records.length - 1, 0)),
      code: error.code ?? 'Unknown',
      message: error.message ?? 'CSV syntax error',
    }));
    nextRow += records.length;
    return { firstRow, records, problems };
  };

  return {
    push(chunk: string): CsvRecords {
      let text = chunk;
      if (first && text.length > 0) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      if (pendingCr) text = `\r${text}`;
      pendingCr = text.endsWith('\r');
      if (pendingCr) text = text.slice(0, -1);
      if (text.includes('\r')) text = text.replace(LINE_BREAK, '\n');
      return run(partial + text, false);
    },
    end(): CsvRecords {
      const text = partial + (pendingCr ? '\n' : '');
      pendingCr = false;
      const records = run(text, true);
      // A final line break leaves one empty record behind; it is not a row of the file.
      const last = records.records[records.records.length - 1];
      if (last !== undefined && last.length === 1 && last[0] === '' && text.endsWith('\n')) {
        return { ...records, records: records.records.slice(0, -1) };
      }
      return records;
    },
    get characters(): number {
      return characters;
    },
  };
}

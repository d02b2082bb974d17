import Papa from 'papaparse';
import { optionsOf } from '../options-of.js';

/**
 * A problem the reader found, with the line (`row`) where its record starts. `code` is
 * papaparse's (`MissingQuotes`, `InvalidQuotes`) for a quote problem within one line, or the
 * reader's own:
 *
 * - `UnbalancedQuote`: a quoted field opened in `column` of line `row` runs over line breaks and
 *   its record is malformed (a parser error, a field count other than the header's, or longer
 *   than the {@link QuotedFieldLimits}). The line is returned as a record of its own (parsed
 *   alone) and the next line is read afresh, so the quote hides no line; `lines` is how many
 *   following lines the quote would have swallowed (at least).
 * - `ReplacementCharacter` / `NulCharacter`: the text holds `count` U+FFFD (bytes that were not
 *   valid in the decoding) or U+0000 characters; `row` and `column` are the first one's.
 *   Reported once, by `end()`.
 *
 * @example
 * ```ts
 * const problem: CsvSyntaxProblem = { row: 57, column: 3, code: 'UnbalancedQuote', message: 'Quoted field unterminated', lines: 191 };
 * ```
 */
export interface CsvSyntaxProblem {
  readonly row: number;
  readonly code: string;
  readonly message: string;
  /** The 1-based field of the problem, when known. */
  readonly column?: number;
  /** `UnbalancedQuote`: how many following lines the open quote ran over (at least). */
  readonly lines?: number;
  /** `UnbalancedQuote`: set when the record was cut because it ran past this limit. */
  readonly limit?: 'lines' | 'characters';
  /** `ReplacementCharacter`, `NulCharacter`: how many were found. */
  readonly count?: number;
}

/**
 * Records parsed from one chunk. `firstRow` is the 1-based line number where `records[0]`
 * starts (the header is line 1). When a quoted field of a record spans lines, the following
 * records start further down: then `rows` gives the line number of every record (otherwise it is
 * absent and record `i` starts at line `firstRow + i`). Empty lines are kept as `['']`.
 */
export interface CsvRecords {
  readonly firstRow: number;
  readonly records: readonly (readonly string[])[];
  readonly problems: readonly CsvSyntaxProblem[];
  readonly rows?: readonly number[];
}

/**
 * How far a quoted field may run over line breaks before the reader takes its opening quote as
 * a stray one (`UnbalancedQuote`): at most `lines` lines (default 1,000) and `characters`
 * characters for its record (default 1,048,576). They bound the memory an unclosed quote can
 * take while streaming, and give the same records on every read path.
 *
 * @example
 * ```ts
 * const limits: QuotedFieldLimits = { lines: 50, characters: 65_536 };
 * ```
 */
export interface QuotedFieldLimits {
  readonly lines?: number;
  readonly characters?: number;
}

/**
 * Options of {@link createCsvRecordReader}.
 *
 * @example
 * ```ts
 * const options: CsvRecordReaderOptions = { delimiter: ';', quotedFieldLimits: { lines: 100 } };
 * ```
 */
export interface CsvRecordReaderOptions {
  /** Field delimiter. Default `,`. */
  readonly delimiter?: string;
  readonly quotedFieldLimits?: QuotedFieldLimits;
}

/**
 * An incremental CSV reader over string chunks, built on papaparse's parser (browser and
 * Node). It removes byte-order marks at the start, reads CR, LF and CRLF line endings (also
 * mixed, and split across chunks) and quoted fields, and keeps an unfinished last record until
 * more text arrives. An unfinished record is parsed again only once the buffered text has
 * doubled, so a long record costs linear time however it is chunked. A stray quote never hides
 * the following lines (see {@link CsvSyntaxProblem}).
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
const QUOTE = '"';
/** Text is parsed in pieces of at most this many characters (bounds the cost of re-reading). */
const PIECE = 1 << 20;
const DEFAULT_LINES = 1000;
const DEFAULT_CHARACTERS = 1 << 20;

const limitOf = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  let at = text.indexOf('\n', from);
  while (at !== -1 && at < to) {
    count += 1;
    at = text.indexOf('\n', at + 1);
  }
  return count;
}

function countIn(text: string, char: string): number {
  let count = 0;
  let at = text.indexOf(char);
  while (at !== -1) {
    count += 1;
    at = text.indexOf(char, at + 1);
  }
  return count;
}

interface Parsed {
  data: string[][];
  errors: { code?: string; message?: string; row?: number }[];
  meta: { cursor: number };
}

interface Found {
  count: number;
  row: number;
  column: number;
}

/**
 * Creates a {@link CsvRecordReader}.
 *
 * @example
 * ```ts
 * const reader = createCsvRecordReader({ delimiter: ';' });
 * const { records } = reader.push('x;y\n1;2\n');
 * ```
 */
export function createCsvRecordReader(options: CsvRecordReaderOptions = {}): CsvRecordReader {
  const own = optionsOf(options);
  const delimiter = typeof own.delimiter === 'string' && own.delimiter !== '' ? own.delimiter : ',';
  const limits = optionsOf(own.quotedFieldLimits);
  const maxLines = limitOf(limits.lines, DEFAULT_LINES);
  const maxCharacters = limitOf(limits.characters, DEFAULT_CHARACTERS);
  const parser = new Papa.Parser({ delimiter, newline: '\n' });
  const lineParser = new Papa.Parser({ delimiter, newline: '\n' });
  let pending: string[] = [];
  let pendingLength = 0;
  let specialPending = false;
  let parseAt = 0;
  let atStart = true;
  let pendingCr = false;
  let nextRow = 1;
  let characters = 0;
  let headerLength = -1;
  const replacement: Found = { count: 0, row: 0, column: 0 };
  const nul: Found = { count: 0, row: 0, column: 0 };

  // The output of one push or end.
  let firstRow = 1;
  let out: string[][] = [];
  let outRows: number[] | undefined;
  let problems: CsvSyntaxProblem[] = [];

  const scan = (record: readonly string[], row: number, found: Found, char: string): void => {
    for (let i = 0; i < record.length; i += 1) {
      const field = record[i] as string;
      if (field.indexOf(char) === -1) continue;
      if (found.count === 0) {
        found.row = row;
        found.column = i + 1;
      }
      found.count += countIn(field, char);
    }
  };

  const add = (record: string[], row: number, special: boolean): void => {
    if (outRows === undefined && row !== firstRow + out.length)
      outRows = out.map((_, i) => firstRow + i);
    out.push(record);
    outRows?.push(row);
    if (headerLength < 0) headerLength = record.length;
    if (special) {
      scan(record, row, replacement, '\uFFFD');
      scan(record, row, nul, '\0');
    }
  };

  /** Line `row` starts at `offset` of `text` and opens a quote it does not close: report it, return where the next line starts. */
  const unbalanced = (
    text: string,
    offset: number,
    row: number,
    lines: number,
    limit: 'lines' | 'characters' | undefined,
    special: boolean,
  ): number => {
    const end = text.indexOf('\n', offset);
    const next = end === -1 ? text.length : end + 1;
    const alone = (
      lineParser.parse(text.slice(offset, end === -1 ? text.length : end), 0, false) as Parsed
    ).data[0] ?? [''];
    problems.push({
      row,
      column: alone.length,
      code: 'UnbalancedQuote',
      message: 'Quoted field not closed on its line',
      lines,
      ...(limit === undefined ? {} : { limit }),
    });
    add(alone, row, special);
    return next;
  };

  /**
   * Whether a record over line breaks, starting at `offset` with `length` characters (known so
   * far), runs past a limit: the one it reaches first, and the line breaks before that point (so
   * that a whole record and its unfinished beginning give the same answer).
   */
  const overLimit = (
    text: string,
    offset: number,
    length: number,
  ): { readonly limit: 'lines' | 'characters'; readonly lines: number } | undefined => {
    let newlines = 0;
    let at = text.indexOf('\n', offset);
    while (at !== -1 && at < offset + length && at - offset < maxCharacters) {
      newlines += 1;
      if (newlines >= maxLines) return { limit: 'lines', lines: newlines };
      at = text.indexOf('\n', at + 1);
    }
    return length > maxCharacters ? { limit: 'characters', lines: newlines } : undefined;
  };

  const columnOf = (record: readonly string[], code: string): number | undefined => {
    if (code === 'MissingQuotes') return record.length;
    const i = record.findIndex((field) => field.includes(QUOTE));
    return i === -1 ? undefined : i + 1;
  };

  /** Parses `input` (starting at a line boundary); keeps an unfinished record unless `final`. */
  const process = (input: string, final: boolean): void => {
    let text = input;
    const special = specialPending;
    for (;;) {
      if (text.length === 0) {
        pending = [];
        pendingLength = 0;
        parseAt = 0;
        specialPending = false;
        return;
      }
      const result = parser.parse(text, 0, !final) as Parsed;
      const records = result.data;
      let count = records.length;
      // A final line break leaves one empty record behind; it is not a line of the file.
      const last = records[count - 1];
      const trailing =
        final && last !== undefined && last.length === 1 && last[0] === '' && text.endsWith('\n');
      const cursor = final ? text.length : result.meta.cursor;
      const errors = new Map<number, { code: string; message: string }>();
      for (const error of result.errors) {
        const at = error.row ?? 0;
        if (at >= 0 && at < count && !errors.has(at))
          errors.set(at, {
            code: error.code ?? 'Unknown',
            message: error.message ?? 'CSV syntax error',
          });
      }
      if (trailing) count -= 1;
      const spans =
        countNewlines(text, 0, cursor) > records.length - (final ? 1 : 0) &&
        text.indexOf(QUOTE) !== -1;
      let row = nextRow;
      let restart = -1;
      if (!spans) {
        for (let i = 0; i < count; i += 1) add(records[i] as string[], row + i, special);
        row += count;
      } else {
        let offset = 0;
        for (let i = 0; i < count; i += 1) {
          const record = records[i] as string[];
          let breaks = 0;
          for (const field of record)
            if (field.indexOf('\n') !== -1) breaks += countIn(field, '\n');
          let next = offset;
          for (let k = 0; k <= breaks && next < text.length; k += 1) {
            const at = text.indexOf('\n', next);
            next = at === -1 ? text.length : at + 1;
          }
          // At the end of the text, a final line break inside an unclosed quote ends the line.
          if (
            final &&
            breaks > 0 &&
            next === text.length &&
            (record[record.length - 1] ?? '').endsWith('\n') &&
            errors.get(i)?.code === 'MissingQuotes'
          )
            breaks -= 1;
          if (breaks > 0) {
            const length = (next > 0 && text[next - 1] === '\n' ? next - 1 : next) - offset;
            const over = overLimit(text, offset, length);
            if (
              over !== undefined ||
              errors.has(i) ||
              (headerLength >= 0 && record.length !== headerLength)
            ) {
              restart = unbalanced(text, offset, row, over?.lines ?? breaks, over?.limit, special);
              row += 1;
              break;
            }
          }
          const error = errors.get(i);
          if (error !== undefined) {
            const column = columnOf(record, error.code);
            problems.push({
              row,
              code: error.code,
              message: error.message,
              ...(column === undefined ? {} : { column }),
            });
          }
          add(record, row, special);
          row += breaks + 1;
          offset = next;
        }
      }
      if (!spans) {
        for (const [i, error] of errors) {
          if (i >= count) continue;
          const column = columnOf(records[i] as string[], error.code);
          problems.push({
            row: nextRow + i,
            code: error.code,
            message: error.message,
            ...(column === undefined ? {} : { column }),
          });
        }
      }
      nextRow = row;
      if (restart < 0 && !final && cursor < text.length) {
        // The unfinished record: an open quoted field past the limits is a stray quote.
        // A line break at the very end may yet end the text (then it ends the record): wait for more.
        const known = text.length - cursor - (text.endsWith('\n') ? 1 : 0);
        const inside = text.indexOf('\n', cursor);
        const over =
          inside === -1 || inside >= cursor + known ? undefined : overLimit(text, cursor, known);
        if (over !== undefined) {
          restart = unbalanced(text, cursor, row, over.lines, over.limit, special);
          nextRow = row + 1;
        }
      }
      if (restart >= 0) {
        characters += restart;
        text = text.slice(restart);
        continue;
      }
      characters += cursor;
      const rest = final ? '' : text.slice(cursor);
      pending = rest.length === 0 ? [] : [rest];
      pendingLength = rest.length;
      specialPending = special && rest.length > 0;
      // Nothing finished: parse again only once the text has doubled (linear time overall).
      parseAt = cursor === 0 ? rest.length * 2 : 0;
      return;
    }
  };

  const begin = (): void => {
    firstRow = nextRow;
    out = [];
    outRows = undefined;
    problems = [];
  };

  const output = (): CsvRecords =>
    outRows === undefined
      ? { firstRow, records: out, problems }
      : { firstRow, records: out, problems, rows: outRows };

  const take = (text: string): void => {
    if (text.length === 0) return;
    // Whether the buffered text may hold U+FFFD or NUL (then emitted records are scanned).
    if (!specialPending && (text.indexOf('\uFFFD') !== -1 || text.indexOf('\0') !== -1))
      specialPending = true;
    pending.push(text);
    pendingLength += text.length;
    if (pendingLength < parseAt) return;
    const all = pending.length === 1 ? (pending[0] as string) : pending.join('');
    process(all, false);
  };

  return {
    push(chunk: string): CsvRecords {
      begin();
      let text = typeof chunk === 'string' ? chunk : '';
      if (atStart && text.length > 0) {
        let skip = 0;
        while (skip < text.length && text.charCodeAt(skip) === 0xfeff) skip += 1;
        if (skip > 0) text = text.slice(skip);
        if (text.length > 0) atStart = false;
      }
      if (pendingCr) text = `\r${text}`;
      pendingCr = text.endsWith('\r');
      if (pendingCr) text = text.slice(0, -1);
      if (text.includes('\r')) text = text.replace(LINE_BREAK, '\n');
      for (let at = 0; at < text.length; at += PIECE) take(text.slice(at, at + PIECE));
      return output();
    },
    end(): CsvRecords {
      begin();
      if (pendingCr) take('\n');
      pendingCr = false;
      process(pending.join(''), true);
      for (const [found, code, message] of [
        [replacement, 'ReplacementCharacter', 'Replacement characters (U+FFFD) in the text'],
        [nul, 'NulCharacter', 'NUL characters (U+0000) in the text'],
      ] as const) {
        if (found.count > 0)
          problems.push({
            row: found.row,
            column: found.column,
            code,
            message,
            count: found.count,
          });
      }
      return output();
    },
    get characters(): number {
      return characters;
    },
  };
}

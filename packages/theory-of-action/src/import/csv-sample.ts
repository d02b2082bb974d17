import { createCsvRecordReader } from './csv-records.js';

/**
 * The header and the first rows of a CSV text, read with `createCsvRecordReader` (blank lines
 * left out): the input of {@link recognizeMapping} and {@link inferMapping}. `truncated` is
 * `true` when more rows followed than were kept, or when the text was only the beginning of a
 * file.
 *
 * @example
 * ```ts
 * const sample: CsvSample = { header: ['Location', 'Data'], rows: [['Colorado', '0.7']], truncated: false };
 * ```
 */
export interface CsvSample {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly truncated: boolean;
}

/**
 * Reads the header and up to `maxRows` rows (default 5,000) of a CSV text. With `partial: true`
 * the text is the beginning of a longer file (a first chunk): its unfinished last record is left
 * out. Never throws.
 *
 * @example
 * ```ts
 * readCsvSample('a,b\n1,2\n\n3,4\n').rows; // [['1', '2'], ['3', '4']]
 * readCsvSample('a,b\n1,2\n3,', { partial: true }).rows; // [['1', '2']]
 * ```
 */
export function readCsvSample(
  text: string,
  options: {
    readonly maxRows?: number;
    readonly partial?: boolean;
    readonly delimiter?: string;
  } = {},
): CsvSample {
  try {
    const settings = typeof options === 'object' && options !== null ? options : {};
    const maxRows =
      typeof settings.maxRows === 'number' && settings.maxRows >= 0 ? settings.maxRows : 5000;
    const reader = createCsvRecordReader(
      typeof settings.delimiter === 'string' ? { delimiter: settings.delimiter } : {},
    );
    const source = typeof text === 'string' ? text : '';
    const records = [...reader.push(source).records];
    if (settings.partial !== true) records.push(...reader.end().records);
    const nonBlank = records.filter((record) => !(record.length === 1 && record[0] === ''));
    const [header = [], ...rows] = nonBlank;
    return {
      header,
      rows: rows.slice(0, maxRows),
      truncated: rows.length > maxRows || settings.partial === true,
    };
  } catch {
    return { header: [], rows: [], truncated: false };
  }
}

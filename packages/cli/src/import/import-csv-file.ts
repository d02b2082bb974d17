import type { IndicatorCatalogue } from '@community-excellence/schemas';
import {
  createCsvImporter,
  importCsv,
  type ImportBatch,
  type ImportMapping,
  type ImportOptions,
  type ImportProgress,
  type ImportResult,
} from '@community-excellence/theory-of-action/import';
import { openInputFile } from '../files/input-file.js';

/**
 * Options of {@link importCsvFile}.
 *
 * @example
 * ```ts
 * const options: CsvFileImportOptions = { onOpen: (size) => console.log(`${size} bytes`), onProgress: ({ bytes, rows }) => bar.update(bytes, rows) };
 * ```
 */
export interface CsvFileImportOptions {
  /** The id of the observation set. Default: the mapping's id. */
  readonly setId?: string;
  /** More indicators to check the rows against (besides the mapping's own). */
  readonly indicators?: IndicatorCatalogue;
  /** The encoding of the bytes. Default: UTF-8 (a byte-order mark wins). */
  readonly encoding?: ImportOptions['encoding'];
  /** Called once the file is open, with its size in bytes (before any row is read). */
  readonly onOpen?: (size: number) => void;
  /** Called after each chunk read: rows and bytes so far. */
  readonly onProgress?: (progress: ImportProgress) => void;
}

/**
 * The outcome of {@link importCsvFile}: the import (valid or not), or an I/O error (a missing
 * file, a folder, a read that failed), which the CLI reports with exit code 2.
 *
 * @example
 * ```ts
 * const read: CsvFileImport = await importCsvFile('grad.csv', builtInMappings['co-graduation']);
 * if (!read.ok) console.error(read.message);
 * ```
 */
export type CsvFileImport =
  | { readonly ok: true; readonly result: ImportResult; readonly size: number }
  | { readonly ok: false; readonly message: string };

const CHUNK = 64 * 1024;
const ioMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Streams a CSV file through `importCsv` of `@community-excellence/theory-of-action` (in chunks
 * of 64 KiB, so progress can be shown). Issues carry `location.file` = `file` as given. A file
 * that cannot be opened, is not a regular file, or fails while being read is an I/O error, never
 * an issue of the data. Never throws.
 *
 * @example
 * ```ts
 * const read = await importCsvFile('edfactsdownload.csv', builtInMappings['edfacts-acgr'], { onProgress: ({ rows }) => console.log(rows) });
 * if (read.ok) console.log(read.result.stats.observations);
 * ```
 */
export async function importCsvFile(
  file: string,
  mapping: ImportMapping,
  options: CsvFileImportOptions = {},
): Promise<CsvFileImport> {
  const opened = await openInputFile(file);
  if (!opened.ok) return opened;
  const { handle, size } = opened;
  try {
    options.onOpen?.(size);
    const stream = handle.createReadStream({ autoClose: false, highWaterMark: CHUNK });
    let failure: unknown;
    let failed = false;
    async function* chunks(): AsyncGenerator<Uint8Array, void, undefined> {
      try {
        for await (const chunk of stream) yield chunk as Uint8Array;
      } catch (error) {
        failed = true;
        failure = error;
        throw error;
      }
    }
    const result = await importCsv(chunks(), mapping, {
      file,
      ...(options.setId === undefined ? {} : { setId: options.setId }),
      ...(options.indicators === undefined ? {} : { indicators: options.indicators }),
      ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    });
    if (failed) return { ok: false, message: `cannot read ${file}: ${ioMessage(failure)}` };
    return { ok: true, result, size };
  } catch (error) {
    return { ok: false, message: `cannot read ${file}: ${ioMessage(error)}` };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * The outcome of {@link streamCsvFile}: the last batch's statistics, or an I/O error (exit code 2).
 *
 * @example
 * ```ts
 * const streamed: CsvFileStream = await streamCsvFile('big.csv', mapping, (batch) => store(batch.observations));
 * if (streamed.ok) console.log(streamed.stats.rows);
 * ```
 */
export type CsvFileStream =
  | { readonly ok: true; readonly stats: ImportBatch['stats']; readonly size: number }
  | { readonly ok: false; readonly message: string };

/**
 * Streams a CSV file through the library's CSV importer (`createCsvImporter` of
 * `@community-excellence/theory-of-action`, what `importCsvStream` runs), batch by batch (one per
 * 64 KiB chunk), handing each batch to `onBatch` and keeping none: memory stays bounded
 * whatever the file's size. The importer runs the set-level checks of a streamed import
 * (repeated cells, indicators without a catalogue), each issue in the batch of its row with its
 * row and column. The file must be a regular file (a device, a FIFO or a folder is an I/O error,
 * checked before reading). Never throws, unless `onBatch` throws (then the file is closed and
 * the error goes on).
 *
 * @example
 * ```ts
 * const streamed = await streamCsvFile('edfactsdownload.csv', builtInMappings['edfacts-acgr'], (batch) => {
 *   for (const issue of batch.issues) console.log(issue.code);
 * });
 * ```
 */
export async function streamCsvFile(
  file: string,
  mapping: ImportMapping,
  onBatch: (batch: ImportBatch) => void,
  options: CsvFileImportOptions = {},
): Promise<CsvFileStream> {
  const opened = await openInputFile(file);
  if (!opened.ok) return opened;
  const { handle, size } = opened;
  try {
    options.onOpen?.(size);
    const importer = createCsvImporter(mapping, {
      file,
      checkCells: true,
      ...(options.setId === undefined ? {} : { setId: options.setId }),
      ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
      ...(options.indicators === undefined ? {} : { indicators: options.indicators }),
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    });
    const stream = handle.createReadStream({ autoClose: false, highWaterMark: CHUNK });
    try {
      for await (const chunk of stream) {
        const batch = importer.push(chunk as Uint8Array);
        onBatch(batch);
      }
    } catch (error) {
      return { ok: false, message: `cannot read ${file}: ${ioMessage(error)}` };
    }
    const last = importer.end();
    onBatch(last);
    return { ok: true, stats: last.stats, size };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

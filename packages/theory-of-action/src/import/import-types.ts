import type { CsvEncoding } from './csv-decoder.js';
import type { QuotedFieldLimits } from './csv-records.js';
import type {
  IndicatorCatalogue,
  Issue,
  Observation,
  ObservationSet,
  ObservationValueKind,
} from '@community-excellence/schemas';

/**
 * Progress of a long import: data rows read and input consumed so far (bytes for byte
 * chunks, UTF-16 code units for string chunks).
 *
 * @example
 * ```ts
 * const onProgress = ({ rows, bytes }: ImportProgress): void => console.log(`${rows} rows, ${bytes} bytes`);
 * ```
 */
export interface ImportProgress {
  readonly rows: number;
  readonly bytes: number;
}

/**
 * Options of the importers.
 *
 * @example
 * ```ts
 * const options: ImportOptions = { file: 'edfactsdownload.csv', onProgress: (p) => console.log(p.rows) };
 * ```
 */
export interface ImportOptions {
  /** The file name written into every issue's `location.file`. */
  readonly file?: string;
  /** More indicators to resolve `indicatorId` against (besides the mapping's own). */
  readonly indicators?: IndicatorCatalogue;
  /** The id of the observation set. Default: the mapping's id. */
  readonly setId?: string;
  /** Called after each chunk. */
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Chunk size in characters when a whole string is streamed. Default 1,048,576. */
  readonly chunkSize?: number;
  /**
   * The encoding of byte input (strings are already decoded). Default `utf-8`. A byte-order
   * mark (UTF-8, UTF-16 LE or BE) overrides it. `latin1` is decoded as windows-1252 (as
   * `TextDecoder` does, per the WHATWG Encoding Standard).
   */
  readonly encoding?: CsvEncoding;
  /** How far a quoted field may run over line breaks before its quote counts as a stray one. */
  readonly quotedFieldLimits?: QuotedFieldLimits;
}

/**
 * Counts of an import: rows read, skipped and rejected; observations by value kind; issues.
 *
 * @example
 * ```ts
 * const { values } = importCsv(text, builtInMappings['edfacts-acgr']).stats;
 * values.suppressed; // 233
 * ```
 */
export interface ImportStats {
  /** Data records read (the header and empty lines not counted). */
  readonly rows: number;
  /** Empty lines skipped. */
  readonly emptyRows: number;
  /** Rows left out by the mapping's include/exclude conditions. */
  readonly filteredRows: number;
  /** Observations produced. */
  readonly observations: number;
  /** Observations not produced because one of their cells had an error. */
  readonly rejected: number;
  /** Observations by value kind. */
  readonly values: Readonly<Record<ObservationValueKind, number>>;
  readonly errors: number;
  readonly warnings: number;
  /** Input consumed (see {@link ImportProgress}). */
  readonly bytes: number;
}

/**
 * One batch of a streaming import: the observations and issues of one chunk, and the
 * running totals. The last batch has `done: true` and carries the issues that need the
 * whole file (the factor-100 plausibility check).
 *
 * @example
 * ```ts
 * for await (const batch of importCsvStream(chunks, mapping)) store(batch.observations);
 * ```
 */
export interface ImportBatch {
  readonly observations: readonly Observation[];
  readonly issues: readonly Issue[];
  readonly stats: ImportStats;
  readonly done: boolean;
}

/**
 * The result of importing a whole file: the validated observation set (absent only when
 * the mapping itself is unusable or the set fails validation), every issue, and the counts.
 * `ok` is `true` when no issue is an error; rows with errors are left out of the set and
 * reported, the rest is imported.
 *
 * @example
 * ```ts
 * const result = importCsv(text, mapping, { file: 'data.csv' });
 * for (const issue of result.issues) console.log(issue.location?.row, issue.location?.column, issue.code, issue.location?.raw);
 * ```
 */
export interface ImportResult {
  readonly ok: boolean;
  readonly set: ObservationSet | undefined;
  readonly issues: readonly Issue[];
  readonly stats: ImportStats;
}

import { closeSync, openSync, readSync } from 'node:fs';
import type { Issue } from '@community-excellence/schemas';
import {
  inferMapping,
  readCsvSample,
  recognizeMapping,
  type ImportMapping,
  type ImportResult,
  type InferredMapping,
  type MappingRecognition,
} from '@community-excellence/theory-of-action/import';
import { cliIssueCodes } from '../issue-codes.js';
import { importCsvFile } from './import-csv-file.js';
import { resolveMapping } from './resolve-mapping.js';

/**
 * How the mapping of a raw CSV input was chosen:
 * - `option`: `--mapping` named it (a built-in name or a mapping file);
 * - `recognised`: a built-in mapping recognised from the header ({@link MappingRecognition});
 * - `inferred`: no built-in mapping fits (or several do and nothing tells them apart), so one
 *   was inferred from the header and the sample values; `recognition` says why none was taken.
 *
 * @example
 * ```ts
 * declare const choice: MappingChoice;
 * if (choice.how === 'inferred') console.log(choice.inferred.guesses.length);
 * ```
 */
export type MappingChoice =
  | { readonly how: 'option'; readonly label: string }
  | { readonly how: 'recognised'; readonly label: string; readonly recognition: MappingRecognition }
  | {
      readonly how: 'inferred';
      readonly label: string;
      readonly recognition: MappingRecognition;
      readonly inferred: InferredMapping;
    };

/**
 * A raw CSV file read for `report` or `check`: the mapping used, how it was chosen, and the
 * import's result (its set holds the valid observations; its issues every problem).
 *
 * @example
 * ```ts
 * declare const input: RawCsvInput;
 * input.result.set?.observations.length;
 * ```
 */
export interface RawCsvInput {
  readonly file: string;
  readonly mapping: ImportMapping;
  readonly choice: MappingChoice;
  readonly result: ImportResult;
}

/**
 * The outcome of {@link readRawCsv}: the input, or why not: `usage`/`io` (exit code 2: an
 * unknown mapping name, a file that cannot be read), `invalid` (exit code 1: a mapping file that
 * is not a valid mapping, with its issues), or `no-mapping` (exit code 1: no built-in mapping
 * fits and none could be inferred; `inferred` says what was missing).
 *
 * @example
 * ```ts
 * declare const read: RawCsvRead;
 * if (!read.ok) console.error(read.message);
 * ```
 */
export type RawCsvRead =
  | { readonly ok: true; readonly input: RawCsvInput }
  | { readonly ok: false; readonly reason: 'usage' | 'io'; readonly message: string }
  | {
      readonly ok: false;
      readonly reason: 'invalid';
      readonly message: string;
      readonly issues: readonly Issue[];
    }
  | {
      readonly ok: false;
      readonly reason: 'no-mapping';
      readonly message: string;
      /** The `csv_mapping_unavailable` issue, with `location.file`. */
      readonly issue: Issue;
      readonly recognition: MappingRecognition;
      readonly inferred: InferredMapping;
    };

/** How much of a file is read to recognise or infer its mapping. */
const SAMPLE_BYTES = 1024 * 1024;
const SAMPLE_ROWS = 5000;

/**
 * Reads the first MiB of a file as UTF-8 and returns its header and up to 5,000 rows (the
 * unfinished last record left out when the file is longer), or an I/O message.
 */
function sampleFile(
  file: string,
):
  | { ok: true; header: readonly string[]; rows: readonly (readonly string[])[] }
  | { ok: false; message: string } {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(SAMPLE_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    const partial = length > SAMPLE_BYTES;
    const text = new TextDecoder('utf-8').decode(
      buffer.subarray(0, Math.min(length, SAMPLE_BYTES)),
    );
    const sample = readCsvSample(text, { maxRows: SAMPLE_ROWS, partial });
    return { ok: true, header: sample.header, rows: sample.rows };
  } catch (error) {
    return {
      ok: false,
      message: `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Reads a raw CSV file for `report` or `check`: with `mapping` (the `--mapping` option: a
 * built-in name or a mapping file, see `resolveMapping`) through that mapping; otherwise through
 * the built-in mapping recognised from its header and first rows (`recognizeMapping`), else
 * through a mapping inferred from them (`inferMapping`). Then imports the whole file. Never
 * throws.
 *
 * @example
 * ```ts
 * const read = await readRawCsv('data.csv', {});
 * if (read.ok && read.input.choice.how === 'inferred') console.log(read.input.choice.inferred.guesses);
 * ```
 */
export async function readRawCsv(
  file: string,
  options: { readonly mapping?: string },
): Promise<RawCsvRead> {
  let mapping: ImportMapping;
  let choice: MappingChoice;
  if (options.mapping !== undefined) {
    const resolved = resolveMapping(options.mapping);
    if (!resolved.ok) {
      if (resolved.reason === 'invalid')
        return {
          ok: false,
          reason: 'invalid',
          message: `${resolved.file} is not a valid mapping`,
          issues: resolved.issues,
        };
      return { ok: false, reason: resolved.reason, message: resolved.message };
    }
    mapping = resolved.mapping;
    choice = { how: 'option', label: resolved.label };
  } else {
    const sample = sampleFile(file);
    if (!sample.ok) return { ok: false, reason: 'io', message: sample.message };
    const recognition = recognizeMapping(sample.header, sample.rows, { fileName: file });
    if (recognition.status === 'recognised') {
      mapping = recognition.mapping;
      choice = { how: 'recognised', label: recognition.name, recognition };
    } else {
      const inferred = inferMapping(sample.header, sample.rows, { fileName: file });
      const inference = inferred.undecided.map((u) => `${u.role}: ${u.reason}`).join('; ');
      if (!inferred.ok || inferred.mapping === undefined)
        return {
          ok: false,
          reason: 'no-mapping',
          message: `${file}: no built-in mapping fits (${recognition.reason}) and none could be inferred (${inference}); pass --mapping <name|file>`,
          issue: cliIssueCodes.create({
            code: 'csv_mapping_unavailable',
            path: [],
            recognition: recognition.reason,
            inference,
            location: { file },
          }),
          recognition,
          inferred,
        };
      mapping = inferred.mapping;
      choice = { how: 'inferred', label: 'inferred', recognition, inferred };
    }
  }
  const imported = await importCsvFile(file, mapping);
  if (!imported.ok) return { ok: false, reason: 'io', message: imported.message };
  return { ok: true, input: { file, mapping, choice, result: imported.result } };
}

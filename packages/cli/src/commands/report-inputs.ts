import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { readJsonFile } from '../files/read-json-file.js';
import { readRawCsv, type RawCsvInput } from '../import/raw-csv-input.js';
import type { ReportDocument } from '../report/documents.js';
import { checkReportDocuments, type FolderFile } from '../report/read-folder.js';

/**
 * What {@link readReportInputs} found: the valid documents (the CSV files' observation sets among
 * them) with every file's issues and the raw CSV inputs (their mapping and import), or why not:
 * invalid data (exit code 1), or an I/O or usage problem (exit code 2). `csv` is also given when
 * the documents are invalid, so that the mappings used can be shown.
 *
 * @example
 * ```ts
 * declare const read: ReportInputs;
 * if (read.ok) console.log(read.documents.length, read.csv.length);
 * ```
 */
export type ReportInputs =
  | {
      readonly ok: true;
      readonly documents: readonly ReportDocument[];
      readonly files: readonly FolderFile[];
      readonly csv: readonly RawCsvInput[];
    }
  | {
      readonly ok: false;
      readonly reason: 'invalid';
      readonly files: readonly FolderFile[];
      readonly csv: readonly RawCsvInput[];
      readonly message?: string;
    }
  | { readonly ok: false; readonly reason: 'io'; readonly message: string };

const isCsv = (file: string): boolean => extname(file).toLowerCase() === '.csv';

/**
 * Reads the files `report` was given instead of a folder: documents (`*.json`, any kind) and raw
 * CSV outcome files (`*.csv`, read with {@link readRawCsv}: `--mapping`, else a recognised
 * built-in mapping, else an inferred one). The documents and the CSV files' observation sets are
 * validated together (`validateDocumentSet`), so that references between them resolve. A CSV row
 * with an error is left out of its set (the import's issues stay with the input in `csv`); the
 * other rows are kept. Never throws.
 *
 * @example
 * ```ts
 * const read = await readReportInputs(['partnership-evidence.json', 'data.csv'], {});
 * if (!read.ok && read.reason === 'io') console.error(read.message);
 * ```
 */
export async function readReportInputs(
  inputs: readonly string[],
  options: { readonly mapping?: string },
): Promise<ReportInputs> {
  const parsed: { file: string; value: unknown }[] = [];
  const broken: FolderFile[] = [];
  const csv: RawCsvInput[] = [];
  for (const file of inputs) {
    if (!existsSync(file))
      return { ok: false, reason: 'io', message: `cannot read ${file}: no such file or folder` };
    if (isCsv(file)) {
      const read = await readRawCsv(file, options);
      if (read.ok) {
        csv.push(read.input);
        continue;
      }
      if (!('issue' in read) && !('issues' in read))
        return { ok: false, reason: 'io', message: read.message };
      return {
        ok: false,
        reason: 'invalid',
        files: [
          { file, kind: null, ok: false, issues: 'issue' in read ? [read.issue] : read.issues },
        ],
        csv,
        message: read.message,
      };
    }
    if (extname(file).toLowerCase() !== '.json')
      return {
        ok: false,
        reason: 'io',
        message: `${file}: report reads a folder, or documents (*.json) and raw CSV files (*.csv)`,
      };
    const read = readJsonFile(file);
    if (read.ok) parsed.push({ file, value: read.value });
    else if (read.reason === 'io') return { ok: false, reason: 'io', message: read.message };
    else broken.push({ file, kind: null, ok: false, issues: [read.issue] });
  }
  // Each CSV file is its own observation set: two files read through the same mapping (or two
  // inferred from files of the same name) get the ids `<id>`, `<id>-2`, ... so neither is refused
  // as a duplicate of the other.
  const taken = new Set<string>();
  const entries = [
    ...parsed,
    ...csv.flatMap((input) => {
      const set = input.result.set;
      if (set === undefined) return [];
      let id = set.id;
      for (let n = 2; taken.has(id); n += 1) id = `${set.id}-${n}`;
      taken.add(id);
      return [{ file: input.file, value: (id === set.id ? set : { ...set, id }) as unknown }];
    }),
  ];
  const checked = checkReportDocuments(entries);
  const { set, documents } = checked;
  const files: FolderFile[] = [...broken, ...checked.files];
  if (!set.ok || files.some((f) => !f.ok)) return { ok: false, reason: 'invalid', files, csv };
  return { ok: true, documents, files, csv };
}

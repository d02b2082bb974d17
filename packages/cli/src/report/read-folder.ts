import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { validateDocumentSet, type Issue } from '@community-excellence/schemas';
import { readJsonFile } from '../files/read-json-file.js';
import type { ReportDocument } from './documents.js';

/**
 * One file of a report folder and what validation found in it (issue paths start inside the
 * document; issue locations name the file with the folder, as given).
 */
export interface FolderFile {
  /** The file name inside the folder. */
  readonly file: string;
  readonly kind: string | null;
  readonly ok: boolean;
  readonly issues: readonly Issue[];
}

/**
 * What {@link readReportFolder} found: the valid documents (with every file's issues, warnings
 * included), invalid data (exit code 1), or a folder that cannot be read (exit code 2).
 *
 * @example
 * ```ts
 * const result = readReportFolder('examples/riverbend');
 * if (result.ok) result.documents.length; // 7
 * ```
 */
export type ReadFolderResult =
  | {
      readonly ok: true;
      readonly documents: readonly ReportDocument[];
      readonly files: readonly FolderFile[];
    }
  | { readonly ok: false; readonly reason: 'invalid'; readonly files: readonly FolderFile[] }
  | { readonly ok: false; readonly reason: 'io'; readonly message: string };

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Reads every `*.json` file directly inside a folder (not its subfolders, so a report written into
 * `<folder>/report/` is never read back), in file-name order, and validates them together with
 * `validateDocumentSet`, so references between them resolve. Never throws.
 *
 * @example
 * ```ts
 * const result = readReportFolder('examples/riverbend');
 * result.ok; // true
 * ```
 */
export function readReportFolder(folder: string): ReadFolderResult {
  let names: string[];
  try {
    if (!statSync(folder).isDirectory())
      return { ok: false, reason: 'io', message: `${folder} is not a folder` };
    names = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() && extname(entry.name).toLowerCase() === '.json')
      .map((entry) => entry.name)
      .sort(byCodeUnits);
  } catch (error) {
    return {
      ok: false,
      reason: 'io',
      message: `cannot read ${folder}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (names.length === 0)
    return { ok: false, reason: 'io', message: `no .json files in ${folder}` };

  const files = new Map<string, FolderFile>();
  const parsed: { file: string; value: unknown }[] = [];
  for (const name of names) {
    const read = readJsonFile(join(folder, name));
    if (read.ok) parsed.push({ file: name, value: read.value });
    else if (read.reason === 'io') return { ok: false, reason: 'io', message: read.message };
    else files.set(name, { file: name, kind: null, ok: false, issues: [read.issue] });
  }
  const checked = checkReportDocuments(parsed, (file) => join(folder, file));
  for (const file of checked.files) files.set(file.file, file);
  const { set, documents } = checked;
  const list = names.flatMap((name) => files.get(name) ?? []);
  if (!set.ok || list.some((f) => !f.ok)) return { ok: false, reason: 'invalid', files: list };
  return { ok: true, documents, files: list };
}

/**
 * Validates parsed documents as one set (`validateDocumentSet`) and describes each file: its kind
 * (or the `kind` it claims when invalid), whether it is valid, and its own issues with paths
 * relative to the document and `location.file` set by `locate` (default: the file as given).
 * The one place where `report` turns a document set into files and documents, whether they came
 * from a folder or from files named on the command line.
 *
 * @example
 * ```ts
 * const { files, documents } = checkReportDocuments([{ file: 'community.json', value: {} }]);
 * ```
 */
export function checkReportDocuments(
  parsed: readonly { readonly file: string; readonly value: unknown }[],
  locate: (file: string) => string = (file) => file,
): {
  readonly set: ReturnType<typeof validateDocumentSet>;
  readonly files: FolderFile[];
  readonly documents: ReportDocument[];
} {
  const set = validateDocumentSet(parsed.map((p) => p.value));
  const documents: ReportDocument[] = [];
  const files: FolderFile[] = [];
  parsed.forEach(({ file, value }, index) => {
    const entry = set.documents[index];
    const issues = set.issues
      .filter((issue) => issue.path[0] === index)
      .map(
        (issue) =>
          ({
            ...issue,
            path: issue.path.slice(1),
            location: { ...issue.location, file: locate(file) },
          }) as Issue,
      );
    const rawKind =
      typeof value === 'object' && value !== null ? (value as { kind?: unknown }).kind : undefined;
    const kind = entry?.result.ok
      ? entry.result.value.kind
      : typeof rawKind === 'string'
        ? rawKind
        : null;
    const ok = entry?.result.ok === true && !issues.some((issue) => issue.severity === 'error');
    files.push({ file, kind, ok, issues });
    if (entry?.result.ok) documents.push({ file, document: entry.result.value });
  });
  return { set, files, documents };
}

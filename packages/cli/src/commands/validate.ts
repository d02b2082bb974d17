import { readdirSync, statSync } from 'node:fs';
import { readInputText } from '../files/input-file.js';
import { extname, join, normalize, resolve } from 'node:path';
import {
  createIssue,
  formatIssues,
  validateDocumentSet,
  validateObservation,
  type Indicator,
  type Issue,
} from '@community-excellence/schemas';
import type { CliIo } from '../cli-io.js';
import { ExitCode } from '../exit-codes.js';
import type { CsvFileEncoding } from '../import/encoding-option.js';
import { parseJson } from './json-position.js';
import { countNoun } from '../count-noun.js';

/** Options of the `validate` command. */
export interface ValidateOptions {
  readonly format: 'text' | 'json';
  /** A built-in mapping name or a mapping JSON file: CSV files are read through it. Required for CSV input. */
  readonly mapping?: string;
  /** The encoding of the CSV files' bytes (`--encoding`). Default: UTF-8. */
  readonly encoding?: CsvFileEncoding;
}

/** One file's outcome in the `validate` report. */
export interface ValidatedFile {
  readonly file: string;
  /**
   * The document's `kind`, `observation` for NDJSON and CSV rows, `import-mapping` for a `--mapping`
   * file that is not a valid mapping, `null` when unknown (malformed JSON, no kind).
   */
  readonly kind: string | null;
  readonly ok: boolean;
  readonly issues: readonly Issue[];
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const isCsv = (name: string): boolean => extname(name).toLowerCase() === '.csv';
const ioMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * The files to read: explicit files as given, folders searched recursively for *.json and *.ndjson
 * (and *.csv when a mapping is given). `skip` is the mapping file, which is not a document.
 */
function collectFiles(
  paths: readonly string[],
  errors: string[],
  withCsv: boolean,
  skip: string | undefined,
): string[] {
  const files = new Set<string>();
  const extensions = withCsv ? ['.json', '.ndjson', '.csv'] : ['.json', '.ndjson'];
  const add = (file: string): void => {
    if (skip === undefined || resolve(file) !== resolve(skip)) files.add(file);
  };
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      byCodeUnits(a.name, b.name),
    );
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && extensions.includes(extname(entry.name).toLowerCase())) add(full);
    }
  };
  for (const path of paths) {
    try {
      if (statSync(path).isDirectory()) {
        const before = files.size;
        walk(path);
        if (files.size === before)
          errors.push(
            `no ${withCsv ? '.json, .ndjson or .csv' : '.json or .ndjson'} files in ${path}`,
          );
      } else if (isCsv(path) && !withCsv) {
        errors.push(
          `${path}: CSV input needs --mapping <name|file> (a built-in mapping name or a mapping JSON file)`,
        );
      } else add(normalize(path));
    } catch (error) {
      errors.push(`cannot read ${path}: ${ioMessage(error)}`);
    }
  }
  return [...files].sort(byCodeUnits);
}

const withFile = (
  issue: Issue,
  file: string,
  extra: { row?: number; column?: number } = {},
): Issue => ({ ...issue, location: { ...issue.location, file, ...extra } }) as Issue;

const malformed = (file: string, message: string, row: number, column: number): Issue =>
  createIssue({
    code: 'invalid_format',
    format: 'JSON',
    path: [],
    message: `Malformed JSON: ${message}`,
    location: { file, row, column },
  });

interface JsonEntry {
  readonly file: string;
  readonly text: string;
}

/**
 * The `validate` command: reads files and folders, validates every document by its `kind`
 * and all documents of the run together (so references between them resolve), every line of an
 * NDJSON file as one observation row, and, with a mapping, every CSV file through the mapping
 * (issues with the file, row, column, path and code). Exit code 0 when valid, 1 on any
 * error-severity issue (including a mapping file that is not a valid mapping, or a mapping that
 * does not fit a CSV file), 2 when a path cannot be read, the mapping name is unknown, CSV input
 * comes without a mapping, or a mapping comes without CSV input.
 *
 * @example
 * ```ts
 * const code = await runValidate(processIo(), ['grad.csv'], { format: 'json', mapping: 'co-graduation' });
 * ```
 */
export async function runValidate(
  io: CliIo,
  paths: readonly string[],
  options: ValidateOptions,
): Promise<ExitCode> {
  const errors: string[] = [];
  const withCsv = options.mapping !== undefined;
  // The CSV importer (theory-of-action and papaparse) is loaded only when a mapping is given.
  const mapping =
    options.mapping === undefined
      ? undefined
      : (await import('../import/resolve-mapping.js')).resolveMapping(options.mapping);
  if (mapping !== undefined && !mapping.ok && mapping.reason !== 'invalid')
    errors.push(mapping.message);
  const mappingFile =
    mapping === undefined
      ? undefined
      : mapping.ok
        ? mapping.file
        : mapping.reason === 'invalid'
          ? mapping.file
          : undefined;
  const files = collectFiles(paths, errors, withCsv, mappingFile);
  if (withCsv && errors.length === 0 && !files.some(isCsv))
    errors.push('--mapping applies to CSV files, and none were given');
  const texts = new Map<string, string>();
  for (const file of files) {
    if (isCsv(file)) continue; // streamed through the mapping below
    const read = readInputText(file);
    if (read.ok) texts.set(file, read.text);
    else errors.push(read.message);
  }
  if (errors.length > 0) {
    for (const message of errors) io.stderr(`community-excellence validate: ${message}\n`);
    return ExitCode.UsageOrIo;
  }

  const results = new Map<string, ValidatedFile>();
  // JSON documents: parsed one by one, then validated together.
  const jsonFiles: JsonEntry[] = files
    .filter((f) => extname(f).toLowerCase() !== '.ndjson' && !isCsv(f))
    .map((file) => ({ file, text: texts.get(file) ?? '' }));
  const documents: { file: string; value: unknown }[] = [];
  for (const { file, text } of jsonFiles) {
    const parsed = parseJson(text);
    if (parsed.ok) documents.push({ file, value: parsed.value });
    else
      results.set(file, {
        file,
        kind: null,
        ok: false,
        issues: [malformed(file, parsed.message, parsed.row, parsed.column)],
      });
  }
  const set = validateDocumentSet(documents.map((d) => d.value));
  const issuesByIndex = new Map<number, Issue[]>();
  for (const issue of set.issues) {
    const [index, ...rest] = issue.path;
    const key = typeof index === 'number' ? index : -1;
    const list = issuesByIndex.get(key) ?? [];
    list.push({ ...issue, path: rest } as Issue);
    issuesByIndex.set(key, list);
  }
  const indicators: Indicator[] = [];
  documents.forEach((doc, index) => {
    const entry = set.documents[index];
    const issues = (issuesByIndex.get(index) ?? []).map((issue) => withFile(issue, doc.file));
    const rawKind =
      typeof doc.value === 'object' && doc.value !== null
        ? (doc.value as { kind?: unknown }).kind
        : undefined;
    const kind = entry?.result.ok
      ? entry.result.value.kind
      : typeof rawKind === 'string'
        ? rawKind
        : null;
    if (entry?.result.ok && entry.result.value.kind === 'indicator-set')
      indicators.push(...entry.result.value.indicators);
    results.set(doc.file, {
      file: doc.file,
      kind,
      ok: !issues.some((i) => i.severity === 'error'),
      issues,
    });
  });

  // NDJSON: one observation row per line, checked against the run's indicator sets when there are any.
  for (const file of files.filter((f) => extname(f).toLowerCase() === '.ndjson')) {
    const issues: Issue[] = [];
    (texts.get(file) ?? '').split('\n').forEach((line, lineIndex) => {
      const row = lineIndex + 1;
      if (line.trim() === '') return;
      const parsed = parseJson(line);
      if (!parsed.ok) {
        issues.push(malformed(file, parsed.message, row, parsed.column));
        return;
      }
      const result = validateObservation(parsed.value, indicators.length > 0 ? { indicators } : {});
      for (const issue of result.issues) issues.push(withFile(issue, file, { row }));
    });
    results.set(file, {
      file,
      kind: 'observation',
      ok: !issues.some((i) => i.severity === 'error'),
      issues,
    });
  }

  // CSV: every row through the mapping, checked against the run's indicator sets too. A mapping file
  // that is not a valid mapping is reported as its own entry, and the CSV files are not read.
  const leading: ValidatedFile[] = [];
  if (mapping !== undefined && !mapping.ok && mapping.reason === 'invalid') {
    leading.push({ file: mapping.file, kind: 'import-mapping', ok: false, issues: mapping.issues });
  } else if (mapping?.ok === true) {
    for (const file of files.filter(isCsv)) {
      const { importCsvFile } = await import('../import/import-csv-file.js');
      const read = await importCsvFile(file, mapping.mapping, {
        ...(indicators.length > 0 ? { indicators } : {}),
        ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
      });
      if (!read.ok) {
        errors.push(read.message);
        continue;
      }
      const issues = [...mapping.issues, ...read.result.issues];
      results.set(file, {
        file,
        kind: 'observation',
        ok: read.result.ok && !issues.some((i) => i.severity === 'error'),
        issues,
      });
    }
    if (errors.length > 0) {
      for (const message of errors) io.stderr(`community-excellence validate: ${message}\n`);
      return ExitCode.UsageOrIo;
    }
  }

  const report = [
    ...leading,
    ...files.flatMap((file) => {
      const entry = results.get(file);
      return entry === undefined ? [] : [entry];
    }),
  ];
  const ok = report.every((entry) => entry.ok);
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify({ ok, files: report }, null, 2)}\n`);
  } else {
    for (const entry of report) {
      io.stdout(
        `${entry.ok ? 'valid  ' : 'INVALID'} ${entry.file}${entry.kind === null ? '' : ` (${entry.kind})`}\n`,
      );
      if (entry.issues.length > 0)
        io.stdout(`${formatIssues(entry.issues, { file: entry.file })}\n`);
    }
    const all = report.flatMap((entry) => entry.issues);
    const errorCount = all.filter((issue) => issue.severity === 'error').length;
    const warningCount = all.filter((issue) => issue.severity === 'warning').length;
    const invalid = report.filter((entry) => !entry.ok).length;
    io.stdout(
      `${ok ? 'All files are valid' : `${invalid} of ${countNoun(report.length, 'file')} ${invalid === 1 ? 'is' : 'are'} invalid`}: ${countNoun(report.length, 'file')}, ${countNoun(errorCount, 'error')}, ${countNoun(warningCount, 'warning')}.\n`,
    );
  }
  return ok ? ExitCode.Ok : ExitCode.InvalidData;
}

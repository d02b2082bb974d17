import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { formatIssues, type Issue } from '@community-excellence/schemas';
import type { ImportStats } from '@community-excellence/theory-of-action/import';
import type { CliIo } from '../cli-io.js';
import { ExitCode } from '../exit-codes.js';
import { writeOutputs } from '../files/write-outputs.js';
import { importCsvFile, type CsvFileImport } from '../import/import-csv-file.js';
import type { CsvFileEncoding } from '../import/encoding-option.js';
import { startProgressBar, type ProgressBar } from '../import/progress-bar.js';
import { resolveMapping } from '../import/resolve-mapping.js';

/**
 * Options of the `import` command.
 */
export interface ImportCommandOptions {
  /** A built-in mapping name or the path of a mapping JSON file. */
  readonly mapping: string;
  /** The observation-set document to write. */
  readonly out: string;
  /** Overwrite `out` when it exists. */
  readonly force: boolean;
  /** Write the valid observations even when some rows have errors (the exit code stays 1). */
  readonly allowInvalid: boolean;
  /** No progress bar, no summary line (issues are still printed). */
  readonly quiet: boolean;
  /** The format of the report on standard output. */
  readonly format: 'text' | 'json';
  /** The id of the observation set. Default: the mapping's id. */
  readonly id?: string;
  /** The encoding of the CSV bytes (`--encoding`). Default: UTF-8. */
  readonly encoding?: CsvFileEncoding;
}

/**
 * The JSON report of `import --format json` (on standard output; the observations go to `out`).
 *
 * @example
 * ```ts
 * const report = JSON.parse(stdout) as ImportReport;
 * if (!report.written) for (const issue of report.issues) console.log(issue.location?.row, issue.code);
 * ```
 */
export interface ImportReport {
  /** No issue is an error. */
  readonly ok: boolean;
  readonly file: string;
  /** The built-in mapping name or the mapping file as given. */
  readonly mapping: string;
  readonly out: string;
  /** Whether `out` was written. */
  readonly written: boolean;
  /** Absent when the mapping could not be used at all. */
  readonly stats: ImportStats | null;
  readonly issues: readonly Issue[];
}

const fail = (io: CliIo, message: string): ExitCode => {
  io.stderr(`community-excellence import: ${message}\n`);
  return ExitCode.UsageOrIo;
};

const describeStats = (stats: ImportStats): string => {
  const kinds = Object.entries(stats.values)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
  const skipped = [
    stats.filteredRows > 0 ? `${stats.filteredRows} filtered out` : '',
    stats.emptyRows > 0 ? `${stats.emptyRows} empty` : '',
  ]
    .filter((part) => part !== '')
    .join(', ');
  return `${stats.rows} rows${skipped === '' ? '' : ` (${skipped})`}, ${stats.observations} observations (${kinds}), ${stats.rejected} rejected, ${stats.errors} errors, ${stats.warnings} warnings`;
};

/**
 * The `import` command: reads a CSV file through a mapping (a built-in name or a mapping JSON
 * file) and writes one validated `observation-set` document to `out`, atomically (a temporary
 * file and a rename), never over an existing file without `force`. The output is deterministic:
 * the same inputs give a byte-identical file.
 *
 * Rows with errors: nothing is written and the exit code is 1, unless `allowInvalid` is set: then
 * the valid observations are written and the exit code is still 1. Exit code 2 on wrong usage
 * (unknown built-in mapping name) and I/O errors (missing or unreadable files, an existing output,
 * an output that cannot be written). A progress bar is drawn on a terminal unless `quiet`.
 *
 * @example
 * ```ts
 * const code = await runImport(processIo(), 'edfactsdownload.csv', { mapping: 'edfacts-acgr', out: 'acgr.json', force: false, allowInvalid: false, quiet: false, format: 'text' });
 * ```
 */
export async function runImport(
  io: CliIo,
  csv: string,
  options: ImportCommandOptions,
): Promise<ExitCode> {
  const out = options.out;
  if (resolve(out) === resolve(csv))
    return fail(io, `--out ${out} is the input file; choose another output file`);
  if (!options.force && existsSync(out))
    return fail(io, `${out} already exists; use --force to overwrite it`);

  const resolved = resolveMapping(options.mapping);
  if (!resolved.ok && resolved.reason !== 'invalid') return fail(io, resolved.message);
  if (resolved.ok && resolved.file !== undefined && resolve(out) === resolve(resolved.file)) {
    return fail(io, `--out ${out} is the mapping file; choose another output file`);
  }
  if (!resolved.ok) {
    // The mapping file is not a usable mapping: invalid data, reported like the rows' issues.
    return report(
      io,
      {
        ok: false,
        file: csv,
        mapping: options.mapping,
        out,
        written: false,
        stats: null,
        issues: resolved.issues,
      },
      options,
    );
  }

  let bar: ProgressBar | undefined;
  let read: CsvFileImport;
  try {
    read = await importCsvFile(csv, resolved.mapping, {
      ...(options.id === undefined ? {} : { setId: options.id }),
      ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
      onOpen: (size) => {
        bar = startProgressBar(io, { total: size, label: basename(csv), quiet: options.quiet });
      },
      onProgress: ({ bytes, rows }) => bar?.update(bytes, rows),
    });
  } finally {
    bar?.stop();
  }
  if (!read.ok) return fail(io, read.message);

  const { result } = read;
  const issues = [...resolved.issues, ...result.issues];
  const ok = result.ok && resolved.issues.every((issue) => issue.severity !== 'error');
  const set = result.set;
  const base = { ok, file: csv, mapping: resolved.label, out, stats: result.stats, issues };
  if (set === undefined || (!ok && !options.allowInvalid))
    return report(io, { ...base, written: false }, options);

  const written = writeOutputs([{ path: out, text: `${JSON.stringify(set, null, 2)}\n` }], {
    force: options.force,
  });
  if (!written.ok) {
    return written.reason === 'exists'
      ? fail(io, `${out} already exists; use --force to overwrite it`)
      : fail(io, `cannot write ${written.path}: ${written.message}`);
  }
  return report(io, { ...base, written: true }, options);
}

function report(io: CliIo, result: ImportReport, options: ImportCommandOptions): ExitCode {
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    if (result.issues.length > 0) io.stdout(`${formatIssues(result.issues)}\n`);
    if (!options.quiet) {
      const what =
        result.stats === null
          ? `mapping ${result.mapping} is not usable`
          : describeStats(result.stats);
      io.stdout(
        `${result.ok ? 'Imported' : 'INVALID'} ${result.file} with mapping ${result.mapping}: ${what}.\n`,
      );
      if (result.written)
        io.stdout(
          `Wrote ${result.out}${result.ok ? '' : ' (the valid observations only: --allow-invalid)'}.\n`,
        );
      else if (result.stats !== null && result.stats.observations > 0 && !result.ok) {
        io.stdout(
          `Nothing written: fix the errors, or use --allow-invalid to write the ${result.stats.observations} valid observations.\n`,
        );
      } else io.stdout('Nothing written.\n');
    }
  }
  // Exit 0 only when the data is valid and the output was written.
  return result.ok && result.written ? ExitCode.Ok : ExitCode.InvalidData;
}

import { basename } from 'node:path';
import { formatIssues, type Issue } from '@community-excellence/schemas';
import type { ImportBatch, ImportStats } from '@community-excellence/theory-of-action/import';
import type { CliIo } from '../cli-io.js';
import { ExitCode } from '../exit-codes.js';
import { checkInputFile } from '../files/input-file.js';
import { stageOutputs, type WriteOutputsResult } from '../files/write-outputs.js';
import { streamCsvFile, type CsvFileStream } from '../import/import-csv-file.js';
import {
  chooseObservationFormat,
  indicatorSetPathFor,
  observationWriter,
  type ObservationFormat,
} from '../import/observation-output.js';
import type { CsvFileEncoding } from '../import/encoding-option.js';
import { startProgressBar, type ProgressBar } from '../import/progress-bar.js';
import { resolveMapping } from '../import/resolve-mapping.js';
import { countNoun } from '../count-noun.js';

/**
 * Options of the `import` command.
 */
export interface ImportCommandOptions {
  /** A built-in mapping name or the path of a mapping JSON file. */
  readonly mapping: string;
  /** The file to write: an observation-set document (`json`) or observation rows (`ndjson`). */
  readonly out: string;
  /** `json` or `ndjson`; default: from the extension of `out`, else by the input's size (see `chooseObservationFormat`). */
  readonly outFormat?: ObservationFormat;
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
  /** How the observations were written (`ndjson`: rows, with the indicators in `outputs[1]`). */
  readonly outFormat: ObservationFormat;
  /** Whether `out` was written. */
  readonly written: boolean;
  /** The files written (`out`, and for NDJSON the companion indicator set); empty when nothing was. */
  readonly outputs: readonly string[];
  /** Absent when the mapping could not be used at all. */
  readonly stats: ImportStats | null;
  /** The first {@link MAX_REPORTED_ISSUES} issues (in the order they were found). */
  readonly issues: readonly Issue[];
  /** How many more issues were found than `issues` holds (the counts are in `stats`). */
  readonly omittedIssues: number;
}

/**
 * The JSON report of `import --format json` lists at most this many issues (10,000), so the
 * report stays bounded whatever the file's size; `omittedIssues` counts the others. The text
 * report prints every issue as it is found.
 *
 * @example
 * ```ts
 * declare const imported: ImportReport;
 * if (imported.omittedIssues > 0) console.log(`${MAX_REPORTED_ISSUES} issues shown`);
 * ```
 */
export const MAX_REPORTED_ISSUES = 10_000;

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
  return `${countNoun(stats.rows, 'row')}${skipped === '' ? '' : ` (${skipped})`}, ${countNoun(stats.observations, 'observation')} (${kinds}), ${stats.rejected} rejected, ${countNoun(stats.errors, 'error')}, ${countNoun(stats.warnings, 'warning')}`;
};

/**
 * The `import` command: streams a CSV file through a mapping (a built-in name or a mapping JSON
 * file) batch by batch into `out`, never holding the file or the output whole: NDJSON rows (one
 * observation per line, the mapping's indicators in a companion `<out>.indicators.json`
 * indicator set) or one `observation-set` document, written incrementally and byte-identical to
 * `JSON.stringify(set, null, 2)` (see `chooseObservationFormat` for the default). The outputs are
 * written to temporary files and committed as one set at the end (see `stageOutputs`): never
 * over an existing file without `force` (even one created meanwhile by another run), never over
 * the CSV or the mapping file (same device and inode, through links too). The output is
 * deterministic: the same inputs give byte-identical files.
 *
 * Rows with errors: nothing is written and the exit code is 1, unless `allowInvalid` is set: then
 * the valid observations are written and the exit code is still 1. Text reports print the issues
 * as they are found; JSON reports list the first {@link MAX_REPORTED_ISSUES}. Exit code 2 on wrong
 * usage (unknown built-in mapping name) and I/O errors (a missing file, a file that is not a
 * regular file, an existing output, an output that is an input, an output that cannot be
 * written). A progress bar is drawn on a terminal unless `quiet`.
 *
 * @example
 * ```ts
 * const code = await runImport(processIo(), 'edfactsdownload.csv', { mapping: 'edfacts-acgr', out: 'acgr.ndjson', force: false, allowInvalid: false, quiet: false, format: 'text' });
 * ```
 */
export async function runImport(
  io: CliIo,
  csv: string,
  options: ImportCommandOptions,
): Promise<ExitCode> {
  const out = options.out;
  const resolved = resolveMapping(options.mapping);
  if (!resolved.ok && resolved.reason !== 'invalid') return fail(io, resolved.message);
  const mappingFile = resolved.ok ? resolved.file : resolved.file;
  const inputs = mappingFile === undefined ? [csv] : [csv, mappingFile];
  const checked = checkInputFile(csv);
  if (!checked.ok) return fail(io, checked.message);
  const outFormat = chooseObservationFormat(out, options.outFormat, checked.size);
  if (!resolved.ok) {
    // The mapping file is not a usable mapping: invalid data, reported like the rows' issues.
    return report(
      io,
      {
        ok: false,
        file: csv,
        mapping: options.mapping,
        out,
        outFormat,
        written: false,
        outputs: [],
        stats: null,
        issues: resolved.issues,
        omittedIssues: 0,
      },
      options,
    );
  }
  const mapping = resolved.mapping;
  const writer = observationWriter(outFormat, mapping, options.id);
  const indicatorText = writer.indicatorSet();
  const paths = indicatorText === undefined ? [out] : [out, indicatorSetPathFor(out)];
  const staged = stageOutputs(paths, { force: options.force, inputs });
  if (!staged.ok) return writeFailure(io, staged);
  const { outputs } = staged;

  const json = options.format === 'json';
  const issues: Issue[] = [];
  let omittedIssues = 0;
  const take = (found: readonly Issue[]): void => {
    if (found.length === 0) return;
    if (!json) io.stdout(`${formatIssues(found)}\n`);
    for (const issue of found) {
      if (issues.length < MAX_REPORTED_ISSUES) issues.push(issue);
      else omittedIssues += 1;
    }
  };
  take(resolved.issues);
  const main = outputs.file(out);
  let bar: ProgressBar | undefined;
  let streamed: CsvFileStream;
  try {
    main.write(writer.start());
    streamed = await streamCsvFile(
      csv,
      mapping,
      (batch: ImportBatch) => {
        take(batch.issues);
        if (batch.observations.length > 0) main.write(writer.rows(batch.observations));
      },
      {
        ...(options.id === undefined ? {} : { setId: options.id }),
        ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
        onOpen: (size) => {
          bar = startProgressBar(io, { total: size, label: basename(csv), quiet: options.quiet });
        },
        onProgress: ({ bytes, rows }) => bar?.update(bytes, rows),
      },
    );
    if (streamed.ok) main.write(writer.end());
  } catch (error) {
    outputs.abort();
    return fail(
      io,
      `cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    bar?.stop();
  }
  if (!streamed.ok) {
    outputs.abort();
    return fail(io, streamed.message);
  }
  const stats: ImportStats = streamed.stats;
  const mappingBroken = resolved.issues.some((issue) => issue.severity === 'error');
  const ok = stats.errors === 0 && !mappingBroken;
  const base = {
    ok,
    file: csv,
    mapping: resolved.label,
    out,
    outFormat,
    stats,
    issues,
    omittedIssues,
  };
  const nothing = stats.observations === 0 && !ok;
  if (nothing || (!ok && !options.allowInvalid)) {
    outputs.abort();
    return report(io, { ...base, written: false, outputs: [] }, options);
  }
  if (indicatorText !== undefined) {
    try {
      outputs.file(paths[1]!).write(indicatorText);
    } catch (error) {
      outputs.abort();
      return fail(
        io,
        `cannot write ${paths[1]}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  const written = outputs.commit();
  if (!written.ok) return writeFailure(io, written);
  return report(io, { ...base, written: true, outputs: written.written }, options);
}

function writeFailure(io: CliIo, failure: Exclude<WriteOutputsResult, { ok: true }>): ExitCode {
  if (failure.reason === 'exists')
    return fail(io, `${failure.existing.join(', ')} already exists; use --force to overwrite it`);
  if (failure.reason === 'same-file')
    return fail(
      io,
      `--out ${failure.path} is the input file ${failure.input} (the same file on disk); choose another output file`,
    );
  return fail(io, `cannot write ${failure.path}: ${failure.message}`);
}

function report(io: CliIo, result: ImportReport, options: ImportCommandOptions): ExitCode {
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    // The issues were printed as they were found (a mapping that is not usable: here).
    if (result.stats === null && result.issues.length > 0)
      io.stdout(`${formatIssues(result.issues)}\n`);
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
          `Wrote ${result.outputs.join(' and ')}${result.ok ? '' : ' (the valid observations only: --allow-invalid)'}.\n`,
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

import { statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { formatIssues } from '@community-excellence/schemas';
import type { CliIo } from '../cli-io.js';
import { ExitCode } from '../exit-codes.js';
import { readJsonFile } from '../files/read-json-file.js';
import { writeOutputs, type OutputFile } from '../files/write-outputs.js';
import { mappingChoiceText } from '../import/mapping-choice-text.js';
import type { RawCsvInput } from '../import/raw-csv-input.js';
import {
  KNOWN_SOURCE_CITATIONS,
  parseCitationTable,
  type SourceCitation,
} from '../report/citations.js';
import { parseOutcomeFlags } from '../partnership/outcome-flags.js';
import { placeRefusal } from '../partnership/place-refusal.js';
import { referenceWarnings } from '../partnership/reference-check.js';
import { readReportFolder, type FolderFile } from '../report/read-folder.js';
import { evidenceHint } from '../report/evidence-hint.js';
import { renderReport } from '../report/render-report.js';
import { REPORT_FILES } from '../report/write-report.js';
import { dateOptionProblem } from './calendar-date.js';
import { writeFeedbackOnly } from './report-feedback.js';
import { readReportInputs } from './report-inputs.js';

/** Options of the `report` command. */
export interface ReportOptions {
  /** Output folder; default `<folder>/report`. */
  readonly out?: string;
  readonly force?: boolean;
  readonly format?: 'text' | 'json';
  /** A date (YYYY-MM-DD) to print as "Prepared on"; the report has no date otherwise. */
  readonly date?: string;
  /** The roadmap target (`--target`): points, or a mean item percent for a framework without points. */
  readonly target?: string;
  /** A JSON file of citation lines keyed by source, merged over the built-in table. */
  readonly citations?: string;
  /** The place of the outcome data to report on (`--place`: a code or level:code); default: the evidence's geography. */
  readonly place?: string;
  /** Reference groups (`--reference dimension=group`, repeatable). */
  readonly reference?: readonly string[];
  /** What a gap change is tested against (`--gap-uncertainty`). */
  readonly gapUncertainty?: string;
  /** Write the feedback report alone (`feedback.html`, `feedback.md`) instead of the full report. */
  readonly feedback?: boolean;
  /** The mapping of every raw CSV input (`--mapping`: a built-in name or a mapping file); default: recognised or inferred per file. */
  readonly mapping?: string;
}

const NAME = 'community-excellence report';

/**
 * The default output folder of `report <folder>`: a `report` folder inside it (documents are read
 * only from the folder itself, so the report is never read back as input). For files, the folder
 * of the first file.
 *
 * @example
 * ```ts
 * defaultReportOut('examples/riverbend'); // 'examples/riverbend/report'
 * ```
 */
export function defaultReportOut(folder: string): string {
  return join(folder, 'report');
}

/**
 * The files the inferred mappings of raw CSV inputs are written to, beside the report, one per
 * input in order: `<out>/<csv name without extension>.mapping.json`, and `<name>-2.mapping.json`,
 * `-3` ... for a name an earlier input of the same run already took (two `data.csv` files from
 * different folders), so no mapping file is written over another.
 *
 * @example
 * ```ts
 * inferredMappingPaths('out', ['2023/grad rates.csv', '2024/grad rates.csv']);
 * // ['out/grad rates.mapping.json', 'out/grad rates-2.mapping.json']
 * ```
 */
export function inferredMappingPaths(out: string, csvFiles: readonly string[]): string[] {
  const taken = new Set<string>();
  return csvFiles.map((csv) => {
    const name = basename(csv, extname(csv));
    let path = join(out, `${name}.mapping.json`);
    for (let n = 2; taken.has(path); n += 1) path = join(out, `${name}-${n}.mapping.json`);
    taken.add(path);
    return path;
  });
}

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** The JSON summary of how each raw CSV input was mapped (`--format json`). */
const mappingSummary = (inputs: readonly RawCsvInput[], out: string): unknown[] => {
  const files = inferredMappingPaths(
    out,
    inputs.map((input) => input.file),
  );
  return inputs.map((input, index) => ({
    file: input.file,
    how: input.choice.how,
    mapping: input.choice.label,
    ...(input.choice.how === 'inferred'
      ? {
          mappingFile: files[index],
          guesses: input.choice.inferred.guesses,
          undecided: input.choice.inferred.undecided,
        }
      : {}),
    stats: input.result.stats,
  }));
};

function loadCitations(
  file: string | undefined,
): { ok: true; table: Readonly<Record<string, SourceCitation>> } | { ok: false; message: string } {
  if (file === undefined) return { ok: true, table: KNOWN_SOURCE_CITATIONS };
  const read = readJsonFile(file);
  if (!read.ok)
    return {
      ok: false,
      message: read.reason === 'io' ? read.message : `${file}: ${read.issue.message}`,
    };
  const parsed = parseCitationTable(read.value);
  if (!parsed.ok) return { ok: false, message: `${file}: ${parsed.problems.join('; ')}` };
  return { ok: true, table: { ...KNOWN_SOURCE_CITATIONS, ...parsed.table } };
}

function printIssues(io: CliIo, files: readonly FolderFile[]): void {
  for (const file of files) {
    if (file.issues.length === 0) continue;
    io.stderr(
      `${file.ok ? 'valid  ' : 'INVALID'} ${file.file}${file.kind === null ? '' : ` (${file.kind})`}\n${formatIssues(file.issues, { file: file.file })}\n`,
    );
  }
}

/**
 * The `report <folder>` (or `report <files...>`) command: reads and validates every `*.json`
 * document in the folder, or the documents and raw CSV outcome files given, then writes
 * `report.html` (self-contained, with charts) and `report.md` into `--out` (default
 * `<folder>/report`, or `report` beside the first file), never overwriting without `--force`. A
 * raw CSV file is read through `--mapping`, else the built-in mapping recognised from its header,
 * else a mapping inferred from its header and first rows: the mapping used is printed (an
 * inferred one with every guess and its evidence) and an inferred mapping is written beside the
 * report as `<name>.mapping.json`, in the same all-or-nothing set as the report. The outcomes are
 * those of the place `--place` names, else the partnership evidence's geography, else the only
 * place of the data; when the data hold several places and none is chosen, nothing is written
 * and the command refuses (exit 1) with the candidate places and a hint. Without partnership
 * evidence the report covers the outcomes and says what evidence would enable the
 * theory-of-action check. A `--reference` group the data do not have is warned about, with the
 * groups they have. Exit code 0 when written, 1 when the documents are invalid, no mapping fits
 * a CSV file or no place can be chosen (nothing written), 2 for usage and I/O errors (nothing
 * written).
 *
 * @example
 * ```ts
 * const code = await runReport(processIo(), 'examples/riverbend', { out: 'out', force: true });
 * const fromCsv = await runReport(processIo(), ['data.csv'], { place: '01001', out: 'out' });
 * ```
 */
export async function runReport(
  io: CliIo,
  inputs: string | readonly string[],
  options: ReportOptions = {},
): Promise<ExitCode> {
  const list = typeof inputs === 'string' ? [inputs] : inputs;
  const [first = ''] = list;
  const folder = list.length === 1 && isFolder(first) ? first : undefined;
  const json = options.format === 'json';
  const usage = (message: string): ExitCode => {
    io.stderr(`${NAME}: ${message}\n`);
    return ExitCode.UsageOrIo;
  };
  const badDate =
    options.date === undefined ? undefined : dateOptionProblem('--date', options.date);
  if (badDate !== undefined) return usage(badDate);
  const target = options.target === undefined ? undefined : Number(options.target);
  if (
    target !== undefined &&
    (options.target!.trim() === '' || !Number.isFinite(target) || target < 0)
  )
    return usage(
      `--target must be a number of points (or a mean item percent without points), 0 or more, not ${JSON.stringify(options.target)}`,
    );
  const citations = loadCitations(options.citations);
  if (!citations.ok) return usage(`--citations: ${citations.message}`);
  const outcomeFlags = parseOutcomeFlags(options);
  if (!outcomeFlags.ok) return usage(outcomeFlags.message);
  const { place, referenceGroups, gapUncertainty } = outcomeFlags.flags;

  if (folder === undefined && options.feedback === true)
    return usage('--feedback reads a folder of documents, not files');
  const out = options.out ?? defaultReportOut(folder ?? dirname(first));
  const read =
    folder === undefined
      ? await readReportInputs(
          list,
          options.mapping === undefined ? {} : { mapping: options.mapping },
        )
      : { ...readReportFolder(folder), csv: [] as readonly RawCsvInput[] };
  if (!read.ok && read.reason === 'io') return usage(read.message);
  const csv = read.ok || read.reason === 'invalid' ? read.csv : [];
  if (!json) for (const input of csv) io.stdout(mappingChoiceText(input));
  if (!read.ok) {
    if (json)
      io.stdout(
        `${JSON.stringify({ ok: false, files: read.files, mappings: mappingSummary(csv, out), written: [] }, null, 2)}\n`,
      );
    else printIssues(io, read.files);
    const invalid = read.files.filter((f) => !f.ok).length;
    const message = 'message' in read ? read.message : undefined;
    io.stderr(
      message !== undefined
        ? `${NAME}: ${message}; nothing written.\n`
        : `${NAME}: ${invalid} of ${read.files.length} files${folder === undefined ? '' : ` in ${folder}`} are invalid; nothing written.\n`,
    );
    return ExitCode.InvalidData;
  }
  if (!json) printIssues(io, read.files);

  const report = renderReport({
    documents: read.documents,
    citations: citations.table,
    ...(target === undefined ? {} : { roadmapTarget: target }),
    ...(options.date === undefined ? {} : { date: options.date }),
    ...(place === undefined ? {} : { place }),
    ...(referenceGroups === undefined ? {} : { referenceGroups }),
    ...(gapUncertainty === undefined ? {} : { gapUncertainty }),
  });
  if (options.feedback === true)
    return writeFeedbackOnly(io, report.model, read.files, out, {
      force: options.force === true,
      json,
    });
  // No silent pick among places: a report about another place than the community's is refused.
  const refusal = placeRefusal(report.model.analysis);
  if (refusal !== null) {
    if (json)
      io.stdout(
        `${JSON.stringify({ ok: false, files: read.files, issues: [refusal.issue], written: [] }, null, 2)}\n`,
      );
    io.stderr(`${NAME}: ${refusal.message}\n${refusal.hint}\n${NAME}: nothing written.\n`);
    return ExitCode.InvalidData;
  }
  for (const warning of referenceWarnings(report.model.analysis, referenceGroups))
    io.stderr(`${NAME}: warning: ${warning}\n`);
  // The report and the inferred mappings beside it are written as one set: all or none.
  const paths = { html: join(out, REPORT_FILES.html), markdown: join(out, REPORT_FILES.markdown) };
  const mappingPaths = inferredMappingPaths(
    out,
    csv.map((input) => input.file),
  );
  const mappingFiles: OutputFile[] = csv.flatMap((input, index) =>
    input.choice.how === 'inferred'
      ? [
          {
            path: mappingPaths[index] as string,
            text: `${JSON.stringify(input.mapping, null, 2)}\n`,
          },
        ]
      : [],
  );
  const write = writeOutputs(
    [
      { path: paths.html, text: report.html },
      { path: paths.markdown, text: report.markdown },
      ...mappingFiles,
    ],
    {
      force: options.force === true,
      // Never over an input: the files given, and those read inside a folder given.
      inputs: list.flatMap((input) => [
        input,
        ...read.files.map((entry) => entry.file),
        ...read.files.map((entry) => join(input, entry.file)),
      ]),
    },
  );
  if (!write.ok) {
    if (write.reason === 'exists') {
      for (const file of write.existing)
        io.stderr(`${NAME}: ${file} exists (use --force to overwrite)\n`);
      io.stderr(`${NAME}: nothing written.\n`);
    } else io.stderr(`${NAME}: cannot write ${write.path}: ${write.message}\n`);
    return ExitCode.UsageOrIo;
  }
  const hint = evidenceHint(report.model);
  if (json) {
    io.stdout(
      `${JSON.stringify(
        {
          ok: true,
          files: read.files,
          ...(csv.length === 0 ? {} : { mappings: mappingSummary(csv, out) }),
          ...(hint.length === 0 ? {} : { evidenceHint: hint }),
          written: write.written,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    const { model } = report;
    io.stdout(
      `Report on ${model.title} from ${read.documents.length} ${read.documents.length === 1 ? 'document' : 'documents'}:\n  ${paths.html}\n  ${paths.markdown}\n`,
    );
    for (const file of mappingFiles)
      io.stdout(
        `Inferred mapping written to ${file.path}: edit it and pass it back with --mapping ${file.path}\n`,
      );
    for (const paragraph of hint) io.stdout(`${paragraph}\n`);
  }
  return ExitCode.Ok;
}

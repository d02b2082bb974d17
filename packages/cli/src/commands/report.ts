import { join } from 'node:path';
import { formatIssues } from '@community-excellence/schemas';
import type { CliIo } from '../cli-io.js';
import { ExitCode } from '../exit-codes.js';
import { readJsonFile } from '../files/read-json-file.js';
import {
  KNOWN_SOURCE_CITATIONS,
  parseCitationTable,
  type SourceCitation,
} from '../report/citations.js';
import { parseOutcomeFlags } from '../partnership/outcome-flags.js';
import { placeRefusal } from '../partnership/place-refusal.js';
import { referenceWarnings } from '../partnership/reference-check.js';
import { readReportFolder, type FolderFile } from '../report/read-folder.js';
import { renderReport } from '../report/render-report.js';
import { writeRenderedReport } from '../report/write-report.js';
import { dateOptionProblem } from './calendar-date.js';
import { writeFeedbackOnly } from './report-feedback.js';

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
}

const NAME = 'community-excellence report';

/**
 * The default output folder of `report <folder>`: a `report` folder inside it (documents are read
 * only from the folder itself, so the report is never read back as input).
 *
 * @example
 * ```ts
 * defaultReportOut('examples/riverbend'); // 'examples/riverbend/report'
 * ```
 */
export function defaultReportOut(folder: string): string {
  return join(folder, 'report');
}

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
 * The `report <folder>` command: reads and validates every `*.json` document in the folder, then
 * writes `report.html` (self-contained, with charts) and `report.md` into `--out` (default
 * `<folder>/report`), atomically, never overwriting without `--force`. The outcomes are those of
 * the place `--place` names, else the partnership evidence's geography, else the only place of the
 * data; when the data hold several places and none is chosen, nothing is written and the command
 * refuses (exit 1) with the candidate places and a hint. A `--reference` group the data do not have
 * is warned about, with the groups they have. Exit code 0 when written, 1 when the documents are
 * invalid or no place can be chosen (nothing written), 2 for usage and I/O errors (nothing
 * written).
 *
 * @example
 * ```ts
 * const code = await runReport(processIo(), 'examples/riverbend', { out: 'out', force: true });
 * ```
 */
export async function runReport(
  io: CliIo,
  folder: string,
  options: ReportOptions = {},
): Promise<ExitCode> {
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

  const read = readReportFolder(folder);
  if (!read.ok && read.reason === 'io') return usage(read.message);
  if (!read.ok) {
    if (json)
      io.stdout(`${JSON.stringify({ ok: false, files: read.files, written: [] }, null, 2)}\n`);
    else printIssues(io, read.files);
    const invalid = read.files.filter((f) => !f.ok).length;
    io.stderr(
      `${NAME}: ${invalid} of ${read.files.length} files in ${folder} are invalid; nothing written.\n`,
    );
    return ExitCode.InvalidData;
  }
  if (!json) printIssues(io, read.files);

  const out = options.out ?? defaultReportOut(folder);
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
  const result = writeRenderedReport(report, out, {
    force: options.force === true,
    inputs: read.files.map((entry) => join(folder, entry.file)),
  });
  if (!result.write.ok) {
    if (result.write.reason === 'exists') {
      for (const file of result.write.existing)
        io.stderr(`${NAME}: ${file} exists (use --force to overwrite)\n`);
      io.stderr(`${NAME}: nothing written.\n`);
    } else io.stderr(`${NAME}: cannot write ${result.write.path}: ${result.write.message}\n`);
    return ExitCode.UsageOrIo;
  }
  if (json) {
    io.stdout(
      `${JSON.stringify({ ok: true, files: read.files, written: result.write.written }, null, 2)}\n`,
    );
  } else {
    const { model } = result.report;
    io.stdout(
      `Report on ${model.title} from ${read.documents.length} documents:\n  ${result.paths.html}\n  ${result.paths.markdown}\n`,
    );
  }
  return ExitCode.Ok;
}

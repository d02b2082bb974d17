import { join } from 'node:path';
import { writeOutputs, type WriteOutputsResult } from '../files/write-outputs.js';
import type { ReportInput } from './model.js';
import { renderReport, type RenderedReport } from './render-report.js';

/**
 * The file names a report is written as, inside its output folder.
 *
 * @example
 * ```ts
 * REPORT_FILES.html; // 'report.html'
 * ```
 */
export const REPORT_FILES = { html: 'report.html', markdown: 'report.md' } as const;

/**
 * What {@link writeReport} did: the write result (refused when a file exists and `force` is not
 * set: then nothing is written) and the rendered report.
 *
 * @example
 * ```ts
 * declare const result: WriteReportResult;
 * if (result.write.ok) console.log(result.write.written);
 * ```
 */
export interface WriteReportResult {
  readonly write: WriteOutputsResult;
  readonly report: RenderedReport;
  readonly paths: { readonly html: string; readonly markdown: string };
}

/**
 * Renders a report and writes `report.html` and `report.md` into `out` as one set (temporary files,
 * then both or neither; see `writeOutputs`). Without `force`, nothing is written when either file exists.
 *
 * @example
 * ```ts
 * const result = writeReport({ documents }, 'out/report', { force: false });
 * result.paths.html; // 'out/report/report.html'
 * ```
 */
export function writeReport(
  input: ReportInput,
  out: string,
  options: { readonly force: boolean; readonly inputs?: readonly string[] },
): WriteReportResult {
  return writeRenderedReport(renderReport(input), out, options);
}

/**
 * Writes a report already rendered (see {@link writeReport}): `report.html` and `report.md` into
 * `out`, as one set (both or neither); without `force`, nothing is written when either file
 * exists; an output that is one of `inputs` (the same file on disk) is refused. For a
 * caller that reads the rendered report before deciding to write it.
 *
 * @example
 * ```ts
 * const report = renderReport({ documents });
 * if (report.model.analysis.place !== null) writeRenderedReport(report, 'out/report', { force: false });
 * ```
 */
export function writeRenderedReport(
  report: RenderedReport,
  out: string,
  options: { readonly force: boolean; readonly inputs?: readonly string[] },
): WriteReportResult {
  const paths = { html: join(out, REPORT_FILES.html), markdown: join(out, REPORT_FILES.markdown) };
  const write = writeOutputs(
    [
      { path: paths.html, text: report.html },
      { path: paths.markdown, text: report.markdown },
    ],
    { force: options.force, ...(options.inputs === undefined ? {} : { inputs: options.inputs }) },
  );
  return { write, report, paths };
}

import { join } from 'node:path';
import { writeOutputs, type WriteOutputsResult } from '../files/write-outputs.js';
import type { RenderedFeedbackReport } from './feedback-report.js';

/**
 * The file names a feedback report is written as, inside its output folder.
 *
 * @example
 * ```ts
 * FEEDBACK_FILES.html; // 'feedback.html'
 * ```
 */
export const FEEDBACK_FILES = { html: 'feedback.html', markdown: 'feedback.md' } as const;

/**
 * Writes a rendered feedback report as `feedback.html` and `feedback.md` into `out`, each
 * atomically (a temporary file and a rename); without `force`, nothing is written when either
 * file exists.
 *
 * @example
 * ```ts
 * declare const rendered: RenderedFeedbackReport;
 * const result = writeFeedbackReport(rendered, 'out/report', { force: false });
 * if (result.write.ok) console.log(result.paths.html); // 'out/report/feedback.html'
 * ```
 */
export function writeFeedbackReport(
  report: RenderedFeedbackReport,
  out: string,
  options: { readonly force: boolean },
): {
  readonly write: WriteOutputsResult;
  readonly paths: { readonly html: string; readonly markdown: string };
} {
  const paths = {
    html: join(out, FEEDBACK_FILES.html),
    markdown: join(out, FEEDBACK_FILES.markdown),
  };
  const write = writeOutputs(
    [
      { path: paths.html, text: report.html },
      { path: paths.markdown, text: report.markdown },
    ],
    { force: options.force },
  );
  return { write, paths };
}

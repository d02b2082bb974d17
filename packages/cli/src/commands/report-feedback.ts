import type { CliIo } from '../cli-io.js';
import { ExitCode } from '../exit-codes.js';
import { renderFeedbackReport } from '../report/feedback-report.js';
import type { ReportModel } from '../report/model.js';
import type { FolderFile } from '../report/read-folder.js';
import { writeFeedbackReport } from '../report/write-feedback-report.js';

const NAME = 'community-excellence report';

/**
 * `report --feedback`: writes the feedback report alone (`feedback.html` and `feedback.md`) into
 * `out`, atomically, never over an existing file without `force` (then nothing is written).
 * Prints the paths (text) or `{ ok, files, written }` (JSON). Exit code 0 when written, 2 when a
 * file exists or cannot be written.
 *
 * @example
 * ```ts
 * declare const model: ReportModel;
 * declare const files: readonly FolderFile[];
 * const code = writeFeedbackOnly(processIo(), model, files, 'out', { force: false, json: false });
 * ```
 */
export function writeFeedbackOnly(
  io: CliIo,
  model: ReportModel,
  files: readonly FolderFile[],
  out: string,
  options: { readonly force: boolean; readonly json: boolean },
): ExitCode {
  const rendered = renderFeedbackReport({
    title: model.title,
    date: model.date,
    sections: model.feedback,
  });
  const result = writeFeedbackReport(rendered, out, { force: options.force });
  if (!result.write.ok) {
    if (result.write.reason === 'exists') {
      for (const file of result.write.existing)
        io.stderr(`${NAME}: ${file} exists (use --force to overwrite)\n`);
      io.stderr(`${NAME}: nothing written.\n`);
    } else io.stderr(`${NAME}: cannot write ${result.write.path}: ${result.write.message}\n`);
    return ExitCode.UsageOrIo;
  }
  if (options.json)
    io.stdout(`${JSON.stringify({ ok: true, files, written: result.write.written }, null, 2)}\n`);
  else
    io.stdout(
      `Feedback report on ${model.title} (${model.feedback.length} ${model.feedback.length === 1 ? 'assessment' : 'assessments'}):\n  ${result.paths.html}\n  ${result.paths.markdown}\n`,
    );
  return ExitCode.Ok;
}

import type { Assessment } from '@community-excellence/schemas';
import type { CliIo } from '../cli-io.js';
import { ExitCode } from '../exit-codes.js';
import { reportInvalid, type DataFormat } from './issue-output.js';
import { readDocumentFile } from './read-document-file.js';
import { resolveFramework, type FrameworkResolution } from './resolve-framework.js';

/** An assessment file read and validated, with the framework it is scored against. */
export interface AssessmentInput {
  readonly assessment: Assessment;
  readonly resolved: Extract<FrameworkResolution, { ok: true }>;
}

/**
 * Reads an assessment file and resolves its framework (`--framework` id or file, else the one the
 * assessment names), as `coe score` and `coe feedback` both do. On a problem it reports it and
 * returns the exit code: 2 for an unreadable file or an unknown framework (a one-line message
 * through `fail`), 1 for invalid data (an invalid framework file is reported together with the
 * assessment's own problems).
 *
 * @example
 * ```ts
 * declare const io: CliIo;
 * const input = readAssessmentInput(io, 'assessment.json', { format: 'text' }, 'score', (m) => {
 *   io.stderr(`${m}\n`);
 *   return ExitCode.UsageOrIo;
 * });
 * if (typeof input !== 'number') console.log(input.assessment.id, input.resolved.framework.id);
 * ```
 */
export function readAssessmentInput(
  io: CliIo,
  file: string,
  options: { readonly framework?: string; readonly format: DataFormat },
  command: string,
  fail: (message: string) => ExitCode,
): AssessmentInput | ExitCode {
  let resolved: FrameworkResolution | undefined;
  if (options.framework !== undefined) {
    resolved = resolveFramework(options.framework, '');
    if (!resolved.ok && resolved.reason !== 'invalid') return fail(resolved.message);
  }
  const read = readDocumentFile(
    file,
    ['assessment'],
    resolved?.ok === true && resolved.from === 'file' ? { frameworks: [resolved.framework] } : {},
  );
  if (!read.ok && read.reason === 'io') return fail(read.message);
  if (resolved !== undefined && !resolved.ok && resolved.reason === 'invalid') {
    // An invalid framework file: report it together with the assessment's own problems.
    reportInvalid(io, command, options.format, [
      ...resolved.issues,
      ...(read.ok ? [] : read.issues),
    ]);
    return ExitCode.InvalidData;
  }
  if (!read.ok) {
    reportInvalid(io, command, options.format, read.issues);
    return ExitCode.InvalidData;
  }
  const assessment = read.document;
  resolved ??= resolveFramework(undefined, assessment.framework.id);
  if (!resolved.ok) {
    if (resolved.reason === 'invalid') {
      reportInvalid(io, command, options.format, resolved.issues);
      return ExitCode.InvalidData;
    }
    return fail(resolved.message);
  }
  return { assessment, resolved };
}

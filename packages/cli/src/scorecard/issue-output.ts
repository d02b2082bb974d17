import { formatIssues, type Issue } from '@community-excellence/schemas';
import type { CliIo } from '../cli-io.js';

/** The output formats of the `score`, `check` and `cohort` commands. */
export type DataFormat = 'text' | 'json' | 'markdown';

/**
 * Reports invalid input: with `--format json`, `{ "ok": false, "issues": [...] }` on standard
 * output (structured issues with file, path, code and, for malformed JSON, row and column);
 * otherwise the issues as text lines (`file:row:column severity path code: message`) and a
 * summary on standard error.
 *
 * @example
 * ```ts
 * reportInvalid(io, 'score', 'text', read.issues); // then return ExitCode.InvalidData
 * ```
 */
export function reportInvalid(
  io: CliIo,
  command: string,
  format: DataFormat,
  issues: readonly Issue[],
): void {
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ ok: false, issues }, null, 2)}\n`);
    return;
  }
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  io.stderr(`${formatIssues(issues)}\n`);
  io.stderr(
    `community-excellence ${command}: invalid input (${errors} ${errors === 1 ? 'error' : 'errors'}).\n`,
  );
}

/**
 * Writes warnings and infos that did not stop a command to standard error (text and Markdown
 * output only; JSON output carries them in its own `issues`). Nothing is written when there are none.
 *
 * @example
 * ```ts
 * reportWarnings(io, scored.issues);
 * ```
 */
export function reportWarnings(io: CliIo, issues: readonly Issue[]): void {
  if (issues.length > 0) io.stderr(`${formatIssues(issues)}\n`);
}

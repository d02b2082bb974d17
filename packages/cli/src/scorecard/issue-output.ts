import { formatIssues, type Issue } from '@community-excellence/schemas';
import type { CliIo } from '../cli-io.js';

/** The output formats of the `score`, `check` and `cohort` commands. */
export type DataFormat = 'text' | 'json' | 'markdown';

const key = (issue: Issue): string =>
  JSON.stringify([issue.code, issue.severity, issue.path, issue.message, issue.location ?? null]);

/**
 * The issues without repeats (the same code, severity, path, message and location), in first-seen order.
 *
 * @example
 * ```ts
 * uniqueIssues([issue, issue]).length; // 1
 * ```
 */
export function uniqueIssues(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const k = key(issue);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

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
  const unique = uniqueIssues(issues);
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ ok: false, issues: unique }, null, 2)}\n`);
    return;
  }
  const errors = unique.filter((issue) => issue.severity === 'error').length;
  io.stderr(`${formatIssues(unique)}\n`);
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
  const unique = uniqueIssues(issues);
  if (unique.length > 0) io.stderr(`${formatIssues(unique)}\n`);
}

import type { Issue } from '@community-excellence/schemas';
import type { CliIo } from '../cli-io.js';
import { ExitCode } from '../exit-codes.js';
import { reportInvalid, reportWarnings, type DataFormat } from '../scorecard/issue-output.js';
import { parseScope } from '../scorecard/parse-scope.js';
import { readAssessmentInput } from '../scorecard/read-assessment-input.js';
import { inFile } from '../scorecard/read-document-file.js';
import { scoreWithReviews } from '../scorecard/score-with-reviews.js';
import { scorecardMarkdown } from '../scorecard/scorecard-markdown.js';
import { scorecardText } from '../scorecard/scorecard-text.js';

/** Options of the `score` command. */
export interface ScoreCommandOptions {
  readonly format: DataFormat;
  /** A built-in framework id or the path of a framework JSON document; default the assessment's framework. */
  readonly framework?: string;
  /** `all`, a scope id of the framework, or framework codes (`1,2,7.1`); default the assessment's scope. */
  readonly scope?: string;
}

const fail = (io: CliIo, message: string): ExitCode => {
  io.stderr(`community-excellence score: ${message}\n`);
  return ExitCode.UsageOrIo;
};

/**
 * The `score` command: reads and validates an assessment, resolves the framework (`--framework`,
 * else the built-in framework the assessment names), scores the consensus (or the single review)
 * within the scope (`--scope`, else the assessment's) and, when several reviewers rated it,
 * summarizes their reviews (flags, proposals, agreement). Output: text, Markdown
 * ({@link scorecardMarkdown}) or JSON (`{ ok, scorecard, reviews, issues }`, the library's objects).
 * Exit code 0 when scored, 1 on invalid data, 2 on an unreadable file, an unknown framework id,
 * an unknown scope or codes.
 *
 * @example
 * ```ts
 * const code = await runScore(processIo(), 'assessment.json', { format: 'markdown', scope: 'coe-level-2' });
 * ```
 */
export async function runScore(
  io: CliIo,
  file: string,
  options: ScoreCommandOptions,
): Promise<ExitCode> {
  const input = readAssessmentInput(io, file, options, 'score', (message) => fail(io, message));
  if (typeof input === 'number') return input;
  const { assessment, resolved } = input;

  const scope = options.scope === undefined ? undefined : parseScope(options.scope);
  const scored = scoreWithReviews(
    assessment,
    resolved.framework,
    scope === undefined ? {} : { scope },
  );
  const located = (issues: readonly Issue[]): Issue[] =>
    issues.map((issue) => (issue.location?.file === undefined ? inFile(issue, file) : issue));
  if (!scored.ok) {
    const usage = scored.issues.filter(
      (issue) => issue.severity === 'error' && issue.path[0] === 'options',
    );
    if (usage.length > 0)
      return fail(
        io,
        `--scope ${options.scope ?? ''}: ${usage.map((issue) => issue.message).join(' ')}${scopeHint(resolved.framework.scopes)}`,
      );
    reportInvalid(io, 'score', options.format, [...resolved.issues, ...located(scored.issues)]);
    return ExitCode.InvalidData;
  }
  // The scorer ran the one assessment check (every rule validateDocument ran on read, within the
  // scope asked for), so its issues replace the reading's: each issue is printed once.
  const issues = [...resolved.issues, ...located(scored.issues)];
  if (options.format === 'json') {
    io.stdout(
      `${JSON.stringify({ ok: true, scorecard: scored.scorecard, reviews: scored.reviews, issues }, null, 2)}\n`,
    );
    return ExitCode.Ok;
  }
  reportWarnings(io, issues);
  io.stdout(
    options.format === 'markdown'
      ? scorecardMarkdown(scored.scorecard, scored.reviews)
      : scorecardText(scored.scorecard, scored.reviews),
  );
  return ExitCode.Ok;
}

const scopeHint = (scopes: readonly { readonly id: string }[] | undefined): string =>
  ` Use all, framework codes such as 1,2,7.1${scopes === undefined || scopes.length === 0 ? '' : `, or a scope of the framework: ${scopes.map((s) => s.id).join(', ')}`}.`;

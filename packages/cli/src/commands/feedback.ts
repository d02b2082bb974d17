import { runAssessmentCheck, type Issue } from '@community-excellence/schemas';
import { compareCycles, type CycleComparison } from '@community-excellence/scoring';
import type { CliIo } from '../cli-io.js';
import { ExitCode } from '../exit-codes.js';
import { writeOutputs } from '../files/write-outputs.js';
import { buildFeedback } from '../report/feedback-api.js';
import { feedbackPlainLines } from '../report/feedback-plain.js';
import { renderFeedbackMarkdown } from '../report/feedback-report.js';
import {
  sinceLastCycleMarkdown,
  sinceLastCyclePlainLines,
  withSentence,
} from '../report/since-last-cycle.js';
import { reportInvalid, reportWarnings, type DataFormat } from '../scorecard/issue-output.js';
import { parseScope } from '../scorecard/parse-scope.js';
import { readAssessmentInput } from '../scorecard/read-assessment-input.js';
import { inFile } from '../scorecard/read-document-file.js';
import { readPreviousCycle } from './feedback-previous.js';

/** Options of the `feedback` command. */
export interface FeedbackCommandOptions {
  readonly format: DataFormat;
  /** A built-in framework id or the path of a framework JSON document; default the assessment's framework. */
  readonly framework?: string;
  /** `all`, a scope id of the framework, or framework codes (`1,2,7.1`); default the assessment's scope. */
  readonly scope?: string;
  /** A reviewer id: the feedback of that reviewer's review instead of the consensus. */
  readonly reviewer?: string;
  /** The previous cycle's assessment: adds the "Since the last cycle" section. */
  readonly previous?: string;
  /** With `previous`: the action plan whose actions answered the previous cycle's opportunities. */
  readonly plan?: string;
  /** A file to write the output to (atomically; never over an existing file without `force`). */
  readonly out?: string;
  readonly force?: boolean;
}

const NAME = 'community-excellence feedback';

const fail = (io: CliIo, message: string): ExitCode => {
  io.stderr(`${NAME}: ${message}\n`);
  return ExitCode.UsageOrIo;
};

/**
 * The `feedback` command: reads and validates an assessment, resolves the framework
 * (`--framework`, else the one the assessment names), and builds its feedback (the consensus
 * record's findings, or `--reviewer`'s review) within the scope (`--scope`, else the
 * assessment's): summary with bands and maturity explained, key themes, per item the range and
 * descriptor, strengths, opportunities, rationale and what the next range requires, the
 * Community Profile findings, then scores. With `--previous` (and `--plan`) a "Since the last
 * cycle" section follows: the score change of every item and what became of each opportunity of
 * the previous cycle (`compareCycles`). Output: text, Markdown (the feedback report) or JSON
 * (`{ ok, feedback, issues }`, with `sinceLastCycle` after `--previous`), on standard output or into `--out`. Exit code 0 when the
 * feedback is given, 1 on invalid data (or cycles that cannot be scored), 2 on an unreadable
 * file, an unknown framework, scope or reviewer, a previous assessment or plan of another
 * community or framework, or a file that exists (without `--force`).
 *
 * @example
 * ```ts
 * const code = await runFeedback(processIo(), 'assessment.json', { format: 'markdown' });
 * ```
 */
export async function runFeedback(
  io: CliIo,
  file: string,
  options: FeedbackCommandOptions,
): Promise<ExitCode> {
  if (options.plan !== undefined && options.previous === undefined)
    return fail(io, '--plan needs --previous (the cycle whose opportunities the plan answered).');
  const input = readAssessmentInput(io, file, options, 'feedback', (message) => fail(io, message));
  if (typeof input === 'number') return input;
  const { assessment, resolved } = input;

  const scope = options.scope === undefined ? undefined : parseScope(options.scope);
  // The one assessment check, run once within the scope asked for (it covers every rule
  // validateDocument ran on read): the engines below are handed its result and check nothing
  // again, so every issue is printed once.
  const check = runAssessmentCheck(
    assessment,
    resolved.framework,
    scope === undefined ? {} : { scope },
  );
  const feedback = buildFeedback(check.checked ?? assessment, resolved.framework, {
    ...(scope === undefined ? {} : { scope }),
    ...(options.reviewer === undefined ? {} : { source: { reviewerId: options.reviewer } }),
  });
  const usage = [...check.issues, ...feedback.issues].filter(
    (issue) => issue.severity === 'error' && issue.path[0] === 'options',
  );
  if (usage.length > 0)
    return fail(
      io,
      `${options.reviewer !== undefined && usage.some((i) => i.path[1] === 'source') ? `--reviewer ${options.reviewer}` : `--scope ${options.scope ?? ''}`}: ${usage.map((issue) => issue.message).join(' ')}`,
    );
  let comparison: CycleComparison | undefined;
  const cycleIssues: Issue[] = [];
  if (options.previous !== undefined) {
    const cycle = readPreviousCycle(assessment, {
      previous: options.previous,
      ...(options.plan === undefined ? {} : { plan: options.plan }),
      ...(resolved.from === 'file' ? { framework: resolved.framework } : {}),
    });
    if (!cycle.ok) {
      if (cycle.reason === 'refused') return fail(io, cycle.message);
      reportInvalid(io, 'feedback', options.format, cycle.issues);
      return ExitCode.InvalidData;
    }
    // The previous cycle was validated on read (its issues are in cycle.issues); both cycles go to
    // the comparison checked, so it adds only its own issues.
    const previousCheck = runAssessmentCheck(
      cycle.previous,
      resolved.framework,
      scope === undefined ? {} : { scope },
    );
    comparison = compareCycles(
      previousCheck.checked ?? cycle.previous,
      check.checked ?? assessment,
      {
        framework: resolved.framework,
        ...(cycle.plan === undefined ? {} : { plan: cycle.plan }),
        ...(scope === undefined ? {} : { score: { scope } }),
      },
    );
    const previousFile = options.previous;
    const located = comparison.issues.map((issue) =>
      issue.path[0] === 'previous' || issue.path[0] === 'current'
        ? inFile(
            { ...issue, path: issue.path.slice(1) } as Issue,
            issue.path[0] === 'previous' ? previousFile : file,
          )
        : inFile(issue, file),
    );
    if (comparison.diff === null) {
      reportInvalid(io, 'feedback', options.format, located);
      return ExitCode.InvalidData;
    }
    cycleIssues.push(...cycle.issues, ...located);
  }
  const issues: Issue[] = [
    ...resolved.issues,
    ...(check.checked === null ? [] : check.issues),
    ...feedback.issues,
  ].map((issue) => (issue.location?.file === undefined ? inFile(issue, file) : issue));
  issues.push(...cycleIssues);
  const title = assessment.name ?? assessment.id;
  const text =
    options.format === 'json'
      ? `${JSON.stringify(
          comparison === undefined
            ? { ok: true, feedback, issues }
            : {
                ok: true,
                feedback,
                // The comparison's issues are in `issues`, with their files.
                sinceLastCycle: {
                  kind: comparison.kind,
                  previousId: comparison.previousId,
                  currentId: comparison.currentId,
                  diff: comparison.diff,
                  counts: comparison.counts,
                  opportunities: comparison.opportunities.map(withSentence),
                },
                issues,
              },
          null,
          2,
        )}\n`
      : options.format === 'markdown'
        ? renderFeedbackMarkdown({
            title,
            date: null,
            sections: [{ id: assessment.id, name: title, feedback }],
            ...(comparison === undefined ? {} : { after: sinceLastCycleMarkdown(comparison, 2) }),
          })
        : `${[
            ...feedbackPlainLines(title, feedback),
            ...(comparison === undefined ? [] : ['', ...sinceLastCyclePlainLines(comparison)]),
          ].join('\n')}\n`;
  if (options.format !== 'json') reportWarnings(io, issues);
  if (options.out === undefined) {
    io.stdout(text);
    return ExitCode.Ok;
  }
  const inputs = [file, options.framework, options.previous, options.plan].filter(
    (input): input is string => input !== undefined,
  );
  const write = writeOutputs([{ path: options.out, text }], {
    force: options.force === true,
    inputs,
  });
  if (!write.ok)
    return fail(
      io,
      write.reason === 'exists'
        ? `${options.out} exists (use --force to overwrite); nothing written.`
        : `cannot write ${write.path}: ${write.message}`,
    );
  if (options.format !== 'json') io.stdout(`Feedback on ${title} written to ${options.out}\n`);
  return ExitCode.Ok;
}

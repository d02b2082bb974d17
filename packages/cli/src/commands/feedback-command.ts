import { Command, Option } from 'commander';
import type { CommandContext } from '../command-context.js';

/**
 * Defines the `feedback` command on `program`; its implementation is loaded only when it runs.
 *
 * @example
 * ```ts
 * defineFeedbackCommand(program, { io, setCode });
 * ```
 */
export function defineFeedbackCommand(program: Command, { io, setCode }: CommandContext): void {
  program
    .command('feedback')
    .description(
      'Turn an assessment\u2019s findings into the feedback a facilitator sends: summary, key themes, per item the strengths, opportunities, rationale and what the next range requires, then scores.',
    )
    .argument('<assessment>', 'assessment JSON document')
    .option(
      '--framework <id-or-file>',
      "built-in framework id or framework JSON file (default: the assessment's framework)",
    )
    .option(
      '--scope <scope>',
      "all, a scope id of the framework (coe-level-2) or codes (1,2,7.1) (default: the assessment's scope)",
    )
    .option(
      '--reviewer <id>',
      'give the feedback of this reviewer\u2019s review (default: the consensus record, else the only review)',
    )
    .option(
      '--previous <assessment>',
      'the previous cycle\u2019s assessment JSON: adds "Since the last cycle" (score changes, what became of each opportunity)',
    )
    .option(
      '--plan <action-plan>',
      'with --previous: the action plan JSON whose actions answered the previous cycle\u2019s opportunities',
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json', 'markdown'])
        .default('text'),
    )
    .option('--out <file>', 'write the output to this file instead of standard output')
    .option('--force', 'with --out: overwrite an existing file', false)
    .action(
      async (
        assessment: string,
        options: {
          format: 'text' | 'json' | 'markdown';
          framework?: string;
          scope?: string;
          reviewer?: string;
          previous?: string;
          plan?: string;
          out?: string;
          force: boolean;
        },
      ) => {
        const { runFeedback } = await import('./feedback.js');
        setCode(await runFeedback(io, assessment, options));
      },
    );
}

import { Command, Option } from 'commander';
import type { CommandContext } from '../command-context.js';

/**
 * Defines the `score` command on `program`; its implementation is loaded only when it runs.
 *
 * @example
 * ```ts
 * defineScoreCommand(program, { io, setCode });
 * ```
 */
export function defineScoreCommand(program: Command, { io, setCode }: CommandContext): void {
  program
    .command('score')
    .description(
      'Score an assessment (consensus or single review) with totals, bands, maturity and, for several reviewers, consensus flags and agreement.',
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
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json', 'markdown'])
        .default('text'),
    )
    .action(
      async (
        assessment: string,
        options: { format: 'text' | 'json' | 'markdown'; framework?: string; scope?: string },
      ) => {
        const { runScore } = await import('./score.js');
        setCode(await runScore(io, assessment, options));
      },
    );
}

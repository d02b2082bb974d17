import { Command, Option } from 'commander';
import type { CommandContext } from '../command-context.js';

/**
 * Defines the `cohort` command on `program`; its implementation is loaded only when it runs.
 *
 * @example
 * ```ts
 * defineCohortCommand(program, { io, setCode });
 * ```
 */
export function defineCohortCommand(program: Command, { io, setCode }: CommandContext): void {
  program
    .command('cohort')
    .description(
      'Show a program machine snapshot (or a cohort document) with its state and allowed events; apply an event and write the new snapshot.',
    )
    .argument(
      '<snapshot>',
      "machine snapshot JSON (a machine's persist() output) or a cohort document",
    )
    .option(
      '--event <json>',
      'event to apply: a JSON object with "type" (and "at"), or a bare event type such as advance',
    )
    .option(
      '--at <iso-date>',
      'time for an event without "at" (default: now) and for judging the allowed events (default: the last event)',
    )
    .option(
      '--out <file>',
      'write the snapshot here (default with --event: back to the input, only with --force)',
    )
    .option('--force', 'overwrite an existing snapshot file', false)
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json', 'markdown'])
        .default('text'),
    )
    .action(
      async (
        snapshot: string,
        options: {
          format: 'text' | 'json' | 'markdown';
          event?: string;
          at?: string;
          out?: string;
          force: boolean;
        },
      ) => {
        const { runCohort } = await import('./cohort.js');
        setCode(await runCohort(io, snapshot, options));
      },
    );
}

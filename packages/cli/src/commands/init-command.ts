import { Command } from 'commander';
import type { CommandContext } from '../command-context.js';

/**
 * Defines the `init` command and its `evidence` subcommand on `program`; the implementation is
 * loaded only when it runs.
 *
 * @example
 * ```ts
 * defineInitCommand(program, { io, setCode });
 * ```
 */
export function defineInitCommand(program: Command, { io, setCode }: CommandContext): void {
  const init = program.command('init').description('Write starter documents to fill in.');
  init
    .command('evidence')
    .description(
      "Write a starter partnership-evidence document for a place: valid, with the place's code and name and the outcomes of the given data, placeholders marked TODO.",
    )
    .argument(
      '[data...]',
      'outcome data to take the place and the outcomes from: raw CSV files (*.csv) or observation-set documents (*.json)',
    )
    .requiredOption(
      '--place <code|name>',
      'the place: its code as the data write it (or level:code), or its name',
    )
    .option('--out <file>', 'file to write the document to (default: standard output)')
    .option('--force', 'overwrite an existing --out file', false)
    .option(
      '--mapping <name|file>',
      'read the CSV files through this mapping (a built-in mapping name or a mapping JSON file); default: recognised or inferred per file',
    )
    .option('--as-of <date>', "the evidence's as-of date (YYYY-MM-DD); default: today (UTC)")
    .action(
      async (
        data: string[],
        options: { place: string; out?: string; force: boolean; mapping?: string; asOf?: string },
      ) => {
        const { runInitEvidence } = await import('./init-evidence.js');
        setCode(await runInitEvidence(io, data, options));
      },
    );
}

import { Command } from 'commander';
import type { CommandContext } from '../command-context.js';
import { ExitCode } from '../exit-codes.js';

/** Defines the `cohort` command on `program`; its implementation is loaded only when it runs. */
export function defineCohortCommand(program: Command, { io, setCode }: CommandContext): void {
  program
    .command('cohort')
    .description('(being built)')
    .action(() => {
      io.stderr('community-excellence cohort: not available yet\n');
      setCode(ExitCode.UsageOrIo);
    });
}

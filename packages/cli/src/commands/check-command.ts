import { Command } from 'commander';
import type { CommandContext } from '../command-context.js';
import { ExitCode } from '../exit-codes.js';

/** Defines the `check` command on `program`; its implementation is loaded only when it runs. */
export function defineCheckCommand(program: Command, { io, setCode }: CommandContext): void {
  program
    .command('check')
    .description('(being built)')
    .action(() => {
      io.stderr('community-excellence check: not available yet\n');
      setCode(ExitCode.UsageOrIo);
    });
}

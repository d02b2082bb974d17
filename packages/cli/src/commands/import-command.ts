import { Command } from 'commander';
import type { CommandContext } from '../command-context.js';
import { ExitCode } from '../exit-codes.js';

/** Defines the `import` command on `program`; its implementation is loaded only when it runs. */
export function defineImportCommand(program: Command, { io, setCode }: CommandContext): void {
  program
    .command('import')
    .description('(being built)')
    .action(() => {
      io.stderr('community-excellence import: not available yet\n');
      setCode(ExitCode.UsageOrIo);
    });
}

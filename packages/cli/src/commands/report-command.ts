import { Command } from 'commander';
import type { CommandContext } from '../command-context.js';
import { ExitCode } from '../exit-codes.js';

/** Defines the `report` command on `program`; its implementation is loaded only when it runs. */
export function defineReportCommand(program: Command, { io, setCode }: CommandContext): void {
  program
    .command('report')
    .description('(being built)')
    .action(() => {
      io.stderr('community-excellence report: not available yet\n');
      setCode(ExitCode.UsageOrIo);
    });
}

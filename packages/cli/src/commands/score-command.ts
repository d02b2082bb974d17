import { Command } from 'commander';
import type { CommandContext } from '../command-context.js';
import { ExitCode } from '../exit-codes.js';

/** Defines the `score` command on `program`; its implementation is loaded only when it runs. */
export function defineScoreCommand(program: Command, { io, setCode }: CommandContext): void {
  program
    .command('score')
    .description('(being built)')
    .action(() => {
      io.stderr('community-excellence score: not available yet\n');
      setCode(ExitCode.UsageOrIo);
    });
}

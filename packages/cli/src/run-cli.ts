import { CommanderError } from 'commander';
import { type CliIo, processIo } from './cli-io.js';
import { ExitCode } from './exit-codes.js';
import { buildProgram } from './program.js';

/**
 * Runs the `community-excellence` command with the given arguments (without `node` and the
 * script name) and resolves to its exit code. It never calls `process.exit`.
 *
 * @example
 * ```ts
 * import { runCli } from '@community-excellence/cli';
 * const code = await runCli(['demo', '--format', 'json']);
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<ExitCode> {
  let code: ExitCode = ExitCode.Ok;
  const program = buildProgram(io, (next) => {
    code = next;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with exit code 0; every other parser error is a usage error.
      return error.exitCode === 0 ? ExitCode.Ok : ExitCode.UsageOrIo;
    }
    io.stderr(`community-excellence: ${error instanceof Error ? error.message : String(error)}\n`);
    return ExitCode.UsageOrIo;
  }
  return code;
}

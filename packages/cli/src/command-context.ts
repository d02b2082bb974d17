import type { CliIo } from './cli-io.js';
import type { ExitCode } from './exit-codes.js';

/** What every command definition receives: where to write, and how to set the exit code. */
export interface CommandContext {
  readonly io: CliIo;
  readonly setCode: (code: ExitCode) => void;
}

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built executable (after `pnpm build`), as a user runs it. */
export const CLI_BIN = fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url));

/** What a run of the built CLI gave. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI as a process in `cwd`, with piped standard streams (not a terminal). */
export function runBuiltCli(cwd: string | undefined, ...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [CLI_BIN, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Where the CLI writes. Tests and embedding tools pass their own; the binary uses the process streams.
 *
 * @example
 * ```ts
 * const lines: string[] = [];
 * await runCli(['demo'], { stdout: (t) => lines.push(t), stderr: (t) => lines.push(t) });
 * ```
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/**
 * The process's own standard output and error.
 *
 * @example
 * ```ts
 * processIo().stdout('hello\n');
 * ```
 */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
}

/**
 * Where the CLI writes. Tests and embedding tools pass their own; the binary uses the process streams.
 * Only `stdout` and `stderr` are required: without `stderrIsTTY` and `progress`, commands never draw
 * progress bars.
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
  /**
   * Whether standard error is an interactive terminal. Long-running commands (such as `import`)
   * draw a progress bar on {@link CliIo.progress} only when this is `true`. Default `false`.
   */
  readonly stderrIsTTY?: boolean;
  /**
   * The terminal stream progress bars are drawn on (the process's standard error). Without it,
   * no progress bar is drawn.
   */
  readonly progress?: NodeJS.WritableStream;
}

/**
 * The process's own standard output and error. `stderrIsTTY` tells whether standard error is a
 * terminal (so a piped or redirected run never gets a progress bar).
 *
 * @example
 * ```ts
 * const io = processIo();
 * io.stdout('hello\n');
 * if (io.stderrIsTTY === true) io.stderr('on a terminal\n');
 * ```
 */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    progress: process.stderr,
  };
}

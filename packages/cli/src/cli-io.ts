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

const guarded = new WeakSet<NodeJS.WritableStream>();

/**
 * Makes a closed pipe on `stream` (`coe demo | head -1`: the reader stopped reading) a normal end
 * of output: the process removes its temporary files and exits 0, without a stack trace. Other
 * write errors end the process with exit code 2 and one line on standard error. Installed once
 * per stream.
 *
 * @example
 * ```ts
 * endQuietlyOnClosedPipe(process.stdout);
 * ```
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WritableStream): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // process.exit runs the 'exit' handlers, which remove live temporary files.
    if (error.code === 'EPIPE') process.exit(0);
    try {
      process.stderr.write(`community-excellence: cannot write output: ${error.message}\n`);
    } finally {
      process.exit(2);
    }
  });
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
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    progress: process.stderr,
  };
}

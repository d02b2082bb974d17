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
const closed = new WeakSet<NodeJS.WritableStream>();

/**
 * Makes a closed pipe on `stream` (`coe demo | head -1`: the reader stopped reading) a normal end
 * of output: what is printed after it is dropped, without a stack trace, and the command finishes
 * its work (the files it writes are still written) with its own exit code, 0 when all went well.
 * Other write errors end the process with exit code 2 and one line on standard error (temporary
 * files are removed on exit). Installed once per stream.
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
    closed.add(stream);
    if (error.code === 'EPIPE') return;
    if (stream !== process.stderr && !closed.has(process.stderr))
      process.stderr.write(`community-excellence: cannot write output: ${error.message}\n`);
    process.exit(2);
  });
}

const writeTo = (stream: NodeJS.WritableStream, text: string): void => {
  if (!closed.has(stream)) stream.write(text);
};

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
    stdout: (text) => writeTo(process.stdout, text),
    stderr: (text) => writeTo(process.stderr, text),
    stderrIsTTY: process.stderr.isTTY === true,
    progress: process.stderr,
  };
}

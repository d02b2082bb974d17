import cliProgress from 'cli-progress';
import type { CliIo } from '../cli-io.js';

/**
 * A progress bar over the bytes of one input file (with the rows read so far), or a no-op when
 * none is shown. `stop()` is safe to call more than once and must be called in a `finally`, so a
 * terminal is always left clean.
 *
 * @example
 * ```ts
 * const bar: ProgressBar = startProgressBar(io, { total: size, label: 'import' });
 * try { bar.update(bytes, rows); } finally { bar.stop(); }
 * ```
 */
export interface ProgressBar {
  /** Whether a bar is drawn at all. */
  readonly visible: boolean;
  update(bytes: number, rows: number): void;
  stop(): void;
}

/**
 * Options of {@link startProgressBar}.
 */
export interface ProgressBarOptions {
  /** The size of the input in bytes. */
  readonly total: number;
  /** The text in front of the bar (for example the file name); cut to 24 characters. */
  readonly label: string;
  /** `--quiet`: no bar, whatever the terminal. */
  readonly quiet?: boolean;
}

const LABEL_WIDTH = 24;
const shorten = (label: string): string =>
  label.length > LABEL_WIDTH ? `${label.slice(0, LABEL_WIDTH - 1)}…` : label;

const noBar: ProgressBar = { visible: false, update: () => undefined, stop: () => undefined };

const UNITS = ['B', 'KiB', 'MiB', 'GiB'] as const;

/**
 * A byte count for people: `512 B`, `1.5 KiB`, `2.0 MiB`.
 *
 * @example
 * ```ts
 * formatBytes(2_075_968); // '2.0 MiB'
 * ```
 */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} ${UNITS[0]}` : `${value.toFixed(1)} ${UNITS[unit]}`;
}

/**
 * Starts a progress bar on `io.progress` (the process's standard error) when standard error is a
 * terminal (`io.stderrIsTTY`) and the run is not quiet; otherwise returns a bar that draws nothing,
 * so piped or redirected output never contains escape sequences or partial lines. The bar is
 * cleared when it stops.
 *
 * @example
 * ```ts
 * const bar = startProgressBar(processIo(), { total: statSync(file).size, label: file });
 * try {
 *   await importCsvFile(file, mapping, { onProgress: ({ bytes, rows }) => bar.update(bytes, rows) });
 * } finally {
 *   bar.stop();
 * }
 * ```
 */
export function startProgressBar(io: CliIo, options: ProgressBarOptions): ProgressBar {
  const stream = io.progress;
  if (options.quiet === true || io.stderrIsTTY !== true || stream === undefined) return noBar;
  const total = Math.max(options.total, 1);
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${shorten(options.label)} [{bar}] {percentage}% | {rows} rows | {done}/{size}`,
      barsize: 20,
      // No terminal modes are changed (cursor hidden, line wrapping off), so an interrupted run
      // (Ctrl-C) leaves nothing to restore; lines are cut to the terminal's width instead.
      hideCursor: false,
      linewrap: true,
      clearOnComplete: true,
      fps: 10,
    },
    cliProgress.Presets.legacy,
  );
  bar.start(total, 0, { rows: 0, done: formatBytes(0), size: formatBytes(options.total) });
  let stopped = false;
  return {
    visible: true,
    update(bytes, rows) {
      if (stopped) return;
      bar.update(Math.min(bytes, total), {
        rows,
        done: formatBytes(bytes),
        size: formatBytes(options.total),
      });
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}

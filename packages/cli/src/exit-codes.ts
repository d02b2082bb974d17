/**
 * The exit codes of the `community-excellence` command. Scripts can rely on them.
 *
 * @example
 * ```ts
 * import { ExitCode } from '@community-excellence/cli';
 * if (code === ExitCode.InvalidData) console.error('fix the data');
 * ```
 */
export const ExitCode = {
  /** Everything worked and all data is valid. */
  Ok: 0,
  /** The command ran, but the data it read is invalid. */
  InvalidData: 1,
  /** Wrong usage (unknown command or option) or an I/O error. */
  UsageOrIo: 2,
} as const;

/** One of the values of {@link ExitCode}. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** One file a command wants to write. */
export interface OutputFile {
  readonly path: string;
  readonly text: string;
}

/** What {@link writeOutputs} did. */
export type WriteOutputsResult =
  | { readonly ok: true; readonly written: readonly string[] }
  | { readonly ok: false; readonly reason: 'exists'; readonly existing: readonly string[] }
  | { readonly ok: false; readonly reason: 'io'; readonly path: string; readonly message: string };

const ioMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Writes `text` to `path` through a temporary file in the same folder and a rename, so a killed run never leaves a truncated file. */
export function writeAtomically(path: string, text: string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(
    dir,
    `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`,
  );
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Writes every file atomically. Without `force`, nothing is written when any of the files already
 * exists (the result lists them). Files are checked before any is written, so a refused run writes nothing.
 */
export function writeOutputs(
  files: readonly OutputFile[],
  options: { readonly force?: boolean } = {},
): WriteOutputsResult {
  if (options.force !== true) {
    const existing = files.filter((file) => existsSync(file.path)).map((file) => file.path);
    if (existing.length > 0) return { ok: false, reason: 'exists', existing };
  }
  for (const file of files) {
    try {
      writeAtomically(file.path, file.text);
    } catch (error) {
      return { ok: false, reason: 'io', path: file.path, message: ioMessage(error) };
    }
  }
  return { ok: true, written: files.map((file) => file.path) };
}

import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { findOutputOverInput } from './same-file.js';
import { forgetTemp, releaseTemp, removeStaleTemps, tempPathFor } from './temp-files.js';

/**
 * One file a command wants to write.
 *
 * @example
 * ```ts
 * const file: OutputFile = { path: 'out/report.md', text: '# Report\n' };
 * ```
 */
export interface OutputFile {
  readonly path: string;
  readonly text: string;
}

/**
 * Options of {@link writeOutputs} and {@link stageOutputs}.
 *
 * @example
 * ```ts
 * const options: WriteOutputsOptions = { force: false, inputs: ['in.csv', 'mapping.json'] };
 * ```
 */
export interface WriteOutputsOptions {
  /** Replace existing files (the old ones are restored if the set cannot be committed whole). */
  readonly force?: boolean;
  /** The files the command read: an output that is one of them (by device and inode) is refused. */
  readonly inputs?: readonly string[];
}

/**
 * What {@link writeOutputs} did: the files written, or why none was (`exists`: without `force`,
 * files that exist; `same-file`: an output that is an input; `io`: a failed write).
 *
 * @example
 * ```ts
 * declare const result: WriteOutputsResult;
 * if (!result.ok && result.reason === 'same-file') console.error(`${result.path}: ${result.message}`);
 * ```
 */
export type WriteOutputsResult =
  | { readonly ok: true; readonly written: readonly string[] }
  | { readonly ok: false; readonly reason: 'exists'; readonly existing: readonly string[] }
  | { readonly ok: false; readonly reason: 'io'; readonly path: string; readonly message: string }
  | {
      readonly ok: false;
      readonly reason: 'same-file';
      readonly path: string;
      readonly input: string;
      readonly message: string;
    };

const ioMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

const fsyncDir = (dir: string): void => {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not every platform can open or fsync a folder (Windows): the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
};

/** Creates `target` from `temp` only if `target` does not exist, atomically (a hard link). */
const linkExclusive = (temp: string, target: string): void => {
  try {
    linkSync(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // File systems without hard links: exclusive creation by copy (O_EXCL), still never over a file.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    const fd = openSync(target, 'wx');
    closeSync(fd);
    renameSync(temp, target);
  }
};

/**
 * One file of a {@link StagedOutputs} set, being written to its temporary file.
 *
 * @example
 * ```ts
 * declare const staged: StagedOutputs;
 * const file: StagedFile = staged.file('rows.ndjson');
 * file.write('{"a":1}\n');
 * ```
 */
export interface StagedFile {
  readonly path: string;
  /** Appends text (UTF-8) to the temporary file. Throws on an I/O error. */
  readonly write: (text: string) => void;
}

/**
 * A set of output files written to temporary files beside their targets, then committed together
 * ({@link StagedOutputs.commit}) or thrown away ({@link StagedOutputs.abort}).
 *
 * @example
 * ```ts
 * declare const dir: string;
 * const staged = stageOutputs([`${dir}/out.ndjson`], { force: false, inputs: ['in.csv'] });
 * if (staged.ok) { staged.outputs.file(`${dir}/out.ndjson`).write('{}\n'); staged.outputs.commit(); }
 * ```
 */
export interface StagedOutputs {
  /** The staged file for `path` (one of the paths given to {@link stageOutputs}). */
  readonly file: (path: string) => StagedFile;
  /**
   * fsyncs every temporary file, then puts them all in place, or none: without `force` each is
   * created with a hard link, which fails if another writer created the file first (then the files
   * of this run already in place are removed); with `force` each existing file is kept under a
   * second hard link until the whole set is in place, and restored if any file fails.
   */
  readonly commit: () => WriteOutputsResult;
  /** Removes every temporary file; nothing is committed. Never throws. */
  readonly abort: () => void;
}

interface Slot {
  readonly path: string;
  readonly temp: string;
  fd: number | undefined;
}

/**
 * Checks the outputs and opens a temporary file for each: refuses an output that is one of
 * `inputs` (same device and inode) and, without `force`, an output that already exists; removes
 * the temporary files that killed runs left in the output folders. Never throws.
 *
 * @example
 * ```ts
 * declare const out: string;
 * const staged = stageOutputs([`${out}/report.html`, `${out}/report.md`], { force: true });
 * ```
 */
export function stageOutputs(
  paths: readonly string[],
  options: WriteOutputsOptions = {},
):
  | { readonly ok: true; readonly outputs: StagedOutputs }
  | Exclude<WriteOutputsResult, { ok: true }> {
  const clash = findOutputOverInput(paths, options.inputs ?? []);
  if (clash !== undefined)
    return {
      ok: false,
      reason: 'same-file',
      path: clash.output,
      input: clash.input,
      message: `it is the input file ${clash.input} (the same file on disk); choose another output file`,
    };
  if (options.force !== true) {
    const existing = paths.filter((path) => existsSync(path));
    if (existing.length > 0) return { ok: false, reason: 'exists', existing };
  }
  const slots: Slot[] = [];
  const abort = (): void => {
    for (const slot of slots) {
      if (slot.fd !== undefined) {
        try {
          closeSync(slot.fd);
        } catch {
          // Already closed.
        }
        slot.fd = undefined;
      }
      releaseTemp(slot.temp);
    }
  };
  for (const path of paths) {
    try {
      const dir = dirname(path);
      mkdirSync(dir, { recursive: true });
      removeStaleTemps(dir);
      const temp = tempPathFor(path);
      const slot: Slot = { path, temp, fd: undefined };
      slots.push(slot);
      slot.fd = openSync(temp, 'wx');
    } catch (error) {
      abort();
      return { ok: false, reason: 'io', path, message: ioMessage(error) };
    }
  }
  const file = (path: string): StagedFile => {
    const slot = slots.find((candidate) => candidate.path === path);
    if (slot === undefined) throw new Error(`${path} is not a staged output`);
    return {
      path,
      write: (text) => {
        if (slot.fd === undefined) throw new Error(`${path} is already committed or aborted`);
        const bytes = Buffer.from(text, 'utf8');
        let offset = 0;
        while (offset < bytes.length)
          offset += writeSync(slot.fd, bytes, offset, bytes.length - offset);
      },
    };
  };
  const commit = (): WriteOutputsResult => commitSlots(slots, options.force === true, abort);
  return { ok: true, outputs: { file, commit, abort } };
}

function commitSlots(slots: Slot[], force: boolean, abort: () => void): WriteOutputsResult {
  for (const slot of slots) {
    try {
      fsyncSync(slot.fd!);
      closeSync(slot.fd!);
      slot.fd = undefined;
    } catch (error) {
      abort();
      return { ok: false, reason: 'io', path: slot.path, message: ioMessage(error) };
    }
  }
  const placed: Slot[] = [];
  /** With force: the old file of each target, kept under a temporary hard link until the end. */
  const kept = new Map<string, string>();
  const undo = (): void => {
    for (const slot of placed.reverse()) {
      const old = kept.get(slot.path);
      try {
        if (old === undefined) rmSync(slot.path, { force: true });
        else {
          renameSync(old, slot.path);
          forgetTemp(old);
        }
      } catch {
        // The old file is still there under its temporary name: never remove it.
        if (old !== undefined) forgetTemp(old);
        kept.delete(slot.path);
      }
    }
    // Old files whose target was not replaced yet: the second link is not needed.
    for (const [path, old] of kept)
      if (!placed.some((slot) => slot.path === path)) releaseTemp(old);
    abort();
  };
  for (const slot of slots) {
    try {
      if (force) {
        if (existsSync(slot.path)) {
          const old = tempPathFor(slot.path);
          linkSync(slot.path, old);
          kept.set(slot.path, old);
        }
        renameSync(slot.temp, slot.path);
      } else {
        linkExclusive(slot.temp, slot.path);
      }
      placed.push(slot);
    } catch (error) {
      undo();
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        return { ok: false, reason: 'exists', existing: [slot.path] };
      return { ok: false, reason: 'io', path: slot.path, message: ioMessage(error) };
    }
  }
  for (const slot of slots) {
    if (existsSync(slot.temp)) releaseTemp(slot.temp);
    else forgetTemp(slot.temp);
  }
  for (const old of kept.values()) releaseTemp(old);
  for (const dir of new Set(slots.map((slot) => dirname(slot.path)))) fsyncDir(dir);
  return { ok: true, written: slots.map((slot) => slot.path) };
}

/**
 * Writes `text` to `path` through a temporary file in the same folder, an fsync and a rename,
 * so a killed run never leaves a truncated file. Replaces an existing file. Throws on I/O errors.
 *
 * @example
 * ```ts
 * declare const markdown: string;
 * writeAtomically('out/scorecard.md', markdown);
 * ```
 */
export function writeAtomically(path: string, text: string): void {
  const result = writeOutputs([{ path, text }], { force: true });
  if (!result.ok) throw new Error(result.reason === 'exists' ? `${path} exists` : result.message);
}

/**
 * Writes every file as one set: all or none. Each file goes to a temporary file beside it
 * (fsynced), then all are committed together (see {@link StagedOutputs.commit}). Without `force`,
 * nothing is written when any of the files already exists, including one created by another
 * writer while this one was writing (exclusive creation). An output that is one of `inputs` (same
 * device and inode: links, hard links, `..`) is refused. Temporary files are removed on every
 * exit path, signals included. Never throws.
 *
 * @example
 * ```ts
 * declare const html: string;
 * declare const md: string;
 * const result = writeOutputs([{ path: 'out/report.html', text: html }, { path: 'out/report.md', text: md }], { force: false, inputs: ['data'] });
 * if (!result.ok && result.reason === 'exists') console.error(`${result.existing.join(', ')} exist`);
 * ```
 */
export function writeOutputs(
  files: readonly OutputFile[],
  options: WriteOutputsOptions = {},
): WriteOutputsResult {
  const staged = stageOutputs(
    files.map((file) => file.path),
    options,
  );
  if (!staged.ok) return staged;
  for (const file of files) {
    try {
      staged.outputs.file(file.path).write(file.text);
    } catch (error) {
      staged.outputs.abort();
      return { ok: false, reason: 'io', path: file.path, message: ioMessage(error) };
    }
  }
  return staged.outputs.commit();
}

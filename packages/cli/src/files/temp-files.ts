import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Temporary files of this process not yet committed or removed. */
const live = new Set<string>();
let installed = false;

/** `.<name>.coe-<pid>-<random>.tmp`: the pid tells a later run whether the writer is still alive. */
const TEMP_NAME = /^\..+\.coe-(\d+)-[a-z0-9]+\.tmp$/;

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

/**
 * Removes every live temporary file of this process, synchronously. Never throws.
 *
 * @example
 * ```ts
 * process.on('exit', removeLiveTemps);
 * ```
 */
export function removeLiveTemps(): void {
  for (const temp of live) rmSync(temp, { force: true });
  live.clear();
}

const onSignal = (signal: keyof typeof SIGNALS): void => {
  removeLiveTemps();
  // Exit as the signal would have: 128 + its number.
  process.exit(128 + SIGNALS[signal]);
};

/**
 * Installs, once per process, the handlers that remove live temporary files on every exit path:
 * a normal exit, an exit after an error, SIGINT, SIGTERM and SIGHUP (which then end the process
 * with 128 + the signal's number, as the shell reports a process killed by it).
 *
 * @example
 * ```ts
 * installTempCleanup();
 * ```
 */
export function installTempCleanup(): void {
  if (installed) return;
  installed = true;
  process.on('exit', removeLiveTemps);
  for (const signal of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[])
    process.on(signal, onSignal);
}

/**
 * A new temporary path beside `target` (same folder, so a rename or link commits it),
 * `.<name>.coe-<pid>-<random>.tmp`, registered so every exit path removes it (see
 * {@link installTempCleanup}).
 *
 * @example
 * ```ts
 * const temp = tempPathFor('out/report.html'); // out/.report.html.coe-4242-k3j9x.tmp
 * ```
 */
export function tempPathFor(target: string): string {
  installTempCleanup();
  const temp = join(
    dirname(target),
    `.${basename(target)}.coe-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`,
  );
  live.add(temp);
  return temp;
}

/**
 * Removes `temp` (if it still exists) and forgets it. Never throws.
 *
 * @example
 * ```ts
 * declare const temp: string;
 * releaseTemp(temp);
 * ```
 */
export function releaseTemp(temp: string): void {
  live.delete(temp);
  rmSync(temp, { force: true });
}

/**
 * Forgets `temp` without removing it (it was renamed or linked into place).
 *
 * @example
 * ```ts
 * import { renameSync } from 'node:fs';
 * declare const temp: string;
 * declare const target: string;
 * renameSync(temp, target);
 * forgetTemp(temp);
 * ```
 */
export function forgetTemp(temp: string): void {
  live.delete(temp);
}

const isAlive = (pid: number): boolean => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Removes, in `dir`, the temporary files left by a run that was killed (`kill -9`, a power cut):
 * those named like {@link tempPathFor}'s whose pid is no live process. Returns the removed paths.
 * Never throws.
 *
 * @example
 * ```ts
 * removeStaleTemps('out'); // ['out/.report.html.coe-4242-k3j9x.tmp']
 * ```
 */
export function removeStaleTemps(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (match === null || isAlive(Number(match[1]))) continue;
    const path = join(dir, name);
    try {
      rmSync(path, { force: true });
      removed.push(path);
    } catch {
      // Not ours to remove (permissions): leave it.
    }
  }
  return removed;
}

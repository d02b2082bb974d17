import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** Makes temporary folders for tests; see {@link tempDirs}. */
export type TempDirs = (() => string) & {
  /** Removes `dir` after the test too (a folder the code under test made). */
  readonly adopt: (dir: string) => void;
};

/**
 * For tests: returns a function that makes a fresh temporary folder (`coe-<name>-XXXXXX`) each time
 * it is called; every folder it made or adopted is removed after each test.
 */
export function tempDirs(name: string): TempDirs {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const make = (): string => {
    const dir = mkdtempSync(join(tmpdir(), `coe-${name}-`));
    made.push(dir);
    return dir;
  };
  return Object.assign(make, { adopt: (dir: string): void => void made.push(dir) });
}

import { statSync } from 'node:fs';

/**
 * An output that is one of the command's inputs: the same file (same device and inode), whatever
 * the paths say (a symbolic link, a hard link, `..`).
 *
 * @example
 * ```ts
 * const clash: SameFile | undefined = findOutputOverInput(['out.json'], ['in.csv']);
 * if (clash !== undefined) console.error(`${clash.output} is ${clash.input}`);
 * ```
 */
export interface SameFile {
  readonly output: string;
  readonly input: string;
}

const identity = (path: string): string | undefined => {
  try {
    const info = statSync(path, { bigint: true });
    return `${info.dev}:${info.ino}`;
  } catch {
    // A file that does not exist (or cannot be seen) is no input the output could destroy.
    return undefined;
  }
};

/**
 * The first output that is the same file as one of `inputs` (compared by device and inode, so a
 * symbolic link, a hard link or a path through `..` is recognised), or `undefined`. Outputs that
 * do not exist yet cannot be an input. Never throws.
 *
 * @example
 * ```ts
 * findOutputOverInput(['link-to-in.csv'], ['in.csv']); // { output: 'link-to-in.csv', input: 'in.csv' }
 * ```
 */
export function findOutputOverInput(
  outputs: readonly string[],
  inputs: readonly string[],
): SameFile | undefined {
  const byIdentity = new Map<string, string>();
  for (const input of inputs) {
    const id = identity(input);
    if (id !== undefined && !byIdentity.has(id)) byIdentity.set(id, input);
  }
  if (byIdentity.size === 0) return undefined;
  for (const output of outputs) {
    const id = identity(output);
    const input = id === undefined ? undefined : byIdentity.get(id);
    if (input !== undefined) return { output, input };
  }
  return undefined;
}

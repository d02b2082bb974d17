// Child processes for the local-registry round trip: asynchronous (the registry and several
// installs run at once), output captured, and a readable error with both streams on failure.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Runs a command to completion and resolves to its exit code and output; never rejects for a
 * non-zero exit code (use {@link runOk} for that).
 *
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<{ code: number, stdout: string, stderr: string, command: string }>}
 */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({
        code: code ?? (signal === null ? 1 : 128),
        stdout,
        stderr,
        command: [command, ...args].join(' '),
      });
    });
  });
}

/**
 * Like {@link run}, but rejects when the command exits with anything but 0; the error message
 * carries the command, its directory and the end of both output streams.
 *
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 */
export async function runOk(command, args, options = {}) {
  const result = await run(command, args, options);
  if (result.code !== 0) throw new Error(describeFailure(result, options.cwd));
  return result;
}

/**
 * A readable account of a failed command.
 *
 * @param {{ code: number, stdout: string, stderr: string, command: string }} result
 * @param {string} [cwd]
 */
export function describeFailure(result, cwd) {
  const tail = (text) => text.trimEnd().split('\n').slice(-40).join('\n');
  return `\`${result.command}\`${cwd === undefined ? '' : ` in ${cwd}`} exited with ${result.code}\n--- stdout ---\n${tail(result.stdout)}\n--- stderr ---\n${tail(result.stderr)}`;
}

/**
 * The first executable called `name` on a PATH (as found there, symlinks not resolved), or `undefined`.
 *
 * @param {string} name
 * @param {string | undefined} [path]
 */
export function which(name, path = process.env['PATH']) {
  for (const dir of (path ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/**
 * The environment without the `npm_*` and `pnpm_*` variables a package-manager script run sets
 * (`npm_config_registry`, `npm_config_userconfig`, lifecycle variables...), so that each child
 * gets exactly the configuration the round trip gives it.
 *
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {NodeJS.ProcessEnv}
 */
export function cleanEnv(env = process.env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^(npm|pnpm)_/i.test(key)));
}

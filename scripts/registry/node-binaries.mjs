// Node.js binaries for the consumer matrix: the running Node when its major version is wanted,
// otherwise the npm package `node@<major>` installed in a scratch folder (its `bin/node` is the
// official binary, fetched from the npm registry as the package `node-<platform>-<arch>`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, runOk } from './exec.mjs';

/**
 * @typedef {{ major: number, version: string, bin: string, source: string }} NodeBinary
 */

/**
 * A Node.js binary of the given major version.
 *
 * @param {number} major
 * @param {string} dir a temporary folder for the npm install
 * @returns {Promise<NodeBinary>}
 */
export async function nodeBinary(major, dir) {
  if (Number(process.versions.node.split('.')[0]) === major) {
    return {
      major,
      version: process.version,
      bin: process.execPath,
      source: 'the running Node.js',
    };
  }
  const scratch = join(dir, `node-${major}`);
  mkdirSync(scratch, { recursive: true });
  writeFileSync(
    join(scratch, 'package.json'),
    `${JSON.stringify({ name: `node-${major}-binary`, private: true }, null, 2)}\n`,
  );
  await runOk('npm', ['install', `node@${major}`, '--no-audit', '--no-fund', '--no-save'], {
    cwd: scratch,
    env: cleanEnv(),
  });
  const bin = join(scratch, 'node_modules', 'node', 'bin', 'node');
  const { stdout } = await runOk(bin, ['--version'], { env: cleanEnv() });
  const version = stdout.trim();
  if (!version.startsWith(`v${major}.`))
    throw new Error(`${bin} is ${version}, not Node.js ${major}`);
  return { major, version, bin, source: `npm package node@${major}` };
}

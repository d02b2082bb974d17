// Publishing the workspace to a registry with the maintainers' own command: `changeset publish`
// run through the pinned pnpm, exactly as `pnpm release` does after its tests. Pointed at another
// registry by environment only: `npm_config_registry`, a throw-away `npm_config_userconfig`
// (npm refuses to publish without some token, even to a registry that accepts anyone) and
// `npm_config_npm_path` (see `npmWithoutProvenance`).
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { cleanEnv, run, runOk, which } from './exec.mjs';

/**
 * @typedef {{ name: string, version: string, dir: string, private?: boolean, dependencies?: Record<string, string> }} WorkspacePackage
 */

/**
 * The packages under `packages/` that are published (not private), with their versions.
 *
 * @param {string} root the repository root
 * @returns {WorkspacePackage[]}
 */
export function publishablePackages(root) {
  return readdirSync(join(root, 'packages'))
    .map((dir) => join(root, 'packages', dir))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ ...JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')), dir }))
    .filter((pkg) => pkg.private !== true)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The files a package's manifest points at (`main`, `module`, `types`, `bin`, `exports`; wildcard
 * patterns left out) that do not exist: a package published without them is broken.
 *
 * @param {WorkspacePackage & Record<string, unknown>} pkg
 * @returns {string[]}
 */
export function missingEntryFiles(pkg) {
  /** @type {string[]} */
  const targets = [];
  const collect = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect([pkg['main'], pkg['module'], pkg['types'], pkg['bin'], pkg['exports']]);
  return [...new Set(targets)]
    .filter((target) => !target.includes('*') && !existsSync(join(pkg.dir, target)))
    .map((target) => `${pkg.name}: ${target}`);
}

/**
 * The pnpm version the repository pins in `packageManager`.
 *
 * @param {string} root
 */
export function pinnedPnpmVersion(root) {
  const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const match = /^pnpm@(\d+\.\d+\.\d+)/.exec(String(packageManager));
  if (match === null)
    throw new Error(`package.json has no pnpm packageManager (found ${packageManager})`);
  return match[1];
}

/**
 * A folder with the pinned pnpm's `pnpm` executable, for the PATH of `changeset publish` (which
 * runs `pnpm publish` for each package): the one already on the PATH when it is the pinned
 * version (as under `npx -y pnpm@<version> test`), otherwise the one `npx` installs.
 *
 * @param {string} root
 */
export async function pnpmBinDir(root) {
  const version = pinnedPnpmVersion(root);
  const onPath = which('pnpm');
  if (onPath !== undefined) {
    const found = await run(onPath, ['--version'], { env: cleanEnv() });
    if (found.code === 0 && found.stdout.trim() === version) return dirname(onPath);
  }
  const located = await runOk('npx', ['-y', '-p', `pnpm@${version}`, '-c', 'command -v pnpm'], {
    env: cleanEnv(),
  });
  const path = located.stdout.trim().split('\n').at(-1) ?? '';
  if (!existsSync(path))
    throw new Error(`npx did not give a pnpm executable (got ${JSON.stringify(located.stdout)})`);
  return dirname(path);
}

/**
 * Writes an `npm` wrapper that adds `--provenance=false` to `npm publish`.
 *
 * Why: every package sets `publishConfig.provenance: true`, so that a release can only be
 * published with a provenance attestation, which npm can only make inside GitHub Actions (OIDC).
 * npm lets `publishConfig` override configuration from the environment and from `.npmrc` files;
 * only a command-line flag beats it. `changeset publish` runs `pnpm publish`, which runs npm, and
 * pnpm's `npm-path` setting (`npm_config_npm_path`) says which npm: this wrapper. Nothing else
 * about the publish changes.
 *
 * @param {string} file where to write the wrapper (a POSIX shell script)
 * @returns {string} the file
 */
export function npmWithoutProvenance(file) {
  const npm = which('npm');
  if (npm === undefined) throw new Error('npm is not on the PATH');
  writeFileSync(
    file,
    `#!/bin/sh
# npm for publishing to a local registry: provenance needs GitHub Actions' OIDC token.
if [ "$1" = publish ]; then exec ${JSON.stringify(npm)} "$@" --provenance=false; fi
exec ${JSON.stringify(npm)} "$@"
`,
  );
  chmodSync(file, 0o755);
  return file;
}

/**
 * The environment that points `changeset publish` (and the pnpm and npm it runs) at a registry.
 *
 * @param {{ registryUrl: string, dir: string, pnpmDir: string }} options `dir`: a temporary folder for the user config and npm wrapper
 * @returns {NodeJS.ProcessEnv}
 */
export function publishEnv({ registryUrl, dir, pnpmDir }) {
  const host = registryUrl.replace(/^https?:/, '');
  mkdirSync(dir, { recursive: true });
  const userconfig = join(dir, 'publish.npmrc');
  // A throw-away token: the local registry lets anyone publish the project's scope, but npm does
  // not send a publish without one.
  writeFileSync(
    userconfig,
    `registry=${registryUrl}\n${host}:_authToken=local-registry-rehearsal\n`,
  );
  return {
    ...cleanEnv(),
    PATH: `${pnpmDir}${delimiter}${process.env['PATH'] ?? ''}`,
    npm_config_registry: registryUrl,
    npm_config_userconfig: userconfig,
    npm_config_npm_path: npmWithoutProvenance(join(dir, 'npm-without-provenance')),
  };
}

/**
 * Publishes every public workspace package with `changeset publish --no-git-tag` (the release
 * command without its git tags, which belong to real releases), from the repository itself, after
 * `pnpm build` (checked: every file the manifests point at must exist). Resolves to the command's output; rejects when it fails.
 *
 * @param {{ root: string, registryUrl: string, dir: string }} options
 */
export async function publishWithChangesets({ root, registryUrl, dir }) {
  const missing = publishablePackages(root).flatMap((pkg) => missingEntryFiles(pkg));
  if (missing.length > 0)
    throw new Error(`Not built (run \`pnpm build\` first): ${missing.join(', ')}`);
  const pnpmDir = await pnpmBinDir(root);
  const env = publishEnv({ registryUrl, dir, pnpmDir });
  return runOk(join(pnpmDir, 'pnpm'), ['exec', 'changeset', 'publish', '--no-git-tag'], {
    cwd: root,
    env,
  });
}

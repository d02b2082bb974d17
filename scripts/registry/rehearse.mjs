#!/usr/bin/env node
// `pnpm release:rehearse`: the release rehearsed against a throw-away local registry.
//
//   pnpm release:rehearse            build, start verdaccio, publish every package with
//                                    `changeset publish`, install them into fresh npm consumers on
//                                    Node.js 20, 22 and 24, use them as ESM, CJS, TS node16 and TS
//                                    bundler, run the executable; print the matrix; clean up.
//   pnpm release:rehearse --keep     the same, then keep the registry and the consumer folders
//                                    until Ctrl-C (to look around or `npm install` from it).
//   pnpm release:rehearse --serve    only start the registry and print the environment that points
//                                    the real `pnpm release` at it (run in another terminal).
//
// The same code runs in tests/registry-round-trip.test.ts. Nothing is written inside the repository.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODES } from './consumer.mjs';
import { runProblems } from './expected.mjs';
import { startLocalRegistry } from './local-registry.mjs';
import { pnpmBinDir, publishEnv } from './publish.mjs';
import { roundTrip } from './round-trip.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((arg) => !['--keep', '--serve'].includes(arg));
if (unknown.length > 0) {
  console.error(`release:rehearse: unknown option ${unknown.join(' ')} (use --keep or --serve)`);
  process.exit(2);
}

const tmp = mkdtempSync(join(tmpdir(), 'community-excellence-rehearsal-'));
const started = Date.now();
const log = (line) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s] ${line}`);
const cleanUp = () => rmSync(tmp, { recursive: true, force: true });

/** Waits for Ctrl-C (or SIGTERM), then runs `stop`. */
function holdUntilInterrupted(stop) {
  return new Promise((resolve) => {
    const finish = async () => {
      await stop();
      resolve(undefined);
    };
    process.once('SIGINT', finish);
    process.once('SIGTERM', finish);
  });
}

if (args.has('--serve')) {
  const registry = await startLocalRegistry(join(tmp, 'registry'));
  const pnpmDir = await pnpmBinDir(root);
  const env = publishEnv({ registryUrl: registry.url, dir: join(tmp, 'publish'), pnpmDir });
  console.log(`verdaccio (pid ${registry.pid}) is serving ${registry.url} from ${tmp}

Point the release at it from another terminal in ${root}:

  export npm_config_registry=${env['npm_config_registry']}
  export npm_config_userconfig=${env['npm_config_userconfig']}
  export npm_config_npm_path=${env['npm_config_npm_path']}
  export PATH=${pnpmDir}:$PATH     # the pinned pnpm (npx would look for it on the local registry)
  pnpm release --no-git-tag        # pnpm test, then changeset publish --no-git-tag

and install from it in any folder with this .npmrc line:

  @community-excellence:registry=${registry.url}

Ctrl-C stops the registry and deletes ${tmp}.`);
  await holdUntilInterrupted(async () => {
    await registry.stop();
    cleanUp();
  });
  process.exit(0);
}

let trip;
try {
  trip = await roundTrip({ root, tmp, log });
} catch (error) {
  console.error(
    `\nThe rehearsal failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  cleanUp();
  process.exit(1);
}

const summary = trip.publish.stdout
  .split('\n')
  .filter(
    (line) =>
      /published successfully|@community-excellence\/[\w-]+@/.test(line) && !/info|warn/.test(line),
  );
console.log(
  `\n\`changeset publish\` to ${trip.registry.url}:\n${summary.map((line) => `  ${line.trim()}`).join('\n')}`,
);

let failures = 0;
const width = Math.max(...MODES.map((mode) => mode.length), 4) + 2;
console.log(`\n  ${'Node.js'.padEnd(10)}${MODES.map((mode) => mode.padEnd(width)).join('')}bin`);
const details = [];
for (const consumer of trip.consumers) {
  const version = consumer.node?.version ?? `v${consumer.major} (missing)`;
  const cells = MODES.map((mode) => {
    const outcome = consumer.modes[mode];
    const problems =
      outcome === undefined
        ? [consumer.error ?? 'not run']
        : outcome.error !== undefined
          ? [outcome.error]
          : (outcome.runs ?? []).flatMap((run) =>
              runProblems(run, version).map((p) => `${run.label}: ${p}`),
            );
    if (problems.length > 0) details.push(`${version} ${mode}:\n    ${problems.join('\n    ')}`);
    return problems.length === 0 ? 'ok' : 'FAILED';
  });
  const bins = consumer.executables?.value;
  const binOk =
    bins !== undefined &&
    bins.nodeOnPath === version &&
    bins.version.code === 0 &&
    bins.coeVersion.code === 0 &&
    bins.validate.code === 0 &&
    bins.validateInvalid.code === 1;
  if (!binOk)
    details.push(
      `${version} bin:\n    ${consumer.executables?.error ?? consumer.error ?? JSON.stringify(bins)}`,
    );
  failures += cells.filter((cell) => cell !== 'ok').length + (binOk ? 0 : 1);
  console.log(
    `  ${version.padEnd(10)}${cells.map((cell) => cell.padEnd(width)).join('')}${binOk ? 'ok' : 'FAILED'}`,
  );
}
if (details.length > 0) console.log(`\n${details.join('\n')}`);
console.log(
  `\n${failures === 0 ? 'Every combination works' : `${failures} combination(s) failed`} (${((Date.now() - started) / 1000).toFixed(0)} s).`,
);

if (args.has('--keep')) {
  console.log(
    `\nverdaccio keeps serving ${trip.registry.url}; the consumers are in ${tmp}/consumer-node*. Ctrl-C stops it and deletes ${tmp}.`,
  );
  await holdUntilInterrupted(async () => {
    await trip.registry.stop();
    cleanUp();
  });
} else {
  await trip.registry.stop();
  cleanUp();
}
process.exit(failures === 0 ? 0 : 1);

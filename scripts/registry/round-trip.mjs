// The whole local-registry round trip, shared by tests/registry-round-trip.test.ts and
// `pnpm release:rehearse`: start verdaccio, publish the workspace with `changeset publish`, then,
// for each Node.js major version, install the packages into a fresh consumer with npm and use them
// as ESM, CommonJS, TypeScript (node16) and TypeScript (bundler), and run the installed executable.
// Failures of one combination are recorded, not thrown, so that every combination reports.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  installConsumer,
  MODES,
  npmCli,
  npmGlobalConfig,
  runExecutables,
  runMode,
} from './consumer.mjs';
import { packument, startLocalRegistry } from './local-registry.mjs';
import { nodeBinary } from './node-binaries.mjs';
import { publishablePackages, publishWithChangesets } from './publish.mjs';

/** The Node.js major versions of the matrix. */
export const NODE_MAJORS = [20, 22, 24];

/** @param {unknown} error */
const message = (error) => (error instanceof Error ? error.message : String(error));

/**
 * Settles a promise into `{ value }` or `{ error }`.
 *
 * @template T
 * @param {Promise<T>} promise
 * @returns {Promise<{ value: T, error?: undefined } | { value?: undefined, error: string }>}
 */
async function settle(promise) {
  try {
    return { value: await promise };
  } catch (error) {
    return { error: message(error) };
  }
}

/**
 * Writes a folder holding one invalid document (the example assessment with a wrong `reviewers`),
 * for the "invalid data exits 1" checks.
 *
 * @param {string} root
 * @param {string} dir
 */
function writeInvalidDocuments(root, dir) {
  mkdirSync(dir, { recursive: true });
  const assessment = JSON.parse(
    readFileSync(join(root, 'examples', 'riverbend', 'assessment.json'), 'utf8'),
  );
  writeFileSync(
    join(dir, 'assessment.json'),
    `${JSON.stringify({ ...assessment, reviewers: 'nobody' }, null, 2)}\n`,
  );
  return dir;
}

/**
 * Runs the round trip in `tmp` (an empty temporary folder). The registry keeps running until the
 * caller calls `registry.stop()`, also when a later step fails (then the error is thrown after
 * stopping it).
 *
 * @param {{ root: string, tmp: string, majors?: readonly number[], log?: (line: string) => void }} options
 */
export async function roundTrip({ root, tmp, majors = NODE_MAJORS, log = () => {} }) {
  const require = createRequire(join(root, 'package.json'));
  const typescript = JSON.parse(
    readFileSync(require.resolve('typescript/package.json'), 'utf8'),
  ).version;
  const typesNode = JSON.parse(
    readFileSync(require.resolve('@types/node/package.json'), 'utf8'),
  ).version;
  const packages = publishablePackages(root).map(({ name, version }) => ({ name, version }));
  const dataDir = join(root, 'examples', 'riverbend');
  const invalidDir = writeInvalidDocuments(root, join(tmp, 'invalid-documents'));

  log('starting verdaccio');
  const nodesPromise = Promise.all(
    majors.map((major) => settle(nodeBinary(major, join(tmp, 'node-binaries')))),
  );
  const registry = await startLocalRegistry(join(tmp, 'registry'));
  try {
    log(`verdaccio is listening at ${registry.url}; publishing with changeset publish`);
    const publish = await publishWithChangesets({
      root,
      registryUrl: registry.url,
      dir: join(tmp, 'publish'),
    });
    /** @type {Record<string, any>} */
    const published = {};
    for (const pkg of packages) published[pkg.name] = await packument(registry.url, pkg.name);
    log(`published ${packages.map((pkg) => `${pkg.name}@${pkg.version}`).join(', ')}`);

    const npm = npmCli();
    const globalconfig = await npmGlobalConfig();
    const nodes = await nodesPromise;
    const options = { dataDir, invalidDir, globalconfig };
    const consumers = await Promise.all(
      nodes.map(async (node, index) => {
        const major = majors[index] ?? 0;
        if (node.value === undefined)
          return {
            major,
            node: undefined,
            error: `no Node.js ${major}: ${node.error}`,
            install: undefined,
            modes: {},
            executables: undefined,
          };
        const binary = node.value;
        log(`Node.js ${binary.version} (${binary.source}): installing the consumer`);
        const install = await settle(
          installConsumer({
            dir: join(tmp, `consumer-node${major}`),
            registryUrl: registry.url,
            packages,
            node: binary,
            typescript,
            typesNode,
            npm,
            globalconfig,
          }),
        );
        /** @type {Record<string, { runs?: import('./consumer.mjs').FlowRun[], error?: string }>} */
        const modes = {};
        let executables;
        if (install.value !== undefined) {
          for (const mode of MODES) {
            const outcome = await settle(runMode(install.value, binary, mode, options));
            modes[mode] =
              outcome.error === undefined ? { runs: outcome.value } : { error: outcome.error };
            log(
              `Node.js ${binary.version} ${mode}: ${outcome.error === undefined ? 'ran' : 'FAILED'}`,
            );
          }
          executables = await settle(runExecutables(install.value, binary, options));
        }
        return {
          major,
          node: binary,
          error: install.error,
          install: install.value,
          modes,
          executables,
        };
      }),
    );
    return { registry, packages, publish, published, typescript, typesNode, consumers };
  } catch (error) {
    await registry.stop();
    throw error;
  }
}

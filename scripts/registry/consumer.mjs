// A consumer project as a user makes one: a fresh folder whose `.npmrc` maps only the project's
// scope to the local registry (everything else comes from the normal registry), `npm install` run
// by the Node.js under test, then the same flow used four ways: ESM `import`, CommonJS `require`,
// and TypeScript checked by tsc (strict, skipLibCheck false) with `moduleResolution` node16 and
// bundler, each run on that Node.js, plus the installed `community-excellence` executable.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  writeFileSync,
} from 'node:fs';
import { basename, delimiter, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCOPE } from './local-registry.mjs';
import { cleanEnv, describeFailure, run, runOk, which } from './exec.mjs';

const FILES = fileURLToPath(new URL('./consumer/', import.meta.url));

/** The four ways the matrix uses the packages. */
export const MODES = /** @type {const} */ (['esm', 'cjs', 'ts-node16', 'ts-bundler']);

/**
 * The TypeScript projects: one per module system tsc has to resolve types for.
 * `files`: the name flow.ts is copied to; `out`: what tsc emits and Node runs.
 */
const TS_PROJECTS = {
  'node16-esm': {
    mode: 'ts-node16',
    file: 'flow.mts',
    out: 'out/flow.mjs',
    module: 'node16',
    moduleResolution: 'node16',
    types: '.d.ts',
  },
  'node16-cjs': {
    mode: 'ts-node16',
    file: 'flow.cts',
    out: 'out/flow.cjs',
    module: 'node16',
    moduleResolution: 'node16',
    types: '.d.cts',
  },
  bundler: {
    mode: 'ts-bundler',
    file: 'flow.ts',
    out: 'out/flow.js',
    module: 'esnext',
    moduleResolution: 'bundler',
    types: '.d.ts',
  },
};

/** npm's own entry script (`npm-cli.js`), run with each Node.js of the matrix. */
export function npmCli() {
  const npm = which('npm');
  if (npm === undefined) throw new Error('npm is not on the PATH');
  const real = realpathSync(npm);
  const cli = basename(real) === 'npm-cli.js' ? real : join(dirname(real), 'npm-cli.js');
  if (!existsSync(cli)) throw new Error(`cannot find npm-cli.js next to ${real}`);
  return cli;
}

/** The machine's global npm config file (a Node.js from elsewhere would look in its own prefix). */
export async function npmGlobalConfig() {
  const { stdout } = await runOk('npm', ['config', 'get', 'globalconfig'], { env: cleanEnv() });
  return stdout.trim();
}

/**
 * The environment of everything run in a consumer: the matrix's Node.js first on the PATH (for
 * `#!/usr/bin/env node` executables and install scripts), no inherited npm settings.
 *
 * @param {{ bin: string }} node
 * @param {string} globalconfig
 */
function consumerEnv(node, globalconfig) {
  return {
    ...cleanEnv(),
    PATH: `${dirname(node.bin)}${delimiter}${process.env['PATH'] ?? ''}`,
    npm_config_globalconfig: globalconfig,
  };
}

/**
 * @typedef {{ name: string, version: string }} PackageRef
 * @typedef {{ version: string, resolved?: string, integrity?: string }} LockEntry
 */

/**
 * Creates the consumer folder and installs the packages with npm run by the given Node.js.
 *
 * @param {{ dir: string, registryUrl: string, packages: readonly PackageRef[], node: { bin: string },
 *   typescript: string, typesNode: string, npm: string, globalconfig: string }} options
 */
export async function installConsumer({
  dir,
  registryUrl,
  packages,
  node,
  typescript,
  typesNode,
  npm,
  globalconfig,
}) {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    name: 'community-excellence-consumer',
    private: true,
    type: 'module',
    dependencies: Object.fromEntries(packages.map((pkg) => [pkg.name, pkg.version])),
    devDependencies: { typescript, '@types/node': typesNode },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(dir, '.npmrc'), `${SCOPE}:registry=${registryUrl}\n`);
  for (const file of ['flow.cjs', 'esm.mjs', 'cjs.cjs'])
    copyFileSync(join(FILES, file), join(dir, file));
  for (const [name, project] of Object.entries(TS_PROJECTS)) {
    const projectDir = join(dir, 'ts', name);
    mkdirSync(projectDir, { recursive: true });
    copyFileSync(join(FILES, 'flow.ts'), join(projectDir, project.file));
    const compilerOptions = {
      module: project.module,
      moduleResolution: project.moduleResolution,
      target: 'es2022',
      // A Node.js project: no DOM types, so the packages' declarations must not need them.
      lib: ['es2022'],
      strict: true,
      skipLibCheck: false,
      types: ['node'],
      rootDir: '.',
      outDir: 'out',
    };
    writeFileSync(
      join(projectDir, 'tsconfig.json'),
      `${JSON.stringify({ compilerOptions, files: [project.file] }, null, 2)}\n`,
    );
  }
  const env = consumerEnv(node, globalconfig);
  // --prefer-online: revalidate cached package documents (a previous round trip may have published
  // different bytes under the same version); the resolved URLs are recorded so the test can see
  // where each package came from.
  const install = await runOk(
    node.bin,
    [
      npm,
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-online',
      '--no-omit-lockfile-registry-resolved',
    ],
    { cwd: dir, env },
  );
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
  /** @type {Record<string, LockEntry>} */
  const lockEntries = {};
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (path.startsWith('node_modules/')) lockEntries[path.slice('node_modules/'.length)] = entry;
  }
  /** @type {Record<string, any>} */
  const installedManifests = Object.fromEntries(
    packages.map((pkg) => [
      pkg.name,
      JSON.parse(
        readFileSync(join(dir, 'node_modules', ...pkg.name.split('/'), 'package.json'), 'utf8'),
      ),
    ]),
  );
  return { dir, output: install.stdout + install.stderr, lockEntries, installedManifests };
}

/**
 * Runs a consumer script with the given Node.js and parses the JSON line it prints.
 *
 * @param {{ bin: string }} node
 * @param {string} script
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv }} options
 */
async function runScript(node, script, args, options) {
  const result = await runOk(node.bin, [script, ...args], options);
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`${script} printed no JSON result\n${describeFailure(result, options.cwd)}`);
  }
}

/**
 * Type-checks and compiles one TypeScript project with the consumer's tsc (on the given Node.js)
 * and lists the declaration files of the project's packages that tsc read.
 *
 * @param {string} dir the consumer folder
 * @param {string} name a TS_PROJECTS key
 * @param {{ bin: string }} node
 * @param {NodeJS.ProcessEnv} env
 */
async function compile(dir, name, node, env) {
  const projectDir = join(dir, 'ts', name);
  const tsc = join(dir, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = await run(node.bin, [tsc, '-p', projectDir, '--listFiles'], { cwd: dir, env });
  if (result.code !== 0) {
    // tsc prints its errors among the listed files: keep the errors.
    const errors = result.stdout
      .split('\n')
      .filter((line) => !line.startsWith(dir))
      .join('\n');
    throw new Error(describeFailure({ ...result, stdout: errors }, dir));
  }
  const marker = `${sep}node_modules${sep}${SCOPE}${sep}`;
  const typeFiles = result.stdout
    .split('\n')
    .map((line) => line.trim().split('/').join(sep))
    .filter((line) => line.includes(marker))
    .map((line) =>
      line
        .slice(line.indexOf(marker) + marker.length)
        .split(sep)
        .join('/'),
    )
    .sort();
  return { projectDir, typeFiles };
}

/**
 * @typedef {{ label: string, result: any, typeFiles?: string[], expectedTypes?: string }} FlowRun
 */

/**
 * Runs one mode of the matrix in an installed consumer. The TypeScript node16 mode is two runs
 * (an ES module and a CommonJS module); the others are one.
 *
 * @param {{ dir: string }} consumer
 * @param {{ bin: string }} node
 * @param {(typeof MODES)[number]} mode
 * @param {{ dataDir: string, invalidDir: string, globalconfig: string }} options
 * @returns {Promise<FlowRun[]>}
 */
export async function runMode(consumer, node, mode, { dataDir, invalidDir, globalconfig }) {
  const env = consumerEnv(node, globalconfig);
  const options = { cwd: consumer.dir, env };
  if (mode === 'esm')
    return [
      {
        label: 'esm.mjs',
        result: await runScript(node, 'esm.mjs', [dataDir, invalidDir], options),
      },
    ];
  if (mode === 'cjs')
    return [
      {
        label: 'cjs.cjs',
        result: await runScript(node, 'cjs.cjs', [dataDir, invalidDir], options),
      },
    ];
  /** @type {FlowRun[]} */
  const runs = [];
  for (const [name, project] of Object.entries(TS_PROJECTS)) {
    if (project.mode !== mode) continue;
    const { projectDir, typeFiles } = await compile(consumer.dir, name, node, env);
    const out = join(projectDir, project.out);
    runs.push({
      label: `ts/${name}/${project.file}`,
      result: await runScript(node, relative(consumer.dir, out), [dataDir, invalidDir], options),
      typeFiles,
      expectedTypes: project.types,
    });
  }
  return runs;
}

/**
 * Runs the installed executables as a user would, with the matrix's Node.js first on the PATH.
 *
 * @param {{ dir: string }} consumer
 * @param {{ bin: string }} node
 * @param {{ dataDir: string, invalidDir: string, globalconfig: string }} options
 */
export async function runExecutables(consumer, node, { dataDir, invalidDir, globalconfig }) {
  const env = consumerEnv(node, globalconfig);
  const bin = (name) => join(consumer.dir, 'node_modules', '.bin', name);
  const options = { cwd: consumer.dir, env };
  const [nodeOnPath, version, coeVersion, valid, invalid] = await Promise.all([
    run('node', ['--version'], options),
    run(bin('community-excellence'), ['--version'], options),
    run(bin('coe'), ['--version'], options),
    run(bin('community-excellence'), ['validate', dataDir], options),
    run(bin('community-excellence'), ['validate', invalidDir], options),
  ]);
  return {
    nodeOnPath: nodeOnPath.stdout.trim(),
    version: { code: version.code, stdout: version.stdout.trim(), stderr: version.stderr },
    coeVersion: {
      code: coeVersion.code,
      stdout: coeVersion.stdout.trim(),
      stderr: coeVersion.stderr,
    },
    validate: { code: valid.code, stdout: valid.stdout, stderr: valid.stderr },
    validateInvalid: { code: invalid.code, stdout: invalid.stdout, stderr: invalid.stderr },
  };
}

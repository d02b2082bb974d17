// A throw-away npm registry: verdaccio (a root devDependency) on 127.0.0.1 at a free port, with its
// configuration and storage in a temporary folder, no uplinks, and anonymous publishing allowed for
// the project's scope only. Everything else answers 404, so a consumer that installs one of our
// packages can only have got it from here.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const require = createRequire(import.meta.url);

/** The scope the registry accepts publishes for. */
export const SCOPE = '@community-excellence';

/** A free TCP port on 127.0.0.1 (the OS picks one; it is released before verdaccio binds it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * The verdaccio configuration: local storage, htpasswd with registration disabled (nobody needs
 * an account: publishing is open to `$all`, which includes anonymous requests with any token).
 *
 * @param {string} dir
 */
function config(dir) {
  return `# Written by scripts/registry/local-registry.mjs for one round trip; deleted afterwards.
storage: ${JSON.stringify(join(dir, 'storage'))}
auth:
  htpasswd:
    file: ${JSON.stringify(join(dir, 'htpasswd'))}
    max_users: -1
uplinks: {}
packages:
  '${SCOPE}/*':
    access: $all
    publish: $all
  '**':
    access: $all
web:
  enable: false
max_body_size: 200mb
log: { type: stdout, format: pretty, level: warn }
`;
}

/**
 * Starts verdaccio in its own process and resolves once it answers `/-/ping`.
 *
 * @param {string} dir an empty temporary folder for the configuration, storage and log
 * @returns {Promise<{ url: string, port: number, pid: number, log: string, stop: () => Promise<void> }>}
 */
export async function startLocalRegistry(dir) {
  mkdirSync(join(dir, 'storage'), { recursive: true });
  const configFile = join(dir, 'config.yaml');
  writeFileSync(configFile, config(dir));
  const bin = join(require.resolve('verdaccio/package.json'), '..', 'bin', 'verdaccio');
  const log = join(dir, 'verdaccio.log');
  // A port can be taken between freePort() and verdaccio's bind: try a few.
  let lastError = new Error('verdaccio did not start');
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    const out = createWriteStream(log, { flags: 'a' });
    const child = spawn(
      process.execPath,
      [bin, '--config', configFile, '--listen', `127.0.0.1:${port}`],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    /** @type {{ code: number | null } | undefined} */
    let exited;
    const exit = new Promise((resolve) =>
      child.once('exit', (code) => resolve((exited = { code }))),
    );
    // If this process ends without stop() (an interrupted test run), take verdaccio with it.
    const killOnExit = () => child.kill('SIGTERM');
    process.once('exit', killOnExit);
    // Poll until verdaccio answers or its process ends (no time limit: the caller's hook timeout guards hangs).
    while (exited === undefined) {
      try {
        const response = await fetch(`${url}-/ping`);
        if (response.ok) {
          const pid = child.pid ?? -1;
          return {
            url,
            port,
            pid,
            log,
            stop: async () => {
              process.removeListener('exit', killOnExit);
              if (exited === undefined) {
                child.kill('SIGTERM');
                await exit;
              }
              out.end();
            },
          };
        }
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    process.removeListener('exit', killOnExit);
    out.end();
    lastError = new Error(
      `verdaccio exited with ${exited.code} on port ${port} (attempt ${attempt}):\n${readFileSync(log, 'utf8').slice(-4000)}`,
    );
  }
  throw lastError;
}

/**
 * A package's document (packument) on the registry, or `undefined` when the registry has none.
 *
 * @param {string} registryUrl
 * @param {string} name
 * @returns {Promise<any>}
 */
export async function packument(registryUrl, name) {
  const response = await fetch(`${registryUrl}${name.replace('/', '%2f')}`);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`GET ${name} from ${registryUrl}: HTTP ${response.status}`);
  return response.json();
}

import type { Plugin } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packages = fileURLToPath(new URL('../../../', import.meta.url));

/** The workspace entry points, mapped to their sources (as in vitest.config.ts). */
const ENTRIES: Readonly<Record<string, string>> = {
  '@community-excellence/schemas': 'schemas/src/index.ts',
  '@community-excellence/schemas/data': 'schemas/src/data.ts',
  '@community-excellence/schemas/internal': 'schemas/src/internal.ts',
  '@community-excellence/scoring': 'scoring/src/index.ts',
  '@community-excellence/cohorts': 'cohorts/src/index.ts',
  '@community-excellence/theory-of-action': 'theory-of-action/src/index.ts',
  '@community-excellence/theory-of-action/import': 'theory-of-action/src/import/index.ts',
  '@community-excellence/theory-of-action/outcomes': 'theory-of-action/src/outcomes/index.ts',
};

const sources: Plugin = {
  name: 'workspace-sources',
  setup(build) {
    build.onResolve({ filter: /^@community-excellence\// }, (args) => {
      const entry = ENTRIES[args.path];
      return entry === undefined ? undefined : { path: join(packages, entry) };
    });
  },
};

/**
 * For tests that need a real child process (signals, pipes, races): bundles the TypeScript
 * module `entry` (with the workspace packages taken from their sources) into one ES module
 * `out`, which `node out` runs. Returns `out`.
 */
export async function bundleForProcess(entry: string, out: string): Promise<string> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    plugins: [sources],
    // CommonJS dependencies bundled into an ES module may call require().
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return out;
}

// Writes docs/cli-reference.md from the CLI's command definitions (`pnpm docs:cli`).
//
// The renderer is internal to the CLI package (packages/cli/src/reference/, not a package entry
// point), so this script bundles packages/cli/src/reference/entry.ts with esbuild into a temporary
// .mjs file, imports it and writes what it renders. Workspace packages resolve to their sources
// through the root tsconfig.json paths, so no build is needed. Command implementations are loaded by
// dynamic import() only when a command runs; they are left out of the bundle (the program is built,
// never run). tests/cli-reference.test.ts fails when the file is out of date.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = join(root, 'docs', 'cli-reference.md');
const outDir = mkdtempSync(join(tmpdir(), 'cli-reference-'));
const outfile = join(outDir, 'entry.mjs');

try {
  await build({
    absWorkingDir: root,
    entryPoints: ['packages/cli/src/reference/entry.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
    // commander is CommonJS: give its require() calls of Node built-ins a real require.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    plugins: [
      {
        name: 'leave-lazy-commands-out',
        setup(builder) {
          builder.onResolve({ filter: /.*/ }, (args) =>
            args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
          );
        },
      },
    ],
  });
  const { renderProgramReference } = await import(pathToFileURL(outfile).href);
  const next = renderProgramReference();
  let previous = '';
  try {
    previous = readFileSync(target, 'utf8');
  } catch {
    // first run: no file yet
  }
  if (previous === next) {
    console.log('docs/cli-reference.md is up to date');
  } else {
    writeFileSync(target, next);
    console.log('wrote docs/cli-reference.md');
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

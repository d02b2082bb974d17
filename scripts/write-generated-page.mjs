// Renders a generated docs page with a TypeScript renderer and writes it when it changed. The
// renderer is bundled with esbuild into a temporary .mjs file and imported; workspace packages
// resolve to their sources through the root tsconfig.json paths, so no build is needed. Used by
// write-cli-reference.mjs and write-issue-codes.mjs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * @param {{ page: string, entry: string, render: string, plugins?: import('esbuild').Plugin[] }} spec
 *   `page` relative to the repository (`docs/x.md`), `entry` the TypeScript module that exports
 *   the function named `render`, which returns the page's text.
 */
export async function writeGeneratedPage({ page, entry, render, plugins = [] }) {
  const outDir = mkdtempSync(join(tmpdir(), 'generated-page-'));
  const outfile = join(outDir, 'entry.mjs');
  try {
    await build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      tsconfig: 'tsconfig.json',
      logLevel: 'warning',
      // CommonJS dependencies (commander) get a real require() for Node built-ins.
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
      plugins,
    });
    const module = await import(pathToFileURL(outfile).href);
    const next = module[render]();
    const target = join(root, page);
    let previous = '';
    try {
      previous = readFileSync(target, 'utf8');
    } catch {
      // first run: no file yet
    }
    if (previous === next) {
      console.log(`${page} is up to date`);
    } else {
      writeFileSync(target, next);
      console.log(`wrote ${page}`);
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

// Writes docs/issue-codes.md from the packages' issue-code catalogues (`pnpm docs:issue-codes`).
//
// The renderer is tests/support/issue-codes-page.ts; this script bundles it with esbuild into a
// temporary .mjs file, imports it and writes what it renders. Workspace packages resolve to their
// sources through the root tsconfig.json paths, so no build is needed. tests/issue-codes.test.ts
// fails when the file is out of date.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = join(root, 'docs', 'issue-codes.md');
const outDir = mkdtempSync(join(tmpdir(), 'issue-codes-'));
const outfile = join(outDir, 'page.mjs');

try {
  await build({
    absWorkingDir: root,
    entryPoints: ['tests/support/issue-codes-page.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  const { renderIssueCodesPage } = await import(pathToFileURL(outfile).href);
  const next = renderIssueCodesPage();
  let previous = '';
  try {
    previous = readFileSync(target, 'utf8');
  } catch {
    // first run: no file yet
  }
  if (previous === next) {
    console.log('docs/issue-codes.md is up to date');
  } else {
    writeFileSync(target, next);
    console.log('wrote docs/issue-codes.md');
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Bundles what a browser app would import (from the built packages, as installed) and measures the
// minified gzip size against the budgets in size-budgets.json. Run after `pnpm build`.
const root = new URL('..', import.meta.url);
const budgets = JSON.parse(readFileSync(new URL('size-budgets.json', root), 'utf8')) as Record<
  string,
  { entry: string; maxGzipBytes: number; forbid: string[]; require: string[] }
>;

async function bundle(entryCode: string): Promise<{ code: string; gzip: number }> {
  const result = await build({
    stdin: { contents: entryCode, resolveDir: fileURLToPath(root), loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    treeShaking: true,
    alias: {
      '@community-excellence/schemas': fileURLToPath(
        new URL('packages/schemas/dist/index.js', root),
      ),
      '@community-excellence/schemas/data': fileURLToPath(
        new URL('packages/schemas/dist/data.js', root),
      ),
      '@community-excellence/schemas/internal': fileURLToPath(
        new URL('packages/schemas/dist/internal.js', root),
      ),
      '@community-excellence/scoring': fileURLToPath(
        new URL('packages/scoring/dist/index.js', root),
      ),
      '@community-excellence/cohorts': fileURLToPath(
        new URL('packages/cohorts/dist/index.js', root),
      ),
      '@community-excellence/theory-of-action/import': fileURLToPath(
        new URL('packages/theory-of-action/dist/import.js', root),
      ),
      '@community-excellence/theory-of-action': fileURLToPath(
        new URL('packages/theory-of-action/dist/index.js', root),
      ),
    },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { code, gzip: gzipSync(code).length };
}

describe.each(Object.entries(budgets))('bundle %s', (name, budget) => {
  const { entry } = budget;

  it(`stays within its gzip budget and pulls in none of: ${budget.forbid.join(', ') || '(nothing forbidden)'}`, async () => {
    const { code, gzip } = await bundle(entry);
    mkdirSync(new URL('.tmp/', root), { recursive: true });
    writeFileSync(
      new URL(`.tmp/bundle-${name}.json`, root),
      JSON.stringify({ name, gzip, minified: code.length }, null, 2),
    );
    for (const marker of budget.forbid)
      expect(code.includes(marker), `${name} contains ${marker}`).toBe(false);
    // Positive controls: markers that must be present prove the forbidden-marker check can fail.
    for (const marker of budget.require)
      expect(code.includes(marker), `${name} lacks ${marker}`).toBe(true);
    expect(gzip).toBeGreaterThan(0);
    expect(gzip).toBeLessThanOrEqual(budget.maxGzipBytes);
  });
});

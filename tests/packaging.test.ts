import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Pins the output of `attw --pack` for every package (run after `pnpm build`, as `pnpm test` does).
const root = fileURLToPath(new URL('..', import.meta.url));
const attwBin = join(root, 'node_modules', '.bin', 'attw');
const packages = readdirSync(join(root, 'packages')).filter((dir) =>
  existsSync(join(root, 'packages', dir, 'package.json')),
);

interface AttwResolution {
  readonly resolution?: { readonly fileName: string };
}
interface AttwReport {
  readonly analysis: {
    readonly problems: readonly unknown[];
    readonly entrypoints: Record<string, { readonly resolutions: Record<string, AttwResolution> }>;
  };
}

function attw(dir: string): AttwReport {
  let output: string;
  try {
    output = execFileSync(attwBin, ['--pack', '.', '--format', 'json'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // attw exits 1 when it finds problems but still prints the JSON report.
    output = String((error as { stdout?: unknown }).stdout ?? '');
  }
  return JSON.parse(output) as AttwReport;
}

describe.each(packages)('package %s', (pkg) => {
  const dir = join(root, 'packages', pkg);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string;
    sideEffects?: unknown;
  };

  it('is built (run `pnpm build` first)', () => {
    expect(existsSync(join(dir, 'dist', 'index.js'))).toBe(true);
    expect(existsSync(join(dir, 'dist', 'index.cjs'))).toBe(true);
  });

  it('declares itself free of side effects', () => {
    expect(manifest.sideEffects).toBe(false);
  });

  it('resolves types for node10, node16 (CJS and ESM) and bundlers with no attw problems', () => {
    const report = attw(dir);
    expect(report.analysis.problems).toEqual([]);
    const main = report.analysis.entrypoints['.'];
    const files = Object.fromEntries(
      Object.entries(main?.resolutions ?? {}).map(([mode, res]) => [
        mode,
        res.resolution?.fileName.replace(`/node_modules/${manifest.name}/`, ''),
      ]),
    );
    expect(files).toEqual({
      node10: 'dist/index.d.cts',
      'node16-cjs': 'dist/index.d.cts',
      'node16-esm': 'dist/index.d.ts',
      bundler: 'dist/index.d.ts',
    });
  });
});

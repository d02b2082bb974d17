import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../packages/cli/src/testing/temp-dirs.js';

// End-to-end: the built executable as a user runs it (after `pnpm build`).
const bin = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const tempDir = tempDirs('process');

describe('community-excellence executable', () => {
  it('runs the demo and exits 0', () => {
    const out = join(tempDir(), 'report');
    const result = run('demo', '--out', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Riverbend County');
    expect(result.stdout).toContain('All documents are valid');
    expect(result.stdout).toContain(join(out, 'report.html'));
    expect(existsSync(join(out, 'report.html'))).toBe(true);
  });

  it('prints its version and help', () => {
    expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: community-excellence');
  });

  it('exits 2 for an unknown command', () => {
    const result = run('nope');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown command 'nope'");
  });
});

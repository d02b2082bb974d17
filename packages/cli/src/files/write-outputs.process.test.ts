import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForProcess } from '../testing/bundle-for-process.js';
import { tempDirs } from '../testing/temp-dirs.js';

// Real child processes: two writers racing, and writers killed with SIGTERM or SIGKILL.
const tempDir = tempDirs('write-process');
let bundleDir: string;
let child: string;

beforeAll(async () => {
  bundleDir = mkdtempSync(join(tmpdir(), 'coe-write-child-'));
  child = await bundleForProcess(
    fileURLToPath(new URL('../testing/write-outputs-child.ts', import.meta.url)),
    join(bundleDir, 'child.mjs'),
  );
});
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

interface Ended {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
}

const start = (
  ...args: string[]
): { proc: ChildProcess; ended: Promise<Ended>; staged: Promise<void> } => {
  const proc = spawn(process.execPath, [child, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  let stdout = '';
  let onStaged: () => void = () => undefined;
  const staged = new Promise<void>((resolve) => (onStaged = resolve));
  proc.stdout!.on('data', (data: Buffer) => {
    stdout += data.toString();
    if (stdout.includes('staged\n')) onStaged();
  });
  const ended = new Promise<Ended>((resolve) =>
    proc.on('close', (code, signal) => {
      onStaged();
      resolve({ code, signal, stdout });
    }),
  );
  return { proc, ended, staged };
};

const temps = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('writeOutputs in real processes', () => {
  it('two writers committing at the same moment without force: exactly one wins', async () => {
    for (let round = 0; round < 15; round += 1) {
      const dir = tempDir();
      const target = join(dir, 'out.json');
      const a = start('barrier', 'A', 'no', target);
      const b = start('barrier', 'B', 'no', target);
      // Both have passed the existence check and written their temporary file.
      await Promise.all([a.staged, b.staged]);
      a.proc.stdin!.write('go\n');
      b.proc.stdin!.write('go\n');
      const ends = await Promise.all([a.ended, b.ended]);
      const codes = ends.map((end) => end.code).sort();
      expect(codes).toEqual([0, 2]);
      const loser = ends.find((end) => end.code === 2)!;
      expect(loser.stdout).toBe('staged\nrefused exists\n');
      const winner = ends[0]!.code === 0 ? 'A' : 'B';
      expect(readFileSync(target, 'utf8')).toBe(`${winner}\n`.repeat(100_000));
      expect(temps(dir)).toEqual([]);
    }
  });

  it('two writers started together without force: exactly one wins, many times over', async () => {
    for (let round = 0; round < 25; round += 1) {
      const dir = tempDir();
      const target = join(dir, 'out.json');
      const ends = await Promise.all([
        start('now', 'A', 'no', target).ended,
        start('now', 'B', 'no', target).ended,
      ]);
      expect(ends.map((end) => end.code).sort()).toEqual([0, 2]);
      expect(ends.find((end) => end.code === 2)!.stdout).toMatch(/refused exists\n$/);
      expect(temps(dir)).toEqual([]);
    }
  });

  it('a writer killed with SIGTERM mid-write removes its temporary files and exits 143', async () => {
    const dir = tempDir();
    const writer = start('hold', 'A', 'no', join(dir, 'a.json'), join(dir, 'b.json'));
    await writer.staged;
    expect(temps(dir)).toHaveLength(2);
    writer.proc.kill('SIGTERM');
    const end = await writer.ended;
    expect(end.code).toBe(143);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('SIGINT and SIGHUP too (exit 130 and 129)', async () => {
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGHUP', 129],
    ] as const) {
      const dir = tempDir();
      const writer = start('hold', 'A', 'no', join(dir, 'a.json'));
      await writer.staged;
      writer.proc.kill(signal);
      expect((await writer.ended).code).toBe(code);
      expect(readdirSync(dir)).toEqual([]);
    }
  });

  it("a writer killed with SIGKILL leaves temporary files that the next writer's run removes", async () => {
    const dir = tempDir();
    const writer = start('hold', 'A', 'no', join(dir, 'a.json'));
    await writer.staged;
    writer.proc.kill('SIGKILL');
    expect((await writer.ended).signal).toBe('SIGKILL');
    expect(temps(dir)).toHaveLength(1);
    expect(existsSync(join(dir, 'a.json'))).toBe(false);
    const next = await start('now', 'B', 'no', join(dir, 'b.json')).ended;
    expect(next.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['b.json']);
  });

  it('with force, the set replaces the old files', async () => {
    const dir = tempDir();
    const target = join(dir, 'out.json');
    expect((await start('now', 'A', 'no', target).ended).code).toBe(0);
    expect((await start('now', 'B', 'no', target).ended).code).toBe(2);
    expect((await start('now', 'B', 'force', target).ended).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe('B\n'.repeat(100_000));
    expect(temps(dir)).toEqual([]);
  });
});

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForProcess } from './testing/bundle-for-process.js';
import { tempDirs } from './testing/temp-dirs.js';

// The CLI as a real process (bundled from the sources): pipes, signals, races, special files.
const tempDir = tempDirs('cli-process');
let bundleDir: string;
let bin: string;
const edfacts = fileURLToPath(
  new URL('../../../../shared/data/county-health-rankings/edfactsdownload.csv', import.meta.url),
);
const graduation = fileURLToPath(
  new URL(
    '../../../../shared/data/colorado-kids-count/high-school-graduation-rates.csv',
    import.meta.url,
  ),
);

beforeAll(async () => {
  bundleDir = mkdtempSync(join(tmpdir(), 'coe-cli-bundle-'));
  bin = await bundleForProcess(
    fileURLToPath(new URL('./bin.ts', import.meta.url)),
    join(bundleDir, 'bin.mjs'),
  );
});
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

interface Ended {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

const start = (
  args: readonly string[],
  { closeStdout = false } = {},
): { kill: (signal: NodeJS.Signals) => void; ended: Promise<Ended> } => {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  // A reader that went away: every write of the child's fails with EPIPE.
  if (closeStdout) child.stdout.destroy();
  else child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
  child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
  const ended = new Promise<Ended>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { kill: (signal) => child.kill(signal), ended };
};

/** An EDFacts-shaped CSV of the real rows repeated with district ids varied (about 30 MB). */
const bigCsv = (dir: string): string => {
  const [header, ...rows] = readFileSync(edfacts, 'utf8').trimEnd().split(/\r?\n/);
  const file = join(dir, 'big.csv');
  const fd = openSync(file, 'w');
  writeSync(fd, `${header}\r\n`);
  for (let repeat = 0; repeat < 20; repeat += 1)
    writeSync(
      fd,
      `${rows.map((row) => row.replace(/^([^,]*,[^,]*,)/, `$1${repeat}`)).join('\r\n')}\r\n`,
    );
  closeSync(fd);
  return file;
};

const temps = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

const waitForTemp = async (dir: string): Promise<void> => {
  for (;;) {
    const found = existsSync(dir)
      ? temps(dir).find((name) => statSync(join(dir, name)).size > 0)
      : undefined;
    if (found !== undefined) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('the CLI as a process', () => {
  it('ends quietly with exit 0 when the reader of its output goes away (EPIPE)', async () => {
    const dir = tempDir();
    const demo = await start(['demo', '--out', join(dir, 'demo')], { closeStdout: true }).ended;
    expect(demo).toMatchObject({ code: 0, stderr: '' });
    const schema = await start(['schema'], { closeStdout: true }).ended;
    expect(schema).toMatchObject({ code: 0, stderr: '' });
    // The command still does its work: the files are written and the exit code is its own.
    const out = join(dir, 'rows.ndjson');
    const imported = await start(['import', edfacts, '--mapping', 'edfacts-acgr', '--out', out], {
      closeStdout: true,
    }).ended;
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(out, 'utf8').split('\n')).toHaveLength(12_282);
    // A real shell pipe: `coe demo | head -1`.
    const piped = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${bin}" demo --out "${join(dir, 'piped')}" | head -1; echo "exit \${PIPESTATUS[0]}"`,
      ],
      { encoding: 'utf8' },
    );
    expect(piped.stdout).toBe(
      'community-excellence demo: the Riverbend example community\nexit 0\n',
    );
    expect(piped.stderr).toBe('');
  });

  it('refuses a device, a FIFO and a folder given as a file with exit 2, before reading', () => {
    const dir = tempDir();
    const fifo = join(dir, 'rows.csv');
    execFileSync('mkfifo', [fifo]);
    const zero = run('validate', '/dev/zero');
    expect(zero.status).toBe(2);
    expect(zero.stderr).toBe(
      'community-excellence validate: cannot read /dev/zero: it is a device, not a regular file\n',
    );
    const pipe = run('import', fifo, '--mapping', 'co-graduation', '--out', join(dir, 'o.json'));
    expect(pipe.status).toBe(2);
    expect(pipe.stderr).toBe(
      `community-excellence import: cannot read ${fifo}: it is a named pipe (FIFO), not a regular file\n`,
    );
    const folder = run('score', dir);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain(`cannot read ${dir}: it is a directory, not a file`);
  });

  it('two imports racing for the same --out without --force: exactly one wins, the other exits 2', async () => {
    for (let round = 0; round < 8; round += 1) {
      const dir = tempDir();
      const out = join(dir, 'out.json');
      const args = ['import', graduation, '--mapping', 'co-graduation', '--out', out];
      const ends = await Promise.all([start(args).ended, start(args).ended]);
      expect(ends.map((end) => end.code).sort()).toEqual([0, 2]);
      expect(ends.find((end) => end.code === 2)!.stderr).toBe(
        `community-excellence import: ${out} already exists; use --force to overwrite it\n`,
      );
      expect(readdirSync(dir)).toEqual(['out.json']);
    }
  });

  it('an import killed with SIGTERM mid-write removes its temporary files (exit 143); one killed with SIGKILL leaves them to the next run', async () => {
    const dir = tempDir();
    const csv = bigCsv(dir);
    const out = join(dir, 'out');
    const args = ['import', csv, '--mapping', 'edfacts-acgr', '--out', join(out, 'rows.ndjson')];
    const terminated = start(args);
    await waitForTemp(out);
    terminated.kill('SIGTERM');
    expect((await terminated.ended).code).toBe(143);
    expect(readdirSync(out)).toEqual([]);

    const killed = start(args);
    await waitForTemp(out);
    killed.kill('SIGKILL');
    expect((await killed.ended).signal).toBe('SIGKILL');
    expect(temps(out).length).toBeGreaterThan(0);
    const next = run(
      'import',
      graduation,
      '--mapping',
      'co-graduation',
      '--out',
      join(out, 'g.json'),
    );
    expect(next.status).toBe(0);
    expect(readdirSync(out)).toEqual(['g.json']);
    expect(existsSync(join(out, 'rows.ndjson'))).toBe(false);
  });

  it('refuses a date that is not on the calendar (exit 2)', () => {
    const result = run('report', tempDir(), '--date', '2026-13-45');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'community-excellence report: --date must be a calendar date like 2026-05-01 (YYYY-MM-DD), not "2026-13-45"\n',
    );
  });
});

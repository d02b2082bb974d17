import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../testing/temp-dirs.js';
import { stageOutputs, writeAtomically, writeOutputs } from './write-outputs.js';

const tempDir = tempDirs('write-outputs');
const temps = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('writeOutputs', () => {
  it('writes every file, leaving no temporary file', () => {
    const dir = tempDir();
    const files = [
      { path: join(dir, 'out', 'report.html'), text: '<p>hi</p>' },
      { path: join(dir, 'out', 'report.md'), text: '# hi' },
    ];
    expect(writeOutputs(files)).toEqual({ ok: true, written: files.map((f) => f.path) });
    expect(readFileSync(files[0]!.path, 'utf8')).toBe('<p>hi</p>');
    expect(readFileSync(files[1]!.path, 'utf8')).toBe('# hi');
    expect(temps(join(dir, 'out'))).toEqual([]);
  });

  it('without force, writes nothing when any file exists', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'report.md'), 'old');
    const result = writeOutputs([
      { path: join(dir, 'report.html'), text: 'new' },
      { path: join(dir, 'report.md'), text: 'new' },
    ]);
    expect(result).toEqual({ ok: false, reason: 'exists', existing: [join(dir, 'report.md')] });
    expect(existsSync(join(dir, 'report.html'))).toBe(false);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe('old');
    expect(temps(dir)).toEqual([]);
  });

  it('refuses an output that is an input through a symbolic or hard link, even with force', () => {
    const dir = tempDir();
    const input = join(dir, 'in.csv');
    writeFileSync(input, 'a,b\n1,2\n');
    symlinkSync(input, join(dir, 'soft.json'));
    linkSync(input, join(dir, 'hard.json'));
    for (const name of ['soft.json', 'hard.json', 'x/../in.csv']) {
      const result = writeOutputs([{ path: join(dir, name), text: '{}' }], {
        force: true,
        inputs: [input],
      });
      expect(result).toEqual({
        ok: false,
        reason: 'same-file',
        path: join(dir, name),
        input,
        message: `it is the input file ${input} (the same file on disk); choose another output file`,
      });
    }
    expect(readFileSync(input, 'utf8')).toBe('a,b\n1,2\n');
  });

  it('with force, a set that fails half-way restores the old files: all or none', () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'report.html'), 'old html');
    // report.md is a non-empty folder: renaming a file over it fails after report.html was replaced.
    mkdirSync(join(out, 'report.md'));
    writeFileSync(join(out, 'report.md', 'keep'), 'x');
    const result = writeOutputs(
      [
        { path: join(out, 'report.html'), text: 'new html' },
        { path: join(out, 'report.md'), text: 'new md' },
      ],
      { force: true },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe('io');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe('old html');
    expect(temps(out)).toEqual([]);
  });

  it('without force, a set that fails half-way removes the files it created', () => {
    const dir = tempDir();
    const staged = stageOutputs([join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(staged.ok).toBe(true);
    if (!staged.ok) return;
    staged.outputs.file(join(dir, 'a.txt')).write('a');
    staged.outputs.file(join(dir, 'b.txt')).write('b');
    // Another writer creates b.txt after the check: exclusive creation fails, a.txt is taken back.
    writeFileSync(join(dir, 'b.txt'), 'theirs');
    expect(staged.outputs.commit()).toEqual({
      ok: false,
      reason: 'exists',
      existing: [join(dir, 'b.txt')],
    });
    expect(existsSync(join(dir, 'a.txt'))).toBe(false);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('theirs');
    expect(temps(dir)).toEqual([]);
  });

  it('abort removes the temporary files; a folder that cannot be written is an I/O error', () => {
    const dir = tempDir();
    const staged = stageOutputs([join(dir, 'a.txt')]);
    if (!staged.ok) throw new Error('not staged');
    staged.outputs.file(join(dir, 'a.txt')).write('a');
    expect(temps(dir)).toHaveLength(1);
    staged.outputs.abort();
    expect(temps(dir)).toEqual([]);
    expect(existsSync(join(dir, 'a.txt'))).toBe(false);
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'a file, not a folder');
    const result = writeOutputs([{ path: join(blocked, 'x.txt'), text: 'x' }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe('io');
  });

  it('removes the stale temporary files of a dead writer in the folder it writes to', () => {
    const dir = tempDir();
    // pid 2^22 + 1 is above Linux's pid_max: no live process has it.
    const stale = join(dir, '.report.html.coe-4194305-abc123.tmp');
    // A file of the user's that merely looks like a temporary file is never touched.
    const theirs = join(dir, '.report.html.4194305.abc123.tmp');
    writeFileSync(theirs, 'keep');
    const mine = join(dir, `.report.html.coe-${process.pid}-abc123.tmp`);
    writeFileSync(stale, 'half');
    writeFileSync(mine, 'live');
    writeAtomically(join(dir, 'report.html'), 'done');
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(mine)).toBe(true);
    expect(existsSync(theirs)).toBe(true);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe('done');
  });

  it('writeAtomically replaces an existing file and throws on an I/O error', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'old');
    writeAtomically(join(dir, 'a.txt'), 'new');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('new');
    // A path under a file, not a folder.
    expect(() => writeAtomically(join(dir, 'a.txt', 'b.txt'), 'x')).toThrow(/ENOTDIR|EEXIST/);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../testing/temp-dirs.js';
import { checkInputFile, MAX_DOCUMENT_BYTES, openInputFile, readInputText } from './input-file.js';

const tempDir = tempDirs('input-file');

describe('checkInputFile and readInputText', () => {
  it('refuse a device, a FIFO and a directory before reading', () => {
    const dir = tempDir();
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    mkdirSync(join(dir, 'folder.json'));
    expect(readInputText('/dev/zero')).toEqual({
      ok: false,
      message: 'cannot read /dev/zero: it is a device, not a regular file',
    });
    // Nobody writes to the FIFO: reading it would block forever.
    expect(readInputText(fifo)).toEqual({
      ok: false,
      message: `cannot read ${fifo}: it is a named pipe (FIFO), not a regular file`,
    });
    expect(checkInputFile(join(dir, 'folder.json'))).toEqual({
      ok: false,
      message: `cannot read ${join(dir, 'folder.json')}: it is a directory, not a file`,
    });
    const missing = checkInputFile(join(dir, 'missing.json'));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.message).toContain('ENOENT');
  });

  it('reads a regular file (through a link), without its byte-order mark', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), '\uFEFF{"a":1}');
    symlinkSync(join(dir, 'a.json'), join(dir, 'link.json'));
    expect(readInputText(join(dir, 'link.json'))).toEqual({ ok: true, text: '{"a":1}' });
    expect(checkInputFile(join(dir, 'a.json'))).toEqual({ ok: true, size: 10 });
  });

  it('refuses a file larger than the limit, reading no more than the limit', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.json'), 'x'.repeat(2049));
    expect(readInputText(join(dir, 'big.json'), 2048)).toEqual({
      ok: false,
      message: `cannot read ${join(dir, 'big.json')}: it is larger than 2048 bytes, the limit for a document read whole (0 MiB)`,
    });
    expect(readInputText(join(dir, 'big.json'), 2049)).toEqual({
      ok: true,
      text: 'x'.repeat(2049),
    });
    expect(MAX_DOCUMENT_BYTES).toBe(256 * 1024 * 1024);
  });

  it('openInputFile refuses what is not a regular file on the open handle, without blocking', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'rows.csv');
    execFileSync('mkfifo', [fifo]);
    mkdirSync(join(dir, 'folder.csv'));
    writeFileSync(join(dir, 'a.csv'), 'x,y\n1,2\n');
    expect(await openInputFile('/dev/zero')).toEqual({
      ok: false,
      message: 'cannot read /dev/zero: it is a device, not a regular file',
    });
    expect(await openInputFile(fifo)).toEqual({
      ok: false,
      message: `cannot read ${fifo}: it is a named pipe (FIFO), not a regular file`,
    });
    expect(await openInputFile(join(dir, 'folder.csv'))).toEqual({
      ok: false,
      message: `cannot read ${join(dir, 'folder.csv')}: it is a directory, not a file`,
    });
    const opened = await openInputFile(join(dir, 'a.csv'));
    expect(opened.ok && opened.size).toBe(8);
    if (opened.ok) await opened.handle.close();
  });
});

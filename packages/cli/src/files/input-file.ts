import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/**
 * The largest JSON or NDJSON document the CLI reads whole: 256 MiB. Larger documents are refused
 * with a clear message (exit 2) instead of growing the process until it aborts; import large CSV
 * files to NDJSON and check them in parts.
 *
 * @example
 * ```ts
 * const read = readInputText('big.json', MAX_DOCUMENT_BYTES);
 * ```
 */
export const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;

const ioMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

const kindOf = (info: Stats): string | undefined => {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'it is a directory, not a file';
  if (info.isFIFO()) return 'it is a named pipe (FIFO), not a regular file';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'it is a device, not a regular file';
  if (info.isSocket()) return 'it is a socket, not a regular file';
  return 'it is not a regular file';
};

/**
 * Checks that `file` is a regular file (following symbolic links) before anything reads it:
 * a directory, a device (`/dev/zero`), a FIFO or a socket is refused. Returns its size, or the
 * message to print (the CLI exits 2). Never throws.
 *
 * @example
 * ```ts
 * const checked = checkInputFile('/dev/zero');
 * if (!checked.ok) console.error(checked.message); // cannot read /dev/zero: it is a device, not a regular file
 * ```
 */
export function checkInputFile(
  file: string,
): { readonly ok: true; readonly size: number } | { readonly ok: false; readonly message: string } {
  let info: Stats;
  try {
    info = statSync(file);
  } catch (error) {
    return { ok: false, message: `cannot read ${file}: ${ioMessage(error)}` };
  }
  const refused = kindOf(info);
  if (refused !== undefined) return { ok: false, message: `cannot read ${file}: ${refused}` };
  return { ok: true, size: info.size };
}

/**
 * Reads a whole text file (UTF-8, a leading byte-order mark removed), refusing a file that is not
 * a regular file (checked before opening, and again on the open file, without blocking on a
 * FIFO) or that is larger than `maxBytes` (default {@link MAX_DOCUMENT_BYTES}): at most
 * `maxBytes + 1` bytes are ever read. Never throws.
 *
 * @example
 * ```ts
 * const read = readInputText('assessment.json');
 * if (read.ok) JSON.parse(read.text);
 * ```
 */
export function readInputText(
  file: string,
  maxBytes: number = MAX_DOCUMENT_BYTES,
): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string } {
  const checked = checkInputFile(file);
  if (!checked.ok) return checked;
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, message: `cannot read ${file}: ${ioMessage(error)}` };
  }
  try {
    const refused = kindOf(fstatSync(fd));
    if (refused !== undefined) return { ok: false, message: `cannot read ${file}: ${refused}` };
    const tooLarge = {
      ok: false as const,
      message: `cannot read ${file}: it is larger than ${maxBytes} bytes, the limit for a document read whole (${Math.round(maxBytes / 1024 / 1024)} MiB)`,
    };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) return tooLarge;
    }
    return {
      ok: true,
      text: Buffer.concat(chunks, total)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    };
  } catch (error) {
    return { ok: false, message: `cannot read ${file}: ${ioMessage(error)}` };
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens `file` for reading in parts (a CSV import), refusing what is not a regular file the way
 * {@link checkInputFile} does, checked on the open file; opened without blocking, so a FIFO
 * nobody writes to never hangs the check. The caller closes the handle. Never throws.
 *
 * @example
 * ```ts
 * const opened = await openInputFile('edfactsdownload.csv');
 * if (opened.ok) await opened.handle.close();
 * ```
 */
export async function openInputFile(
  file: string,
): Promise<
  | { readonly ok: true; readonly handle: FileHandle; readonly size: number }
  | { readonly ok: false; readonly message: string }
> {
  let handle: FileHandle;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, message: `cannot read ${file}: ${ioMessage(error)}` };
  }
  try {
    const info = await handle.stat();
    const refused = kindOf(info);
    if (refused === undefined) return { ok: true, handle, size: info.size };
    await handle.close().catch(() => undefined);
    return { ok: false, message: `cannot read ${file}: ${refused}` };
  } catch (error) {
    await handle.close().catch(() => undefined);
    return { ok: false, message: `cannot read ${file}: ${ioMessage(error)}` };
  }
}

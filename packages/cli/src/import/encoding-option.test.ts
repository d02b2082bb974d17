import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-codes.js';
import { runCli } from '../run-cli.js';
import { captureIo } from '../testing/capture-io.js';
import { tempDirs } from '../testing/temp-dirs.js';

// The real file is read in place from /work/shared/data; its latin-1 variant is built here.
const graduation = fileURLToPath(
  new URL(
    '../../../../../shared/data/colorado-kids-count/high-school-graduation-rates.csv',
    import.meta.url,
  ),
);
const tempDir = tempDirs('encoding');

/** The graduation file with accented district names, written in latin-1. */
function latin1File(): { file: string; dir: string } {
  const dir = tempDir();
  const file = join(dir, 'graduation-latin1.csv');
  const text = readFileSync(graduation, 'utf8')
    .replaceAll('CANON CITY', 'CAÑON CITY')
    .replaceAll('MONTE VISTA', 'MONTÉ VISTA');
  writeFileSync(file, Buffer.from(text, 'latin1'));
  return { file, dir };
}

describe('--encoding', () => {
  it('coe import reads a latin-1 file correctly with --encoding latin1', async () => {
    const { file, dir } = latin1File();
    const out = join(dir, 'set.json');
    const io = captureIo();
    const code = await runCli(
      ['import', file, '--mapping', 'co-graduation', '--encoding', 'latin1', '--out', out],
      io,
    );
    expect(io.err()).toBe('');
    expect(code).toBe(ExitCode.Ok);
    expect(io.out()).toContain('905 observations');
    expect(io.out()).toContain('0 errors, 0 warnings');
    const places = new Set(
      (
        JSON.parse(readFileSync(out, 'utf8')) as { observations: { place: { code: string } }[] }
      ).observations.map((o) => o.place.code),
    );
    expect(places.has('CAÑON CITY RE-1')).toBe(true);
    expect(places.has('MONTÉ VISTA C-8')).toBe(true);
  });

  it('without it, the replacement characters are a warning that names the option', async () => {
    const { file, dir } = latin1File();
    const io = captureIo();
    await runCli(
      ['import', file, '--mapping', 'co-graduation', '--out', join(dir, 'set.json')],
      io,
    );
    const lines = readFileSync(file, 'latin1').split('\n');
    const row = lines.findIndex((line) => line.includes('Ñ')) + 1;
    const count = lines.join('\n').match(/[ÑÉ]/g)?.length ?? 0;
    expect(io.out()).toContain(
      `${file}:${row}:1 warning (root) csv_replacement_characters: The text holds ${count} replacement characters (U+FFFD), the first here: bytes that are not valid utf-8, so names may be garbled. If the file is in another encoding, import it with that encoding (the encoding option; --encoding latin1, windows-1252, utf-16le or utf-16be in the CLI).`,
    );
  });

  it('coe validate --mapping reads CSV files with --encoding too', async () => {
    const { file } = latin1File();
    const io = captureIo();
    const code = await runCli(
      ['validate', file, '--mapping', 'co-graduation', '--encoding', 'latin1', '--format', 'json'],
      io,
    );
    expect(code).toBe(ExitCode.Ok);
    expect(io.out()).not.toContain('csv_replacement_characters');
    const without = captureIo();
    await runCli(['validate', file, '--mapping', 'co-graduation', '--format', 'json'], without);
    expect(without.out()).toContain('csv_replacement_characters');
  });

  it('refuses an encoding it does not know, and lists the choices in --help', async () => {
    const io = captureIo();
    const code = await runCli(
      [
        'import',
        graduation,
        '--mapping',
        'co-graduation',
        '--encoding',
        'ebcdic',
        '--out',
        'x.json',
      ],
      io,
    );
    expect(code).toBe(ExitCode.UsageOrIo);
    expect(io.err()).toContain(
      "option '--encoding <name>' argument 'ebcdic' is invalid. Allowed choices are utf-8, utf-16le, utf-16be, latin1, windows-1252.",
    );
    const help = captureIo();
    await runCli(['import', '--help'], help);
    expect(help.out().replace(/\s+/g, ' ')).toContain(
      '--encoding <name> the encoding of the CSV bytes (default utf-8; a UTF-8 or UTF-16 byte-order mark wins; latin1 is read as windows-1252) (choices: "utf-8", "utf-16le", "utf-16be", "latin1", "windows-1252")',
    );
  });
});

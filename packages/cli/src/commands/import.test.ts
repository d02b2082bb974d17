import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { validateObservationSet } from '@community-excellence/schemas';
import { builtInMappings } from '@community-excellence/theory-of-action/import';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-codes.js';
import { runCli } from '../run-cli.js';
import { captureIo } from '../testing/capture-io.js';
import type { ImportReport } from './import.js';
import { tempDirs } from '../testing/temp-dirs.js';

// The real files are read in place from /work/shared/data (never copied into the repository).
const data = (file: string): string =>
  fileURLToPath(new URL(`../../../../../shared/data/${file}`, import.meta.url));
const graduation = data('colorado-kids-count/high-school-graduation-rates.csv');
const graduationCr = data('colorado-kids-count/high-school-graduation-rates.cr-line-endings.csv');

const tempDir = tempDirs('import');

/** A stream that says it is a terminal and keeps what is drawn on it. */
class FakeTerminal extends Writable {
  readonly isTTY = true;
  readonly columns = 160;
  text = '';
  override _write(
    chunk: unknown,
    _encoding: BufferEncoding,
    callback: (error?: Error | null) => void,
  ): void {
    this.text += String(chunk);
    callback();
  }
}

describe('import', () => {
  it('imports a real file with a built-in mapping into a valid observation set (exit 0)', async () => {
    const dir = tempDir();
    const out = join(dir, 'graduation.json');
    const io = captureIo();
    expect(
      await runCli(['import', graduation, '--mapping', 'co-graduation', '--out', out], io),
    ).toBe(ExitCode.Ok);
    expect(io.err()).toBe('');
    expect(io.out()).toBe(
      `Imported ${graduation} with mapping co-graduation: 905 rows, 905 observations (exact 895, interval 0, bound 0, suppressed 0, missing 10), 0 rejected, 0 errors, 0 warnings.\nWrote ${out}.\n`,
    );
    const text = readFileSync(out, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    const set = validateObservationSet(JSON.parse(text));
    expect(set.ok).toBe(true);
    if (!set.ok) return;
    expect(set.value.id).toBe('co-graduation');
    expect(set.value.observations).toHaveLength(905);
    expect(set.value.observations[0]).toMatchObject({
      place: { code: 'Colorado' },
      period: { label: '2010' },
      value: { kind: 'exact', value: 0.724 },
    });
    // No temporary file is left behind.
    expect(readdirSync(dir)).toEqual(['graduation.json']);
  });

  it('gives byte-identical output (and report) for the same inputs; a mapping file gives the same set as the built-in', async () => {
    const dir = tempDir();
    const first = captureIo();
    const second = captureIo();
    expect(
      await runCli(
        [
          'import',
          graduationCr,
          '--mapping',
          'co-graduation-cr',
          '--out',
          join(dir, 'a.json'),
          '--format',
          'json',
        ],
        first,
      ),
    ).toBe(ExitCode.Ok);
    expect(
      await runCli(
        [
          'import',
          graduationCr,
          '--format',
          'json',
          '--out',
          join(dir, 'b.json'),
          '--mapping',
          'co-graduation-cr',
        ],
        second,
      ),
    ).toBe(ExitCode.Ok);
    const a = readFileSync(join(dir, 'a.json'));
    expect(readFileSync(join(dir, 'b.json')).equals(a)).toBe(true);
    expect(second.out().replaceAll('b.json', 'a.json')).toBe(first.out());

    const mappingFile = join(dir, 'mapping.json');
    writeFileSync(mappingFile, JSON.stringify(builtInMappings['co-graduation-cr'], null, 2));
    const fromFile = captureIo();
    expect(
      await runCli(
        [
          'import',
          graduationCr,
          '--mapping',
          mappingFile,
          '--out',
          join(dir, 'c.json'),
          '--format',
          'json',
        ],
        fromFile,
      ),
    ).toBe(ExitCode.Ok);
    expect(readFileSync(join(dir, 'c.json')).equals(a)).toBe(true);
    expect((JSON.parse(fromFile.out()) as ImportReport).mapping).toBe(mappingFile);
  });

  it('reports as JSON: stats, issues with file/row/column, written', async () => {
    const dir = tempDir();
    const file = data('colorado-kids-count/kindergartners-in-full-day-program.csv');
    const out = join(dir, 'k.json');
    const io = captureIo();
    expect(
      await runCli(
        [
          'import',
          file,
          '--mapping',
          'co-full-day-kindergarten',
          '--out',
          out,
          '--format',
          'json',
          '--id',
          'kindergarten',
        ],
        io,
      ),
    ).toBe(ExitCode.Ok);
    const report = JSON.parse(io.out()) as ImportReport;
    expect(report).toMatchObject({
      ok: true,
      file,
      mapping: 'co-full-day-kindergarten',
      out,
      written: true,
    });
    expect(report.stats).toMatchObject({
      rows: 1991,
      observations: 1991,
      errors: 0,
      warnings: 9,
      values: { exact: 1963, missing: 28 },
    });
    // Nine values about 100 x off their series: warnings with their cell, the value kept.
    expect(report.issues).toHaveLength(9);
    for (const issue of report.issues) {
      expect(issue).toMatchObject({
        code: 'scale_factor_suspected',
        severity: 'warning',
        location: { file, column: 4 },
      });
      expect(issue.location?.row).toBeGreaterThan(1);
      expect(issue.path[0]).toBe('observations');
    }
    expect((JSON.parse(readFileSync(out, 'utf8')) as { id: string }).id).toBe('kindergarten');
  });

  it('never overwrites an existing output without --force (the file is untouched); --force overwrites atomically', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.json');
    writeFileSync(out, 'keep me');
    const io = captureIo();
    expect(
      await runCli(['import', graduationCr, '--mapping', 'co-graduation-cr', '--out', out], io),
    ).toBe(ExitCode.UsageOrIo);
    expect(io.err()).toBe(
      `community-excellence import: ${out} already exists; use --force to overwrite it\n`,
    );
    expect(io.out()).toBe('');
    expect(readFileSync(out, 'utf8')).toBe('keep me');

    const forced = captureIo();
    expect(
      await runCli(
        ['import', graduationCr, '--mapping', 'co-graduation-cr', '--out', out, '--force'],
        forced,
      ),
    ).toBe(ExitCode.Ok);
    expect(
      (JSON.parse(readFileSync(out, 'utf8')) as { observations: unknown[] }).observations,
    ).toHaveLength(70);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('rows with errors: nothing written (exit 1) unless --allow-invalid, which writes the valid rows (still exit 1)', async () => {
    const dir = tempDir();
    const csv = join(dir, 'graduation.csv');
    const original = readFileSync(graduation, 'utf8');
    writeFileSync(csv, `${original}BROKEN DISTRICT,2014,Percent\r\n`);
    const row = original.split('\r\n').length; // the appended row's 1-based number
    const out = join(dir, 'out.json');

    const io = captureIo();
    expect(
      await runCli(
        ['import', csv, '--mapping', 'co-graduation', '--out', out, '--format', 'json'],
        io,
      ),
    ).toBe(ExitCode.InvalidData);
    const report = JSON.parse(io.out()) as ImportReport;
    expect(report).toMatchObject({
      ok: false,
      written: false,
      stats: { rows: 906, observations: 905, errors: 1 },
    });
    expect(report.issues).toEqual([
      expect.objectContaining({
        code: 'invalid_format',
        severity: 'error',
        path: ['rows', row],
        location: expect.objectContaining({ file: csv, row, column: 4 }),
      }),
    ]);
    expect(readdirSync(dir)).toEqual(['graduation.csv']);

    const text = captureIo();
    expect(await runCli(['import', csv, '--mapping', 'co-graduation', '--out', out], text)).toBe(
      ExitCode.InvalidData,
    );
    expect(text.out()).toContain(
      `${csv}:${row}:4 error rows[${row}] invalid_format: Row ${row} has 3 fields; the header has 4.`,
    );
    expect(text.out()).toContain(
      'Nothing written: fix the errors, or use --allow-invalid to write the 905 valid observations.',
    );
    expect(readdirSync(dir)).toEqual(['graduation.csv']);

    const allowed = captureIo();
    expect(
      await runCli(
        ['import', csv, '--mapping', 'co-graduation', '--out', out, '--allow-invalid'],
        allowed,
      ),
    ).toBe(ExitCode.InvalidData);
    expect(allowed.out()).toContain(`Wrote ${out} (the valid observations only: --allow-invalid).`);
    const set = validateObservationSet(JSON.parse(readFileSync(out, 'utf8')));
    expect(set.ok && set.value.observations.length).toBe(905);
  });

  it('a mapping that does not fit the file: exit 1, structured issues pointing at the mapping and the header row, nothing written', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.json');
    const io = captureIo();
    expect(
      await runCli(
        ['import', graduation, '--mapping', 'edfacts-acgr', '--out', out, '--format', 'json'],
        io,
      ),
    ).toBe(ExitCode.InvalidData);
    const report = JSON.parse(io.out()) as ImportReport;
    expect(report.ok).toBe(false);
    expect(report.written).toBe(false);
    expect(report.issues.length).toBeGreaterThan(0);
    for (const issue of report.issues) {
      expect(issue).toMatchObject({
        code: 'unknown_reference',
        severity: 'error',
        location: { file: graduation, row: 1 },
      });
      expect(issue.path[0]).toBe('mapping');
    }
    expect(report.issues.map((issue) => issue.location?.raw)).toContain('NCES LEA ID');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a mapping file that is malformed or not a mapping: exit 1 with issues in the mapping file', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.json');
    const malformed = join(dir, 'malformed.json');
    writeFileSync(malformed, '{\n  "id": "x",\n  "groups": [,]\n}\n');
    const io = captureIo();
    expect(
      await runCli(
        ['import', graduation, '--mapping', malformed, '--out', out, '--format', 'json'],
        io,
      ),
    ).toBe(ExitCode.InvalidData);
    const report = JSON.parse(io.out()) as ImportReport;
    expect(report).toMatchObject({ ok: false, written: false, stats: null, mapping: malformed });
    expect(report.issues).toEqual([
      expect.objectContaining({
        code: 'invalid_format',
        location: { file: malformed, row: 3, column: 14 },
      }),
    ]);

    const notMapping = join(dir, 'not-a-mapping.json');
    writeFileSync(
      notMapping,
      JSON.stringify({
        id: 'x',
        indicatorId: { value: 'x' },
        place: { code: { column: 'Location' } },
        period: { label: { column: 'TimeFrame' } },
      }),
    );
    const text = captureIo();
    expect(await runCli(['import', graduation, '--mapping', notMapping, '--out', out], text)).toBe(
      ExitCode.InvalidData,
    );
    expect(text.out()).toContain(`${notMapping} error place.level invalid_type`);
    expect(text.out()).toContain(`${notMapping} error groups invalid_type`);
    expect(text.out()).toContain(
      `INVALID ${graduation} with mapping ${notMapping}: mapping ${notMapping} is not usable.`,
    );
    expect(readdirSync(dir).sort()).toEqual(['malformed.json', 'not-a-mapping.json']);
  });

  it('exits 2 with a message on usage and I/O errors', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.json');
    const cases: { args: string[]; message: string }[] = [
      {
        args: [graduation, '--mapping', 'no-such-mapping', '--out', out],
        message:
          'unknown mapping "no-such-mapping": it is neither a built-in mapping nor a file. Built-in mappings: chrr-v021-graduation,',
      },
      {
        args: [graduation, '--mapping', join(dir, 'missing.json'), '--out', out],
        message: `mapping: cannot read ${join(dir, 'missing.json')}`,
      },
      {
        args: [join(dir, 'missing.csv'), '--mapping', 'co-graduation', '--out', out],
        message: `cannot read ${join(dir, 'missing.csv')}: ENOENT`,
      },
      {
        args: [dir, '--mapping', 'co-graduation', '--out', out],
        message: `cannot read ${dir}: it is a directory`,
      },
      {
        args: [graduation, '--mapping', 'co-graduation', '--out', graduation, '--force'],
        message: `--out ${graduation} is the input file`,
      },
    ];
    for (const { args, message } of cases) {
      const io = captureIo();
      expect(await runCli(['import', ...args], io), args.join(' ')).toBe(ExitCode.UsageOrIo);
      expect(io.err()).toContain(`community-excellence import: ${message}`);
      expect(io.out()).toBe('');
    }
    // An output that cannot be written: its folder would have to be inside a file.
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    const io = captureIo();
    expect(
      await runCli(
        [
          'import',
          graduationCr,
          '--mapping',
          'co-graduation-cr',
          '--out',
          join(blocker, 'out.json'),
        ],
        io,
      ),
    ).toBe(ExitCode.UsageOrIo);
    expect(io.err()).toContain(
      `community-excellence import: cannot write ${join(blocker, 'out.json')}:`,
    );
    expect(io.out()).toBe('');
    // Missing required options are usage errors.
    expect(await runCli(['import', graduation, '--out', out], captureIo())).toBe(
      ExitCode.UsageOrIo,
    );
    expect(await runCli(['import', graduation, '--mapping', 'co-graduation'], captureIo())).toBe(
      ExitCode.UsageOrIo,
    );
    expect(
      await runCli(
        ['import', graduation, '--mapping', 'co-graduation', '--out', out, '--format', 'yaml'],
        captureIo(),
      ),
    ).toBe(ExitCode.UsageOrIo);
    expect(readdirSync(dir).sort()).toEqual(['a-file']);
  });

  it('draws a progress bar on a terminal, and none with --quiet or when standard error is not a terminal', async () => {
    const dir = tempDir();
    const terminal = new FakeTerminal();
    const io = { ...captureIo(), stderrIsTTY: true, progress: terminal };
    expect(
      await runCli(
        ['import', graduation, '--mapping', 'co-graduation', '--out', join(dir, 'a.json')],
        io,
      ),
    ).toBe(ExitCode.Ok);
    expect(terminal.text).toContain('high-school-graduation-… [');
    expect(terminal.text).toContain('100% | 905 rows | 31.6 KiB/31.6 KiB');
    // The bar is cleared at the end and no terminal mode (cursor, line wrapping) is changed; the report is on stdout as usual.
    expect(terminal.text.endsWith('\u001B[2K')).toBe(true);
    expect(terminal.text).not.toContain('\u001B[?25l');
    expect(terminal.text).not.toContain('\u001B[?7l');
    expect(io.err()).toBe('');
    expect(io.out()).toContain('Imported');

    const quiet = new FakeTerminal();
    const quietIo = { ...captureIo(), stderrIsTTY: true, progress: quiet };
    expect(
      await runCli(
        [
          'import',
          graduation,
          '--mapping',
          'co-graduation',
          '--out',
          join(dir, 'b.json'),
          '--quiet',
        ],
        quietIo,
      ),
    ).toBe(ExitCode.Ok);
    expect(quiet.text).toBe('');
    expect(quietIo.out()).toBe('');

    const piped = new FakeTerminal();
    const pipedIo = { ...captureIo(), stderrIsTTY: false, progress: piped };
    expect(
      await runCli(
        ['import', graduation, '--mapping', 'co-graduation', '--out', join(dir, 'c.json')],
        pipedIo,
      ),
    ).toBe(ExitCode.Ok);
    expect(piped.text).toBe('');
    expect(pipedIo.err()).toBe('');
    expect(readFileSync(join(dir, 'c.json')).equals(readFileSync(join(dir, 'a.json')))).toBe(true);
  });

  it('keeps --help light: the command is listed with its options', async () => {
    const io = captureIo();
    expect(await runCli(['import', '--help'], io)).toBe(ExitCode.Ok);
    for (const option of [
      '--mapping <name|file>',
      '--out <file>',
      '--force',
      '--allow-invalid',
      '--quiet',
      '--id <id>',
      '--format <format>',
    ]) {
      expect(io.out()).toContain(option);
    }
    expect(io.out()).toContain('"text", "json"');
  });
});

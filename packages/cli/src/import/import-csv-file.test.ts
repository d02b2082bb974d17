import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtInMappings, importCsv } from '@community-excellence/theory-of-action/import';
import { afterEach, describe, expect, it } from 'vitest';
import { importCsvFile } from './import-csv-file.js';

const data = (file: string): string =>
  fileURLToPath(new URL(`../../../../../shared/data/${file}`, import.meta.url));
const edfacts = data('county-health-rankings/edfactsdownload.csv');

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('importCsvFile', () => {
  it('streams the largest real file in chunks with progress and gives the same result as a whole-text import', async () => {
    const sizes: number[] = [];
    const progress: { rows: number; bytes: number }[] = [];
    const read = await importCsvFile(edfacts, builtInMappings['edfacts-acgr'], {
      onOpen: (size) => sizes.push(size),
      onProgress: (p) => progress.push(p),
    });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const size = statSync(edfacts).size;
    expect(sizes).toEqual([size]);
    expect(read.size).toBe(size);
    expect(progress.length).toBeGreaterThan(20);
    expect(progress.at(-1)).toEqual({ rows: 12_281, bytes: size });
    const whole = importCsv(readFileSync(edfacts, 'utf8'), builtInMappings['edfacts-acgr'], {
      file: edfacts,
    });
    expect(read.result.set).toEqual(whole.set);
    expect(read.result.issues).toEqual(whole.issues);
    for (const issue of read.result.issues) expect(issue.location?.file).toBe(edfacts);
  });

  it('passes the set id and extra indicators on', async () => {
    const file = data('colorado-kids-count/high-school-graduation-rates.cr-line-endings.csv');
    const read = await importCsvFile(file, builtInMappings['co-graduation-cr'], {
      setId: 'grad',
      indicators: [],
    });
    expect(read.ok && read.result.set?.id).toBe('grad');
  });

  it('gives an I/O error, never an issue, for a missing file, a folder and a read that fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coe-csv-file-'));
    temps.push(dir);
    const mapping = builtInMappings['co-graduation'];
    expect(await importCsvFile(join(dir, 'missing.csv'), mapping)).toEqual({
      ok: false,
      message: expect.stringContaining(`cannot read ${join(dir, 'missing.csv')}: ENOENT`),
    });
    expect(await importCsvFile(dir, mapping)).toEqual({
      ok: false,
      message: `cannot read ${dir}: it is a directory, not a file`,
    });
    // A regular file whose reading fails (EIO), even for root.
    expect(await importCsvFile('/proc/self/mem', mapping)).toEqual({
      ok: false,
      message: expect.stringContaining('cannot read /proc/self/mem: EIO'),
    });
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const read = await importCsvFile(empty, mapping);
    expect(read.ok && read.result.issues.map((i) => i.code)).toEqual(['invalid_format']);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../testing/temp-dirs.js';
import { readRawCsv } from './raw-csv-input.js';

const data = (file: string): string =>
  new URL(`../../../../../shared/data/${file}`, import.meta.url).pathname;
const tempDir = tempDirs('raw-csv');

describe('readRawCsv', () => {
  it('uses --mapping when given, a recognised built-in mapping, else an inferred one', async () => {
    const edfacts = data('county-health-rankings/edfactsdownload_hi.csv');
    const given = await readRawCsv(edfacts, { mapping: 'edfacts-acgr-schools' });
    expect(given.ok && given.input.choice).toEqual({
      how: 'option',
      label: 'edfacts-acgr-schools',
    });
    const recognised = await readRawCsv(edfacts, {});
    expect(recognised.ok && recognised.input.choice.how).toBe('recognised');
    expect(recognised.ok && recognised.input.choice.label).toBe('edfacts-acgr-schools');
    expect(recognised.ok && recognised.input.result.stats.observations).toBe(63);

    const file = join(tempDir(), 'grad.csv');
    writeFileSync(file, 'district,year,grad_rate\nA,2020,0.8\nB,2020,0.7\nA,2021,0.82\n');
    const inferred = await readRawCsv(file, {});
    expect(inferred.ok && inferred.input.choice.how).toBe('inferred');
    expect(inferred.ok && inferred.input.mapping.id).toBe('grad');
    expect(inferred.ok && inferred.input.result.stats.observations).toBe(3);
  });

  it('tells usage, I/O, invalid mappings and files nothing can be inferred for apart', async () => {
    const csv = data('county-health-rankings/v021_how.csv');
    const unknown = await readRawCsv(csv, { mapping: 'no-such-mapping' });
    expect(!unknown.ok && unknown.reason).toBe('usage');
    const missing = await readRawCsv(join(tempDir(), 'none.csv'), {});
    expect(!missing.ok && missing.reason).toBe('io');
    expect(!missing.ok && missing.message).toContain('cannot read');
    const dir = tempDir();
    const bad = join(dir, 'bad.mapping.json');
    writeFileSync(bad, '{"id": 1}');
    const invalid = await readRawCsv(csv, { mapping: bad });
    expect(!invalid.ok && invalid.reason).toBe('invalid');
    expect(!invalid.ok && invalid.reason === 'invalid' && invalid.issues.length).toBeGreaterThan(0);
    const names = join(dir, 'names.csv');
    writeFileSync(names, 'district\na\nb\n');
    const none = await readRawCsv(names, {});
    expect(!none.ok && none.reason).toBe('no-mapping');
    expect(!none.ok && none.message).toContain('pass --mapping <name|file>');
  });
});

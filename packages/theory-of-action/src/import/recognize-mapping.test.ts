import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInMappings, type BuiltInMappingName } from './built-in-mappings.js';
import { readCsvSample } from './csv-sample.js';
import { recognizeMapping } from './recognize-mapping.js';

// The real files are read in place from /work/shared/data (never copied into the repository).
const read = (file: string): string =>
  readFileSync(new URL(`../../../../../shared/data/${file}`, import.meta.url), 'utf8');
const sampleOf = (file: string) => readCsvSample(read(file), { maxRows: 200 });

const REAL: readonly (readonly [string, BuiltInMappingName])[] = [
  ['county-health-rankings/v024_subgroup_how.csv', 'chrr-v024-children-in-poverty'],
  ['county-health-rankings/v159_subgroup_how.csv', 'chrr-v159-reading-scores'],
  ['county-health-rankings/v160_subgroup_how.csv', 'chrr-v160-math-scores'],
  ['county-health-rankings/v021_how.csv', 'chrr-v021-graduation'],
  ['county-health-rankings/v147_other_r2024_long.csv', 'chrr-v147-life-expectancy'],
  ['county-health-rankings/edfactsdownload.csv', 'edfacts-acgr'],
  ['county-health-rankings/edfactsdownload_hi.csv', 'edfacts-acgr-schools'],
  [
    'colorado-kids-count/3rd-grade-students-scoring-proficient-or-above.csv',
    'co-3rd-grade-proficient',
  ],
  [
    'colorado-kids-count/8th-grade-students-scoring-proficient-or-above.csv',
    'co-8th-grade-proficient',
  ],
  [
    'colorado-kids-count/average-proficiency-by-race-ethnicity-math.csv',
    'co-proficiency-by-race-math',
  ],
  [
    'colorado-kids-count/average-proficiency-by-race-ethnicity-reading.csv',
    'co-proficiency-by-race-reading',
  ],
  ['colorado-kids-count/dropout-rates-by-race-and-ethnicity.csv', 'co-dropout-by-race-and-sex'],
  ['colorado-kids-count/high-school-graduation-rates.csv', 'co-graduation'],
  ['colorado-kids-count/high-school-graduation-rates.cr-line-endings.csv', 'co-graduation-cr'],
  ['colorado-kids-count/kindergartners-in-full-day-program.csv', 'co-full-day-kindergarten'],
  ['colorado-kids-count/remediation-in-higher-education.csv', 'co-remediation'],
];

describe('recognizeMapping on the real files', () => {
  it.each(REAL)('%s is recognised as %s', (file, name) => {
    const sample = sampleOf(file);
    const answer = recognizeMapping(sample.header, sample.rows, { fileName: file });
    expect(answer.status).toBe('recognised');
    if (answer.status !== 'recognised') return;
    expect(answer.name).toBe(name);
    expect(answer.mapping).toBe(builtInMappings[name]);
    expect(answer.fit.missing).toEqual([]);
    expect(answer.fit.matched.length).toBeGreaterThan(0);
  });

  it('recognises the files with their own header alone where the header (and sample) tells', () => {
    const alone = REAL.filter(
      ([file]) => !file.startsWith('colorado-kids-count/') || file.includes('dropout'),
    );
    for (const [file, name] of alone) {
      const sample = sampleOf(file);
      const answer = recognizeMapping(sample.header, sample.rows);
      expect(answer.status === 'recognised' ? answer.name : answer.status, file).toBe(name);
    }
  });

  it('tells the EDFacts school slice from the district file by the duplicate cells a district reading gives', () => {
    const sample = sampleOf('county-health-rankings/edfactsdownload_hi.csv');
    const answer = recognizeMapping(sample.header, sample.rows);
    expect(answer.status).toBe('recognised');
    if (answer.status !== 'recognised') return;
    expect(answer.name).toBe('edfacts-acgr-schools');
    expect(answer.candidates.map((c) => c.name)).toEqual(['edfacts-acgr', 'edfacts-acgr-schools']);
    expect(answer.reason).toContain(
      'edfacts-acgr: 63 observations from 63 sample rows, 0 errors, 62 duplicate cells',
    );
    expect(answer.reason).toContain(
      'edfacts-acgr-schools: 63 observations from 63 sample rows, 0 errors, 0 duplicate cells',
    );
  });

  it('says ambiguous, with the candidates, when only a file name could tell (and none is given)', () => {
    const sample = sampleOf('colorado-kids-count/high-school-graduation-rates.cr-line-endings.csv');
    const answer = recognizeMapping(sample.header, sample.rows, { fileName: 'data.csv' });
    expect(answer.status).toBe('ambiguous');
    if (answer.status !== 'ambiguous') return;
    expect(answer.candidates.map((c) => c.name)).toEqual([
      'co-graduation',
      'co-graduation-cr',
      'co-full-day-kindergarten',
      'co-remediation',
    ]);
    expect(answer.reason).toBe(
      'the header has every column of co-graduation, co-graduation-cr, co-full-day-kindergarten, co-remediation; nothing in the header, the sample rows or the file name tells co-graduation, co-graduation-cr, co-full-day-kindergarten, co-remediation apart',
    );
    const named = recognizeMapping(sample.header, sample.rows, {
      fileName:
        '../shared/data/colorado-kids-count/high-school-graduation-rates.cr-line-endings.csv',
    });
    expect(named.status === 'recognised' && named.name).toBe('co-graduation-cr');
    expect(named.reason).toContain(
      'the file name high-school-graduation-rates.cr-line-endings.csv is the one co-graduation-cr was written for',
    );
  });

  it('says none for a renamed header, naming the nearest mappings and what they lack', () => {
    const answer = recognizeMapping(
      ['district', 'TimeFrame', 'DataFormat', 'rate'],
      [['Colorado', '2010', 'Percent', '0.7']],
    );
    expect(answer.status).toBe('none');
    if (answer.status !== 'none') return;
    expect(answer.nearest.map((f) => f.name)).toContain('co-graduation');
    expect(answer.reason).toContain('co-graduation (lacks Location, Data)');
    expect(recognizeMapping(['x', 'y'], []).reason).toBe(
      'no built-in mapping finds its columns in this header',
    );
  });

  it('says none when the header fits but the sample rows give no observation', () => {
    const answer = recognizeMapping(
      ['Location', 'TimeFrame', 'DataFormat', 'Data'],
      [['Colorado', '2010', 'Number', '12']],
    );
    expect(answer.status).toBe('none');
    expect(answer.reason).toContain('importing the sample rows with it gave no observations');
  });

  it('never throws on hostile input', () => {
    for (const header of [
      null,
      undefined,
      42,
      [1, null, { toString: 1 }],
      '__proto__',
    ] as unknown[])
      for (const rows of [null, [[null]], [['a', 'b']], 'rows'] as unknown[])
        expect(() =>
          recognizeMapping(header as string[], rows as string[][], null as never),
        ).not.toThrow();
    const throwing = new Proxy([], {
      get: () => {
        throw new Error('boom');
      },
    });
    expect(recognizeMapping(throwing as string[], []).status).toBe('none');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Observation } from '@community-excellence/schemas';
import { builtInMappings, importCsv } from '../import/index.js';
import { cellNotes } from './cell-notes.js';
import { displayValue } from './value-display.js';

const colorado = (file: string, mapping: keyof typeof builtInMappings): Observation[] => [
  ...(importCsv(
    readFileSync(`../shared/data/colorado-kids-count/${file}`, 'utf8'),
    builtInMappings[mapping],
  ).set?.observations ?? []),
];

describe('cellNotes on the real Colorado files', () => {
  const grade3 = colorado(
    '3rd-grade-students-scoring-proficient-or-above.csv',
    'co-3rd-grade-proficient',
  );

  it('keeps the footnote mark of 81.6* (Douglas County RE 1, reading, 2010)', () => {
    const marked = grade3.filter((row) => row.value.kind === 'exact' && row.value.footnote);
    expect(marked).toHaveLength(1);
    const [row] = marked;
    expect(row?.place.code).toBe('DOUGLAS COUNTY RE 1');
    expect(row?.period.label).toBe('2010');
    if (row === undefined) return;
    expect(displayValue(row.value)).toBe('81.6');
    expect(cellNotes(row)).toEqual(['Marked "*" in the source (81.6*)']);
    // With a quality flag the note is kept beside the mark.
    expect(cellNotes({ ...row, quality: 2 })).toEqual([
      'Marked "*" in the source (81.6*)',
      'Quality: use with caution (flag 2)',
    ]);
  });

  it('says why a cell has no number, and stays quiet about plain cells', () => {
    const lne = grade3.find((row) => row.value.raw === 'LNE');
    const na = grade3.find((row) => row.value.raw === 'N/A');
    const plain = grade3.find((row) => row.value.kind === 'exact' && !row.value.footnote);
    expect(lne && cellNotes(lne)).toEqual(['Suppressed in the source (LNE: low-number)']);
    expect(na && cellNotes(na)).toEqual([]);
    expect(plain && cellNotes(plain)).toEqual([]);
    const kindergarten = colorado(
      'kindergartners-in-full-day-program.csv',
      'co-full-day-kindergarten',
    );
    const error = kindergarten.find((row) => row.value.raw === '#DIV/0!');
    expect(error && cellNotes(error)).toEqual(['Spreadsheet error in the source (#DIV/0!)']);
  });
});

describe('cellNotes on constructed rows', () => {
  const row: Observation = {
    indicatorId: 'mobility',
    place: { code: '06037', level: 'county' },
    period: { label: '2021' },
    subgroup: { dimension: 'all', value: 'all' },
    value: { kind: 'exact', raw: '0.41', value: 0.41 },
  };

  it('names quality flags 2 and 3 and the source labels, not flag 1', () => {
    expect(cellNotes({ ...row, quality: 1 })).toEqual([]);
    expect(cellNotes({ ...row, quality: 2 })).toEqual(['Quality: use with caution (flag 2)']);
    expect(cellNotes({ ...row, quality: 3 })).toEqual(['Quality: weak (flag 3)']);
    expect(cellNotes({ ...row, quality: 'unreliable' })).toEqual(['Quality: unreliable']);
  });

  it('keeps footnotes and the row source, once each, after the value and quality notes', () => {
    expect(
      cellNotes({
        ...row,
        value: { kind: 'suppressed', raw: 'S' },
        quality: 3,
        footnotes: ['Fewer than 10 students.', ' ', 'Fewer than 10 students.'],
        source: 'State report card 2021',
      }),
    ).toEqual([
      'Suppressed in the source (S)',
      'Quality: weak (flag 3)',
      'Fewer than 10 students.',
      'Source: State report card 2021',
    ]);
    expect(
      cellNotes({ ...row, value: { kind: 'missing', raw: 'N/A', reason: 'not-applicable' } }),
    ).toEqual(['Not applicable (N/A)']);
  });

  it('never throws', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(cellNotes(null as never)).toEqual([]);
    expect(cellNotes(hostile as never)).toEqual([]);
    expect(cellNotes({ ...row, footnotes: 'not a list' as never, quality: 7 as never })).toEqual(
      [],
    );
  });
});

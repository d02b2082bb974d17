import { describe, expect, it } from 'vitest';
import { createCsvRecordReader, type CsvRecords } from './csv-records.js';

const readAll = (
  chunks: readonly string[],
  delimiter?: string,
): { records: string[][]; problems: CsvRecords['problems'][number][]; firstRows: number[] } => {
  const reader = createCsvRecordReader(delimiter === undefined ? {} : { delimiter });
  const parts = [...chunks.map((c) => reader.push(c)), reader.end()];
  return {
    records: parts.flatMap((p) => p.records.map((r) => [...r])),
    problems: parts.flatMap((p) => [...p.problems]),
    firstRows: parts.filter((p) => p.records.length > 0).map((p) => p.firstRow),
  };
};

describe('createCsvRecordReader', () => {
  const expected = [
    ['a', 'b'],
    ['1', '2'],
    ['3', '4'],
  ];

  it.each([
    ['LF', 'a,b\n1,2\n3,4\n'],
    ['CRLF', 'a,b\r\n1,2\r\n3,4\r\n'],
    ['CR', 'a,b\r1,2\r3,4\r'],
    ['mixed', 'a,b\r\n1,2\r3,4\n'],
    ['no final break', 'a,b\n1,2\n3,4'],
    ['BOM', '\uFEFFa,b\r\n1,2\r\n3,4'],
  ])('reads %s line endings', (_name, text) => {
    expect(readAll([text]).records).toEqual(expected);
    // Every split of the text into two chunks gives the same records.
    for (let i = 0; i <= text.length; i += 1)
      expect(readAll([text.slice(0, i), text.slice(i)]).records).toEqual(expected);
    // And one character at a time.
    expect(readAll([...text]).records).toEqual(expected);
  });

  it('keeps quoted fields with delimiters, quotes and line breaks', () => {
    const text =
      'name,note\r\n"Kahuku High & Intermediate, HI","said ""hi""\r\nthen left"\r\nx,y\r\n';
    const records = [
      ['name', 'note'],
      ['Kahuku High & Intermediate, HI', 'said "hi"\nthen left'],
      ['x', 'y'],
    ];
    expect(readAll([text]).records).toEqual(records);
    for (let i = 0; i <= text.length; i += 3)
      expect(readAll([text.slice(0, i), text.slice(i)]).records).toEqual(records);
  });

  it('keeps empty lines as empty records so that row numbers stay line numbers', () => {
    const result = readAll(['a\n\nb\n']);
    expect(result.records).toEqual([['a'], [''], ['b']]);
  });

  it('numbers records across chunks (the header is record 1)', () => {
    const result = readAll(['h\n1\n', '2\n3\n']);
    expect(result.firstRows).toEqual([1, 3]);
  });

  it('reports an unterminated quote with its record number', () => {
    const result = readAll(['a,b\n1,2\n"open,3\n']);
    expect(result.records.slice(0, 2)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(result.problems).toEqual([expect.objectContaining({ row: 3, code: 'MissingQuotes' })]);
  });

  it('uses another delimiter', () => {
    expect(readAll(['x;y\n1;2\n'], ';').records).toEqual([
      ['x', 'y'],
      ['1', '2'],
    ]);
  });
});

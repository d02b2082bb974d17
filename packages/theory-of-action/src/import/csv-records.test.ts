import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createCsvRecordReader,
  type CsvRecordReaderOptions,
  type CsvRecords,
} from './csv-records.js';

const readAll = (
  chunks: readonly string[],
  delimiter?: string,
  options: CsvRecordReaderOptions = {},
): {
  records: string[][];
  problems: CsvRecords['problems'][number][];
  firstRows: number[];
  rows: number[];
} => {
  const reader = createCsvRecordReader(
    delimiter === undefined ? options : { ...options, delimiter },
  );
  const parts = [...chunks.map((c) => reader.push(c)), reader.end()];
  return {
    records: parts.flatMap((p) => p.records.map((r) => [...r])),
    problems: parts.flatMap((p) => [...p.problems]),
    firstRows: parts.filter((p) => p.records.length > 0).map((p) => p.firstRow),
    rows: parts.flatMap((p) => p.records.map((_, i) => p.rows?.[i] ?? p.firstRow + i)),
  };
};

/** Reads `text` whole, split in two at every position and one character at a time: all the same. */
const readEveryWay = (
  text: string,
  options: CsvRecordReaderOptions = {},
): Omit<ReturnType<typeof readAll>, 'firstRows'> => {
  const { records, problems, rows } = readAll([text], undefined, options);
  const whole = { records, problems, rows };
  const same = (chunks: string[]): void => {
    const read = readAll(chunks, undefined, options);
    expect({ records: read.records, problems: read.problems, rows: read.rows }).toEqual(whole);
  };
  for (let i = 0; i <= text.length; i += 1) same([text.slice(0, i), text.slice(i)]);
  same([...text]);
  return whole;
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

  it('keeps a doubled byte-order mark out of the header, whole or split', () => {
    expect(readEveryWay('\uFEFF\uFEFFa,b\n1,2\n').records).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('long records', () => {
  it.each([
    ['unquoted', 'x'],
    ['quoted, with line breaks and quotes inside', '"'],
  ])(
    'a multi-megabyte %s record streamed in small chunks reads as the whole string',
    (_n, kind) => {
      const long =
        kind === '"' ? `"${'ab\ncd,""ef"" '.repeat(300_000)}"` : 'abcdefghij'.repeat(300_000);
      const text = `h1,h2,h3\n1,${long},3\n4,5,6\n`;
      const whole = readAll([text], undefined, {
        quotedFieldLimits: { lines: 1e9, characters: 1e9 },
      });
      expect(whole.records.map((r) => r.length)).toEqual([3, 3, 3]);
      expect(whole.problems).toEqual([]);
      for (const size of [1000, 65_536]) {
        const chunks: string[] = [];
        for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
        const streamed = readAll(chunks, undefined, {
          quotedFieldLimits: { lines: 1e9, characters: 1e9 },
        });
        expect(streamed.records).toEqual(whole.records);
        expect(streamed.rows).toEqual(whole.rows);
      }
    },
  );
});

describe('quoted fields over line breaks', () => {
  it('keeps a legit quoted field with line breaks as one record, numbered by its first line', () => {
    const result = readEveryWay('a,b\n"x\ny",1\n2,3\n');
    expect(result.records).toEqual([
      ['a', 'b'],
      ['x\ny', '1'],
      ['2', '3'],
    ]);
    expect(result.rows).toEqual([1, 2, 4]);
    expect(result.problems).toEqual([]);
  });

  it('re-reads the lines a stray quote in the last field would swallow', () => {
    const result = readEveryWay('a,b\n1,"2\n3,4\n5,6\n');
    expect(result.records).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
    expect(result.rows).toEqual([1, 2, 3, 4]);
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 2, column: 2, code: 'UnbalancedQuote', lines: 2 }),
    ]);
  });

  it('reads CR-only line endings the same way', () => {
    const result = readEveryWay('a,b\r1,"2\r3,4\r5,6\r');
    expect(result.records).toEqual(readAll(['a,b\n1,"2\n3,4\n5,6\n']).records);
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 2, column: 2, code: 'UnbalancedQuote', lines: 2 }),
    ]);
  });

  it('a quote at the end of the file is a quote problem of its own line', () => {
    const result = readEveryWay('a,b\n1,2\n"3,4\n');
    expect(result.records.slice(0, 2)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 3, column: 1, code: 'MissingQuotes' }),
    ]);
  });

  it('two stray quotes that close each other with a wrong field count: both lines reported, none hidden', () => {
    const result = readEveryWay('a,b,c\n1,"2,3\n4,5",6,7\n8,9,10\n');
    expect(result.rows).toEqual([1, 2, 3, 4]);
    expect(result.records[3]).toEqual(['8', '9', '10']);
    // Line 3 is read on its own: four fields, which the importer reports.
    expect(result.records[2]).toEqual(['4', '5"', '6', '7']);
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 2, column: 2, code: 'UnbalancedQuote', lines: 1 }),
    ]);
  });

  it('two stray quotes that open fields: each reported, the lines between them recovered', () => {
    const result = readEveryWay('a,b,c\n1,"2,3\n4,5,6\n7,"8,9\n10,11,12\n');
    expect(result.records.filter((r) => r.length === 3)).toEqual([
      ['a', 'b', 'c'],
      ['4', '5', '6'],
      ['10', '11', '12'],
    ]);
    expect(result.rows).toEqual([1, 2, 3, 4, 5]);
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 2, 'UnbalancedQuote'],
      [4, 2, 'UnbalancedQuote'],
    ]);
  });

  it('two stray quotes that give the right field count cannot be told from a quoted field (documented)', () => {
    const result = readEveryWay('a,b,c\n1,"2,3\n4,5,6\n7,8",9\n');
    expect(result.records).toEqual([
      ['a', 'b', 'c'],
      ['1', '2,3\n4,5,6\n7,8', '9'],
    ]);
  });

  it('takes a quoted field past the line limit as a stray quote, on every read path', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `${i},x`).join('\n');
    const text = `a,b\n1,"ok\nstill ok"\n2,"stray\n${lines}\n`;
    const result = readEveryWay(text, { quotedFieldLimits: { lines: 5 } });
    expect(result.records[1]).toEqual(['1', 'ok\nstill ok']);
    expect(result.records.slice(3)).toEqual(Array.from({ length: 12 }, (_, i) => [`${i}`, 'x']));
    expect(result.rows).toEqual([1, 2, 4, ...Array.from({ length: 12 }, (_, i) => 5 + i)]);
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 4, column: 2, code: 'UnbalancedQuote', limit: 'lines' }),
    ]);
  });

  it('an unclosed quote does not hold back the rest of a stream: lines come out chunk by chunk', () => {
    const reader = createCsvRecordReader({ quotedFieldLimits: { lines: 100 } });
    const seen: number[] = [reader.push('a,b\n1,"stray\n').records.length];
    for (let chunk = 0; chunk < 50; chunk += 1) {
      const lines = Array.from({ length: 100 }, (_, i) => `${chunk * 100 + i},x\n`).join('');
      seen.push(reader.push(lines).records.length);
    }
    // Once the limit is passed, every chunk of 100 lines gives its records before the end.
    expect(seen.slice(1).every((n) => n >= 100)).toBe(true);
    expect(seen.reduce((x, y) => x + y, 0) + reader.end().records.length).toBe(2 + 5000);
  });

  it('takes a quoted field past the character limit as a stray quote', () => {
    const text = `a,b\n2,"stray\n${'y'.repeat(50)},1\n3,4\n`;
    const result = readEveryWay(text, { quotedFieldLimits: { characters: 20 } });
    expect(result.records.slice(1)).toEqual([
      ['2', 'stray'],
      ['y'.repeat(50), '1'],
      ['3', '4'],
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 2, code: 'UnbalancedQuote', limit: 'characters' }),
    ]);
  });
});

describe('characters that signal a wrong encoding', () => {
  it("counts replacement and NUL characters, with the first one's row and column", () => {
    const result = readEveryWay('a,b\n1,Ca\uFFFDon\n\uFFFD\uFFFD,x\0\n');
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'ReplacementCharacter', row: 2, column: 2, count: 3 }),
      expect.objectContaining({ code: 'NulCharacter', row: 3, column: 2, count: 1 }),
    ]);
  });
});

describe('every read path gives the same records (property)', () => {
  const csvText = fc
    .array(fc.constantFrom('a', 'b', ',', '"', '\n', '\r', '\r\n', '\uFEFF', '\uFFFD', '\0', ' '), {
      maxLength: 60,
    })
    .map((parts) => parts.join(''));
  it('whole, split anywhere or in random chunks, with small limits', () => {
    fc.assert(
      fc.property(
        csvText,
        fc.array(fc.nat({ max: 60 }), { maxLength: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 30 }),
        (text, cuts, lines, characters) => {
          const options = { quotedFieldLimits: { lines, characters } };
          const whole = readAll([text], undefined, options);
          const points = [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort(
            (x, y) => x - y,
          );
          const chunks: string[] = [];
          let from = 0;
          for (const point of points) {
            chunks.push(text.slice(from, point));
            from = point;
          }
          chunks.push(text.slice(from));
          const split = readAll(chunks, undefined, options);
          expect(split.records).toEqual(whole.records);
          expect(split.rows).toEqual(whole.rows);
          expect(split.problems).toEqual(whole.problems);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

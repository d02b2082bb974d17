import { describe, expect, it } from 'vitest';
import { readCsvSample } from './csv-sample.js';

describe('readCsvSample', () => {
  it('reads the header and rows, skipping blank lines, with any line ending and a BOM', () => {
    expect(readCsvSample('\uFEFFa,b\r1,2\r\r3,"x,y"\r')).toEqual({
      header: ['a', 'b'],
      rows: [
        ['1', '2'],
        ['3', 'x,y'],
      ],
      truncated: false,
    });
  });

  it('keeps at most maxRows rows and says the sample is truncated', () => {
    const sample = readCsvSample('a\n1\n2\n3\n', { maxRows: 2 });
    expect(sample.rows).toEqual([['1'], ['2']]);
    expect(sample.truncated).toBe(true);
  });

  it('leaves out the unfinished last record of a partial text', () => {
    expect(readCsvSample('a,b\n1,2\n3,', { partial: true })).toEqual({
      header: ['a', 'b'],
      rows: [['1', '2']],
      truncated: true,
    });
  });

  it('reads another delimiter and never throws', () => {
    expect(readCsvSample('a;b\n1;2', { delimiter: ';' }).rows).toEqual([['1', '2']]);
    expect(readCsvSample(null as never, null as never)).toEqual({
      header: [],
      rows: [],
      truncated: false,
    });
    expect(readCsvSample('', { delimiter: '' }).header).toEqual([]);
  });
});

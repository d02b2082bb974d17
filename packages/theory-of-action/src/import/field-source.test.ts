import { describe, expect, it } from 'vitest';
import { builtInMappings } from './built-in-mappings.js';
import { indexHeader, mappingColumns } from './field-source.js';

describe('indexHeader', () => {
  it('maps names the header has once; lists the duplicated ones with every position', () => {
    const header = indexHeader(['a', 'b', 'b', 'c', 'b']);
    expect([...header]).toEqual([
      ['a', 0],
      ['c', 3],
    ]);
    expect([...header.duplicates]).toEqual([['b', [1, 2, 4]]]);
  });

  it('maps a duplicated name to the occurrence the mapping names', () => {
    const header = indexHeader(['a', 'b', 'b'], { b: 2 });
    expect(header.get('b')).toBe(2);
    expect(header.occurrences.get('b')).toBe(2);
    // An occurrence the header does not have leaves the name unresolved.
    expect(indexHeader(['a', 'b', 'b'], { b: 3 }).get('b')).toBeUndefined();
    expect(indexHeader(['a', 'b'], { a: 2 }).get('a')).toBeUndefined();
    expect(indexHeader(['a', 'b'], { a: 1 }).get('a')).toBe(0);
  });

  it('never reads an occurrence through the prototype', () => {
    const header = indexHeader(['toString', 'toString']);
    expect(header.get('toString')).toBeUndefined();
    expect(header.occurrences.size).toBe(0);
  });
});

describe('mappingColumns', () => {
  it('lists every column a mapping reads', () => {
    expect([...mappingColumns(builtInMappings['edfacts-acgr'])].sort()).toEqual(
      expect.arrayContaining(['LEA', 'NCES LEA ID', 'School Year', 'Value']),
    );
    expect([...mappingColumns(builtInMappings['co-graduation'])].sort()).toEqual([
      'Data',
      'DataFormat',
      'Location',
      'TimeFrame',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { builtInMappings } from './built-in-mappings.js';
import { mappingColumns } from './mapping-columns.js';

describe('mappingColumns', () => {
  it('lists every column a mapping reads, once, in mapping order', () => {
    expect(mappingColumns(builtInMappings['co-graduation'])).toEqual([
      'Location',
      'TimeFrame',
      'Data',
      'DataFormat',
    ]);
    expect(mappingColumns(builtInMappings['chrr-v147-life-expectancy'])).toEqual([
      'statecode',
      'countycode',
      'race',
      'v147_rawvalue',
      'v147_cilow',
      'v147_cihigh',
    ]);
  });

  it('includes case conditions, wide groups and exclude conditions', () => {
    const columns = mappingColumns({
      ...builtInMappings['chrr-v024-children-in-poverty'],
      exclude: [{ column: 'flag', equals: 'x' }],
    });
    expect(columns.slice(0, 4)).toEqual(['fipscode', 'county', 'statecode', 'countycode']);
    expect(columns).toContain('v024blacklow');
    expect(columns).toContain('asiandenom');
    expect(columns.at(-1)).toBe('flag');
    expect(columns).toHaveLength(4 + 5 * 5 + 1);
  });
});

import { describe, expect, it } from 'vitest';
import { columnKey, profileColumns } from './column-profile.js';

describe('profileColumns', () => {
  it('counts numbers, percents, ranges, leading zeros, years and tokens per column', () => {
    const [fips, year, value] = profileColumns(
      ['FIPS Code', 'School Year', 'Value'],
      [
        ['01001', '2021-2022', '90%'],
        ['01003', '2021-2022', '85-89%'],
        ['02010', '2021-22', 'S'],
        ['', '2021', '>=95%'],
        ['10001', '2020', '81.6*'],
      ],
    );
    expect(fips).toMatchObject({
      key: 'fips_code',
      filled: 4,
      blank: 1,
      leadingZeros: 3,
      digitWidth: 5,
      integers: 4,
    });
    expect(year).toMatchObject({ years: 5, distinct: 4 });
    expect(value).toMatchObject({
      numbers: 2,
      percentSigns: 3,
      rangesOrBounds: 2,
      min: 81.6,
      max: 90,
      aboveOne: 2,
    });
    expect([...value!.tokens]).toEqual([['S', 1]]);
  });

  it('reads grouped thousands, tells mixed digit widths, and treats short rows as blank', () => {
    const [a, b] = profileColumns(['a', 'b'], [['1,234', '7'], ['12']]);
    expect(a).toMatchObject({ numbers: 2, max: 1234, digitWidth: 2 });
    expect(b).toMatchObject({ filled: 1, blank: 1 });
    expect(profileColumns(['x'], [['1'], ['22']])[0]?.digitWidth).toBeNull();
    expect(profileColumns(['x'], [])[0]?.min).toBeNaN();
  });
});

describe('columnKey', () => {
  it('lower-cases and joins words with one underscore', () => {
    expect(columnKey(' NCES LEA ID ')).toBe('nces_lea_id');
    expect(columnKey('v024_blackLow')).toBe('v024_blacklow');
    expect(columnKey('%')).toBe('');
  });
});

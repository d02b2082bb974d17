import { describe, expect, it } from 'vitest';
import { containsPart, hasWord, INFER_VOCABULARY } from './infer-vocabulary.js';

describe('infer vocabulary', () => {
  it('tells whole words from parts of words', () => {
    expect(hasWord('county_fips', ['fips'])).toBe(true);
    expect(hasWord('ci_low_black', ['low'])).toBe(true);
    expect(hasWord('fipsland', ['fips'])).toBe(false);
    expect(containsPart('v024blacklow', ['low'])).toBe(true);
  });

  it('lists every state FIPS code and the default tokens by lower-case token', () => {
    expect(INFER_VOCABULARY.STATE_FIPS).toHaveLength(78);
    expect(INFER_VOCABULARY.STATE_FIPS.at(-1)).toBe('78000');
    expect(INFER_VOCABULARY.SUPPRESSED.get('lne')?.reason).toBe('low-number');
    expect(INFER_VOCABULARY.MISSING.get('n/a')?.reason).toBe('not-available');
    expect(INFER_VOCABULARY.STATE_NAMES.has('colorado')).toBe(true);
  });
});

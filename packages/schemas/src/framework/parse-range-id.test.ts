import { describe, expect, it } from 'vitest';
import { parseRangeId } from './parse-range-id.js';

describe('parseRangeId', () => {
  it('reads min and max', () => {
    expect(parseRangeId('0-5')).toEqual({ min: 0, max: 5 });
    expect(parseRangeId('90-100')).toEqual({ min: 90, max: 100 });
  });

  it('refuses malformed or reversed ids', () => {
    for (const id of ['', '50', '50-', '-65', '65-50', '50 - 65', '1000-1001', 'a-b'])
      expect(parseRangeId(id)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { countNoun } from './count-noun.js';

describe('countNoun', () => {
  it('says one thing in the singular and every other count in the plural', () => {
    expect(countNoun(1, 'warning')).toBe('1 warning');
    expect(countNoun(0, 'warning')).toBe('0 warnings');
    expect(countNoun(2, 'error')).toBe('2 errors');
    expect(countNoun(3, 'entry', 'entries')).toBe('3 entries');
    expect(countNoun(16020, 'row', 'rows', (n) => n.toLocaleString('en-US'))).toBe('16,020 rows');
  });
});

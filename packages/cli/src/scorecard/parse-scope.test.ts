import { describe, expect, it } from 'vitest';
import { parseScope } from './parse-scope.js';

describe('parseScope', () => {
  it('reads all, scope ids and framework codes', () => {
    expect(parseScope('all')).toEqual({ type: 'all' });
    expect(parseScope(' coe-level-2 ')).toBe('coe-level-2');
    expect(parseScope('P.1, 1,7.1')).toEqual(['P.1', '1', '7.1']);
    expect(parseScope('7.1')).toEqual(['7.1']);
    expect(parseScope('P.2')).toEqual(['P.2']);
    expect(parseScope('1,')).toEqual(['1']);
  });
});

import { describe, expect, it } from 'vitest';
import { scopeLabel } from './scope-label.js';

describe('scopeLabel', () => {
  it('names a scope id, a code list or every item', () => {
    expect(scopeLabel('coe-level-2')).toBe('coe-level-2');
    expect(scopeLabel(['1', '7.1'])).toBe('1, 7.1');
    expect(scopeLabel({ type: 'scope', scopeId: 'coe-level-1' })).toBe('coe-level-1');
    expect(scopeLabel({ type: 'codes', codes: ['P.1', '1'] })).toBe('P.1, 1');
    expect(scopeLabel({ type: 'all' })).toBe('all items');
    expect(scopeLabel(undefined)).toBe('all items');
  });
});

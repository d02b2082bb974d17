import { describe, expect, it } from 'vitest';
import { sentenceNumbers } from './sentence-numbers.js';

describe('sentenceNumbers', () => {
  it('prints with one decimal by default, never -0.0, and signs on request', () => {
    const n = sentenceNumbers({});
    expect(n.number(14.25)).toBe('14.3');
    expect(n.number(-0.01)).toBe('0.0');
    expect(n.signed(1.79)).toBe('+1.8');
    expect(n.signed(-0.04)).toBe('0.0');
    expect(n.signed(-0.4)).toBe('-0.4');
    expect(n.number(undefined)).toBe('?');
    expect(n.percent(0.33566)).toBe('33.6%');
    expect(n.unit).toBe('');
  });
  it('applies digits, a factor and unit words', () => {
    const n = sentenceNumbers({ digits: 2, factor: 100, unitWords: ' percentage points ' });
    expect(n.number(0.116)).toBe('11.60');
    expect(n.percent(0.5)).toBe('50.00%');
    expect(n.unit).toBe(' percentage points');
    expect(sentenceNumbers({ digits: -1, factor: Number.NaN }).number(2)).toBe('2.0');
  });
});

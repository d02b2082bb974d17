import { describe, expect, it } from 'vitest';
import { baldrigeScoringGuidelines } from './baldrige-scoring-guidelines.js';
import { medianRange } from './median-range.js';

const order = baldrigeScoringGuidelines.ranges.map((r) => r.id);

describe('medianRange', () => {
  it('takes the median in the guidelines order, the lower middle one for an even count', () => {
    expect(medianRange(['50-65', '30-45', '30-45', '50-65'], order)).toEqual({
      range: '30-45',
      rule: 'median',
      spread: 1,
      note: 'Suggested range 30-45 (median of the factor ratings). A suggestion only: choose the range that fits the response as a whole, then the percent within it; there are no factor weights.',
    });
    expect(medianRange(['70-85', '50-65', '30-45'], order)?.range).toBe('50-65');
    expect(medianRange(['90-100'], order)).toMatchObject({ range: '90-100', spread: 0 });
  });

  it('orders by the guidelines, not by the text of the ids', () => {
    // As text '10-25' < '30-45' < '50-65' < '70-85' < '90-100' but '0-5' sorts after '10-25'.
    expect(medianRange(['10-25', '0-5', '0-5'], order)?.range).toBe('0-5');
    expect(medianRange(['b', 'a', 'c'], ['c', 'b', 'a'])?.range).toBe('b');
  });

  it('says to discuss the item when the factors span three or more ranges, and names the subject', () => {
    const wide = medianRange(['70-85', '70-85', '70-85', '0-5'], order, 'results');
    expect(wide).toMatchObject({ range: '70-85', spread: 4 });
    expect(wide?.note).toBe(
      'Suggested range 70-85 (median of the factor ratings). A suggestion only: choose the range that fits the results as a whole, then the percent within it; there are no factor weights. The factors span 5 ranges: discuss the item before scoring.',
    );
    expect(medianRange(['30-45', '50-65'], order)?.note).not.toContain('discuss');
    expect(medianRange(['10-25', '50-65'], order)?.note).toContain(
      'The factors span 3 ranges: discuss the item before scoring.',
    );
  });

  it('gives undefined for no ids, an unknown id and input of another shape', () => {
    expect(medianRange([], order)).toBeUndefined();
    expect(medianRange(['50-60'], order)).toBeUndefined();
    expect(medianRange(['50-65', 7 as never], order)).toBeUndefined();
    expect(medianRange('50-65' as never, order)).toBeUndefined();
    expect(medianRange(['50-65'], null as never)).toBeUndefined();
    const hostile = new Proxy([], {
      get() {
        throw new Error('no');
      },
    });
    expect(medianRange(hostile, order)).toBeUndefined();
  });
});

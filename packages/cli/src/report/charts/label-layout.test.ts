import { describe, expect, it } from 'vitest';
import { labelWidth, wrapLabel } from './label-layout.js';
import { measureText, textWidth } from './measure-text.js';

describe('wrapLabel', () => {
  it('breaks at spaces and keeps long words whole', () => {
    expect(wrapLabel('4  Measurement, Analysis, and Knowledge Management', 28)).toBe(
      '4  Measurement, Analysis,\nand Knowledge Management',
    );
    expect(wrapLabel('Supercalifragilistic short', 5)).toBe('Supercalifragilistic\nshort');
    expect(wrapLabel('short', 30)).toBe('short');
  });
});

describe('text widths', () => {
  it('measures wide characters wider and scales with the font size', () => {
    expect(textWidth('MMM', 12)).toBeGreaterThan(textWidth('iii', 12));
    expect(textWidth('abc', 24)).toBeCloseTo(2 * textWidth('abc', 12));
    expect(textWidth('Met', 13, true)).toBeGreaterThan(textWidth('Met', 13));
  });

  it('reads size and weight from a CSS font string', () => {
    expect(measureText('Met', 'bold 13px Arial').width).toBeCloseTo(textWidth('Met', 13, true));
    expect(measureText('Met').width).toBeCloseTo(textWidth('Met', 12));
  });

  it('sizes a margin for the widest line', () => {
    expect(labelWidth(['a\nmuch longer line', 'b'], 13)).toBe(
      Math.ceil(textWidth('much longer line', 13)) + 8,
    );
    expect(labelWidth([], 13)).toBe(8);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, scanNumber, type NumberSyntax } from './number-token.js';

const dot: NumberSyntax = { decimalSeparator: '.', groupSeparator: undefined, exponent: true };

describe('scanNumber', () => {
  it.each([
    ['0.697', 0.697, 5],
    ['81.6*', 81.6, 4],
    ['-0.02', -0.02, 5],
    ['+3', 3, 2],
    ['\u22125', -5, 2],
    ['.5', 0.5, 2],
    ['5.', 5, 2],
    ['1.5e-05', 1.5e-5, 7],
    ['2E+3', 2000, 4],
    ['85-89%', 85, 2],
  ])('reads %s', (text, value, end) => {
    expect(scanNumber(text, 0, dot)).toEqual({ value, end });
  });

  it('stops before an exponent marker without digits', () => {
    expect(scanNumber('3e', 0, dot)).toEqual({ value: 3, end: 1 });
    expect(scanNumber('3e', 0, { ...dot, exponent: false })).toEqual({ value: 3, end: 1 });
    expect(scanNumber('3e5', 0, { ...dot, exponent: false })).toEqual({ value: 3, end: 1 });
  });

  it('refuses text without digits and non-finite numbers', () => {
    for (const text of ['', '-', '.', '+.', 'abc', '1e999'])
      expect(scanNumber(text, 0, dot)).toBeUndefined();
  });

  it('normalises -0 to 0', () => {
    expect(Object.is(scanNumber('-0', 0, dot)?.value, 0)).toBe(true);
  });

  it('reads group separators only in groups of three', () => {
    const grouped: NumberSyntax = { decimalSeparator: ',', groupSeparator: '.', exponent: false };
    expect(scanNumber('1.234.567,5', 0, grouped)).toEqual({ value: 1234567.5, end: 11 });
    expect(scanNumber('1.23', 0, grouped)).toBeUndefined();
    expect(scanNumber('1234.567', 0, grouped)).toBeUndefined();
  });

  it('formats numbers so that they scan back', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom('.', ','),
        (value, separator) => {
          const text = formatNumber(value, separator);
          const back = scanNumber(text, 0, {
            decimalSeparator: separator,
            groupSeparator: undefined,
            exponent: true,
          });
          expect(back).toEqual({ value: value === 0 ? 0 : value, end: text.length });
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ObservationValueSchema, type ObservationValue } from './observation-value.js';
import { createValueCodec, type ValueParseResult } from './value-codec.js';

const codec = createValueCodec();
const valueOf = (result: ValueParseResult): ObservationValue => {
  if (!result.ok) throw new Error(`expected a value, got ${result.issue.message}`);
  return result.value;
};

describe('createValueCodec (defaults)', () => {
  it.each<[string, ObservationValue]>([
    ['90%', { kind: 'exact', raw: '90%', value: 90, unit: 'percent' }],
    ['0.697', { kind: 'exact', raw: '0.697', value: 0.697 }],
    ['81.6*', { kind: 'exact', raw: '81.6*', value: 81.6, footnote: '*' }],
    ['81.6%*', { kind: 'exact', raw: '81.6%*', value: 81.6, unit: 'percent', footnote: '*' }],
    ['-0.013', { kind: 'exact', raw: '-0.013', value: -0.013 }],
    ['1.5e-05', { kind: 'exact', raw: '1.5e-05', value: 1.5e-5 }],
    [' 42 ', { kind: 'exact', raw: ' 42 ', value: 42 }],
    ['42 %', { kind: 'exact', raw: '42 %', value: 42, unit: 'percent' }],
    ['85-89%', { kind: 'interval', raw: '85-89%', low: 85, high: 89, unit: 'percent' }],
    ['85%-89%', { kind: 'interval', raw: '85%-89%', low: 85, high: 89, unit: 'percent' }],
    ['85 \u2013 89', { kind: 'interval', raw: '85 \u2013 89', low: 85, high: 89 }],
    ['-5--1', { kind: 'interval', raw: '-5--1', low: -5, high: -1 }],
    ['0.1-0.25', { kind: 'interval', raw: '0.1-0.25', low: 0.1, high: 0.25 }],
    ['>=95%', { kind: 'bound', raw: '>=95%', op: '>=', value: 95, unit: 'percent' }],
    ['<50%', { kind: 'bound', raw: '<50%', op: '<', value: 50, unit: 'percent' }],
    ['<=20%', { kind: 'bound', raw: '<=20%', op: '<=', value: 20, unit: 'percent' }],
    ['>99', { kind: 'bound', raw: '>99', op: '>', value: 99 }],
    ['\u2265 95%', { kind: 'bound', raw: '\u2265 95%', op: '>=', value: 95, unit: 'percent' }],
    ['\u22645', { kind: 'bound', raw: '\u22645', op: '<=', value: 5 }],
    ['S', { kind: 'suppressed', raw: 'S', reason: 'suppressed' }],
    ['LNE', { kind: 'suppressed', raw: 'LNE', reason: 'low-number' }],
    ['N<10', { kind: 'suppressed', raw: 'N<10', reason: 'small-n' }],
    ['*', { kind: 'suppressed', raw: '*', reason: 'suppressed' }],
    ['N/A', { kind: 'missing', raw: 'N/A', reason: 'not-available' }],
    ['NA', { kind: 'missing', raw: 'NA', reason: 'not-available' }],
    ['MISSING', { kind: 'missing', raw: 'MISSING', reason: 'not-available' }],
    ['#DIV/0!', { kind: 'missing', raw: '#DIV/0!', reason: 'error' }],
    ['#VALUE!', { kind: 'missing', raw: '#VALUE!', reason: 'error' }],
    ['', { kind: 'missing', raw: '', reason: 'blank' }],
    ['   ', { kind: 'missing', raw: '   ', reason: 'blank' }],
  ])('parses %j', (token, expected) => {
    const value = valueOf(codec.parse(token));
    expect(value).toEqual(expected);
    expect(ObservationValueSchema.safeParse(value).success).toBe(true);
  });

  it('reads null and undefined as blank', () => {
    expect(valueOf(codec.parse(null))).toEqual({ kind: 'missing', raw: '', reason: 'blank' });
    expect(valueOf(codec.parse(undefined))).toEqual({ kind: 'missing', raw: '', reason: 'blank' });
  });

  it.each([
    'abc',
    '5-',
    '-',
    '>=',
    '>=5-9',
    '85%-89',
    '5%%',
    '1e999',
    '12x',
    '1,5',
    '5 6',
    '>=<5',
    '9**',
    '--5',
    'N / A',
    '5e',
  ])('refuses %j with an unparsable_value issue', (token) => {
    const result = codec.parse(token, ['observations', 3, 'value']);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issue).toMatchObject({
        code: 'unparsable_value',
        token,
        severity: 'error',
        path: ['observations', 3, 'value'],
        location: { raw: token },
      });
      expect(result.issue.message).toContain(JSON.stringify(token));
    }
  });

  it('compares tokens case-insensitively by default and exactly when asked', () => {
    expect(valueOf(codec.parse('n/a')).kind).toBe('missing');
    expect(valueOf(codec.parse('lne')).kind).toBe('suppressed');
    const strict = createValueCodec({ caseSensitive: true });
    expect(strict.parse('n/a').ok).toBe(false);
    expect(valueOf(strict.parse('N/A')).kind).toBe('missing');
  });

  it('treats a token in both lists as suppressed', () => {
    const both = createValueCodec({ suppressedTokens: [{ token: 'NA', reason: 'small-n' }] });
    expect(valueOf(both.parse('NA'))).toEqual({ kind: 'suppressed', raw: 'NA', reason: 'small-n' });
  });
});

describe('createValueCodec options', () => {
  it('can refuse blanks', () => {
    const result = createValueCodec({ blankIsMissing: false }).parse(' ');
    expect(result.ok).toBe(false);
  });

  it('reads decimal commas and group separators', () => {
    const eu = createValueCodec({ decimalSeparator: ',', groupSeparator: '.' });
    expect(valueOf(eu.parse('1.234,5'))).toEqual({ kind: 'exact', raw: '1.234,5', value: 1234.5 });
    expect(valueOf(eu.parse('12,5 %'))).toMatchObject({ value: 12.5, unit: 'percent' });
    expect(eu.format({ kind: 'exact', value: 12.5 })).toBe('12,5');
    expect(eu.parse('12.5').ok).toBe(false);
    const us = createValueCodec({ groupSeparator: ',' });
    expect(valueOf(us.parse('12,345'))).toMatchObject({ value: 12345 });
    expect(us.parse('12,34').ok).toBe(false);
  });

  it('refuses contradictory separators when created', () => {
    expect(() => createValueCodec({ decimalSeparator: ',', groupSeparator: ',' })).toThrow(
      RangeError,
    );
  });

  it('can turn off percent signs, intervals, bounds, exponents and footnotes', () => {
    const plain = createValueCodec({
      percentSign: false,
      intervals: false,
      bounds: false,
      exponent: false,
      footnoteMarkers: [],
    });
    for (const token of ['90%', '85-89', '>=95', '1e-5', '81.6*'])
      expect(plain.parse(token).ok).toBe(false);
    expect(valueOf(plain.parse('-3'))).toMatchObject({ kind: 'exact', value: -3 });
  });

  it('reads configured suppression markers (7* style) before footnotes', () => {
    const starred = createValueCodec({ suppressionMarkers: [{ token: '*', reason: 'small-n' }] });
    expect(valueOf(starred.parse('7*'))).toEqual({
      kind: 'suppressed',
      raw: '7*',
      reason: 'small-n',
    });
    const footnoted = createValueCodec({ footnoteMarkers: ['*', '\u2020'] });
    expect(valueOf(footnoted.parse('7\u2020'))).toEqual({
      kind: 'exact',
      raw: '7\u2020',
      value: 7,
      footnote: '\u2020',
    });
  });

  it("uses a jurisdiction's own token lists", () => {
    const utah = createValueCodec({
      suppressedTokens: [{ token: 'N<10', reason: 'fewer than 10 students' }],
      missingTokens: [{ token: '-' }],
    });
    expect(valueOf(utah.parse('n<10'))).toEqual({
      kind: 'suppressed',
      raw: 'n<10',
      reason: 'fewer than 10 students',
    });
    expect(valueOf(utah.parse('-'))).toEqual({ kind: 'missing', raw: '-' });
    expect(utah.parse('LNE').ok).toBe(false);
  });
});

describe('format', () => {
  it.each<[Parameters<typeof codec.format>[0], string]>([
    [{ kind: 'exact', value: 90, unit: 'percent' }, '90%'],
    [{ kind: 'exact', value: 81.6, footnote: '*' }, '81.6*'],
    [{ kind: 'interval', low: 85, high: 89, unit: 'percent' }, '85-89%'],
    [{ kind: 'bound', op: '>=', value: 95, unit: 'percent' }, '>=95%'],
    [{ kind: 'suppressed', reason: 'low-number' }, 'LNE'],
    [{ kind: 'suppressed' }, 'S'],
    [{ kind: 'missing', reason: 'error' }, '#DIV/0!'],
    [{ kind: 'missing', reason: 'blank' }, ''],
    [{ kind: 'missing', raw: '#VALUE!', reason: 'error' }, '#VALUE!'],
    [{ kind: 'suppressed', raw: 'unknown', reason: 'other' }, 'unknown'],
  ])('formats %j as %j', (value, token) => {
    expect(codec.format(value)).toBe(token);
  });
});

const withoutRaw = (value: ObservationValue): Omit<ObservationValue, 'raw'> => {
  const { raw: _raw, ...rest } = value;
  return rest;
};

const numberText = fc.oneof(
  fc.integer({ min: -100000, max: 100000 }).map(String),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String),
  fc.tuple(fc.nat(999), fc.nat(999)).map(([a, b]) => `${a}.${b}`),
);
const tokens = fc.oneof(
  numberText,
  numberText.map((n) => `${n}%`),
  numberText.map((n) => `${n}*`),
  fc.tuple(numberText, numberText).map(([a, b]) => `${a}-${b}%`),
  fc
    .tuple(fc.constantFrom('<', '<=', '>', '>=', '\u2264', '\u2265'), numberText)
    .map(([op, n]) => `${op}${n}%`),
  fc.constantFrom(
    'S',
    'LNE',
    'N<10',
    '*',
    'N/A',
    'NA',
    'MISSING',
    '#DIV/0!',
    '#VALUE!',
    '',
    ' ',
    'n/a',
    'lne',
    'DS',
  ),
);

describe('properties', () => {
  it('parse never throws on arbitrary strings and returns a value or an issue', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (token) => {
        const result = codec.parse(token);
        if (result.ok) expect(ObservationValueSchema.safeParse(result.value).success).toBe(true);
        else expect(result.issue.code).toBe('unparsable_value');
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string(), (token) => {
        const result = codec.parse(token);
        expect(result.ok ? result.value.raw : result.issue.token).toBe(token);
      }),
    );
  });

  it('parse never throws on values that are not strings', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = codec.parse(input as string);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
    expect(codec.parse(Object.create(null) as string).ok).toBe(false);
  });

  it('format(parse(token)) parses back to the same value', () => {
    fc.assert(
      fc.property(tokens, (token) => {
        const first = codec.parse(token);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        const again = codec.parse(codec.format(first.value));
        expect(again.ok).toBe(true);
        if (again.ok) expect(withoutRaw(again.value)).toEqual(withoutRaw(first.value));
      }),
      { numRuns: 2000 },
    );
  });

  it('format(value without raw) parses back for every numeric shape', () => {
    const values = fc.oneof(
      fc.record({
        kind: fc.constant('exact' as const),
        value: fc.double({ noNaN: true, noDefaultInfinity: true }),
      }),
      fc.record({
        kind: fc.constant('interval' as const),
        low: fc.double({ noNaN: true, noDefaultInfinity: true }),
        high: fc.double({ noNaN: true, noDefaultInfinity: true }),
        unit: fc.constant('percent' as const),
      }),
      fc.record({
        kind: fc.constant('bound' as const),
        op: fc.constantFrom('<' as const, '<=' as const, '>' as const, '>=' as const),
        value: fc.double({ noNaN: true, noDefaultInfinity: true }),
      }),
    );
    fc.assert(
      fc.property(values, (value) => {
        const parsed = codec.parse(codec.format(value));
        expect(parsed.ok).toBe(true);
        const normalised = JSON.parse(
          JSON.stringify(value, (_k, v: unknown) => (Object.is(v, -0) ? 0 : v)),
        ) as unknown;
        if (parsed.ok) expect(withoutRaw(parsed.value)).toEqual(normalised);
      }),
      { numRuns: 2000 },
    );
  });
});

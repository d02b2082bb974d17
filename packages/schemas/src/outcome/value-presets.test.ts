import { describe, expect, it } from 'vitest';
import { createValueCodec } from './value-codec.js';
import { valueCodecPresets } from './value-presets.js';

const kinds = (preset: keyof typeof valueCodecPresets, tokens: readonly string[]): string[] => {
  const codec = createValueCodec(valueCodecPresets[preset]);
  return tokens.map((token) => {
    const result = codec.parse(token);
    if (!result.ok) return 'unparsable';
    const value = result.value;
    return value.kind === 'suppressed' || value.kind === 'missing'
      ? `${value.kind}:${value.reason ?? ''}`
      : value.kind;
  });
};

describe('value codec presets', () => {
  it('edfacts reads exact, range, bound, S and MISSING and nothing else', () => {
    expect(
      kinds('edfacts', [
        '90%',
        '85-89%',
        '>=95%',
        '<50%',
        '<=20%',
        '>5%',
        'S',
        'MISSING',
        '',
        'N/A',
        'LNE',
        '81.6*',
      ]),
    ).toEqual([
      'exact',
      'interval',
      'bound',
      'bound',
      'bound',
      'bound',
      'suppressed:suppressed',
      'missing:not-available',
      'missing:blank',
      'unparsable',
      'unparsable',
      'unparsable',
    ]);
  });

  it('kidsCount reads fractions, LNE, N/A, NA, spreadsheet errors, blanks and 81.6*', () => {
    expect(
      kinds('kidsCount', [
        '0.697',
        '1',
        'LNE',
        'N/A',
        'NA',
        '#VALUE!',
        '#DIV/0!',
        '',
        '81.6*',
        'S',
      ]),
    ).toEqual([
      'exact',
      'exact',
      'suppressed:low-number',
      'missing:not-available',
      'missing:not-available',
      'missing:error',
      'missing:error',
      'missing:blank',
      'exact',
      'unparsable',
    ]);
  });

  it('chrr reads proportions, negative CI lows, exponents and NA as suppressed', () => {
    expect(
      kinds('chrr', ['0.279622683812655', '-0.0123', '3.5e-05', '47552.14', 'NA', 'na', 'N/A']),
    ).toEqual([
      'exact',
      'exact',
      'exact',
      'exact',
      'suppressed:small-n-or-unreliable',
      'suppressed:small-n-or-unreliable',
      'unparsable',
    ]);
  });

  it("formats each preset's special tokens back", () => {
    expect(
      createValueCodec(valueCodecPresets.edfacts).format({
        kind: 'suppressed',
        reason: 'suppressed',
      }),
    ).toBe('S');
    expect(
      createValueCodec(valueCodecPresets.kidsCount).format({ kind: 'missing', reason: 'error' }),
    ).toBe('#VALUE!');
    expect(createValueCodec(valueCodecPresets.chrr).format({ kind: 'suppressed' })).toBe('NA');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Observation, ObservationValue } from '@community-excellence/schemas';
import { builtInMappings, importCsv } from '../import/index.js';
import { displayValue } from './value-display.js';

const edfacts = importCsv(
  readFileSync('../shared/data/county-health-rankings/edfactsdownload.csv', 'utf8'),
  builtInMappings['edfacts-acgr'],
);
const rows: readonly Observation[] = edfacts.set?.observations ?? [];
const percent = { unit: { type: 'percent' } } as const;
const first = (raw: string): ObservationValue => {
  const found = rows.find((row) => row.value.raw === raw);
  if (found === undefined) throw new Error(`no cell ${raw}`);
  return found.value;
};

describe('displayValue on every value shape of the real EDFacts file', () => {
  it('has every shape', () => {
    expect(edfacts.stats.values).toEqual({
      exact: 3602,
      interval: 4008,
      bound: 4435,
      suppressed: 233,
      missing: 3,
    });
  });

  it('shows each shape as what it is', () => {
    expect(displayValue(first('90%'))).toBe('90');
    expect(displayValue(first('85-89%'))).toBe('85-89');
    expect(displayValue(first('>=95%'))).toBe('>=95');
    expect(displayValue(first('<50%'))).toBe('<50');
    expect(displayValue(first('<=10%'))).toBe('<=10');
    expect(displayValue(first('S'))).toBe('S (suppressed)');
    expect(displayValue(first('MISSING'))).toBe('-');
    // With the indicator's unit (percent) the numbers carry their sign.
    expect(displayValue(first('90%'), percent)).toBe('90%');
    expect(displayValue(first('85-89%'), percent)).toBe('85-89%');
    expect(displayValue(first('>=95%'), percent)).toBe('>=95%');
    expect(displayValue(first('<50%'), percent)).toBe('<50%');
    expect(displayValue(first('S'), percent)).toBe('S (suppressed)');
    expect(displayValue(first('MISSING'), percent)).toBe('-');
  });

  it('gives back the source token for every number cell of the file, and never "-" for one', () => {
    let numbers = 0;
    for (const row of rows) {
      const { value } = row;
      if (value.kind === 'suppressed' || value.kind === 'missing') continue;
      numbers += 1;
      expect(displayValue(value, percent)).toBe(value.raw);
      expect(displayValue(value)).toBe(value.raw.replace('%', ''));
    }
    expect(numbers).toBe(3602 + 4008 + 4435);
    const shown = new Set(
      rows.filter((r) => r.value.kind === 'suppressed').map((r) => displayValue(r.value)),
    );
    expect(shown).toEqual(new Set(['S (suppressed)']));
  });
});

describe('displayValue on constructed values', () => {
  it('keeps the precision the source wrote, or rounds to digits', () => {
    expect(displayValue({ kind: 'exact', raw: '0.75354', value: 0.75354 })).toBe('0.75354');
    expect(displayValue({ kind: 'exact', raw: '0.50', value: 0.5 })).toBe('0.50');
    expect(displayValue({ kind: 'exact', raw: '90.0%', value: 90 }, percent)).toBe('90.0%');
    expect(displayValue({ kind: 'exact', raw: '81.6*', value: 81.6, footnote: '*' })).toBe('81.6');
    // A raw token in another notation is not copied: the number is written plainly.
    expect(displayValue({ kind: 'exact', raw: '1.234,5', value: 1234.5 })).toBe('1234.5');
    expect(displayValue({ kind: 'exact', raw: '0.75354', value: 0.75354 }, { digits: 2 })).toBe(
      '0.75',
    );
    expect(
      displayValue({ kind: 'bound', raw: '>=95%', op: '>=', value: 95 }, { digits: 1, ...percent }),
    ).toBe('>=95.0%');
    expect(displayValue({ kind: 'exact', raw: '-0.001', value: -0.001 }, { digits: 1 })).toBe(
      '0.0',
    );
  });

  it('keeps a range with a negative end readable', () => {
    expect(displayValue({ kind: 'interval', raw: '-5 to 3', low: -5, high: 3 })).toBe('-5 to 3');
    expect(displayValue({ kind: 'interval', raw: '0.2-0.3', low: 0.2, high: 0.3 })).toBe('0.2-0.3');
  });

  it('tells suppressed from missing', () => {
    expect(displayValue({ kind: 'suppressed', raw: 'LNE', reason: 'low-number' })).toBe(
      'LNE (suppressed)',
    );
    expect(displayValue({ kind: 'suppressed', raw: '' })).toBe('suppressed');
    expect(displayValue({ kind: 'suppressed', raw: 'withheld for privacy reasons' })).toBe(
      'suppressed',
    );
    expect(displayValue({ kind: 'missing', raw: '#DIV/0!', reason: 'error' })).toBe('-');
    expect(displayValue({ kind: 'missing', raw: '', reason: 'blank' })).toBe('-');
  });

  it('never throws', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(displayValue(null as never)).toBe('-');
    expect(displayValue(hostile as never, hostile as never)).toBe('-');
    expect(displayValue({ kind: 'exact', raw: 'x', value: Number.NaN })).toBe('-');
    expect(displayValue({ kind: 'bound', raw: 'x', op: '=' as never, value: 1 })).toBe('-');
    expect(displayValue({ kind: 'exact', raw: 7 as never, value: 7 }, { digits: -3 })).toBe('7');
  });
});

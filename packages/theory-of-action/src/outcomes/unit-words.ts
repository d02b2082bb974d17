import type { Indicator } from '@community-excellence/schemas/data';

type IndicatorUnit = Indicator['unit'];

const UNIT_WORDS: Readonly<Record<IndicatorUnit['type'], string>> = {
  percent: 'percent',
  proportion: 'proportion',
  rate: 'rate',
  count: 'count',
  score: 'score',
  years: 'years',
  currency: 'currency',
  other: 'value',
};

const label = (text: unknown, fallback: string): string =>
  typeof text === 'string' && text.trim() !== '' ? text.trim() : fallback;

/**
 * The unit of an indicator as words for an axis or a sentence: `percent`, `proportion`,
 * `per 1,000` for a rate per 1,000, the ISO code of a currency (`USD`), a score's label
 * (`grade levels`, else `score`), an `other` unit's label. The one rule for unit words: reports,
 * charts and `gapScale` use it.
 *
 * Never throws: a unit that cannot be read is `value`.
 *
 * @example
 * ```ts
 * unitWords({ type: 'rate', per: 1000 }); // 'per 1,000'
 * unitWords({ type: 'score', label: 'grade levels' }); // 'grade levels'
 * ```
 */
export function unitWords(unit: IndicatorUnit): string {
  try {
    return unitWordsUnchecked(unit);
  } catch {
    return 'value';
  }
}

function unitWordsUnchecked(unit: IndicatorUnit): string {
  switch (unit.type) {
    case 'rate':
      return typeof unit.per === 'number' && Number.isFinite(unit.per) && unit.per > 0
        ? `per ${unit.per.toLocaleString('en-US')}`
        : 'rate';
    case 'currency':
      return label(unit.currency, 'currency');
    case 'score':
      return label(unit.label, 'score');
    case 'other':
      return label(unit.label, 'value');
    default:
      return Object.hasOwn(UNIT_WORDS, unit.type) ? UNIT_WORDS[unit.type] : 'value';
  }
}

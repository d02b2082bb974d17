import type { Indicator } from '@community-excellence/schemas';
import type { ColumnProfile } from './column-profile.js';
import type { MappingGuess, UndecidedRole } from './infer-mapping.js';
import { containsPart, INFER_VOCABULARY } from './infer-vocabulary.js';

const { SUPPRESSED, MISSING } = INFER_VOCABULARY;
const n = (value: number): string => value.toLocaleString('en-US');
const fmt = (value: number): string =>
  Number.isFinite(value) ? String(Number(value.toPrecision(4))) : String(value);
const quote = (names: readonly string[]): string => names.map((name) => `\`${name}\``).join(', ');

/**
 * The unit scale of an indicator's value columns, from every sampled number: a `%` sign is
 * percent; all within 0-1 proportion; some above 1 and at most 100 percent (a proportion is
 * never above 1), unless only a handful among hundreds (errors in a proportion file); whole
 * numbers above 100 a count; anything else `other`. With the evidence, a confidence and, when
 * the values leave it open, why.
 *
 * @example
 * ```ts
 * declare const profiles: Parameters<typeof inferUnit>[0]; // the value columns' profiles
 * inferUnit(profiles).type; // 'proportion', 'percent', 'count' or 'other'
 * ```
 */
export function inferUnit(profiles: readonly ColumnProfile[]): {
  unit: Indicator['unit'];
  type: string;
  evidence: string;
  confidence: MappingGuess['confidence'];
  undecided?: string;
} {
  let count = 0;
  let percentSigns = 0;
  let aboveOne = 0;
  let integers = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const p of profiles) {
    count += p.numbers;
    percentSigns += p.percentSigns;
    aboveOne += p.aboveOne;
    integers += p.integers;
    if (p.numbers > 0) {
      min = Math.min(min, p.min);
      max = Math.max(max, p.max);
    }
  }
  const names = profiles.map((p) => p.name);
  const where =
    profiles.length === 1
      ? `column \`${names[0]}\``
      : `columns ${quote(names.slice(0, 3))}${names.length > 3 ? ', ...' : ''}`;
  if (count === 0 && percentSigns === 0)
    return {
      unit: { type: 'proportion' },
      type: 'proportion',
      evidence: `${where}: no numbers in the sample`,
      confidence: 'low',
      undecided: 'the sample has no numbers to tell the scale',
    };
  const range = `${where} values ${fmt(min)}-${fmt(max)}, ${n(count)} numeric`;
  if (percentSigns > 0)
    return {
      unit: { type: 'percent' },
      type: 'percent',
      evidence: `${range}, ${n(percentSigns)} cells with a % sign: percent`,
      confidence: 'high',
    };
  if (min >= 0 && max <= 1)
    return {
      unit: { type: 'proportion' },
      type: 'proportion',
      evidence: `${range}: proportion`,
      confidence: count >= 20 ? 'high' : 'medium',
    };
  // A handful of values above 1 among hundreds of fractions are errors in a proportion file
  // (the real Colorado `81.6*`), not percents below 1%.
  if (min >= 0 && count >= 100 && aboveOne <= count / 100) {
    const big = profiles.flatMap((p) => p.examples.filter((e) => Number.parseFloat(e) > 1));
    return {
      unit: { type: 'proportion' },
      type: 'proportion',
      evidence: `${range}, only ${n(aboveOne)} of them above 1: proportion`,
      confidence: 'medium',
      undecided: `${n(aboveOne)} of ${n(count)} values are above 1${big.length > 0 ? ` (${big.slice(0, 5).join(', ')})` : ''}: errors in a proportion file, or a mix of scales; they will be reported as outside the unit's range`,
    };
  }
  if (min >= 0 && max <= 100) {
    const pctName = profiles.some((p) => containsPart(p.key, ['pct', 'percent', 'rate']));
    return {
      unit: { type: 'percent' },
      type: 'percent',
      evidence: `${range}, ${n(aboveOne)} of them above 1 (a proportion is never above 1): percent`,
      confidence: pctName || aboveOne >= count / 2 ? 'high' : 'medium',
      ...(aboveOne < count / 2 && !pctName
        ? {
            undecided: `${n(count - aboveOne)} of ${n(count)} values are at most 1: percents with small values, or a mix of scales (check the rows above 1)`,
          }
        : {}),
    };
  }
  if (min >= 0 && integers === count)
    return {
      unit: { type: 'count' },
      type: 'count',
      evidence: `${range}, all whole numbers, some above 100: count`,
      confidence: 'medium',
    };
  return {
    unit: { type: 'other', label: 'as in the file' },
    type: 'other',
    evidence: `${range}: neither a proportion nor a percent`,
    confidence: 'low',
    undecided:
      'values above 100 (or below 0) that are not whole counts: a rate, score or amount; the unit is "other"',
  };
}

/**
 * What the non-numeric cells of the value columns are, read with the default value tokens:
 * suppressed and missing tokens and blanks with their counts (a guess), and the cells that are
 * no known token (undecided: each would be an `unparsable_value` error).
 *
 * @example
 * ```ts
 * declare const profiles: Parameters<typeof inferTokens>[0]; // the value columns' profiles
 * inferTokens(profiles).guess.decision; // 'suppressed: S (82, suppressed); missing: MISSING (1, not-available)'
 * ```
 */
export function inferTokens(profiles: readonly ColumnProfile[]): {
  guess: MappingGuess;
  undecided: UndecidedRole | undefined;
} {
  const totals = new Map<string, number>();
  let blanks = 0;
  for (const p of profiles) {
    blanks += p.blank;
    for (const [token, count] of p.tokens) totals.set(token, (totals.get(token) ?? 0) + count);
  }
  const suppressed: string[] = [];
  const missing: string[] = [];
  const unknown: string[] = [];
  const footnoted: string[] = [];
  for (const [token, count] of totals) {
    const lower = token.toLowerCase();
    const rule = SUPPRESSED.get(lower);
    const gone = MISSING.get(lower);
    if (rule !== undefined) suppressed.push(`${token} (${n(count)}, ${rule.reason})`);
    else if (gone !== undefined) missing.push(`${token} (${n(count)}, ${gone.reason})`);
    else if (/^\d+(\.\d+)?\*$/.test(token)) footnoted.push(token);
    else unknown.push(`${token} (${n(count)})`);
  }
  const parts: string[] = [];
  if (suppressed.length > 0) parts.push(`suppressed: ${suppressed.join(', ')}`);
  if (missing.length > 0) parts.push(`missing: ${missing.join(', ')}`);
  if (blanks > 0) parts.push(`blank cells: ${n(blanks)} (missing)`);
  return {
    guess: {
      role: 'tokens',
      columns: profiles.map((p) => p.name),
      decision:
        parts.length === 0
          ? 'no suppression or missing tokens seen; the default value tokens apply'
          : parts.join('; '),
      evidence:
        'the non-numeric cells of the value columns, read with the default value tokens (values.md)',
      confidence: unknown.length === 0 ? 'high' : 'medium',
    },
    undecided:
      unknown.length === 0
        ? undefined
        : {
            role: 'tokens',
            reason: `cells that are neither numbers nor known tokens: ${unknown.slice(0, 10).join(', ')}`,
            placeholder:
              'each is an unparsable_value error (add them to values.options.suppressedTokens or missingTokens)',
          },
  };
}

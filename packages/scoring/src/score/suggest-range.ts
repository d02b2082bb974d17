import {
  baldrigeScoringGuidelines,
  createIssue,
  type Issue,
  type ScoringGuidelines,
} from '@community-excellence/schemas/data';
import { errorIssue } from './error-issue.js';

/**
 * Per-factor range ids: ADLI (`approach`, `deployment`, `learning`, `integration`) for process
 * items, or LeTCI (`levels`, `trends`, `comparisons`, `integration`) for results items.
 * Any subset of one family.
 */
export type FactorRanges =
  | Partial<Record<'approach' | 'deployment' | 'learning' | 'integration', string>>
  | Partial<Record<'levels' | 'trends' | 'comparisons' | 'integration', string>>;

/**
 * A suggested range: **a suggestion only**; the assessor chooses the range that fits the
 * response as a whole and the percent within it. Never a percent.
 */
export interface RangeSuggestion {
  readonly kind: 'suggestion';
  /** The suggested range id. */
  readonly range: string;
  /** How it was found: the median range (the lower middle one for an even count). */
  readonly rule: 'median';
  readonly factors: 'ADLI' | 'LeTCI';
  /** How many ranges apart the lowest and highest factor are (2 or more: discuss the item). */
  readonly spread: number;
  readonly note: string;
}

/**
 * What {@link suggestRange} returns.
 *
 * @example
 * ```ts
 * const result: SuggestRangeResult = suggestRange({ approach: '50-65' });
 * ```
 */
export type SuggestRangeResult =
  | { readonly ok: true; readonly suggestion: RangeSuggestion; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const ADLI = ['approach', 'deployment', 'learning', 'integration'];
const LETCI = ['levels', 'trends', 'comparisons', 'integration'];

/**
 * Suggests a range from per-factor range ratings: the **median** range in the guidelines'
 * order (for an even count, the lower of the two middle ranges, a conservative choice). It
 * never computes a percent and uses no factor weights: Baldrige defines none, and no factor is a
 * gate. The assessor confirms the range that fits the response as a whole and picks the percent.
 *
 * Never throws: input of another shape (never validated, not a scorecard) is answered with an
 * `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * const result = suggestRange({ approach: '50-65', deployment: '30-45', learning: '30-45', integration: '50-65' });
 * if (result.ok) result.suggestion.range; // '30-45' (lower middle of 30-45, 30-45, 50-65, 50-65)
 * suggestRange({ levels: '50-65', trends: '70-85', comparisons: '30-45' }); // median '50-65'
 * ```
 */
export function suggestRange(
  factorRanges: FactorRanges,
  guidelines: ScoringGuidelines = baldrigeScoringGuidelines,
): SuggestRangeResult {
  try {
    return suggestRangeUnchecked(factorRanges, guidelines);
  } catch (error) {
    const issue = errorIssue(error);
    return { ok: false, issues: [issue] };
  }
}

function suggestRangeUnchecked(
  factorRanges: FactorRanges,
  guidelines: ScoringGuidelines = baldrigeScoringGuidelines,
): SuggestRangeResult {
  const issues: Issue[] = [];
  const entries =
    typeof factorRanges === 'object' && factorRanges !== null
      ? Object.entries(factorRanges).filter(([, v]) => v !== undefined)
      : [];
  const keys = entries.map(([k]) => k);
  const isAdli = keys.every((k) => ADLI.includes(k));
  const isLetci = keys.every((k) => LETCI.includes(k));
  if (entries.length === 0) {
    issues.push(
      createIssue({
        code: 'too_small',
        path: [],
        minimum: 1,
        origin: 'factor ratings',
        inclusive: true,
      }),
    );
  } else if (!isAdli && !isLetci) {
    keys.forEach((k) => {
      if (!ADLI.includes(k) && !LETCI.includes(k))
        issues.push(createIssue({ code: 'unrecognized_key', path: [k], key: k }));
    });
    if (issues.length === 0) {
      issues.push(
        createIssue({
          code: 'wrong_evaluation_factors',
          path: [],
          item: '(factor ratings)',
          itemKind: 'mixed',
          factors: 'ADLI and LeTCI',
        }),
      );
    }
  }
  const order = guidelines.ranges.map((r) => r.id);
  const indices: number[] = [];
  for (const [key, value] of entries) {
    const index = order.indexOf(String(value));
    if (index < 0)
      issues.push(
        createIssue({
          code: 'unknown_reference',
          path: [key],
          target: 'scoring range',
          id: String(value),
        }),
      );
    else indices.push(index);
  }
  if (issues.length > 0) return { ok: false, issues };
  const sorted = [...indices].sort((a, b) => a - b);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  const spread = (sorted[sorted.length - 1] ?? 0) - (sorted[0] ?? 0);
  const range = order[middle] ?? '';
  return {
    ok: true,
    issues,
    suggestion: {
      kind: 'suggestion',
      range,
      rule: 'median',
      factors: isAdli ? 'ADLI' : 'LeTCI',
      spread,
      note:
        `Suggested range ${range} (median of the factor ratings). A suggestion only: choose the range that fits the response as a whole, then the percent within it; there are no factor weights.` +
        (spread >= 2
          ? ` The factors span ${spread + 1} ranges: discuss the item before scoring.`
          : ''),
    },
  };
}

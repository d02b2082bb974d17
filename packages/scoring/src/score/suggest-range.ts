import {
  baldrigeScoringGuidelines,
  createIssue,
  type Issue,
  type ScoringGuidelines,
} from '@community-excellence/schemas/data';
import { medianRange } from '@community-excellence/schemas/internal';
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
 * order (for an even count, the lower of the two middle ranges, a conservative choice; one
 * rule, `medianRange` in the schemas package, shared with the results evidence of
 * theory-of-action). It never computes a percent and uses no factor weights: Baldrige defines
 * none, and no factor is a gate. The assessor confirms the range that fits the response as a
 * whole and picks the percent.
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
  for (const [key, value] of entries) {
    if (!order.includes(String(value)))
      issues.push(
        createIssue({
          code: 'unknown_reference',
          path: [key],
          target: 'scoring range',
          id: String(value),
        }),
      );
  }
  if (issues.length > 0) return { ok: false, issues };
  const median = medianRange(
    entries.map(([, value]) => String(value)),
    order,
  );
  if (median === undefined)
    return { ok: false, issues: [errorIssue(new Error('no median range'))] };
  return {
    ok: true,
    issues,
    suggestion: {
      kind: 'suggestion',
      range: median.range,
      rule: median.rule,
      factors: isAdli ? 'ADLI' : 'LeTCI',
      spread: median.spread,
      note: median.note,
    },
  };
}

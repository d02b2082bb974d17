import type { Issue } from '@community-excellence/schemas/data';
import { parseRangeId } from '@community-excellence/schemas/data';
import { fromExactValue, toExactValue, type ExactNumber } from './exact-number.js';
import { subtractRational } from './rational.js';
import type { ItemStatus, Scorecard, ScorecardTotal } from './scorecard.js';
import { errorIssue } from './error-issue.js';

/**
 * The change of one item between two scorecards.
 *
 * @example
 * ```ts
 * diff.items.find((i) => i.code === '1.1')?.earnedDelta?.exact; // '3.5'
 * ```
 */
export interface ItemDiff {
  readonly code: string;
  readonly name: string;
  /** Where the item appears: in `both` scorecards, `previous-only` or `current-only`. */
  readonly presence: 'both' | 'previous-only' | 'current-only';
  readonly previousStatus: ItemStatus | null;
  readonly currentStatus: ItemStatus | null;
  readonly previousPercent: number | null;
  readonly currentPercent: number | null;
  readonly previousRange: string | null;
  readonly currentRange: string | null;
  /** `up`/`down`/`same` when both are scored, `n/a` otherwise. */
  readonly rangeChange: 'up' | 'down' | 'same' | 'n/a';
  readonly percentDelta: number | null;
  readonly previousEarned: ExactNumber | null;
  readonly currentEarned: ExactNumber | null;
  /** current - previous earned points, exact; null when either side has no points (N/A, excluded, no points). */
  readonly earnedDelta: ExactNumber | null;
}

/**
 * The change of a total (category, process, results, overall).
 *
 * @example
 * ```ts
 * diff.total.earnedDelta?.exact; // '12.5'
 * ```
 */
export interface TotalDiff {
  readonly previousEarned: ExactNumber | null;
  readonly currentEarned: ExactNumber | null;
  readonly previousMax: ExactNumber | null;
  readonly currentMax: ExactNumber | null;
  readonly earnedDelta: ExactNumber | null;
  /** False when the maxima differ (different scope, items or editions): compare percents of max instead. */
  readonly sameMax: boolean;
}

/**
 * A category's change.
 *
 * @example
 * ```ts
 * diff.categories[0]?.code; // '1'
 * ```
 */
export interface CategoryDiff extends TotalDiff {
  readonly code: string;
  readonly name: string;
  /** Where the category appears (as for items). */
  readonly presence: ItemDiff['presence'];
}

/**
 * A cycle-over-cycle comparison of two scorecards.
 *
 * @example
 * ```ts
 * const diff: ScorecardDiff = diffScorecards(lastYear, thisYear);
 * ```
 */
export interface ScorecardDiff {
  readonly kind: 'scorecard-diff';
  readonly previousId: string;
  readonly currentId: string;
  readonly notes: readonly string[];
  readonly items: readonly ItemDiff[];
  readonly categories: readonly CategoryDiff[];
  readonly process: TotalDiff;
  readonly results: TotalDiff;
  readonly total: TotalDiff;
  /** Set when the inputs were not scorecards (an `unexpected_shape` issue); the diff is then empty. */
  readonly issues?: readonly Issue[];
}

function delta(previous: ExactNumber | null, current: ExactNumber | null): ExactNumber | null {
  if (previous === null || current === null) return null;
  const a = fromExactValue(previous);
  const b = fromExactValue(current);
  return a === undefined || b === undefined ? null : toExactValue(subtractRational(b, a));
}

function totalDiff(
  previous: ScorecardTotal | undefined,
  current: ScorecardTotal | undefined,
): TotalDiff {
  const previousEarned = previous?.earned ?? null;
  const currentEarned = current?.earned ?? null;
  const previousMax = previous?.max ?? null;
  const currentMax = current?.max ?? null;
  return {
    previousEarned,
    currentEarned,
    previousMax,
    currentMax,
    earnedDelta: delta(previousEarned, currentEarned),
    sameMax: previousMax?.exact === currentMax?.exact,
  };
}

function rangeChange(previous: string | null, current: string | null): ItemDiff['rangeChange'] {
  const a = previous === null ? undefined : parseRangeId(previous);
  const b = current === null ? undefined : parseRangeId(current);
  if (a === undefined || b === undefined) return 'n/a';
  return b.min > a.min ? 'up' : b.min < a.min ? 'down' : 'same';
}

function union<T extends { readonly code: string }>(
  previous: readonly T[],
  current: readonly T[],
): { code: string; p: T | undefined; c: T | undefined }[] {
  const codes = [
    ...previous.map((x) => x.code),
    ...current.map((x) => x.code).filter((code) => !previous.some((x) => x.code === code)),
  ];
  return codes.map((code) => ({
    code,
    p: previous.find((x) => x.code === code),
    c: current.find((x) => x.code === code),
  }));
}

const presence = (p: unknown, c: unknown): ItemDiff['presence'] =>
  p !== undefined && c !== undefined ? 'both' : p !== undefined ? 'previous-only' : 'current-only';

/**
 * Compares two scorecards cycle over cycle, by item and by category: earned delta (exact),
 * percent delta and range change. Items or categories present in only one scorecard (another
 * scope, another edition) are kept and marked `previous-only` / `current-only`; their deltas
 * are null rather than a misleading number. Items appear in the previous scorecard's order,
 * then new ones.
 *
 * Never throws: inputs that are not scorecards give an empty diff with an `unexpected_shape`
 * issue in `issues`.
 *
 * @example
 * ```ts
 * const diff = diffScorecards(scorecard2025, scorecard2026);
 * diff.total.earnedDelta?.exact; // e.g. '22.5' (negative when the total fell)
 * diff.items.filter((i) => i.rangeChange === 'up').map((i) => i.code);
 * ```
 */
export function diffScorecards(previous: Scorecard, current: Scorecard): ScorecardDiff {
  try {
    return diffScorecardsUnchecked(previous, current);
  } catch (error) {
    const issue = errorIssue(error);
    return {
      kind: 'scorecard-diff',
      previousId: '',
      currentId: '',
      notes: [issue.message],
      items: [],
      categories: [],
      process: totalDiff(undefined, undefined),
      results: totalDiff(undefined, undefined),
      total: totalDiff(undefined, undefined),
      issues: [issue],
    };
  }
}

function diffScorecardsUnchecked(previous: Scorecard, current: Scorecard): ScorecardDiff {
  const notes: string[] = [];
  if (
    previous.framework.id !== current.framework.id ||
    previous.framework.edition !== current.framework.edition
  ) {
    notes.push(
      `Different frameworks: ${previous.framework.id} ${previous.framework.edition} and ${current.framework.id} ${current.framework.edition}; items are matched by code.`,
    );
  }
  if (previous.scope.label !== current.scope.label)
    notes.push(
      `Different scopes: ${previous.scope.label} and ${current.scope.label}; maxima may differ.`,
    );
  if (!previous.points.available || !current.points.available)
    notes.push('At least one scorecard has no points; point deltas are null.');
  const items = union(previous.items, current.items).map(({ code, p, c }): ItemDiff => ({
    code,
    name: c?.name ?? p?.name ?? code,
    presence: presence(p, c),
    previousStatus: p?.status ?? null,
    currentStatus: c?.status ?? null,
    previousPercent: p?.percent ?? null,
    currentPercent: c?.percent ?? null,
    previousRange: p?.range ?? null,
    currentRange: c?.range ?? null,
    rangeChange: rangeChange(p?.range ?? null, c?.range ?? null),
    percentDelta: p?.percent != null && c?.percent != null ? c.percent - p.percent : null,
    previousEarned: p?.earned ?? null,
    currentEarned: c?.earned ?? null,
    earnedDelta: delta(p?.earned ?? null, c?.earned ?? null),
  }));
  const categories = union(previous.categories, current.categories).map(
    ({ code, p, c }): CategoryDiff => ({
      code,
      name: c?.name ?? p?.name ?? code,
      presence: presence(p, c),
      ...totalDiff(p, c),
    }),
  );
  return {
    kind: 'scorecard-diff',
    previousId: previous.id,
    currentId: current.id,
    notes,
    items,
    categories,
    process: totalDiff(previous.process, current.process),
    results: totalDiff(previous.results, current.results),
    total: totalDiff(previous.total, current.total),
  };
}

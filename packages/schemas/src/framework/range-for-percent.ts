import type { ScoringGuidelines, ScoringRange } from './scoring-guidelines.js';

/**
 * The scoring range that contains a percent (`min <= percent <= max`), or undefined for a
 * percent outside every range (negative, above 100, NaN, or between ranges such as 7).
 *
 * Never throws: guidelines of another shape give `undefined`.
 *
 * @example
 * ```ts
 * rangeForPercent(baldrigeScoringGuidelines, 60)?.id; // '50-65'
 * rangeForPercent(baldrigeScoringGuidelines, 7); // undefined
 * ```
 */
export function rangeForPercent(
  guidelines: Pick<ScoringGuidelines, 'ranges'>,
  percent: number,
): ScoringRange | undefined {
  try {
    return rangeForPercentUnchecked(guidelines, percent);
  } catch {
    return undefined;
  }
}

function rangeForPercentUnchecked(
  guidelines: Pick<ScoringGuidelines, 'ranges'>,
  percent: number,
): ScoringRange | undefined {
  return guidelines.ranges.find((range) => range.min <= percent && percent <= range.max);
}

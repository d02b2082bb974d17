import {
  rangeForPercent,
  type RangeId,
  type ScoringGuidelines,
} from '@community-excellence/schemas/data';

/**
 * A proposed starting point for the consensus discussion of one item. It is never a score: the
 * team agrees the consensus percent itself and records it, with a rationale, in the assessment's
 * `consensus`.
 */
export interface ConsensusProposal {
  /** Always `'proposal'`: this number is a suggestion, not an agreed score. */
  readonly kind: 'proposal';
  /** The median of the reviewers' percents rounded to the guidelines' step (5). */
  readonly percent: number;
  /** The range that contains `percent`. */
  readonly range: RangeId;
  /** How the proposal was derived. */
  readonly basis: 'median';
}

/**
 * Proposes where a consensus discussion could start: the median of the reviewers' percents,
 * rounded to a multiple of the guidelines' step (5).
 *
 * The rule, exactly:
 * 1. sort the percents; with an odd count the median is the middle value, with an even count it
 *    is the mean of the two middle values (so `50, 55` gives 52.5);
 * 2. round to the nearest multiple of the step, halves upwards (`52.5` gives 55, `57.5` gives 60);
 * 3. the result always lies within the reviewers' lowest and highest percent (for percents on the
 *    step grid the rounding can never leave that span; for off-grid input it is clamped to the
 *    nearest grid value inside the span).
 *
 * Returns `undefined` for no percents, a non-finite percent, a span with no multiple of the step
 * in it, or a percent that no range of the guidelines contains.
 *
 * Never throws: anything but a list of percents and guidelines gives `undefined`.
 *
 * @example
 * ```ts
 * import { baldrigeScoringGuidelines } from '@community-excellence/schemas/data';
 * medianProposal([40, 55, 70], baldrigeScoringGuidelines); // { kind: 'proposal', percent: 55, range: '50-65', basis: 'median' }
 * medianProposal([50, 55], baldrigeScoringGuidelines)?.percent; // 55 (52.5 rounds half up)
 * medianProposal([], baldrigeScoringGuidelines); // undefined
 * ```
 */
export function medianProposal(
  percents: readonly number[],
  guidelines: Pick<ScoringGuidelines, 'ranges' | 'step'>,
): ConsensusProposal | undefined {
  try {
    return medianProposalUnchecked(percents, guidelines);
  } catch {
    return undefined;
  }
}

function medianProposalUnchecked(
  percents: readonly number[],
  guidelines: Pick<ScoringGuidelines, 'ranges' | 'step'>,
): ConsensusProposal | undefined {
  if (percents.length === 0 || percents.some((p) => !Number.isFinite(p))) return undefined;
  const step = guidelines.step > 0 ? guidelines.step : 1;
  const sorted = [...percents].sort((a, b) => a - b);
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  let percent = step * Math.floor(median / step + 0.5);
  if (percent < min) percent = step * Math.ceil(min / step);
  if (percent > max) percent = step * Math.floor(max / step);
  if (percent < min || percent > max) return undefined;
  const range = rangeForPercent(guidelines, percent);
  if (range === undefined) return undefined;
  return { kind: 'proposal', percent, range: range.id, basis: 'median' };
}

import type {
  CycleComparison,
  CycleOpportunity,
  CycleOpportunityStatus,
} from './compare-cycles.js';

/**
 * The label of each cycle-over-cycle status, as reports print it.
 *
 * @example
 * ```ts
 * cycleStatusLabels['acted-no-movement']; // 'acted on, no movement'
 * ```
 */
export const cycleStatusLabels: Readonly<Record<CycleOpportunityStatus, string>> = {
  addressed: 'addressed',
  'acted-no-movement': 'acted on, no movement',
  'in-progress': 'in progress',
  'carried-over': 'carried over',
  'item-not-reassessed': 'item not reassessed',
};

function ranges(row: CycleOpportunity): string {
  return `range ${row.previousRange ?? 'unscored'} to ${row.currentRange ?? 'not scored'}`;
}

/**
 * One opportunity of the previous cycle and what became of it, in a sentence.
 *
 * @example
 * ```ts
 * declare const comparison: CycleComparison;
 * cycleOpportunitySentence(comparison.opportunities[0]!);
 * // 'consensus-7.1-o1 (7.1, high): addressed (done: act-dashboard; range 30-45 to 50-65).'
 * ```
 */
export function cycleOpportunitySentence(row: CycleOpportunity): string {
  try {
    const ofi = row.opportunity;
    const done = row.actions.filter((a) => a.status === 'done').map((a) => a.id);
    const open = row.actions
      .filter((a) => a.status !== 'done' && a.status !== 'dropped')
      .map((a) => a.id);
    let detail: string;
    switch (row.status) {
      case 'addressed':
      case 'acted-no-movement':
        detail = `done: ${done.join(', ')}; ${ranges(row)}`;
        break;
      case 'in-progress':
        detail = `open: ${open.join(', ')}; ${ranges(row)}`;
        break;
      case 'carried-over':
        detail =
          row.carriedOver === 'repeated'
            ? `repeated as ${row.repeatedBy.join(', ')}; ${ranges(row)}`
            : `no action; ${ranges(row)}`;
        break;
      default:
        detail = `the current cycle does not score ${ofi.item}`;
    }
    return `${ofi.id ?? 'an opportunity without id'} (${ofi.item}, ${ofi.priority}): ${cycleStatusLabels[row.status]} (${detail}).`;
  } catch {
    return 'An opportunity that could not be read.';
  }
}

/**
 * A cycle comparison as lines of text: the total's change, the count per status, then one
 * sentence per opportunity ({@link cycleOpportunitySentence}).
 *
 * @example
 * ```ts
 * declare const comparison: CycleComparison;
 * console.log(cycleComparisonSentences(comparison).join('\n'));
 * ```
 */
export function cycleComparisonSentences(comparison: CycleComparison): readonly string[] {
  try {
    if (comparison.diff === null)
      return [
        `No comparison: ${comparison.issues
          .filter((i) => i.severity === 'error')
          .map((i) => i.message)
          .join(' ')}`,
      ];
    const total = comparison.diff.total;
    const delta = total.earnedDelta?.exact;
    const lines = [
      total.previousEarned === null || total.currentEarned === null
        ? `From ${comparison.previousId} to ${comparison.currentId}: no points to compare.`
        : `From ${comparison.previousId} to ${comparison.currentId}: total ${total.previousEarned.exact} to ${total.currentEarned.exact} (${delta?.startsWith('-') ? delta : `+${delta}`}).`,
    ];
    const counts = (Object.keys(cycleStatusLabels) as CycleOpportunityStatus[])
      .filter((status) => comparison.counts[status] > 0)
      .map((status) => `${comparison.counts[status]} ${cycleStatusLabels[status]}`);
    const n = comparison.opportunities.length;
    lines.push(
      n === 0
        ? 'The previous cycle recorded no opportunities for improvement.'
        : `${n} opportunit${n === 1 ? 'y' : 'ies'} of the previous cycle: ${counts.join(', ')}.`,
    );
    for (const row of comparison.opportunities) lines.push(cycleOpportunitySentence(row));
    return lines;
  } catch {
    return ['No comparison: the input is not a cycle comparison.'];
  }
}

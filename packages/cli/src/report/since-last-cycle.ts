import {
  cycleComparisonSentences,
  cycleOpportunitySentence,
  cycleStatusLabels,
  type CycleComparison,
  type CycleOpportunity,
  type ItemDiff,
} from '@community-excellence/scoring';
import { markdownTable } from '../scorecard/markdown-table.js';
import { markdownText } from './format.js';

/** The heading of the section `coe feedback --previous` adds. */
const HEADING = 'Since the last cycle';

function side(
  status: ItemDiff['previousStatus'],
  range: string | null,
  percent: number | null,
): string {
  if (status === null) return 'not in the scorecard';
  if (status !== 'scored') return status.replace(/-/g, ' ');
  return `${range ?? '-'} (${percent ?? '-'}%)`;
}

function pointsChange(item: ItemDiff): string {
  const delta = item.earnedDelta?.exact;
  if (delta === undefined) return '-';
  if (delta === '0') return 'no change';
  return `${delta.startsWith('-') ? delta : `+${delta}`} points`;
}

/**
 * One item's score change as a row: code, name, previous (range and percent, or the item's
 * status), current, the points change and the range change (`up`, `down`, `same`, or `-` unless
 * scored in both cycles).
 *
 * @example
 * ```ts
 * declare const item: ItemDiff;
 * itemChangeCells(item); // ['1.1', 'Community Excellence Group Leadership', '10-25 (20%)', '30-45 (40%)', '+14 points', 'up']
 * ```
 */
export function itemChangeCells(item: ItemDiff): readonly string[] {
  return [
    item.code,
    item.name,
    side(item.previousStatus, item.previousRange, item.previousPercent),
    side(item.currentStatus, item.currentRange, item.currentPercent),
    pointsChange(item),
    item.rangeChange === 'n/a' ? '-' : item.rangeChange,
  ];
}

/**
 * The status label and the sentence of one opportunity of the previous cycle, as the JSON output
 * of `coe feedback --previous` carries them next to the row.
 *
 * @example
 * ```ts
 * declare const row: CycleOpportunity;
 * withSentence(row).label; // 'carried over'
 * ```
 */
export function withSentence(
  row: CycleOpportunity,
): CycleOpportunity & { readonly label: string; readonly sentence: string } {
  return { ...row, label: cycleStatusLabels[row.status], sentence: cycleOpportunitySentence(row) };
}

/**
 * The "Since the last cycle" section as plain text lines (`coe feedback --previous`): the
 * total's change, the score change of every item, the count per status, then one sentence per
 * opportunity of the previous cycle.
 *
 * @example
 * ```ts
 * declare const comparison: CycleComparison;
 * sinceLastCyclePlainLines(comparison)[0]; // 'Since the last cycle'
 * ```
 */
export function sinceLastCyclePlainLines(comparison: CycleComparison): string[] {
  const sentences = cycleComparisonSentences(comparison);
  const out = [HEADING, `  ${sentences[0] ?? ''}`];
  const items = comparison.diff?.items ?? [];
  if (items.length > 0) {
    out.push('  Score changes by item (previous -> current):');
    const rows = items.map(itemChangeCells);
    const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
    for (const r of rows)
      out.push(
        `    ${[0, 1, 2].map((i) => (r[i] ?? '').padEnd(widths[i] ?? 0)).join('  ')} -> ${(r[3] ?? '').padEnd(widths[3] ?? 0)}  ${r[4] ?? ''}${r[5] === 'up' || r[5] === 'down' ? `, range ${r[5]}` : ''}`.trimEnd(),
      );
  }
  if (sentences.length > 1) {
    out.push(`  ${sentences[1] ?? ''}`);
    for (const sentence of sentences.slice(2)) out.push(`  - ${sentence}`);
  }
  return out;
}

/**
 * The "Since the last cycle" section as Markdown lines (`coe feedback --previous --format
 * markdown`): a heading at `level`, the total's change, a table of every item's score change,
 * the count per status and one bullet per opportunity of the previous cycle. Ends with a blank
 * line.
 *
 * @example
 * ```ts
 * declare const comparison: CycleComparison;
 * sinceLastCycleMarkdown(comparison, 2)[0]; // '## Since the last cycle'
 * ```
 */
export function sinceLastCycleMarkdown(comparison: CycleComparison, level: number): string[] {
  const sentences = cycleComparisonSentences(comparison);
  const out = [`${'#'.repeat(level)} ${HEADING}`, '', markdownText(sentences[0] ?? ''), ''];
  const items = comparison.diff?.items ?? [];
  if (items.length > 0) {
    out.push(
      markdownTable(
        ['Item', 'Name', 'Previous', 'Current', 'Points change', 'Range'],
        items.map(itemChangeCells),
      ),
      '',
    );
  }
  if (sentences.length > 1) {
    out.push(markdownText(sentences[1] ?? ''), '');
    if (sentences.length > 2) {
      for (const sentence of sentences.slice(2)) out.push(`- ${markdownText(sentence)}`);
      out.push('');
    }
  }
  return out;
}

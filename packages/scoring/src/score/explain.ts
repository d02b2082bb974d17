import type { BandAssignment, ItemInput, Scorecard, ScorecardTotal } from './scorecard.js';
import { errorIssue } from './error-issue.js';

function describeInput(input: ItemInput | null): string {
  if (input === null) return 'no input';
  if (input.from === 'consensus') {
    return `consensus item ${input.item}, based on ${input.basedOn.join(', ')} (reviewers ${input.reviewerIds.join(', ')})`;
  }
  if (input.from === 'review')
    return `review ${input.reviewId ?? '?'} by ${input.reviewerIds.join(', ')}, item ${input.item}`;
  return `projection target for ${input.item}`;
}

function describeSource(scorecard: Scorecard): string {
  const s = scorecard.source;
  if (s.type === 'consensus') return `consensus (${s.status})`;
  if (s.type === 'review') return `review ${s.reviewId} by ${s.reviewerId} (${s.status})`;
  return `projection of ${s.basedOn} (targets ${s.targets.join(', ')})`;
}

const pointsLabel = (scorecard: Scorecard): string =>
  scorecard.framework.pointsLabel === null ? '' : ` (${scorecard.framework.pointsLabel})`;

/**
 * A readable, multi-line explanation of one item of a scorecard: where its score comes from,
 * the range and percent, the item's maximum, the arithmetic, the maturity stage and the
 * framework and guidelines editions used. Unknown codes give a one-line message.
 *
 * Never throws: a value that is not a scorecard gives the message of an `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * console.log(explainItem(scorecard, '2.1'));
 * // Item 2.1 Strategy Development (process, category 2)
 * // Status: scored
 * // Input: consensus item 2.1, based on review-a, review-b (reviewers rev-a, rev-b)
 * // Range: 50-65 (guidelines baldrige-2023-2024-scoring-guidelines 2023-2024, version 1.0.0)
 * // Percent: 55%
 * // Maximum: 45 points (framework baldrige-2023-2024 2023-2024, version 1.0.0)
 * // Points: 55% × 45 = 24.75
 * // Maturity stage: Aligned Approaches (50-65%; confidence inferred)
 * ```
 */
export function explainItem(scorecard: Scorecard, code: string): string {
  try {
    return explainItemUnchecked(scorecard, code);
  } catch (error) {
    const issue = errorIssue(error);
    return issue.message;
  }
}

function explainItemUnchecked(scorecard: Scorecard, code: string): string {
  const item = scorecard.items.find((i) => i.code === code);
  if (item === undefined) return `Item ${code} is not a scored item of ${scorecard.framework.id}.`;
  const t = item.trace;
  const lines = [
    `Item ${item.code} ${item.name} (${item.kind}, category ${item.category})`,
    `Status: ${item.status}`,
  ];
  if (t.reason !== null) lines.push(`Reason: ${t.reason}`);
  if (item.status === 'out-of-scope' || item.status === 'not-applicable') {
    lines.push('Points: N/A (counted in neither the earned total nor the maximum)');
    return lines.join('\n');
  }
  lines.push(`Input: ${describeInput(t.input)}`);
  if (item.status === 'scored') {
    lines.push(
      `Range: ${item.range ?? '-'} (guidelines ${t.guidelines.id} ${t.guidelines.edition}, version ${t.guidelines.version})`,
    );
    lines.push(`Percent: ${item.percent ?? '-'}%`);
  }
  if (item.maxPoints === null) {
    lines.push(`Points: none (${scorecard.points.reason ?? 'no points'})`);
  } else {
    lines.push(
      `Maximum: ${item.maxPoints.exact} points${pointsLabel(scorecard)} (framework ${t.framework.id} ${t.framework.edition}, version ${t.framework.version})`,
    );
    lines.push(`Points: ${t.formula ?? '-'}`);
  }
  if (item.maturityStage !== null) {
    const s = item.maturityStage;
    lines.push(
      `Maturity stage: ${s.name} (${s.minPercent}-${s.maxPercent}%; confidence ${s.confidence})`,
    );
  }
  return lines.join('\n');
}

function totalLine(label: string, total: ScorecardTotal): string {
  if (total.status === 'out-of-scope') return `${label}: N/A (no item in scope)`;
  if (total.earned === null || total.max === null)
    return `${label}: no points (${total.scored} item(s) scored)`;
  const pct =
    total.percentOfMax === null ? '' : ` (${Number(total.percentOfMax.value.toFixed(1))}%)`;
  return `${label}: ${total.earned.exact} of ${total.max.exact}${pct}`;
}

function bandLine(band: BandAssignment): string {
  const name = band.table === 'process' ? 'Process band' : 'Results band';
  if (band.band === null) return `${name}: none - ${band.reason ?? 'unavailable'}`;
  const range = `[${band.lower ?? '?'}, ${band.upper ?? '?'}${band.upper === band.tableMaxPoints ? ']' : ')'}`;
  return `${name}: ${band.band} of ${band.bandCount ?? '?'} ${range} ${band.description ?? ''} (confidence ${band.confidence ?? 'unknown'}${band.status === 'scaled' ? `; ${band.reason ?? 'scaled'}` : ''})`;
}

/**
 * A readable, multi-line explanation of a scorecard's totals: source and scope, the overall,
 * process and results totals with the items they add up, each category, the bands and the
 * maturity stage (with their confidence tags), and excluded and unscored items.
 *
 * Never throws: a value that is not a scorecard gives the message of an `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * console.log(explainTotal(scorecard));
 * // Scorecard riverbend-2026-baseline-level-3:consensus
 * // Source: consensus (agreed); scope coe-level-3 (from the assessment)
 * // Total: 278 of 1000 (27.8%)
 * // Process: 170 of 550 (30.9%) = 28 (1.1) + 12.5 (1.2) + ...
 * // ...
 * ```
 */
export function explainTotal(scorecard: Scorecard): string {
  try {
    return explainTotalUnchecked(scorecard);
  } catch (error) {
    const issue = errorIssue(error);
    return issue.message;
  }
}

function explainTotalUnchecked(scorecard: Scorecard): string {
  const lines = [
    `Scorecard ${scorecard.id}`,
    `Framework: ${scorecard.framework.id} ${scorecard.framework.edition} (points ${scorecard.framework.pointsStatus}${pointsLabel(scorecard)}); guidelines ${scorecard.guidelines.id} ${scorecard.guidelines.edition}`,
    `Source: ${describeSource(scorecard)}; scope ${scorecard.scope.label} (from the ${scorecard.scope.from === 'options' ? 'scoring options' : 'assessment'})`,
  ];
  if (!scorecard.points.available)
    lines.push(
      `No points: ${scorecard.points.reason ?? ''} ${scorecard.points.suggestion ?? ''}`.trim(),
    );
  lines.push(totalLine('Total', scorecard.total));
  for (const [label, total] of [
    ['Process', scorecard.process],
    ['Results', scorecard.results],
  ] as const) {
    const formula =
      total.trace.formula === null ? '' : ` = ${total.trace.formula.replace(/ = [^=]*$/, '')}`;
    lines.push(`${totalLine(label, total)}${formula}`);
  }
  lines.push('Categories:');
  for (const category of scorecard.categories)
    lines.push(`  ${totalLine(`${category.code} ${category.name}`, category)}`);
  lines.push(bandLine(scorecard.bands.process), bandLine(scorecard.bands.results));
  const m = scorecard.maturity.process;
  lines.push(
    m.stage === null
      ? `Maturity stage (process total): none - ${m.reason ?? 'unavailable'}`
      : `Maturity stage (process total at ${Number((m.basis?.value ?? 0).toFixed(1))}%): ${m.stage.name} (confidence ${m.stage.confidence})`,
  );
  if (scorecard.excluded.length > 0)
    lines.push(
      `Excluded (N/A): ${scorecard.excluded.map((e) => `${e.code} ${e.reason}`).join(', ')}`,
    );
  if (scorecard.unscored.length > 0)
    lines.push(`Unscored (0 points, counted in the maximum): ${scorecard.unscored.join(', ')}`);
  return lines.join('\n');
}

import { pointsAtStake, type ExactNumber, type Scorecard } from '@community-excellence/scoring';
import type { ReviewFindings } from './score-with-reviews.js';

const pad = (text: string, width: number): string =>
  text.length >= width ? text.slice(0, width) : text + ' '.repeat(width - text.length);
const num = (value: ExactNumber | null): string => value?.exact ?? '-';
const band = (b: Scorecard['bands']['process']): string =>
  b.band === null ? `no band (${b.status})` : `band ${b.band} of ${b.bandCount ?? '?'}`;

/**
 * A scorecard as plain-text lines (category table, totals with bands, maturity stage, where the
 * next points come from) followed, when given, by the independent reviews (flagged items with
 * each reviewer's percent, the proposed starting point and the consensus, Krippendorff's alpha).
 * Nested lines are indented by two spaces; the lines end without a newline.
 *
 * @example
 * ```ts
 * const scored = scoreWithReviews(assessment, framework);
 * if (scored.ok) console.log(scorecardTextLines(scored.scorecard, scored.reviews).join('\n'));
 * // Consensus scorecard against coe-community-2024-baldrige-derived-points (unofficial, Baldrige-derived), scope coe-level-3
 * //   category                                                   earned   max
 * //   ...
 * ```
 */
export function scorecardTextLines(
  card: Scorecard,
  reviews: ReviewFindings | null = null,
): string[] {
  const lines: string[] = [];
  lines.push(
    `${card.source.type === 'consensus' ? 'Consensus' : 'Review'} scorecard against ${card.framework.id}${card.framework.pointsLabel === null ? '' : ` (${card.framework.pointsLabel})`}, scope ${card.scope.label}`,
  );
  lines.push(`  ${pad('category', 58)} ${pad('earned', 8)} max`);
  for (const category of card.categories) {
    lines.push(
      `  ${pad(`${category.code} ${category.name}`, 58)} ${pad(num(category.earned), 8)} ${num(category.max)}`,
    );
  }
  for (const item of card.items) {
    if (item.scopeNote === null) continue;
    const share =
      item.share === null || item.share.numerator === item.share.denominator
        ? ''
        : ` counts ${item.share.numerator}/${item.share.denominator} (max ${num(item.maxPoints)})`;
    lines.push(`  ${item.code}${share}: ${item.scopeNote}`);
  }
  if (card.scope.reason !== null) {
    lines.push(`  ${card.scope.reason}`);
    return lines;
  }
  lines.push(
    `  Process ${num(card.process.earned)} of ${num(card.process.max)} (${band(card.bands.process)}), results ${num(card.results.earned)} of ${num(card.results.max)} (${band(card.bands.results)}); total ${num(card.total.earned)} of ${num(card.total.max)}`,
  );
  const stage = card.maturity.process.stage;
  if (stage !== null)
    lines.push(
      `  Process maturity: ${stage.name} (bands and stages are ${stage.confidence} tables you can replace)`,
    );
  const next = pointsAtStake(card).slice(0, 3);
  lines.push(
    `  Where the next points come from: ${next.map((s) => `${s.code} +${num(s.points)} (${s.currentPercent ?? 0}% -> ${s.targetPercent}%)`).join(', ')}`,
  );
  if (reviews === null) return lines;

  const { summary, agreement } = reviews;
  lines.push(
    `Independent reviews: ${summary.panel.length} reviewers, ${summary.items.length} items`,
  );
  for (const code of summary.flaggedItems) {
    const item = summary.items.find((i) => i.item === code);
    if (item === undefined || item.spread === null) continue;
    const ratings = item.ratings.map((r) => `${r.reviewerId} ${r.percent}%`).join(', ');
    lines.push(
      `  flagged ${code}: reviewers ${item.spread.rangesApart} ranges apart (${ratings}); proposed start ${item.proposal?.percent ?? '-'}% (a proposal, not a score); consensus ${item.consensus?.percent ?? '-'}%`,
    );
  }
  lines.push(
    `  Krippendorff's alpha (ordinal, reviewers' percents): ${agreement.defined ? agreement.alpha.toFixed(3) : `undefined (${agreement.reason})`}`,
  );
  return lines;
}

/**
 * {@link scorecardTextLines} as one text ending in a newline: the `score` command's text output.
 *
 * @example
 * ```ts
 * if (scored.ok) process.stdout.write(scorecardText(scored.scorecard, scored.reviews));
 * ```
 */
export function scorecardText(card: Scorecard, reviews: ReviewFindings | null = null): string {
  return `${scorecardTextLines(card, reviews).join('\n')}\n`;
}

import { BUILT_IN_FRAMEWORKS, type Assessment } from '@community-excellence/schemas';
import { pointsAtStake, reviewAgreement, scoreAssessment, summarizeReviews, type Scorecard } from '@community-excellence/scoring';

const pad = (text: string, width: number): string => (text.length >= width ? text.slice(0, width) : text + ' '.repeat(width - text.length));
const num = (value: { readonly exact: string } | null): string => value?.exact ?? '-';

/** What the demo found when scoring the example assessment. */
export interface ScoreSection {
  readonly lines: readonly string[];
  readonly scorecard: Scorecard | undefined;
  readonly ok: boolean;
}

/**
 * Scores the example assessment's consensus, summarizes the independent reviews for the
 * consensus discussion and measures the reviewers' agreement, as printable lines.
 */
export function scoreSection(assessment: Assessment): ScoreSection {
  const framework = BUILT_IN_FRAMEWORKS.find((f) => f.id === assessment.framework.id);
  if (framework === undefined) return { lines: [`  framework ${assessment.framework.id} is not built in`], scorecard: undefined, ok: false };
  const result = scoreAssessment(assessment, framework);
  if (!result.ok || result.scorecard === undefined) {
    return { lines: result.issues.map((issue) => `  ${issue.severity} ${issue.code}: ${issue.message}`), scorecard: undefined, ok: false };
  }
  const card = result.scorecard;
  const lines: string[] = [];
  lines.push(`  ${card.source.type === 'consensus' ? 'Consensus' : 'Review'} scorecard against ${card.framework.id}${card.framework.pointsLabel === null ? '' : ` (${card.framework.pointsLabel})`}, scope ${card.scope.label}`);
  lines.push(`    ${pad('category', 58)} ${pad('earned', 8)} max`);
  for (const category of card.categories) {
    lines.push(`    ${pad(`${category.code} ${category.name}`, 58)} ${pad(num(category.earned), 8)} ${num(category.max)}`);
  }
  const band = (b: Scorecard['bands']['process']): string => (b.band === null ? `no band (${b.status})` : `band ${b.band} of ${b.bandCount ?? '?'}`);
  lines.push(`    Process ${num(card.process.earned)} of ${num(card.process.max)} (${band(card.bands.process)}), results ${num(card.results.earned)} of ${num(card.results.max)} (${band(card.bands.results)}); total ${num(card.total.earned)} of ${num(card.total.max)}`);
  const stage = card.maturity.process.stage;
  if (stage !== null) lines.push(`    Process maturity: ${stage.name} (bands and stages are ${stage.confidence} tables you can replace)`);
  const next = pointsAtStake(card).slice(0, 3);
  lines.push(`    Where the next points come from: ${next.map((s) => `${s.code} +${num(s.points)} (${s.currentPercent ?? 0}% -> ${s.targetPercent}%)`).join(', ')}`);

  const summary = summarizeReviews(assessment, framework);
  const agreement = reviewAgreement(assessment, framework, 'ordinal');
  lines.push(`  Independent reviews: ${summary.panel.length} reviewers, ${summary.items.length} items`);
  for (const code of summary.flaggedItems) {
    const item = summary.items.find((i) => i.item === code);
    if (item === undefined || item.spread === null) continue;
    const ratings = item.ratings.map((r) => `${r.reviewerId} ${r.percent}%`).join(', ');
    lines.push(`    flagged ${code}: reviewers ${item.spread.rangesApart} ranges apart (${ratings}); proposed start ${item.proposal?.percent ?? '-'}% (a proposal, not a score); consensus ${item.consensus?.percent ?? '-'}%`);
  }
  lines.push(`    Krippendorff's alpha (ordinal, reviewers' percents): ${agreement.defined ? agreement.alpha.toFixed(3) : `undefined (${agreement.reason})`}`);
  return { lines, scorecard: card, ok: true };
}

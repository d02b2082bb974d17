import {
  pointsAtStake,
  type BandAssignment,
  type ExactNumber,
  type Scorecard,
  type ScorecardSource,
  type ScorecardTotal,
} from '@community-excellence/scoring';
import { escapeTableCell, markdownTable } from './markdown-table.js';
import type { ReviewFindings } from './score-with-reviews.js';

const num = (value: ExactNumber | null): string => value?.exact ?? '-';
const percent = (value: ExactNumber | null): string =>
  value === null ? '-' : `${value.value.toFixed(1)}%`;
const band = (b: BandAssignment): string => {
  if (b.band === null) return `no band (${b.status})`;
  return `${b.band} of ${b.bandCount ?? '?'}${b.status === 'scaled' ? ' (scaled)' : ''}${b.confidence === null ? '' : `, ${b.confidence}`}`;
};

const sourceText = (source: ScorecardSource): string => {
  switch (source.type) {
    case 'consensus':
      return `consensus (${source.status}${source.teamLeaderId === null ? '' : `, team leader ${source.teamLeaderId}`})`;
    case 'review':
      return `review ${source.reviewId} by ${source.reviewerId} (${source.status})`;
    case 'projection':
      return `projection of ${source.basedOn}`;
  }
};

const totalRow = (label: string, total: ScorecardTotal, bandText: string): string[] => [
  label,
  num(total.earned),
  num(total.max),
  percent(total.percentOfMax),
  bandText,
];

/** `' (1/2 of the item)'` for an item the scope counts only in part; `''` otherwise. */
const shareText = (item: Scorecard['items'][number]): string =>
  item.share === null || item.share.numerator === item.share.denominator
    ? ''
    : ` (${item.share.numerator}/${item.share.denominator} of the item)`;

/**
 * A scorecard as a Markdown document: what was scored (framework, guidelines, scope, source),
 * the totals with their scoring bands and the process maturity stage, categories, every item,
 * where the next points come from, excluded items and, when given, the independent reviews
 * (panel, flagged items with each reviewer's percent, proposal and consensus, Krippendorff's
 * alpha). The same inputs always give the same text (no dates or times are added).
 *
 * @example
 * ```ts
 * const scored = scoreWithReviews(assessment, coeBaldrigeDerivedPoints);
 * if (scored.ok) writeFileSync('scorecard.md', scorecardMarkdown(scored.scorecard, scored.reviews));
 * ```
 */
export function scorecardMarkdown(card: Scorecard, reviews: ReviewFindings | null = null): string {
  const out: string[] = [];
  out.push(`# Scorecard: ${escapeTableCell(card.assessmentId)}`, '');
  out.push(
    markdownTable(
      ['', ''],
      [
        ['Community', card.communityId],
        [
          'Framework',
          `${card.framework.id} ${card.framework.edition} (version ${card.framework.version})${card.framework.pointsLabel === null ? '' : `, ${card.framework.pointsLabel}`}`,
        ],
        ['Guidelines', `${card.guidelines.id} (version ${card.guidelines.version})`],
        [
          'Scope',
          `${card.scope.label}${card.scope.from === 'options' ? ' (chosen for this run)' : ''}`,
        ],
        ['Source', sourceText(card.source)],
        ['Complete', card.complete ? 'yes' : `no: unscored ${card.unscored.join(', ')}`],
      ],
    ),
    '',
  );
  if (card.scope.reason !== null) out.push(escapeTableCell(card.scope.reason), '');
  if (!card.points.available)
    out.push(
      `No points: ${card.points.reason ?? 'the framework has none'}${card.points.suggestion === null ? '' : ` ${card.points.suggestion}`}`,
      '',
    );

  out.push('## Totals', '');
  out.push(
    markdownTable(
      ['', 'earned', 'max', '% of max', 'band'],
      [
        totalRow('Process', card.process, band(card.bands.process)),
        totalRow('Results', card.results, band(card.bands.results)),
        totalRow('Total', card.total, ''),
      ],
      { right: [1, 2, 3] },
    ),
    '',
  );
  const stage = card.maturity.process.stage;
  if (stage !== null)
    out.push(
      `Process maturity: **${escapeTableCell(stage.name)}** (bands and stages are ${stage.confidence} tables you can replace).`,
      '',
    );

  out.push('## Categories', '');
  out.push(
    markdownTable(
      ['category', 'name', 'earned', 'max', '% of max'],
      card.categories.map((c) => [
        c.code,
        c.name,
        num(c.earned),
        num(c.max),
        percent(c.percentOfMax),
      ]),
      { right: [2, 3, 4] },
    ),
    '',
  );

  out.push('## Items', '');
  out.push(
    markdownTable(
      ['item', 'name', 'kind', 'status', 'range', 'percent', 'earned', 'max'],
      card.items.map((i) => [
        i.code,
        i.name,
        i.kind,
        i.status,
        i.range ?? '-',
        i.percent === null ? '-' : `${i.percent}%`,
        num(i.earned),
        `${num(i.maxPoints)}${shareText(i)}`,
      ]),
      { right: [5, 6, 7] },
    ),
    '',
  );
  const notes = card.items.filter((i) => i.scopeNote !== null);
  if (notes.length > 0)
    out.push(...notes.map((i) => `- ${i.code}: ${escapeTableCell(i.scopeNote ?? '')}`), '');

  const next = pointsAtStake(card).slice(0, 5);
  if (next.length > 0) {
    out.push('## Where the next points come from', '');
    out.push(
      markdownTable(
        ['item', 'name', 'from', 'to', 'points gained'],
        next.map((s) => [
          s.code,
          s.name,
          `${s.currentPercent ?? 0}%`,
          `${s.targetPercent}%`,
          s.points === null ? `+${s.percentGain}%` : `+${s.points.exact}`,
        ]),
        { right: [2, 3, 4] },
      ),
      '',
    );
  }

  if (card.excluded.length > 0) {
    out.push('## Not counted', '');
    for (const item of card.excluded)
      out.push(`- ${escapeTableCell(item.code)} (${item.reason}): ${escapeTableCell(item.detail)}`);
    out.push('');
  }

  if (reviews !== null) {
    const { summary, agreement } = reviews;
    out.push('## Independent reviews', '');
    out.push(
      `${summary.panel.length} reviewers (${summary.panel.map(escapeTableCell).join(', ')}), ${summary.items.length} items, ${summary.flaggedItems.length} flagged (reviewers two or more ranges apart).`,
      '',
    );
    const flagged = summary.items.filter((i) => i.flagged && i.spread !== null);
    if (flagged.length > 0) {
      out.push(
        markdownTable(
          ['item', 'ratings', 'ranges apart', 'proposed start', 'consensus'],
          flagged.map((i) => [
            i.item,
            i.ratings.map((r) => `${r.reviewerId} ${r.percent}%`).join(', '),
            String(i.spread?.rangesApart ?? '-'),
            i.proposal === null ? '-' : `${i.proposal.percent}% (a proposal, not a score)`,
            i.consensus?.percent === null || i.consensus === null ? '-' : `${i.consensus.percent}%`,
          ]),
          { right: [2] },
        ),
        '',
      );
    }
    out.push(
      `Krippendorff's alpha (ordinal, reviewers' percents): ${agreement.defined ? `${agreement.alpha.toFixed(3)} over ${agreement.pairableUnits} items` : `undefined (${agreement.reason})`}.`,
      '',
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}

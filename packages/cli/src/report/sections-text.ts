import {
  GATEWAYS,
  type BenchmarkResult,
  type BenchmarkStatus,
  type TheoryOfActionReport,
} from '@community-excellence/theory-of-action';
import type { Scorecard } from '@community-excellence/scoring';
import type { AssessmentSection } from './assessment-section.js';
import { formatPoints } from './charts/scorecard-chart.js';
import type { ReportModel } from './model.js';

// Sentences and table rows that the HTML and the Markdown report share, as plain (unescaped) text.

/**
 * A status mark for the checklist: met `✓`, not met `✗`, insufficient evidence `?`, not applicable `–`.
 *
 * @example
 * ```ts
 * statusMark('met'); // '✓'
 * ```
 */
export function statusMark(status: BenchmarkStatus): string {
  return {
    met: '\u2713',
    'not-met': '\u2717',
    'insufficient-evidence': '?',
    'not-applicable': '\u2013',
  }[status];
}

/**
 * A status in words.
 *
 * @example
 * ```ts
 * statusWords('insufficient-evidence'); // 'insufficient evidence'
 * ```
 */
export function statusWords(status: BenchmarkStatus): string {
  return status.replace(/-/g, ' ');
}

const band = (b: Scorecard['bands']['process']): string =>
  b.band === null ? `no band: ${b.status}` : `band ${b.band} of ${b.bandCount ?? '?'}`;

/**
 * The scorecard's headline sentences: source and scope, totals with bands, maturity stage.
 *
 * @example
 * ```ts
 * scorecardSummary(scorecard)[1]; // 'Total 278 of 1000 points (27.8%).'
 * ```
 */
export function scorecardSummary(card: Scorecard): string[] {
  const source =
    card.source.type === 'consensus'
      ? `the ${card.source.status} consensus`
      : card.source.type === 'review'
        ? `review ${card.source.reviewId}`
        : 'a projection';
  const scored = `Scored from ${source} against ${card.framework.id} (edition ${card.framework.edition}${card.framework.pointsLabel === null ? '' : `, ${card.framework.pointsLabel}`}), scope ${card.scope.label}.`;
  if (!card.points.available) {
    const lines = [
      scored,
      `No points: ${card.points.reason ?? 'the framework has none'}${card.points.suggestion === null ? '' : ` ${card.points.suggestion}`}`,
    ];
    const stage = card.maturity.process.stage;
    if (stage !== null)
      lines.push(
        `Process maturity: ${stage.name}. Stages come from ${stage.confidence} tables you can replace.`,
      );
    return lines;
  }
  const lines = [
    scored,
    `Total ${formatPoints(card.total.earned)} of ${formatPoints(card.total.max)} points${card.total.percentOfMax === null ? '' : ` (${card.total.percentOfMax.value.toFixed(1)}%)`}.`,
    `Process ${formatPoints(card.process.earned)} of ${formatPoints(card.process.max)} (${band(card.bands.process)}); results ${formatPoints(card.results.earned)} of ${formatPoints(card.results.max)} (${band(card.bands.results)}).`,
  ];
  const stage = card.maturity.process.stage;
  if (stage !== null)
    lines.push(
      `Process maturity: ${stage.name}. Bands and stages come from ${stage.confidence} tables you can replace.`,
    );
  if (!card.complete)
    lines.push(
      `Not complete: ${card.unscored.length} items in scope have no score (${card.unscored.join(', ')}).`,
    );
  return lines;
}

/**
 * The scorecard table: per category, points earned, maximum and share of the maximum; for a
 * framework without points, per item, its range and percent. `numeric` lists the right-aligned columns.
 *
 * @example
 * ```ts
 * scoreTable(scorecard).rows[0]; // ['1 Community Leadership', '40.5', '120', '33.8%']
 * ```
 */
export function scoreTable(card: Scorecard): {
  header: string[];
  rows: string[][];
  numeric: number[];
} {
  if (!card.points.available) {
    const items = card.items.filter((i) => i.status === 'scored' || i.status === 'unscored');
    return {
      header: ['Item', 'Name', 'Range', 'Percent'],
      rows: items.map((i) => [
        i.code,
        i.name,
        i.range ?? '-',
        i.percent === null ? 'not scored' : `${i.percent}%`,
      ]),
      numeric: [3],
    };
  }
  const rows = card.categories.map((c) => [
    `${c.code} ${c.name}`,
    c.status === 'counted' ? formatPoints(c.earned) : 'N/A',
    c.status === 'counted' ? formatPoints(c.max) : 'N/A',
    c.percentOfMax === null ? '-' : `${c.percentOfMax.value.toFixed(1)}%`,
  ]);
  return {
    header: ['Category', 'Earned', 'Maximum', 'Share of maximum'],
    rows,
    numeric: [1, 2, 3],
  };
}

/**
 * The table of "where the next points come from": item, name, current percent, target, and the
 * points at stake (the percent to gain, for a framework without points).
 *
 * @example
 * ```ts
 * nextPointTable(section).rows[0]; // ['7.1', 'Community and Process Results', '35%', '50%', '+18']
 * ```
 */
export function nextPointTable(section: AssessmentSection): {
  header: string[];
  rows: string[][];
  numeric: number[];
} {
  const points = section.scorecard?.points.available === true;
  return {
    header: ['Item', 'Name', 'Now', 'Target', points ? 'Points at stake' : 'Percent to gain'],
    rows: section.nextPoints.map((p) => [
      p.code,
      p.name,
      p.currentPercent === null ? '-' : `${p.currentPercent}%`,
      `${p.targetPercent}%`,
      points ? `+${formatPoints(p.points)}` : `+${p.percentGain}%`,
    ]),
    numeric: [2, 3, 4],
  };
}

/**
 * The header and rows of the review table: one column per reviewer, then span, ranges apart,
 * the proposal, the consensus and the flag.
 *
 * @example
 * ```ts
 * const { header, rows } = reviewTable(section);
 * header.slice(0, 2); // ['Item', 'Maria Santos']
 * ```
 */
export function reviewTable(section: AssessmentSection): { header: string[]; rows: string[][] } {
  const summary = section.reviews;
  if (summary === null) return { header: [], rows: [] };
  const header = [
    'Item',
    ...summary.panel.map((id) => section.reviewerNames[id] ?? id),
    'Span',
    'Ranges apart',
    'Proposal',
    'Consensus',
    'Flag',
  ];
  const rows = summary.items.map((item) => [
    `${item.item} ${item.name}`,
    ...summary.panel.map((id) => {
      const rating = item.ratings.find((r) => r.reviewerId === id);
      if (rating !== undefined) return `${rating.percent}%`;
      return item.notApplicable.includes(id) ? 'N/A' : '-';
    }),
    item.spread === null ? '-' : `${item.spread.minPercent}-${item.spread.maxPercent}%`,
    item.spread === null ? '-' : String(item.spread.rangesApart),
    item.proposal === null ? '-' : `${item.proposal.percent}%`,
    item.consensus === null || item.consensus.percent === null ? '-' : `${item.consensus.percent}%`,
    item.flagged ? 'flagged' : '',
  ]);
  return { header, rows };
}

/**
 * The review summary sentence: reviewers, items, flagged items and agreement.
 *
 * @example
 * ```ts
 * reviewSentence(section); // '3 reviewers rated 17 items independently. Flagged (2+ ranges apart): 4.1, 7.4. ...'
 * ```
 */
export function reviewSentence(section: AssessmentSection): string {
  const s = section.reviews;
  if (s === null) return 'No review summary.';
  const flagged =
    s.flaggedItems.length === 0
      ? 'No item is flagged'
      : `Flagged (reviewers 2 or more ranges apart): ${s.flaggedItems.join(', ')}`;
  return `${s.panel.length} reviewers rated ${s.items.length} items independently. ${flagged}. Krippendorff's alpha (ordinal, on the reviewers' percents): ${section.agreement ?? '-'}. Proposals are medians rounded to a multiple of 5: starting points for the consensus discussion, not scores.`;
}

/**
 * The gateway rows: gateway, reached, counts by status and the blocking benchmarks.
 *
 * @example
 * ```ts
 * gatewayRows(report)[0]; // ['Exploring', 'yes', '6', '0', '0', '0', '']
 * ```
 */
export function gatewayRows(report: TheoryOfActionReport): string[][] {
  return report.gateways.map((g) => [
    g.gateway,
    g.reached ? 'yes' : 'no',
    String(g.counts.met),
    String(g.counts['not-met']),
    String(g.counts['insufficient-evidence']),
    String(g.counts['not-applicable']),
    g.blocking.join(', '),
  ]);
}

/**
 * The gateway benchmarks in gateway order, for the checklist.
 *
 * @example
 * ```ts
 * gatewayChecklist(report)[0]?.id; // 'E.1.1'
 * ```
 */
export function gatewayChecklist(report: TheoryOfActionReport): BenchmarkResult[] {
  return report.results
    .filter((r) => r.family === 'gateway' && r.gateway !== undefined)
    .map((r, index) => ({ r, index }))
    .sort(
      (a, b) =>
        GATEWAYS.indexOf(a.r.gateway ?? 'EXPLORING') -
          GATEWAYS.indexOf(b.r.gateway ?? 'EXPLORING') || a.index - b.index,
    )
    .map(({ r }) => r);
}

/**
 * The headline of a theory-of-action check: highest gateway and the counts over the whole catalogue.
 *
 * @example
 * ```ts
 * partnershipSummary(report); // ['Highest gateway reached (self-assessed): EMERGING.', ...]
 * ```
 */
export function partnershipSummary(report: TheoryOfActionReport): string[] {
  const counts = Object.entries(report.counts)
    .map(([status, n]) => `${n} ${status.replace(/-/g, ' ')}`)
    .join(', ');
  const next = report.gateways.find((g) => !g.reached);
  const lines = [
    `Highest gateway reached (self-assessed): ${report.highestGateway ?? 'none'}.`,
    `${report.results.length} benchmarks of catalogue ${report.catalogue.id} ${report.catalogue.version}${report.asOf === null ? '' : `, as of ${report.asOf}`}: ${counts}.`,
  ];
  if (next !== undefined && next.blocking.length > 0)
    lines.push(`Next gateway, ${next.gateway}, is blocked by ${next.blocking.join(', ')}.`);
  lines.push(
    'A StriveTogether designation is StriveTogether\u2019s act; this check is a self-assessment.',
  );
  return lines;
}

/**
 * What a report holds, in words, for its opening line: only the parts its documents made possible.
 *
 * @example
 * ```ts
 * reportContents(model); // 'feedback (key themes, strengths and opportunities), scorecard, ... and the action plan'
 * ```
 */
export function reportContents(model: ReportModel): string {
  const parts = [
    ...(model.feedback.length > 0 ? ['feedback (key themes, strengths and opportunities)'] : []),
    ...(model.assessments.some((a) => a.scorecard !== null) ? ['scorecard'] : []),
    ...(model.assessments.some((a) => a.reviews !== null && a.reviews.items.length > 0)
      ? ['independent reviews']
      : []),
    ...(model.improvement.length > 0 ? ['next steps'] : []),
    ...((model.outcomes?.indicators.length ?? 0) > 0 ? ['outcome trends'] : []),
    ...(model.partnerships.length > 0 ? ['theory-of-action gateways'] : []),
    ...(model.actionPlans.length > 0 ? ['the action plan'] : []),
  ];
  if (parts.length === 0) return 'the documents and their sources';
  return parts.length === 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

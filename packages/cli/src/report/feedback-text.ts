import { formatPoints } from './charts/scorecard-chart.js';
import type {
  Feedback,
  FeedbackFinding,
  FeedbackItem,
  NextPointsEntry,
  RangeDescriptor,
} from './feedback-api.js';

// Sentences, list entries and table rows of the feedback report, as plain (unescaped) text: the
// HTML and Markdown renderers and the `feedback` command's text output share them.

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * The summary of a feedback as sentences: who it is for and where its findings come from, the
 * counts of strengths and OFIs, the totals, and the bands and maturity stage in plain language
 * (each saying that its table is inferred data).
 *
 * @example
 * ```ts
 * declare const feedback: Feedback;
 * feedbackSummaryLines(feedback)[0];
 * // 'Findings from the consensus record (agreed), scope coe-level-3, cycle: 2026 baseline assessment, ...'
 * ```
 */
export function feedbackSummaryLines(feedback: Feedback): string[] {
  const { counts } = feedback.summary;
  const p = counts.opportunitiesByPriority;
  const lines = [
    `Findings from ${feedback.source.label}, scope ${feedback.scope}${feedback.cycle === null ? '' : `, cycle: ${feedback.cycle}`}.`,
    `The reviewers wrote ${count(counts.strengths, 'strength')} and ${count(counts.opportunities, 'opportunity for improvement', 'opportunities for improvement')} (${p.high} high, ${p.medium} medium, ${p.low} low priority)${feedback.scored ? ` on ${count(feedback.summary.scoredItems, 'scored item')}` : ''}${feedback.profile.length > 0 ? ` and ${count(feedback.profile.length, 'Community Profile section')}` : ''}.`,
  ];
  if (!feedback.scored)
    lines.push(
      feedback.profile.length > 0 && feedback.categories.length === 0
        ? 'This review covers the Community Profile only: the Profile is not scored, so there are no scores, bands or maturity stage.'
        : 'No scores: the assessment could not be scored (see the issues), so this feedback shows the findings only.',
    );
  const { total, process, results } = feedback.summary;
  if (total !== null)
    lines.push(
      `Total ${formatPoints(total.earned)} of ${formatPoints(total.max)} points${process === null ? '' : `; process ${formatPoints(process.earned)} of ${formatPoints(process.max)}`}${results === null ? '' : `; results ${formatPoints(results.earned)} of ${formatPoints(results.max)}`}.`,
    );
  const { bands, maturity } = feedback.summary;
  if (bands.process !== null) lines.push(bands.process.sentence);
  if (bands.results !== null) lines.push(bands.results.sentence);
  if (maturity !== null) lines.push(maturity.sentence);
  return lines;
}

/**
 * The key-themes paragraph's lead sentences.
 *
 * @example
 * ```ts
 * declare const feedback: Feedback;
 * keyThemesIntro(feedback); // '10 key factors named by findings on two or more items, widest first ...'
 * ```
 */
export function keyThemesIntro(feedback: Feedback): string {
  return feedback.themes.crossCutting.length === 0
    ? 'No key factor is named by findings on two or more items, so there is no cross-cutting theme.'
    : `${count(feedback.themes.crossCutting.length, 'key factor')} named by findings on two or more items, widest first (then by high-priority opportunities):`;
}

/**
 * A theme's findings as one line: the strengths and OFIs by id and item.
 *
 * @example
 * ```ts
 * declare const feedback: Feedback;
 * themeFindingsLine(feedback.themes.crossCutting[0]!);
 * // 'Strengths: consensus-1.1-s1 (1.1), ... Opportunities: consensus-1.1-o1 (1.1, medium), ...'
 * ```
 */
export function themeFindingsLine(theme: Feedback['themes']['crossCutting'][number]): string {
  const strengths = theme.strengths.map((s) => `${s.id} (${s.item})`).join(', ');
  const ofis = theme.opportunities
    .map((o) => `${o.id} (${o.item}, ${o.priority ?? 'medium'})`)
    .join(', ');
  return `Strengths: ${strengths === '' ? 'none' : strengths}. Opportunities: ${ofis === '' ? 'none' : ofis}.`;
}

/**
 * A finding as a list entry: the OFI's priority in brackets, the text, the id in parentheses.
 *
 * @example
 * ```ts
 * declare const finding: FeedbackFinding;
 * findingLine(finding); // '[medium] It is not clear how ... (consensus-1.1-o1)'
 * ```
 */
export function findingLine(finding: FeedbackFinding): string {
  return `${finding.priority === null ? '' : `[${finding.priority}] `}${finding.text} (${finding.id})`;
}

/**
 * An item's heading: code and name.
 *
 * @example
 * ```ts
 * declare const item: FeedbackItem;
 * itemHeading(item); // '1.1 Community Excellence Group Leadership'
 * ```
 */
export function itemHeading(item: FeedbackItem): string {
  return `${item.code} ${item.name}`;
}

/**
 * An item's score line: range, percent and points, or why there is none.
 *
 * @example
 * ```ts
 * declare const item: FeedbackItem;
 * itemScoreLine(item); // 'Range 30-45 (40%): 28 of 70 points.'
 * ```
 */
export function itemScoreLine(item: FeedbackItem): string {
  if (item.range === null || item.percent === null)
    return item.status === 'unscored'
      ? 'Not scored: the source has no score for this item (it stays in the maximum).'
      : 'No score.';
  return `Range ${item.range} (${item.percent}%)${item.maxPoints === null ? '' : `: ${formatPoints(item.earned)} of ${formatPoints(item.maxPoints)} points`}.`;
}

const factorsName = (descriptor: RangeDescriptor): string =>
  descriptor.kind === 'results' ? 'results, LeTCI' : 'process, ADLI';

/**
 * The lead of a range descriptor's list: "What range 30-45 looks like (process, ADLI):".
 *
 * @example
 * ```ts
 * declare const item: FeedbackItem;
 * descriptorLead(item.descriptor!); // 'What range 30-45 looks like (process, ADLI):'
 * ```
 */
export function descriptorLead(descriptor: RangeDescriptor): string {
  return `What range ${descriptor.range} looks like (${factorsName(descriptor)}${descriptor.confidence === 'verified' ? '' : `; wording ${descriptor.confidence}`}):`;
}

/**
 * The lead of "what the next range requires", or the sentence for the top range.
 *
 * @example
 * ```ts
 * declare const item: FeedbackItem;
 * nextRangeLead(item); // 'What the next range, 50-65, requires (process, ADLI):'
 * ```
 */
export function nextRangeLead(item: FeedbackItem): string {
  if (item.nextRange === null)
    return item.range === null
      ? 'What the next range requires: score the item first.'
      : `${item.range} is the top range: there is no next range.`;
  return `What the next range, ${item.nextRange.range}, requires (${factorsName(item.nextRange)}${item.nextRange.confidence === 'verified' ? '' : `; wording ${item.nextRange.confidence}`}):`;
}

/**
 * A factor's text as a list entry: "Approach: ...".
 *
 * @example
 * ```ts
 * declare const item: FeedbackItem;
 * item.descriptor?.factors.map(factorLine);
 * ```
 */
export function factorLine(factor: RangeDescriptor['factors'][number]): string {
  return `${factor.name}: ${factor.text}`;
}

/**
 * The label of an item's rationale: the consensus rationale, or the reviewer's comment.
 *
 * @example
 * ```ts
 * declare const feedback: Feedback;
 * rationaleLabel(feedback); // 'Why this range (consensus rationale)'
 * ```
 */
export function rationaleLabel(feedback: Feedback): string {
  return feedback.source.type === 'review'
    ? 'Reviewer\u2019s comment'
    : 'Why this range (consensus rationale)';
}

/**
 * The scores table of the feedback: per item, its range, percent and points.
 *
 * @example
 * ```ts
 * declare const feedback: Feedback;
 * feedbackScoreTable(feedback).rows[0]; // ['1.1', 'Community Excellence Group Leadership', '30-45', '40%', '28 / 70']
 * ```
 */
export function feedbackScoreTable(feedback: Feedback): {
  header: string[];
  rows: string[][];
  numeric: number[];
} {
  const items = feedback.categories.flatMap((c) => c.items);
  const points = items.some((i) => i.maxPoints !== null);
  return {
    header: ['Item', 'Name', 'Range', 'Percent', ...(points ? ['Points'] : [])],
    rows: items.map((i) => [
      i.code,
      i.name,
      i.range ?? '-',
      i.percent === null ? 'not scored' : `${i.percent}%`,
      ...(points ? [`${formatPoints(i.earned)} / ${formatPoints(i.maxPoints)}`] : []),
    ]),
    numeric: points ? [3, 4] : [3],
  };
}

/**
 * "Where the next points come from" with the opportunities behind them: per item, its percent
 * now, the next range, the points (or percent) at stake and the OFIs written on it.
 *
 * @example
 * ```ts
 * declare const feedback: Feedback;
 * nextPointsOfiTable(feedback.nextPoints).rows[0];
 * // ['7.1', '35%', '50-65', '+18', 'consensus-7.1-o1 (high)']
 * ```
 */
export function nextPointsOfiTable(entries: readonly NextPointsEntry[]): {
  header: string[];
  rows: string[][];
  numeric: number[];
} {
  return {
    header: ['Item', 'Now', 'Next range', 'At stake', 'Opportunities behind it'],
    rows: entries.map(({ stake, opportunities }) => [
      stake.code,
      stake.currentPercent === null ? 'not scored' : `${stake.currentPercent}%`,
      stake.nextRange ?? 'top range',
      stake.points === null ? `+${stake.percentGain}%` : `+${formatPoints(stake.points)}`,
      opportunities.length === 0
        ? 'none written'
        : opportunities.map((o) => `${o.id} (${o.priority ?? 'medium'})`).join(', '),
    ]),
    numeric: [1, 3],
  };
}

/**
 * The lead of the next-points table.
 *
 * @example
 * ```ts
 * nextPointsLead(); // 'Each item moved to the bottom of its next range, largest gain first, ...'
 * ```
 */
export function nextPointsLead(): string {
  return 'Each item moved to the bottom of its next range, largest gain first, with the opportunities for improvement the reviewers wrote on it (the ones to act on to earn those points).';
}

/**
 * The lead of the Community Profile section.
 *
 * @example
 * ```ts
 * profileLead(); // 'The Profile is not scored; these are the reviewers’ findings on it.'
 * ```
 */
export function profileLead(): string {
  return 'The Profile is not scored; these are the reviewers\u2019 findings on it.';
}

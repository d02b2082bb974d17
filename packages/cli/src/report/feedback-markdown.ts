import type { Feedback } from './feedback-api.js';
import type { FeedbackSection } from './feedback-section.js';
import {
  descriptorLead,
  factorLine,
  feedbackScoreTable,
  feedbackSummaryLines,
  findingLine,
  itemHeading,
  itemScoreLine,
  keyThemesIntro,
  nextPointsLead,
  nextPointsOfiTable,
  nextRangeLead,
  profileLead,
  rationaleLabel,
  themeFindingsLine,
} from './feedback-text.js';
import { escapeLiteralCell, markdownText } from './format.js';

/**
 * How {@link feedbackMarkdown} renders: the heading level of the feedback's title (its parts go
 * one and two levels below), and whether the scores table comes last (the full report has its
 * own scorecard, so it leaves it out).
 *
 * @example
 * ```ts
 * const options: FeedbackMarkdownOptions = { level: 2, scores: false };
 * ```
 */
export interface FeedbackMarkdownOptions {
  readonly level: number;
  readonly scores: boolean;
}

const table = ({
  header,
  rows,
  numeric,
}: {
  header: string[];
  rows: string[][];
  numeric: number[];
}): string[] => [
  `| ${header.map(escapeLiteralCell).join(' | ')} |`,
  `|${header.map((_, i) => (numeric.includes(i) ? '---:' : '---')).join('|')}|`,
  ...rows.map((row) => `| ${row.map(escapeLiteralCell).join(' | ')} |`),
];

/**
 * One assessment's feedback as Markdown lines: summary, key themes, the Community Profile
 * (unscored), category by category each item's range and descriptor, strengths, opportunities
 * with priority, rationale and what the next range requires, then where the next points come
 * from (with the OFIs behind them) and, when asked, the scores. Deterministic.
 *
 * @example
 * ```ts
 * declare const section: FeedbackSection;
 * feedbackMarkdown(section, { level: 2, scores: false }).join('\n');
 * ```
 */
export function feedbackMarkdown(
  section: FeedbackSection,
  options: FeedbackMarkdownOptions,
): string[] {
  const h = (extra: number): string => '#'.repeat(Math.min(6, options.level + extra));
  const out: string[] = [`${h(0)} Feedback: ${markdownText(section.name)}`, ''];
  const feedback = section.feedback;
  if (feedback === null) {
    out.push(
      'No feedback: the assessment\u2019s framework is neither built in nor in the folder.',
      '',
    );
    return out;
  }
  const para = (line: string): void => {
    out.push(markdownText(line), '');
  };
  const list = (lines: readonly string[]): void => {
    out.push(...lines.map((line) => `- ${markdownText(line)}`), '');
  };
  for (const line of feedbackSummaryLines(feedback)) para(line);

  out.push(`${h(1)} Key themes`, '');
  para(keyThemesIntro(feedback));
  feedback.themes.crossCutting.forEach((theme, i) => {
    out.push(
      `${i + 1}. ${markdownText(theme.sentence)}`,
      `    ${markdownText(themeFindingsLine(theme))}`,
    );
  });
  if (feedback.themes.crossCutting.length > 0) out.push('');
  if (feedback.themes.byCategory.length > 0) {
    para('By category, most items touched first:');
    list(feedback.themes.byCategory.map((t) => t.sentence));
  }

  if (feedback.profile.length > 0) {
    out.push(`${h(1)} Community Profile (not scored)`, '');
    para(profileLead());
    for (const entry of feedback.profile) {
      out.push(`${h(2)} ${markdownText(`${entry.code} ${entry.name}`)}`, '');
      findings(feedback, entry, para, list);
    }
  }

  if (feedback.categories.length > 0 || feedback.nextPoints.length > 0)
    out.push(`${h(0)} Feedback by category: ${markdownText(section.name)}`, '');
  for (const category of feedback.categories) {
    out.push(`${h(1)} Category ${markdownText(`${category.code}: ${category.name}`)}`, '');
    for (const item of category.items) {
      out.push(`${h(2)} ${markdownText(itemHeading(item))}`, '');
      para(itemScoreLine(item));
      if (item.descriptor !== null) {
        para(descriptorLead(item.descriptor));
        list(item.descriptor.factors.map(factorLine));
      }
      findings(feedback, item, para, list);
      para(nextRangeLead(item));
      if (item.nextRange !== null) list(item.nextRange.factors.map(factorLine));
    }
  }

  if (feedback.nextPoints.length > 0) {
    out.push(`${h(1)} Where the next points come from, and the opportunities behind them`, '');
    para(nextPointsLead());
    out.push(...table(nextPointsOfiTable(feedback.nextPoints)), '');
  }
  if (options.scores && feedback.categories.length > 0) {
    out.push(`${h(1)} Scores`, '');
    out.push(...table(feedbackScoreTable(feedback)), '');
  }
  return out;
}

function findings(
  feedback: Feedback,
  entry: Pick<Feedback['profile'][number], 'strengths' | 'opportunities' | 'rationale'>,
  para: (line: string) => void,
  list: (lines: readonly string[]) => void,
): void {
  para('Strengths:');
  if (entry.strengths.length === 0) para('None written.');
  else list(entry.strengths.map(findingLine));
  para('Opportunities for improvement:');
  if (entry.opportunities.length === 0) para('None written.');
  else list(entry.opportunities.map(findingLine));
  if (entry.rationale !== null) para(`${rationaleLabel(feedback)}: ${entry.rationale}`);
}

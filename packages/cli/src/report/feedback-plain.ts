import type { Feedback } from './feedback-api.js';
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

function findingsLines(
  feedback: Feedback,
  entry: Pick<Feedback['profile'][number], 'strengths' | 'opportunities' | 'rationale'>,
  indent: string,
): string[] {
  return [
    `${indent}Strengths:${entry.strengths.length === 0 ? ' none written' : ''}`,
    ...entry.strengths.map((s) => `${indent}  + ${findingLine(s)}`),
    `${indent}Opportunities for improvement:${entry.opportunities.length === 0 ? ' none written' : ''}`,
    ...entry.opportunities.map((o) => `${indent}  - ${findingLine(o)}`),
    ...(entry.rationale === null
      ? []
      : [`${indent}${rationaleLabel(feedback)}: ${entry.rationale}`]),
  ];
}

/**
 * A feedback as plain text lines for a terminal (`coe feedback --format text`): the same
 * content and order as the Markdown feedback report (summary, key themes, Community Profile,
 * category by category, next points with the OFIs behind them, scores), indented instead of
 * marked up.
 *
 * @example
 * ```ts
 * declare const feedback: Feedback;
 * console.log(feedbackPlainLines('Riverbend 2026', feedback).join('\n'));
 * ```
 */
export function feedbackPlainLines(title: string, feedback: Feedback): string[] {
  const out = [`Feedback: ${title}`, ''];
  out.push(...feedbackSummaryLines(feedback), '');
  out.push('Key themes', `  ${keyThemesIntro(feedback)}`);
  feedback.themes.crossCutting.forEach((t, i) =>
    out.push(`  ${i + 1}. ${t.sentence}`, `     ${themeFindingsLine(t)}`),
  );
  if (feedback.themes.byCategory.length > 0) {
    out.push('  By category, most items touched first:');
    out.push(...feedback.themes.byCategory.map((t) => `  - ${t.sentence}`));
  }
  out.push('');
  if (feedback.profile.length > 0) {
    out.push('Community Profile (not scored)', `  ${profileLead()}`);
    for (const entry of feedback.profile)
      out.push(`  ${entry.code} ${entry.name}`, ...findingsLines(feedback, entry, '    '));
    out.push('');
  }
  for (const category of feedback.categories) {
    out.push(`Category ${category.code}: ${category.name}`);
    for (const item of category.items) {
      out.push(`  ${itemHeading(item)}`, `    ${itemScoreLine(item)}`);
      if (item.descriptor !== null)
        out.push(
          `    ${descriptorLead(item.descriptor)}`,
          ...item.descriptor.factors.map((f) => `      ${factorLine(f)}`),
        );
      out.push(...findingsLines(feedback, item, '    '), `    ${nextRangeLead(item)}`);
      if (item.nextRange !== null)
        out.push(...item.nextRange.factors.map((f) => `      ${factorLine(f)}`));
    }
    out.push('');
  }
  if (feedback.nextPoints.length > 0) {
    const table = nextPointsOfiTable(feedback.nextPoints);
    out.push(
      'Where the next points come from, and the opportunities behind them',
      `  ${nextPointsLead()}`,
    );
    for (const row of table.rows)
      out.push(`  ${row[0]}: ${row[1]} -> ${row[2]}, ${row[3]}; ${row[4]}`);
    out.push('');
  }
  if (feedback.categories.length > 0) {
    out.push('Scores');
    for (const row of feedbackScoreTable(feedback).rows) out.push(`  ${row.join('  ')}`);
    out.push('');
  }
  return out;
}

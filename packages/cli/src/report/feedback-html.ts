import { escapeHtml as e } from './format.js';
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

/**
 * The HTML of one assessment's feedback: the cards to place in a report and their entries for
 * the table of contents.
 *
 * @example
 * ```ts
 * declare const html: FeedbackHtml;
 * html.toc[0]?.label; // 'Feedback'
 * ```
 */
export interface FeedbackHtml {
  readonly toc: readonly { readonly id: string; readonly label: string }[];
  readonly sections: readonly string[];
}

const p = (line: string, cls = ''): string =>
  `<p${cls === '' ? '' : ` class="${cls}"`}>${e(line)}</p>`;
const ul = (lines: readonly string[]): string =>
  `<ul>\n${lines.map((line) => `<li>${e(line)}</li>`).join('\n')}\n</ul>`;

function table({
  header,
  rows,
  numeric,
}: {
  header: string[];
  rows: string[][];
  numeric: number[];
}): string {
  const cls = (i: number): string => (numeric.includes(i) ? ' class="num"' : '');
  return `<table><thead><tr>${header.map((h, i) => `<th scope="col"${cls(i)}>${e(h)}</th>`).join('')}</tr></thead><tbody>\n${rows
    .map((row) => `<tr>${row.map((c, i) => `<td${cls(i)}>${e(c)}</td>`).join('')}</tr>`)
    .join('\n')}\n</tbody></table>`;
}

function findings(
  feedback: Feedback,
  entry: Pick<Feedback['profile'][number], 'strengths' | 'opportunities' | 'rationale'>,
): string {
  return [
    p('Strengths:'),
    entry.strengths.length === 0
      ? p('None written.', 'muted')
      : ul(entry.strengths.map(findingLine)),
    p('Opportunities for improvement:'),
    entry.opportunities.length === 0
      ? p('None written.', 'muted')
      : ul(entry.opportunities.map(findingLine)),
    entry.rationale === null
      ? ''
      : p(`${rationaleLabel(feedback)}: ${entry.rationale}`, 'suggestion'),
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/**
 * Renders one assessment's feedback as report cards (see {@link FeedbackHtml}): the summary and
 * key themes, the Community Profile findings (unscored), category by category each item's range
 * and descriptor, strengths, opportunities with priority, rationale and what the next range
 * requires, then where the next points come from and, with `scores`, the scores table. All text
 * is escaped. `index` keeps element ids unique when a report has several assessments.
 *
 * @example
 * ```ts
 * declare const section: FeedbackSection;
 * const { toc, sections } = feedbackHtml(section, { index: 0, several: false, scores: false });
 * ```
 */
export function feedbackHtml(
  section: FeedbackSection,
  options: { readonly index: number; readonly several: boolean; readonly scores: boolean },
): FeedbackHtml {
  const id = `section-feedback-${options.index}`;
  const detailId = `section-feedback-items-${options.index}`;
  const suffix = options.several ? `: ${section.name}` : '';
  const feedback = section.feedback;
  if (feedback === null)
    return {
      toc: [{ id, label: `Feedback${suffix}` }],
      sections: [
        `<section class="card" id="${e(id)}">\n<h2>Feedback: ${e(section.name)}</h2>\n${p('No feedback: the assessment\u2019s framework is neither built in nor in the folder.')}\n</section>`,
      ],
    };
  const themes = feedback.themes.crossCutting
    .map(
      (t) => `<li>${e(t.sentence)}<br><span class="muted">${e(themeFindingsLine(t))}</span></li>`,
    )
    .join('\n');
  const profile =
    feedback.profile.length === 0
      ? ''
      : `\n<h3>Community Profile (not scored)</h3>\n${p(profileLead(), 'muted')}\n${feedback.profile
          .map(
            (entry) =>
              `<article class="feedback-profile" id="feedback-${options.index}-${e(entry.code)}">\n<h4>${e(`${entry.code} ${entry.name}`)}</h4>\n${findings(feedback, entry)}\n</article>`,
          )
          .join('\n')}`;
  const head = `<section class="card" id="${e(id)}">
<h2>Feedback: ${e(section.name)}</h2>
${feedbackSummaryLines(feedback)
  .map((line) => p(line))
  .join('\n')}
<h3>Key themes</h3>
${p(keyThemesIntro(feedback))}
${themes === '' ? '' : `<ol>\n${themes}\n</ol>`}
${feedback.themes.byCategory.length === 0 ? '' : `${p('By category, most items touched first:')}\n${ul(feedback.themes.byCategory.map((t) => t.sentence))}`}${profile}
</section>`;
  const toc = [{ id, label: `Feedback${suffix}` }];
  const sections = [head];
  if (feedback.categories.length > 0 || feedback.nextPoints.length > 0) {
    const categories = feedback.categories
      .map(
        (category) =>
          `<h3>${e(`Category ${category.code}: ${category.name}`)}</h3>\n${category.items
            .map((item) =>
              [
                `<article class="feedback-item" id="feedback-${options.index}-${e(item.code)}">`,
                `<h4>${e(itemHeading(item))}</h4>`,
                p(itemScoreLine(item)),
                item.descriptor === null
                  ? ''
                  : `${p(descriptorLead(item.descriptor))}\n${ul(item.descriptor.factors.map(factorLine))}`,
                findings(feedback, item),
                p(nextRangeLead(item)),
                item.nextRange === null ? '' : ul(item.nextRange.factors.map(factorLine)),
                '</article>',
              ]
                .filter((part) => part !== '')
                .join('\n'),
            )
            .join('\n')}`,
      )
      .join('\n');
    const next =
      feedback.nextPoints.length === 0
        ? ''
        : `\n<h3>Where the next points come from, and the opportunities behind them</h3>\n${p(nextPointsLead(), 'muted')}\n${table(nextPointsOfiTable(feedback.nextPoints))}`;
    const scores =
      options.scores && feedback.categories.length > 0
        ? `\n<h3>Scores</h3>\n${table(feedbackScoreTable(feedback))}`
        : '';
    toc.push({ id: detailId, label: `Feedback by category${suffix}` });
    sections.push(`<section class="card" id="${e(detailId)}">
<h2>Feedback by category: ${e(section.name)}</h2>
${categories}${next}${scores}
</section>`);
  }
  return { toc, sections };
}

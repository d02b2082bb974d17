import { evidenceHint } from './evidence-hint.js';
import { actionPlanMarkdown } from './action-plan-render.js';
import { STATUS_LABELS } from './charts/gateway-chart.js';
import { feedbackMarkdown } from './feedback-markdown.js';
import { escapeLiteralCell, markdownText } from './format.js';
import { placeSource, type ReportModel } from './model.js';
import {
  FACTOR_NAMES,
  outcomeSentences,
  outcomeTableHeader,
  outcomesIntro,
  resultsEvidenceIntro,
  resultsIndicatorsLine,
  suggestionLine,
  targetLines,
} from './outcomes-text.js';
import {
  gatewayChecklist,
  gatewayRows,
  nextPointTable,
  partnershipSummary,
  reportContents,
  reviewSentence,
  reviewTable,
  scoreTable,
  scorecardSummary,
  statusMark,
  statusWords,
} from './sections-text.js';
import { improvementMarkdown } from './improvement-section.js';

const table = (
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ('l' | 'r')[] = [],
): string[] => [
  `| ${header.map(escapeLiteralCell).join(' | ')} |`,
  `|${header.map((_, i) => (align[i] === 'r' ? '---:' : '---')).join('|')}|`,
  ...rows.map((row) => `| ${row.map(escapeLiteralCell).join(' | ')} |`),
];

const align = (header: readonly string[], numeric: readonly number[]): ('l' | 'r')[] =>
  header.map((_, i) => (numeric.includes(i) ? 'r' : 'l'));

/**
 * Renders a report as Markdown: the same sections, numbers and citations as the HTML report, with
 * tables where the HTML report has charts. Deterministic; ends with a newline.
 *
 * @example
 * ```ts
 * const markdown = renderMarkdown(buildReportModel({ documents }));
 * markdown.startsWith('# Riverbend County'); // true
 * ```
 */
export function renderMarkdown(model: ReportModel): string {
  const out: string[] = [];
  const para = (...lines: string[]): void => {
    out.push(lines.map(markdownText).join(' '), '');
  };
  out.push(`# ${markdownText(model.title)}: community excellence report`, '');
  para(
    ...(model.date === null ? [] : [`Prepared on ${model.date}.`]),
    `Communities of Excellence report: ${reportContents(model)}, from ${model.documents.length} ${model.documents.length === 1 ? 'document' : 'documents'} (listed at the end). The HTML version of this report has the same content, with charts.`,
  );

  for (const section of model.feedback)
    out.push(...feedbackMarkdown(section, { level: 2, scores: false }));

  model.assessments.forEach((section) => {
    out.push(`## Scorecard: ${markdownText(section.name)}`, '');
    for (const problem of section.problems) para(`Could not score: ${problem}`);
    const card = section.scorecard;
    if (card !== null && card.total.status === 'out-of-scope') {
      // A scope with no scored item (a Level 1 Profile review): the feedback is the content.
      para(card.scope.reason ?? `Scope ${card.scope.label} counts no scored item.`);
    } else if (card !== null) {
      para(...scorecardSummary(card));
      const scores = scoreTable(card);
      out.push(...table(scores.header, scores.rows, align(scores.header, scores.numeric)), '');
      if (section.nextPoints.length > 0) {
        const next = nextPointTable(section);
        out.push('### Where the next points come from', '');
        out.push(...table(next.header, next.rows, align(next.header, next.numeric)), '');
      }
    }
    if (section.reviews !== null && section.reviews.items.length > 0) {
      out.push(`## Independent reviews: ${markdownText(section.name)}`, '');
      para(reviewSentence(section));
      const { header, rows } = reviewTable(section);
      out.push(...table(header, rows), '');
    }
  });

  for (const section of model.improvement) out.push(...improvementMarkdown(section));

  const outcomes = model.outcomes;
  if (outcomes !== null) {
    out.push(
      outcomes.place === null
        ? '## Outcomes: no place analysed'
        : `## Outcomes in ${markdownText(outcomes.place.name)}`,
      '',
    );
    for (const line of outcomesIntro(outcomes, placeSource(model))) para(line);
    if (outcomes.place !== null && outcomes.indicators.length === 0)
      para(
        'No indicator definition matches these observations, so there is nothing to chart: add the indicator set that defines them to the folder.',
      );
    for (const indicator of outcomes.indicators) {
      out.push(`### ${markdownText(indicator.name)}`, '');
      for (const line of targetLines(indicator)) para(line);
      for (const sentence of outcomeSentences(indicator, outcomes.comparisons, outcomes.references))
        para(sentence);
      const header = outcomeTableHeader(indicator);
      const rows = indicator.rows.map((row) => [
        row.label,
        ...row.cells.map((cell) => `${cell.text}${cell.notes.map((n) => ` [${n}]`).join('')}`),
      ]);
      out.push(...table(header, rows, ['l', ...indicator.periods.map(() => 'r' as const)]), '');
      if (indicator.notes.length > 0) {
        out.push('Notes:', '');
        out.push(
          ...indicator.notes.map((note, i) => `- ${markdownText(`[${i + 1}] ${note}`)}`),
          '',
        );
      }
    }
    if (outcomes.results.items.length > 0) {
      out.push('## Results evidence (LeTCI)', '');
      para(resultsEvidenceIntro());
      for (const item of outcomes.results.items) {
        out.push(
          `### ${markdownText(`${item.itemCode}${item.itemName === undefined ? '' : ` ${item.itemName}`}`)}`,
          '',
        );
        para(resultsIndicatorsLine(item.indicators, outcomes.indicatorNames));
        out.push(
          ...table(
            ['Factor', 'Range', 'Reasons'],
            (['levels', 'trends', 'comparisons', 'integration'] as const).map((f) => [
              FACTOR_NAMES[f],
              item.factors[f].range,
              item.factors[f].reasons.join(' '),
            ]),
          ),
          '',
        );
        out.push(`**${markdownText(suggestionLine(item.suggestion))}**`, '');
      }
    }
  }

  model.partnerships.forEach((section) => {
    const report = section.report;
    out.push(`## Theory of action: ${markdownText(section.name)}`, '');
    para(...partnershipSummary(report));
    out.push(
      ...table(
        ['Gateway', 'Reached', ...STATUS_LABELS.map((s) => s.label), 'Blocking'],
        gatewayRows(report),
        ['l', 'l', 'r', 'r', 'r', 'r', 'l'],
      ),
      '',
    );
    out.push('### Gateway checklist', '');
    out.push(
      ...table(
        ['', 'Benchmark', 'Gateway', 'Status', 'Why'],
        gatewayChecklist(report).map((r) => [
          statusMark(r.status),
          `${r.id} ${r.text}`,
          r.gateway ?? '',
          statusWords(r.status),
          r.reasons.join('; '),
        ]),
      ),
      '',
    );
  });

  const hint = evidenceHint(model);
  if (hint.length > 0) {
    out.push('## Theory of action', '');
    for (const paragraph of hint) para(paragraph);
  }

  for (const plan of model.actionPlans) out.push(...actionPlanMarkdown(plan, table));

  out.push('## Documents', '');
  out.push(
    ...table(
      ['File', 'Kind', 'Id', 'Name'],
      model.documents.map((d) => [d.file, d.kind, d.id, d.label]),
    ),
    '',
  );

  out.push('## Data sources and citations', '');
  const { citations } = model;
  if (citations.datasets.length === 0) para('No outcome data in this report.');
  for (const dataset of citations.datasets) {
    out.push(
      `- ${markdownText(dataset.name ?? dataset.id)} (\`${dataset.id}\`)${dataset.source === null ? '' : `: ${markdownText(dataset.source)}`}`,
    );
  }
  if (citations.datasets.length > 0) out.push('');
  for (const source of citations.sources)
    para(
      `${source.citation.name}: ${source.citation.required ? 'citation required' : 'attribution'}.${source.citation.note === undefined ? '' : ` ${source.citation.note}`}`,
    );
  if (citations.lines.length > 0) {
    out.push('Cite the data in this report as:', '');
    for (const line of citations.lines) out.push(`> ${markdownText(line)}`, '>');
    out.pop();
    out.push('');
  }
  out.push(
    '---',
    '',
    'Made with the community-excellence command line (`community-excellence report`).',
    '',
  );
  return out.join('\n');
}

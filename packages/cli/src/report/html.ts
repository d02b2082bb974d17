import { evidenceHint } from './evidence-hint.js';
import type { Scorecard } from '@community-excellence/scoring';
import { actionPlanHtml } from './action-plan-render.js';
import { gatewayLabel, STATUS_LABELS } from './charts/gateway-chart.js';
import { chartIds } from './charts/report-charts.js';
import { formatPoints } from './charts/scorecard-chart.js';
import { feedbackHtml } from './feedback-html.js';
import { escapeHtml as e } from './format.js';
import { improvementHtml } from './improvement-section.js';
import { REPORT_CSS } from './html-style.js';
import { placeSource, type ReportModel } from './model.js';
import type { OutcomeIndicator } from './outcomes-section.js';
import {
  FACTOR_NAMES,
  outcomeSentences,
  outcomeTableHeader,
  outcomesIntro,
  resultsIndicatorsLine,
  suggestionLine,
  resultsEvidenceIntro,
  targetLines,
  trendCaption,
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

/** A table; columns listed in `numeric` are right-aligned. */
function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[] = [],
  rowClass: (index: number) => string = () => '',
): string {
  const cls = (i: number): string => (numeric.includes(i) ? ' class="num"' : '');
  const head = `<thead><tr>${header.map((h, i) => `<th scope="col"${cls(i)}>${e(h)}</th>`).join('')}</tr></thead>`;
  const body = rows
    .map((row, r) => {
      const c = rowClass(r);
      return `<tr${c === '' ? '' : ` class="${c}"`}>${row.map((cell, i) => `<td${cls(i)}>${e(cell)}</td>`).join('')}</tr>`;
    })
    .join('\n');
  return `<table>${head}<tbody>\n${body}\n</tbody></table>`;
}

const paragraphs = (lines: readonly string[]): string =>
  lines.map((line) => `<p>${e(line)}</p>`).join('\n');

/** A chart figure: the SVG (with an accessible name) and a caption. */
function figure(svgs: ReadonlyMap<string, string>, id: string, caption: string): string {
  const svg = svgs.get(id);
  if (svg === undefined) return '';
  const named = svg.replace(/^<svg /, `<svg role="img" aria-label="${e(caption)}" `);
  return `<figure id="figure-${e(id)}" data-chart="${e(id)}">\n${named}\n<figcaption>${e(caption)}</figcaption>\n</figure>`;
}

function tiles(card: Scorecard): string {
  const band = (b: Scorecard['bands']['process']): string =>
    b.band === null ? 'no band' : `band ${b.band} of ${b.bandCount ?? '?'}`;
  const tile = (label: string, value: string, note: string, kind = 'value'): string =>
    `<div class="tile"><div class="label">${e(label)}</div><div class="${kind}">${e(value)}</div><div class="note">${e(note)}</div></div>`;
  const stage = card.maturity.process.stage;
  const maturity =
    stage === null
      ? ''
      : tile('Process maturity', stage.name, `${stage.confidence} stage table`, 'value words');
  if (!card.points.available) {
    const scored = card.items.filter((i) => i.status === 'scored').length;
    const counted = card.items.filter(
      (i) => i.status === 'scored' || i.status === 'unscored',
    ).length;
    return `<div class="tiles">\n${tile('Items scored', `${scored} of ${counted}`, 'no points: percents only')}\n${maturity}\n</div>`;
  }
  return `<div class="tiles">
${tile('Total', `${formatPoints(card.total.earned)} / ${formatPoints(card.total.max)}`, card.total.percentOfMax === null ? 'points' : `points (${card.total.percentOfMax.value.toFixed(1)}%)`)}
${tile('Process', `${formatPoints(card.process.earned)} / ${formatPoints(card.process.max)}`, band(card.bands.process))}
${tile('Results', `${formatPoints(card.results.earned)} / ${formatPoints(card.results.max)}`, band(card.bands.results))}
${maturity}
</div>`;
}

/** An indicator's table: cells as the analysis displays them, note markers, the numbered notes. */
function outcomeTableHtml(indicator: OutcomeIndicator): string {
  const header = outcomeTableHeader(indicator);
  const head = `<thead><tr>${header.map((h, i) => `<th scope="col"${i > 0 ? ' class="num"' : ''}>${e(h)}</th>`).join('')}</tr></thead>`;
  const body = indicator.rows
    .map(
      (row) =>
        `<tr class="row-${row.kind}"><th scope="row">${e(row.label)}</th>${row.cells
          .map(
            (cell) =>
              `<td class="num">${e(cell.text)}${cell.notes.map((n) => `<sup class="note-ref">[${n}]</sup>`).join('')}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('\n');
  const notes =
    indicator.notes.length === 0
      ? ''
      : `\n<ul class="notes">\n${indicator.notes.map((note, i) => `<li>[${i + 1}] ${e(note)}</li>`).join('\n')}\n</ul>`;
  return `<table>${head}<tbody>\n${body}\n</tbody></table>${notes}`;
}

/**
 * Renders a report as one self-contained HTML page: inline CSS, the charts as inline SVG (rendered
 * beforehand, keyed by chart id, see {@link chartIds}), no scripts, no fonts, no images, and a
 * content security policy that forbids loading anything. Deterministic; ends with a newline.
 *
 * @example
 * ```ts
 * const html = renderHtml(model, new Map([['scorecard-1', '<svg ...></svg>']]));
 * html.startsWith('<!doctype html>'); // true
 * ```
 */
export function renderHtml(model: ReportModel, svgs: ReadonlyMap<string, string>): string {
  const toc: { id: string; label: string }[] = [];
  const sections: string[] = [];

  model.feedback.forEach((section, index) => {
    const html = feedbackHtml(section, {
      index,
      several: model.feedback.length > 1,
      scores: false,
    });
    toc.push(...html.toc);
    sections.push(...html.sections);
  });

  model.assessments.forEach((section, index) => {
    const card = section.scorecard;
    const id = chartIds.scorecard(index);
    toc.push({
      id: `section-${id}`,
      label: model.assessments.length > 1 ? `Scorecard: ${section.name}` : 'Scorecard',
    });
    const parts = [
      `<h2>Scorecard: ${e(section.name)}</h2>`,
      ...section.problems.map((p) => `<p>Could not score: ${e(p)}</p>`),
    ];
    if (card !== null && card.total.status === 'out-of-scope') {
      // A scope with no scored item (a Level 1 Profile review): the feedback is the content.
      parts.push(
        `<p>${e(card.scope.reason ?? `Scope ${card.scope.label} counts no scored item.`)}</p>`,
      );
    } else if (card !== null) {
      parts.push(tiles(card), paragraphs(scorecardSummary(card)));
      const caption = card.points.available
        ? `Points earned against the maximum, by category (${card.scope.label}).`
        : `Percent per item (${card.scope.label}); the framework publishes no points.`;
      parts.push(figure(svgs, id, caption));
      const scores = scoreTable(card);
      parts.push(table(scores.header, scores.rows, scores.numeric));
      if (section.nextPoints.length > 0) {
        const next = nextPointTable(section);
        parts.push('<h3>Where the next points come from</h3>');
        parts.push(table(next.header, next.rows, next.numeric));
      }
    }
    sections.push(`<section class="card" id="section-${e(id)}">\n${parts.join('\n')}\n</section>`);

    const summary = section.reviews;
    if (summary !== null && summary.items.length > 0) {
      const reviewsId = chartIds.reviews(index);
      toc.push({
        id: `section-${reviewsId}`,
        label: model.assessments.length > 1 ? `Reviews: ${section.name}` : 'Independent reviews',
      });
      const { header, rows } = reviewTable(section);
      const flagged = new Set(summary.flaggedItems);
      sections.push(`<section class="card" id="section-${e(reviewsId)}">
<h2>Independent reviews: ${e(section.name)}</h2>
<p>${e(reviewSentence(section))}</p>
${figure(svgs, reviewsId, 'Each reviewer\u2019s percent per item, the span between the lowest and highest, and the consensus.')}
<details><summary>Ratings by item</summary>
${table(
  header,
  rows,
  header.map((_, i) => i).filter((i) => i > 0 && i < header.length - 1),
  (r) => (flagged.has(summary.items[r]?.item ?? '') ? 'flagged' : ''),
)}
</details>
</section>`);
    }
  });

  model.improvement.forEach((section, index) => {
    const rendered = improvementHtml(section, index);
    toc.push(...rendered.toc);
    sections.push(...rendered.sections);
  });

  const outcomes = model.outcomes;
  if (outcomes !== null) {
    const heading =
      outcomes.place === null
        ? 'Outcomes: no place analysed'
        : `Outcomes in ${outcomes.place.name}`;
    toc.push({ id: 'section-outcomes', label: 'Outcomes' });
    const articles = outcomes.indicators.map((indicator) => {
      const trend = figure(svgs, chartIds.outcomeTrend(indicator.id), trendCaption(indicator));
      const gap =
        indicator.gaps.length > 0
          ? figure(
              svgs,
              chartIds.outcomeGap(indicator.id),
              `${indicator.name}: gap of each group to ${indicator.reference ?? ''} over time, ${indicator.gapUnit}.`,
            )
          : '';
      const targets = targetLines(indicator);
      return `<article class="indicator" id="indicator-${e(indicator.id)}">
<h3>${e(indicator.name)}</h3>
<div class="pair">
${trend}
${gap}
</div>
${targets.length === 0 ? '' : `<div class="targets">\n${paragraphs(targets)}\n</div>`}
${paragraphs(outcomeSentences(indicator, outcomes.comparisons, outcomes.references))}
<details><summary>Values by period</summary>
${outcomeTableHtml(indicator)}
</details>
</article>`;
    });
    const empty =
      outcomes.place !== null && articles.length === 0
        ? '<p>No indicator definition matches these observations, so there is nothing to chart: add the indicator set that defines them to the folder.</p>'
        : '';
    sections.push(`<section class="card" id="section-outcomes">
<h2>${e(heading)}</h2>
${paragraphs(outcomesIntro(outcomes, placeSource(model)))}
${empty}${articles.join('\n')}
</section>`);
    if (outcomes.results.items.length > 0) {
      toc.push({ id: 'section-results-evidence', label: 'Results evidence (LeTCI)' });
      const items = outcomes.results.items.map(
        (item) => `<article class="results-item" id="results-${e(item.itemCode)}">
<h3>${e(`${item.itemCode}${item.itemName === undefined ? '' : ` ${item.itemName}`}`)}</h3>
<p>${e(resultsIndicatorsLine(item.indicators, outcomes.indicatorNames))}</p>
${table(
  ['Factor', 'Range', 'Reasons'],
  (['levels', 'trends', 'comparisons', 'integration'] as const).map((f) => [
    FACTOR_NAMES[f],
    item.factors[f].range,
    item.factors[f].reasons.join(' '),
  ]),
)}
<p class="suggestion"><strong>${e(suggestionLine(item.suggestion))}</strong></p>
</article>`,
      );
      sections.push(`<section class="card" id="section-results-evidence">
<h2>Results evidence (LeTCI)</h2>
<p class="muted">${e(resultsEvidenceIntro())}</p>
${items.join('\n')}
</section>`);
    }
  }

  model.partnerships.forEach((section, index) => {
    const report = section.report;
    const id = chartIds.gateways(index);
    toc.push({
      id: `section-${id}`,
      label:
        model.partnerships.length > 1 ? `Theory of action: ${section.name}` : 'Theory of action',
    });
    const checklist = gatewayChecklist(report)
      .map(
        (r) =>
          `<tr><td class="mark status-${r.status}" title="${e(statusWords(r.status))}">${e(statusMark(r.status))}</td><td>${e(r.id)}</td><td>${e(r.text)}</td><td>${e(gatewayLabel(r.gateway ?? ''))}</td><td class="status-${r.status}">${e(statusWords(r.status))}</td><td>${e(r.reasons.join('; '))}</td></tr>`,
      )
      .join('\n');
    sections.push(`<section class="card" id="section-${e(id)}">
<h2>Theory of action: ${e(section.name)}</h2>
${paragraphs(partnershipSummary(report))}
${figure(svgs, id, 'Gateway checklist: benchmarks per gateway by status (\u2713 marks a gateway reached).')}
${table(
  ['Gateway', 'Reached', ...STATUS_LABELS.map((s) => s.label), 'Blocking'],
  gatewayRows(report).map((row) => [gatewayLabel(row[0] ?? ''), ...row.slice(1)]),
  [2, 3, 4, 5],
)}
<h3>Gateway checklist</h3>
<table><thead><tr><th scope="col" class="mark"><span class="muted">\u2713</span></th><th scope="col">Id</th><th scope="col">Benchmark</th><th scope="col">Gateway</th><th scope="col">Status</th><th scope="col">Why</th></tr></thead><tbody>
${checklist}
</tbody></table>
</section>`);
  });

  const hint = evidenceHint(model);
  if (hint.length > 0) {
    toc.push({ id: 'section-theory-of-action', label: 'Theory of action' });
    sections.push(`<section class="card" id="section-theory-of-action">
<h2>Theory of action</h2>
${paragraphs(hint)}
</section>`);
  }

  model.actionPlans.forEach((plan, index) => {
    const rendered = actionPlanHtml(plan, index, model.actionPlans.length, table);
    toc.push(rendered.toc);
    sections.push(rendered.html);
  });

  toc.push(
    { id: 'section-documents', label: 'Documents' },
    { id: 'section-citations', label: 'Sources and citations' },
  );
  sections.push(`<section class="card" id="section-documents">
<h2>Documents</h2>
${table(
  ['File', 'Kind', 'Id', 'Name'],
  model.documents.map((d) => [d.file, d.kind, d.id, d.label]),
)}
</section>`);

  const { citations } = model;
  const datasets = citations.datasets
    .map(
      (d) =>
        `<li>${e(d.name ?? d.id)} (<code>${e(d.id)}</code>)${d.source === null ? '' : `: ${e(d.source)}`}</li>`,
    )
    .join('\n');
  const sources = citations.sources
    .map(
      (s) =>
        `<p>${e(s.citation.name)}: ${s.citation.required ? 'citation required' : 'attribution'}.${s.citation.note === undefined ? '' : ` ${e(s.citation.note)}`}</p>`,
    )
    .join('\n');
  sections.push(`<section class="card" id="section-citations">
<h2>Data sources and citations</h2>
${datasets === '' ? '<p>No outcome data in this report.</p>' : `<ul>\n${datasets}\n</ul>`}
${sources}
${citations.lines.length === 0 ? '' : `<p>Cite the data in this report as:</p>\n${citations.lines.map((line) => `<blockquote class="citation">${e(line)}</blockquote>`).join('\n')}`}
</section>`);

  const lede = `${model.date === null ? '' : `Prepared on ${model.date}. `}Communities of Excellence report: ${reportContents(model)}, from ${model.documents.length} ${model.documents.length === 1 ? 'document' : 'documents'}.`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="community-excellence report">
<title>${e(model.title)}: community excellence report</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="report-header"><div class="wrap">
<h1>${e(model.title)}</h1>
<p>${e(lede)}</p>
<nav class="toc" aria-label="Contents"><ol>
${toc.map((t) => `<li><a href="#${e(t.id)}">${e(t.label)}</a></li>`).join('\n')}
</ol></nav>
</div></header>
<main class="wrap">
${sections.join('\n')}
</main>
<footer class="wrap">Made with the community-excellence command line (<code>community-excellence report</code>). Charts by Apache ECharts, rendered to static SVG.</footer>
</body>
</html>
`;
}

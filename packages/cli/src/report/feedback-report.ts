import { feedbackHtml } from './feedback-html.js';
import { feedbackMarkdown } from './feedback-markdown.js';
import type { FeedbackSection } from './feedback-section.js';
import { escapeHtml as e, markdownText } from './format.js';
import { REPORT_CSS } from './html-style.js';

/**
 * A feedback report rendered on its own (`coe report --feedback`, `coe feedback`): the HTML page
 * and the Markdown text.
 *
 * @example
 * ```ts
 * declare const rendered: RenderedFeedbackReport;
 * rendered.markdown.startsWith('# '); // true
 * ```
 */
export interface RenderedFeedbackReport {
  readonly html: string;
  readonly markdown: string;
}

/**
 * What a feedback report is made of: its title (the community or assessment), an optional
 * "Prepared on" date and the feedback of each assessment.
 *
 * @example
 * ```ts
 * declare const sections: readonly FeedbackSection[];
 * const input: FeedbackReportInput = { title: 'Riverbend County', date: null, sections };
 * ```
 */
export interface FeedbackReportInput {
  readonly title: string;
  readonly date: string | null;
  readonly sections: readonly FeedbackSection[];
  /** Markdown lines after the sections, before the footer (`coe feedback --previous`: "Since the last cycle"). */
  readonly after?: readonly string[];
}

const LEAD =
  'Feedback from the review team: a summary, the key themes, category by category the strengths, opportunities for improvement and what the next scoring range requires, then the scores.';

/**
 * The feedback report as Markdown: a title, the lead, then each assessment's feedback (summary,
 * key themes, Profile, categories, next points, scores). Deterministic; ends with a newline.
 *
 * @example
 * ```ts
 * declare const input: FeedbackReportInput;
 * renderFeedbackMarkdown(input).split('\n')[0]; // '# Riverbend County: feedback report'
 * ```
 */
export function renderFeedbackMarkdown(input: FeedbackReportInput): string {
  const out = [`# ${markdownText(input.title)}: feedback report`, ''];
  out.push(markdownText(`${input.date === null ? '' : `Prepared on ${input.date}. `}${LEAD}`), '');
  if (input.sections.length === 0) out.push('No assessment in these documents.', '');
  for (const section of input.sections)
    out.push(...feedbackMarkdown(section, { level: 2, scores: true }));
  out.push(...(input.after ?? []));
  out.push('---', '', 'Made with the community-excellence command line.', '');
  return out.join('\n');
}

/**
 * The feedback report as one self-contained HTML page (inline CSS, no scripts, no images, a
 * content security policy that forbids loading anything), with the same content as the
 * Markdown. Deterministic; ends with a newline.
 *
 * @example
 * ```ts
 * declare const input: FeedbackReportInput;
 * renderFeedbackHtml(input).startsWith('<!doctype html>'); // true
 * ```
 */
export function renderFeedbackHtml(input: FeedbackReportInput): string {
  const toc: { id: string; label: string }[] = [];
  const sections: string[] = [];
  input.sections.forEach((section, index) => {
    const html = feedbackHtml(section, {
      index,
      several: input.sections.length > 1,
      scores: true,
    });
    toc.push(...html.toc);
    sections.push(...html.sections);
  });
  if (sections.length === 0)
    sections.push('<section class="card"><p>No assessment in these documents.</p></section>');
  const lede = `${input.date === null ? '' : `Prepared on ${input.date}. `}${LEAD}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="community-excellence feedback report">
<title>${e(input.title)}: feedback report</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="report-header"><div class="wrap">
<h1>${e(input.title)}: feedback report</h1>
<p>${e(lede)}</p>
<nav class="toc" aria-label="Contents"><ol>
${toc.map((t) => `<li><a href="#${e(t.id)}">${e(t.label)}</a></li>`).join('\n')}
</ol></nav>
</div></header>
<main class="wrap">
${sections.join('\n')}
</main>
<footer class="wrap">Made with the community-excellence command line.</footer>
</body>
</html>
`;
}

/**
 * Renders a feedback report as HTML and Markdown.
 *
 * @example
 * ```ts
 * declare const input: FeedbackReportInput;
 * const { html, markdown } = renderFeedbackReport(input);
 * ```
 */
export function renderFeedbackReport(input: FeedbackReportInput): RenderedFeedbackReport {
  return { html: renderFeedbackHtml(input), markdown: renderFeedbackMarkdown(input) };
}

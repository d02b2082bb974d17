import { reportChartSpecs } from './charts/report-charts.js';
import { renderChartSvg } from './charts/render-svg.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { buildReportModel, type ReportInput, type ReportModel } from './model.js';

/**
 * A rendered report: the self-contained HTML page, the Markdown version and the model both were
 * rendered from.
 *
 * @example
 * ```ts
 * const { html, markdown } = renderReport({ documents });
 * ```
 */
export interface RenderedReport {
  readonly html: string;
  readonly markdown: string;
  readonly model: ReportModel;
}

/**
 * Builds a report from valid documents and renders it as HTML (charts as static SVG from Apache
 * ECharts) and Markdown. The same input always gives the same bytes.
 *
 * @example
 * ```ts
 * const report = renderReport({ documents: [{ file: 'assessment.json', document: assessment }] });
 * report.html.includes('<svg'); // true
 * ```
 */
export function renderReport(input: ReportInput): RenderedReport {
  const model = buildReportModel(input);
  const svgs = new Map(
    reportChartSpecs(model).map((spec) => [spec.id, renderChartSvg(spec)] as const),
  );
  return { html: renderHtml(model, svgs), markdown: renderMarkdown(model), model };
}

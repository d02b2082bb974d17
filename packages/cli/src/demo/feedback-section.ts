import type { Assessment, Community } from '@community-excellence/schemas';
import type { ReportDocument } from '../report/documents.js';
import { renderFeedbackReport } from '../report/feedback-report.js';
import { feedbackSection } from '../report/feedback-section.js';
import { feedbackSummaryLines } from '../report/feedback-text.js';
import { writeFeedbackReport } from '../report/write-feedback-report.js';

/** How many key themes the demo prints (the feedback report has them all). */
const THEMES_SHOWN = 3;

/**
 * What the demo did with the example's feedback: the lines it prints (where the findings come
 * from, the counts, the widest key themes, the feedback report's paths) and the paths written,
 * or why nothing was written.
 *
 * @example
 * ```ts
 * declare const result: DemoFeedback;
 * if (result.paths !== null) console.log(result.paths.html);
 * ```
 */
export interface DemoFeedback {
  readonly lines: readonly string[];
  readonly paths: { readonly html: string; readonly markdown: string } | null;
  readonly problem: string | null;
}

/**
 * Builds the feedback of the example's assessments, writes the feedback report
 * (`feedback.html`, `feedback.md`) into `out` next to the full report (atomically, never over an
 * existing file without `force`) and returns the demo's printed lines: where the findings come
 * from, how many there are, the widest key themes and where the report is.
 *
 * @example
 * ```ts
 * const result = demoFeedback(documents, '/tmp/demo', false);
 * console.log(result.lines.join('\n'));
 * ```
 */
export function demoFeedback(
  documents: readonly ReportDocument[],
  out: string,
  force: boolean,
): DemoFeedback {
  const sorted = [...documents].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const assessments = sorted.flatMap((d) =>
    d.document.kind === 'assessment' ? [d.document as Assessment] : [],
  );
  const community = sorted.find((d) => d.document.kind === 'community')?.document as
    Community | undefined;
  const sections = assessments.map((a) => feedbackSection(a, [], [], null));
  const lines: string[] = [];
  for (const section of sections) {
    const feedback = section.feedback;
    if (feedback === null) {
      lines.push(`  ${section.name}: no feedback (framework not built in)`);
      continue;
    }
    lines.push(
      ...feedbackSummaryLines(feedback)
        .slice(0, 2)
        .map((line) => `  ${line}`),
    );
    const themes = feedback.themes.crossCutting;
    if (themes.length === 0) {
      lines.push('  Key themes: none (no key factor runs through two or more items).');
      continue;
    }
    lines.push(`  Key themes (${themes.length}):`);
    themes.slice(0, THEMES_SHOWN).forEach((t, i) => lines.push(`    ${i + 1}. ${t.sentence}`));
    if (themes.length > THEMES_SHOWN)
      lines.push(`    ... and ${themes.length - THEMES_SHOWN} more in the feedback report`);
  }
  const rendered = renderFeedbackReport({
    title: community?.name ?? assessments[0]?.name ?? 'Community',
    date: null,
    sections,
  });
  const result = writeFeedbackReport(rendered, out, { force });
  if (!result.write.ok)
    return {
      lines,
      paths: null,
      problem:
        result.write.reason === 'exists'
          ? `${result.write.existing.join(', ')} exists (use --force to overwrite); feedback report not written`
          : `cannot write ${result.write.path}: ${result.write.message}`,
    };
  lines.push('  Feedback report', `    ${result.paths.html}`, `    ${result.paths.markdown}`);
  return { lines, paths: result.paths, problem: null };
}

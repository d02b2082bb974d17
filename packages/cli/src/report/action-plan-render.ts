import type { ActionPlanSection } from './action-plan-section.js';
import {
  actionPlanSummary,
  actionPlanWarnings,
  actionsByCategoryTable,
  actionsByIndicatorTable,
  actionsByOwnerTable,
  actionsTable,
  CATEGORY_NOTE,
} from './action-plan-text.js';
import { escapeHtml as e, markdownText } from './format.js';

/** Renders a table as HTML: header, rows and the numeric columns (the report's own table). */
export type HtmlTable = (
  header: readonly string[],
  rows: readonly (readonly string[])[],
  numeric?: readonly number[],
) => string;

/** Renders a table as Markdown lines: header, rows and the alignment of each column. */
export type MarkdownTable = (
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly ('l' | 'r')[],
) => string[];

/**
 * The HTML "Action plan" section of a report and its table-of-contents entry: the totals, the
 * overdue and orphaned warnings, the roll-ups by owner, category and indicator, and the actions.
 *
 * @example
 * ```ts
 * declare const section: ActionPlanSection;
 * declare const table: HtmlTable;
 * const { toc, html } = actionPlanHtml(section, 0, 1, table);
 * ```
 */
export function actionPlanHtml(
  section: ActionPlanSection,
  index: number,
  count: number,
  table: HtmlTable,
): { readonly toc: { readonly id: string; readonly label: string }; readonly html: string } {
  const id = `section-action-plan-${index + 1}`;
  const warnings = actionPlanWarnings(section);
  const owner = actionsByOwnerTable(section);
  const category = actionsByCategoryTable(section);
  const indicator = actionsByIndicatorTable(section);
  const actions = actionsTable(section);
  const html = `<section class="card" id="${e(id)}">
<h2>Action plan: ${e(section.name)}</h2>
${actionPlanSummary(section)
  .map((line) => `<p>${e(line)}</p>`)
  .join('\n')}
${warnings.length === 0 ? '' : `<ul class="warnings">\n${warnings.map((w) => `<li>${e(w)}</li>`).join('\n')}\n</ul>`}
<h3>By owner</h3>
${table(owner.header, owner.rows, owner.numeric)}
<h3>By category</h3>
${table(category.header, category.rows, category.numeric)}
<p class="muted">${e(CATEGORY_NOTE)}</p>
<h3>By indicator</h3>
${table(indicator.header, indicator.rows, indicator.numeric)}
<h3>Actions</h3>
${table(actions.header, actions.rows)}
</section>`;
  return {
    toc: { id, label: count > 1 ? `Action plan: ${section.name}` : 'Action plan' },
    html,
  };
}

/**
 * The Markdown "Action plan" section of a report (the same content as {@link actionPlanHtml}).
 *
 * @example
 * ```ts
 * declare const section: ActionPlanSection;
 * declare const table: MarkdownTable;
 * const lines = actionPlanMarkdown(section, table);
 * ```
 */
export function actionPlanMarkdown(section: ActionPlanSection, table: MarkdownTable): string[] {
  const out: string[] = [`## Action plan: ${markdownText(section.name)}`, ''];
  out.push(actionPlanSummary(section).map(markdownText).join(' '), '');
  const warnings = actionPlanWarnings(section);
  if (warnings.length > 0) out.push(...warnings.map((w) => `- ${markdownText(w)}`), '');
  const numbers: ('l' | 'r')[] = ['l', 'r', 'r', 'r', 'r'];
  const owner = actionsByOwnerTable(section);
  out.push('### By owner', '', ...table(owner.header, owner.rows, numbers), '');
  const category = actionsByCategoryTable(section);
  out.push('### By category', '', ...table(category.header, category.rows, numbers), '');
  out.push(markdownText(CATEGORY_NOTE), '');
  const indicator = actionsByIndicatorTable(section);
  out.push('### By indicator', '', ...table(indicator.header, indicator.rows, numbers), '');
  const actions = actionsTable(section);
  out.push('### Actions', '', ...table(actions.header, actions.rows), '');
  return out;
}

import { describe, expect, it } from 'vitest';
import type { ActionPlan } from '@community-excellence/schemas/data';
import { actionPlanSections } from './action-plan-section.js';
import {
  actionPlanSummary,
  actionPlanWarnings,
  actionsByCategoryTable,
  actionsByIndicatorTable,
  actionsByOwnerTable,
  actionsTable,
  actionServesText,
  actionStatusText,
  CATEGORY_NOTE,
} from './action-plan-text.js';
import { escapeHtml } from './format.js';
import { renderReport } from './render-report.js';
import { exampleReportDocuments } from './testing/example-report-documents.js';

const documents = exampleReportDocuments();
const report = renderReport({ documents });
const section = (text: string, start: string, end: string): string =>
  text.slice(text.indexOf(start), text.indexOf(end, text.indexOf(start)));
const markdown = section(report.markdown, '## Action plan', '## Documents');
const html = section(
  report.html,
  '<section class="card" id="section-action-plan-1">',
  '</section>',
);

describe('the Action plan section of the Riverbend report', () => {
  it('opens with the totals as of the plan date and the state rule', () => {
    expect(markdown).toContain(
      '## Action plan: Riverbend Thrives action plan 2026-27: answering the baseline assessment\n\n14 actions as of 2026-10-31: 9 open (1 overdue), 4 done, 1 dropped. Each action’s status is the one its latest dated report-back gives, else its own; an open action is overdue when its due date lies before the as-of date.\n',
    );
    expect(html).toContain(
      '<h2>Action plan: Riverbend Thrives action plan 2026-27: answering the baseline assessment</h2>',
    );
    expect(html).toContain(
      '<p>14 actions as of 2026-10-31: 9 open (1 overdue), 4 done, 1 dropped.</p>',
    );
    expect(report.html).toContain('<li><a href="#section-action-plan-1">Action plan</a></li>');
  });

  it('warns about the overdue rural transport plan', () => {
    const warning =
      'Overdue: Write and adopt an action plan for rural student transport (act-rural-transport-plan), owner Riverbend County Board of Commissioners, due 2026-08-31, in progress.';
    expect(markdown).toContain(`- ${warning}\n`);
    expect(html).toContain(`<ul class="warnings">\n<li>${warning}</li>\n</ul>`);
  });

  it('rolls up by owner, category and indicator', () => {
    expect(markdown).toContain(
      [
        '### By owner',
        '',
        '| Owner | Open | Overdue | Done | Dropped |',
        '|---|---:|---:|---:|---:|',
        '| Riverbend Thrives | 1 | 0 | 3 | 0 |',
        '| Riverbend County Board of Commissioners | 1 | 1 | 0 | 0 |',
      ].join('\n'),
    );
    expect(markdown).toContain(
      '| Riverbend Community Foundation | 0 | 0 | 0 | 1 |\n| (unassigned) | 1 | 0 | 0 | 0 |\n',
    );
    expect(markdown).toContain(
      [
        '| Category | Open | Overdue | Done | Dropped |',
        '|---|---:|---:|---:|---:|',
        '| 1 Community Leadership | 0 | 0 | 2 | 0 |',
        '| 2 Community Strategy | 1 | 1 | 0 | 0 |',
        '| 3 Residents and Other Customers | 2 | 0 | 0 | 0 |',
        '| 4 Measurement, Analysis, and Knowledge Management | 1 | 0 | 1 | 0 |',
        '| 5 People and Organizational Resources | 1 | 0 | 0 | 0 |',
        '| 6 Community Operations | 1 | 0 | 1 | 0 |',
        '| 7 Results | 4 | 0 | 0 | 1 |',
        '',
        'An action counts under every category whose items it serves, so the category rows can add up to more than the actions.',
      ].join('\n'),
    );
    expect(markdown).toContain('| K-3 students chronically absent | 1 | 1 | 1 | 0 |');
    expect(markdown).toContain('| (no indicator) | 5 | 0 | 3 | 1 |');
    expect(html).toContain('<h3>By owner</h3>');
    expect(html).toContain(
      '<tr><td>(unassigned)</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">0</td></tr>',
    );
    expect(html).toContain(
      '<tr><td>7 Results</td><td class="num">4</td><td class="num">0</td><td class="num">0</td><td class="num">1</td></tr>',
    );
    expect(html).toContain(`<p class="muted">${CATEGORY_NOTE}</p>`);
    expect(html).toContain('<h3>By indicator</h3>');
  });

  it('lists each action with owner, due date, effective status and what it serves (finding texts looked up)', () => {
    expect(markdown).toContain(
      '| Action | Owner | Due | Status | Serves |\n|---|---|---|---|---|\n| Ask partner staff and residents whether they can state the shared vision (act-vision-deployment) | Riverbend Thrives | 2026-06-30 | done on 2026-06-26 | Finding consensus-1.1-o1 (opportunity, medium priority, item 1.1): It is not clear how the group knows whether partner staff and residents understand the vision; no deployment measure is described. Items: 1.1. |',
    );
    expect(markdown).toContain(
      "| Name the partnership's key work processes and their requirements (act-key-work-processes) | Riverbend Thrives | 2026-07-31 | done on 2026-08-12 (after the due date) |",
    );
    expect(markdown).toContain(
      '| Riverbend County Board of Commissioners | 2026-08-31 | in progress, overdue |',
    );
    expect(markdown).toContain(
      '(act-community-resilience) | (unassigned) | 2027-03-31 | proposed |',
    );
    expect(markdown).toContain('| 2026-12-31 | dropped on 2026-09-10 |');
    expect(markdown).toContain(
      '| Millbrook City Schools | 2027-06-30 | in progress | Items: 7.1. Indicators: 9th graders on track to graduate; Four-year adjusted cohort graduation rate. Targets: hs-graduation-4yr 2027-28. |',
    );
    expect(html).toContain(
      `<td>${escapeHtml("Finding consensus-6.1-o1 (opportunity, high priority, item 6.1): The partnership's key work processes and their requirements are not identified, so they cannot be managed or improved systematically. Items: 6.1.")}</td>`,
    );
  });
});

describe('action plan text on constructed plans', () => {
  const plan: ActionPlan = {
    kind: 'action-plan',
    formatVersion: 1,
    id: 'small',
    communityId: 'nowhere',
    createdOn: '2026-01-01',
    actions: [
      { id: 'a', title: 'Lonely action', status: 'planned', serves: { items: ['9.9'] } },
      {
        id: 'b',
        title: 'Uses a strength',
        status: 'in-progress',
        dueDate: '2026-02-01',
        serves: { findings: [{ findingId: 'ghost-finding' }], indicators: ['rainfall'] },
      },
    ],
  };
  const [small] = actionPlanSections([plan], [], [], []);

  it('says when no as-of date is known and judges nothing overdue', () => {
    expect(small?.asOf).toBeNull();
    expect(actionPlanSummary(small!)[0]).toBe(
      '2 actions: 2 open (0 overdue), 0 done, 0 dropped. The plan gives no as-of date, so no action is judged overdue.',
    );
  });

  it('warns about an orphan, and names findings and indicators it cannot look up', () => {
    expect(actionPlanWarnings(small!)).toEqual([
      'Orphaned: Lonely action (a) serves no finding and no indicator.',
    ]);
    expect(actionServesText(small!.actions[1]!)).toBe(
      "Finding ghost-finding (not in the report's assessments). Indicators: rainfall.",
    );
    expect(actionsByIndicatorTable(small!).rows.map((row) => row[0])).toEqual([
      'rainfall',
      '(no indicator)',
    ]);
    expect(actionsByCategoryTable(small!).rows).toEqual([
      ['9', '1', '0', '0', '0'],
      ['(no framework item)', '1', '0', '0', '0'],
    ]);
    expect(actionsByOwnerTable(small!).rows).toEqual([['(unassigned)', '2', '0', '0', '0']]);
    expect(actionsTable(small!).rows[0]).toEqual([
      'Lonely action (a)',
      '(unassigned)',
      '',
      'planned',
      'Items: 9.9.',
    ]);
  });

  it('reports overdue with an owner missing, and a plan of one action in the singular', () => {
    const [late] = actionPlanSections(
      [{ ...plan, asOf: '2026-03-01', actions: [plan.actions[1]!] }],
      [],
      [],
      [],
    );
    expect(actionPlanSummary(late!)[0]).toBe(
      '1 action as of 2026-03-01: 1 open (1 overdue), 0 done, 0 dropped.',
    );
    expect(actionPlanWarnings(late!)).toEqual([
      'Overdue: Uses a strength (b), no owner, due 2026-02-01, in progress.',
    ]);
    expect(actionStatusText(late!.actions[0]!)).toBe('in progress, overdue');
  });
});

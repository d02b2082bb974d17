import {
  baldrigeScoringGuidelines,
  coeCommunity2024,
  type Assessment,
} from '@community-excellence/schemas';
import { scoreAssessment } from '@community-excellence/scoring';
import { describe, expect, it } from 'vitest';
import { riverbendPlan } from '../../../scoring/src/improvement/riverbend.fixture.js';
import { assessmentSection } from './assessment-section.js';
import {
  defaultRoadmapTarget,
  improvementHtml,
  improvementMarkdown,
  improvementSections,
  planFor,
} from './improvement-section.js';
import { buildReportModel } from './model.js';
import { renderReport } from './render-report.js';
import { exampleReportDocuments } from './testing/example-report-documents.js';

// The example without an action plan (the example folder may hold one): the plan is given
// explicitly where a test needs it.
const documents = exampleReportDocuments().filter(
  (d) => (d.document.kind as string) !== 'action-plan',
);
const assessment = documents.find((d) => d.document.kind === 'assessment')!.document as Assessment;
const NAME =
  'Riverbend County 2026 baseline assessment (full framework, recognition level 3 scope)';

describe('the Next steps and Roadmap sections of the Riverbend report', () => {
  const report = renderReport({ documents });

  it('lists the twelve high-priority OFIs in Markdown, with no plan in the folder', () => {
    const md = report.markdown;
    expect(md).toContain(
      `## Next steps: ${NAME}\n\n12 high-priority opportunities, largest points at stake first; 12 with no action yet.\n\n- 7.1 Community and Process Results (high): Kindergarten readiness is low`,
    );
    expect(md).toContain(
      'At stake: +18 points (35% to 50%, range 30-45 to 50-65). No action yet.\n- 7.4 Leadership and Governance Results (high):',
    );
    expect(md).toContain(
      '\n\nNo action plan in the folder answers this assessment. No open actions.\n\n',
    );
    // the sections sit between the scorecard and the outcomes
    expect(md.indexOf('## Next steps')).toBeGreaterThan(md.indexOf('## Scorecard'));
    expect(md.indexOf('## Roadmap')).toBeLessThan(md.indexOf('## Outcomes'));
  });

  it('plans to the default target 327 (band 2 -> 201 plus band 1 -> 126) in Markdown', () => {
    expect(report.markdown).toContain(
      `## Roadmap: ${NAME}\n\nDefault target: the process and results totals could each reach their next band (the sum of the next bands\u2019 lower bounds); set another with --target. Each phase raises items one range, largest points per range step first, high-priority opportunities first on a tie (a choice: the framework defines no order).\n\n` +
        '- Now: 278 of 1000 points (process band 2 of 8; results band 1 of 8; maturity stage Early Systematic Approaches); target: 327 points.\n' +
        '- Phase 1: raise 7.1 to 50-65 (50%, +18, high-priority OFI), 7.4 to 50-65 (50%, +16, high-priority OFI), 7.2 to 30-45 (30%, +12, high-priority OFI), 7.3 to 30-45 (30%, +12, high-priority OFI). Projected: 336 of 1000 points (process band 2 of 8; results band 2 of 8; maturity stage Early Systematic Approaches).\n' +
        '- Phase 1 reaches the target of 327 points.\n',
    );
  });

  it('renders the same sections in HTML, escaped, with table-of-contents entries', () => {
    const html = report.html;
    expect(html).toContain(
      `<section class="card" id="section-next-steps-0">\n<h2>Next steps: ${NAME}</h2>\n<p>12 high-priority opportunities, largest points at stake first; 12 with no action yet.</p>\n<ul>\n<li>7.1 Community and Process Results (high):`,
    );
    expect(html).toContain('<section class="card" id="section-roadmap-0">');
    expect(html).toContain('<li>Phase 1 reaches the target of 327 points.</li>');
    expect(html).toContain('href="#section-next-steps-0"');
    expect(html).toContain('href="#section-roadmap-0"');
  });

  it('takes the target from --target', () => {
    const model = buildReportModel({ documents, roadmapTarget: 400 });
    expect(model.improvement[0]!.targetNote).toBe('Target given with --target.');
    expect(model.improvement[0]!.roadmap.at(-1)).toBe('Phase 1 reaches the target of 400 points.');
  });
});

describe('improvementSections with an action plan', () => {
  const section = assessmentSection(assessment, [], []);
  const plan = riverbendPlan();

  it('finds the plan that names the assessment', () => {
    expect(planFor(assessment, [plan])?.id).toBe('riverbend-plan-2026');
    expect(planFor(assessment, [{ ...plan, assessmentIds: ['another'] }])).toBeUndefined();
    expect(planFor(assessment, [{ ...plan, assessmentIds: [] }])?.id).toBe('riverbend-plan-2026');
  });

  it('renders the open actions, overdue first, and the OFIs they answer', () => {
    const [built] = improvementSections([section], [assessment], [plan], []);
    const md = improvementMarkdown(built!).join('\n');
    expect(md).toContain(
      '12 high-priority opportunities, largest points at stake first; 8 with no action yet.',
    );
    expect(md).toContain(
      'Open actions: act-dashboard "Publish the results dashboard" (Riverbend Thrives, due 2026-04-15, overdue).',
    );
    expect(md).toContain(
      'Open actions of action plan riverbend-plan-2026. 6 open actions as of 2026-06-30, 3 overdue:\n\n- act-survey "Survey partner staff on the vision": Leadership table, due 2026-03-31, overdue; planned. Answers consensus-1.1-o1.\n- act-dashboard',
    );
    const html = improvementHtml(built!, 2);
    expect(html.toc.map((t) => t.id)).toEqual(['section-next-steps-2', 'section-roadmap-2']);
    expect(html.sections[0]).toContain(
      '<li>act-no-date &quot;Collect partner stories&quot;: no owner, no due date; planned. Answers no finding.</li>',
    );
  });
});

describe('defaultRoadmapTarget', () => {
  it('is the sum of the next bands\u2019 lower bounds with points', () => {
    const section = assessmentSection(assessment, [], []);
    expect(defaultRoadmapTarget(section.scorecard!)).toEqual({ points: 327 });
  });

  it('is the next range above the mean item percent without points', () => {
    const noPoints = scoreAssessment(
      {
        ...assessment,
        framework: { id: coeCommunity2024.id, edition: coeCommunity2024.edition },
      },
      coeCommunity2024,
    );
    expect(noPoints.ok).toBe(true);
    if (!noPoints.ok) return;
    // mean 480/17 = 28.2%: range 10-25 holds 25; the next range starts at 30
    expect(defaultRoadmapTarget(noPoints.scorecard, baldrigeScoringGuidelines)).toEqual({
      averagePercent: 30,
    });
    const [built] = improvementSections(
      [{ ...assessmentSection(assessment, [], []), scorecard: noPoints.scorecard }],
      [assessment],
      [],
      [],
    );
    expect(built!.targetNote).toBe(
      'Default target: the next range above the mean item percent (the framework publishes no points); set another with --target.',
    );
    expect(built!.roadmap[0]).toBe(
      'Now: a mean item score of 28.2%; target: a mean item score of 30%.',
    );
  });
});

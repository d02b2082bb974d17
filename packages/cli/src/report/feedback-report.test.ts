import {
  coeBaldrigeDerivedPoints,
  coeCommunity2024,
  type Assessment,
} from '@community-excellence/schemas';
import { describe, expect, it } from 'vitest';
import { buildFeedback } from './feedback-api.js';
import { feedbackSection, type FeedbackSection } from './feedback-section.js';
import { renderFeedbackReport } from './feedback-report.js';
import { escapeHtml, markdownText } from './format.js';
import { renderReport } from './render-report.js';
import { exampleReportDocuments } from './testing/example-report-documents.js';

const report = renderReport({ documents: exampleReportDocuments() });
const section = report.model.feedback[0] as FeedbackSection;
const feedback = section.feedback!;
const assessment = report.model.documents.find((d) => d.kind === 'assessment');
const alone = renderFeedbackReport({ title: report.model.title, date: null, sections: [section] });

const O1_TEXT =
  'It is not clear how the group knows whether partner staff and residents understand the vision; no deployment measure is described.';
const RATIONALE_START =
  'All three reviews placed 1.1 in 30-45 (review-santos 45, review-oduya 40, review-cho 35).';
const THEME =
  'Key factor "Resident and youth voice in decisions" (ksf-resident-voice) runs through 6 items (1.1, 3.1, 3.2, 5.2, 7.2, 7.4): 5 strengths and 3 opportunities for improvement (2 high priority).';

describe('the feedback in the Riverbend report', () => {
  it('is built from the consensus, reusing the report\u2019s scorecard', () => {
    expect(assessment).toBeDefined();
    // The baseline assessment and the Level 1 review (issue 13 adds it to the example).
    expect(report.model.feedback.map((f) => f.name)).toEqual([
      'Riverbend County 2026 baseline assessment (full framework, recognition level 3 scope)',
      'Riverbend County 2024 Level 1 review (Community Profile)',
    ]);
    expect(feedback.source.label).toBe('the consensus record (agreed)');
    expect(feedback.summary.counts.strengths).toBe(17);
    expect(feedback.summary.counts.opportunities).toBe(17);
  });

  it('comes right after the summary, before the scorecard, in HTML and Markdown', () => {
    const md = report.markdown;
    expect(md.indexOf(`## Feedback: ${markdownText(section.name)}`)).toBeLessThan(
      md.indexOf('## Scorecard:'),
    );
    expect(md.indexOf('## Feedback:')).toBeGreaterThan(
      md.indexOf('Communities of Excellence report:'),
    );
    expect(report.html.indexOf('id="section-feedback-0"')).toBeLessThan(
      report.html.indexOf('<h2>Scorecard:'),
    );
    // Two assessments: each table-of-contents entry names its assessment.
    expect(report.html).toContain(
      `<li><a href="#section-feedback-0">Feedback: ${escapeHtml(section.name)}</a></li>`,
    );
    expect(report.html).toContain(
      `<li><a href="#section-feedback-items-0">Feedback by category: ${escapeHtml(section.name)}</a></li>`,
    );
    expect(report.html).toContain(
      '<li><a href="#section-feedback-1">Feedback: Riverbend County 2024 Level 1 review (Community Profile)</a></li>',
    );
  });

  it('shows the reviewers\u2019 strengths and OFIs with priority and id, the rationale and the key themes', () => {
    for (const text of [report.markdown, alone.markdown]) {
      expect(text).toContain(`- \\[medium\\] ${markdownText(O1_TEXT)} (consensus-1.1-o1)`);
      expect(text).toContain(
        `- ${markdownText('The vision and values were co-developed with residents and youth (six listening sessions, youth council review), which builds the ownership that key success factor ksf-resident-voice depends on.')} (consensus-1.1-s1)`,
      );
      expect(text).toContain(`Why this range (consensus rationale): ${RATIONALE_START}`);
      expect(text).toContain(`1. ${markdownText(THEME)}`);
      expect(text).toContain(
        '    Strengths: consensus-1.1-s1 (1.1), consensus-3.1-s1 (3.1), consensus-3.2-s1 (3.2), consensus-5.2-s1 (5.2), consensus-7.2-s1 (7.2). Opportunities: consensus-1.1-o1 (1.1, medium), consensus-7.2-o1 (7.2, high), consensus-7.4-o1 (7.4, high).',
      );
      expect(text).toContain(
        '- Category 7 Results: 5 strengths and 5 opportunities for improvement (4 high priority) across 5 items (7.1, 7.2, 7.3, 7.4, 7.5).',
      );
      expect(text).toContain(
        '10 key factors named by findings on two or more items, widest first (then by high-priority opportunities):',
      );
    }
    for (const html of [report.html, alone.html]) {
      expect(html).toContain(`<li>[medium] ${escapeHtml(O1_TEXT)} (consensus-1.1-o1)</li>`);
      expect(html).toContain(
        `<p class="suggestion">Why this range (consensus rationale): ${escapeHtml(RATIONALE_START)}`,
      );
      expect(html).toContain(`<li>${escapeHtml(THEME)}<br>`);
    }
  });

  it('gives every item its range, descriptor and what the next range requires', () => {
    const md = report.markdown;
    const start = md.indexOf('#### 1.1 Community Excellence Group Leadership');
    const block = md.slice(start, md.indexOf('#### 1.2', start));
    expect(block).toBe(
      [
        '#### 1.1 Community Excellence Group Leadership',
        '',
        'Range 30-45 (40%): 28 of 70 points.',
        '',
        'What range 30-45 looks like (process, ADLI):',
        '',
        '- Approach: An effective, systematic method answers the basic question.',
        '- Deployment: Deployed, although some units are at an early stage.',
        '- Learning: Systematic evaluation and improvement of key processes is beginning.',
        '- Integration: Early alignment with the basic needs named in the Profile.',
        '',
        'Strengths:',
        '',
        `- ${markdownText('The vision and values were co-developed with residents and youth (six listening sessions, youth council review), which builds the ownership that key success factor ksf-resident-voice depends on.')} (consensus-1.1-s1)`,
        '',
        'Opportunities for improvement:',
        '',
        `- \\[medium\\] ${markdownText(O1_TEXT)} (consensus-1.1-o1)`,
        '',
        `Why this range (consensus rationale): ${markdownText(feedback.categories[0]!.items[0]!.rationale!)}`,
        '',
        'What the next range, 50-65, requires (process, ADLI):',
        '',
        '- Approach: An effective, systematic method answers the overall questions.',
        '- Deployment: Well deployed, with some variation between units.',
        '- Learning: Fact-based evaluation and improvement, with some learning and innovation.',
        '- Integration: Aligned with the overall needs of the organization.',
        '',
        '',
      ].join('\n'),
    );
    expect(md.match(/^#### \d\.\d /gm)).toHaveLength(17);
    expect(md).toContain('What range 10-25 looks like (results, LeTCI):');
  });

  it('explains the bands and maturity stage in plain words, saying they are inferred', () => {
    const md = report.markdown;
    expect(md).toContain(
      'Findings from the consensus record (agreed), scope coe-level-3, cycle: 2026 baseline assessment, National Learning Collaborative year 1.',
    );
    expect(md).toContain(
      'The reviewers wrote 17 strengths and 17 opportunities for improvement (12 high, 5 medium, 0 low priority) on 17 scored items.',
    );
    expect(md).toContain('Total 278 of 1000 points; process 170 of 550; results 108 of 450.');
    expect(md).toContain(
      'Process band 2 of 8 (151 to under 201 of 550 points) means early systematic approaches to the basic questions. The next band, 3, starts at 201 points: effective basic approaches in some areas. The process band table is inferred data \\[inferred\\]',
    );
    expect(md).toContain(
      'Process maturity stage Early Systematic Approaches (the process total is 30.9% of its maximum), the stage for 30-45%, means:',
    );
  });

  it('lists where the next points come from with the OFIs behind them', () => {
    expect(report.markdown).toContain(
      '### Where the next points come from, and the opportunities behind them\n\nEach item moved to the bottom of its next range, largest gain first, with the opportunities for improvement the reviewers wrote on it (the ones to act on to earn those points).\n\n| Item | Now | Next range | At stake | Opportunities behind it |\n|---|---:|---|---:|---|\n| 7.1 | 35% | 50-65 | +18 | consensus-7.1-o1 (high) |',
    );
  });
});

describe('the feedback report alone', () => {
  it('is a self-contained page: summary, key themes, category by category, then scores', () => {
    expect(alone.html.startsWith('<!doctype html>')).toBe(true);
    expect(alone.html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    expect(alone.html).not.toMatch(/<script|<link|<img|<iframe|src=/i);
    expect(alone.html).toContain('<title>Riverbend County: feedback report</title>');
    const md = alone.markdown;
    expect(
      md.startsWith(
        '# Riverbend County: feedback report\n\nFeedback from the review team: a summary, the key themes, category by category the strengths, opportunities for improvement and what the next scoring range requires, then the scores.\n',
      ),
    ).toBe(true);
    const order = [
      '## Feedback:',
      '### Key themes',
      '### Category 1: Community Leadership',
      '### Category 7: Results',
      '### Where the next points',
      '### Scores',
    ].map((h) => md.indexOf(h));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(md).toContain('| Item | Name | Range | Percent | Points |');
    expect(md).toContain('| 1.1 | Community Excellence Group Leadership | 30-45 | 40% | 28 / 70 |');
    expect(md).not.toContain('## Scorecard');
  });
});

describe('a Level 1 (Community Profile) review', () => {
  const level1: Assessment = {
    kind: 'assessment',
    formatVersion: 1,
    id: 'level-1',
    name: 'Level 1 review',
    communityId: 'c',
    framework: { id: coeCommunity2024.id },
    scope: { type: 'scope', scopeId: 'coe-level-1' },
    cycle: { label: '2026', startDate: '2026-01-01' },
    status: 'feedback',
    reviewers: [{ id: 'rev-a', name: 'A', role: 'team-leader' }],
    reviews: [],
    consensus: {
      status: 'agreed',
      items: [
        {
          item: 'P.1',
          rationale: 'The profile is clear.',
          basedOn: ['rev-a'],
          strengths: [{ id: 'p1-s1', text: 'Residents and assets are described.' }],
          opportunities: [{ id: 'p1-o1', text: 'Partner roles are missing.', priority: 'high' }],
        },
      ],
    },
  };
  const section = feedbackSection(level1, [], [], null);
  const rendered = renderFeedbackReport({
    title: 'Level 1',
    date: '2026-05-01',
    sections: [section],
  });

  it('shows the Profile findings in a Community Profile section and no scores', () => {
    const md = rendered.markdown;
    expect(md).toContain('Prepared on 2026-05-01.');
    expect(md).toContain(
      'This review covers the Community Profile only: the Profile is not scored, so there are no scores, bands or maturity stage.',
    );
    expect(md).toContain(
      '### Community Profile (not scored)\n\nThe Profile is not scored; these are the reviewers\u2019 findings on it.\n\n#### P.1 Community Description',
    );
    expect(md).toContain('- \\[high\\] Partner roles are missing. (p1-o1)');
    expect(md).toContain('Why this range (consensus rationale): The profile is clear.');
    expect(md).toContain(
      'The reviewers wrote 1 strength and 1 opportunity for improvement (1 high, 0 medium, 0 low priority) and 1 Community Profile section.',
    );
    expect(md).not.toMatch(/### Scores|### Category|Range \d/);
    expect(rendered.html).toContain('<h3>Community Profile (not scored)</h3>');
    expect(rendered.html).toContain('<li>[high] Partner roles are missing. (p1-o1)</li>');
  });
});

describe('a review as the source', () => {
  it('labels the rationale as the reviewer\u2019s comment', () => {
    const doc = exampleReportDocuments().find((d) => d.document.kind === 'assessment')!
      .document as Assessment;
    const fb = buildFeedback(doc, coeBaldrigeDerivedPoints, {
      source: { reviewerId: 'rev-linda-cho' },
    });
    const rendered = renderFeedbackReport({
      title: 'x',
      date: null,
      sections: [{ id: doc.id, name: 'x', feedback: fb }],
    });
    expect(rendered.markdown).toContain('Findings from review review-cho by Linda Cho (submitted)');
    expect(rendered.markdown).toMatch(/Reviewer’s comment: /);
    expect(rendered.markdown).toContain(
      '| 1.1 | Community Excellence Group Leadership | 30-45 | 35% |',
    );
  });
});

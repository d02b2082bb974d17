import { describe, expect, it } from 'vitest';
import { renderReport } from './render-report.js';
import { exampleReportDocuments } from './testing/example-report-documents.js';

// The Riverbend example holds a Level 1 review (the Community Profile alone, never scored) next to
// the Level 3 baseline assessment: the report gives its feedback and next steps, and says why
// there is no score instead of printing empty tables or a roadmap toward nothing.
const NAME = 'Riverbend County 2024 Level 1 review (Community Profile)';
const REASON =
  'Scope coe-level-1 covers only the Community Profile (P.1, P.2), which is reviewed for feedback and never scored: nothing is scored at this level (maximum 0).';
const report = renderReport({ documents: exampleReportDocuments() });

describe('a Level 1 review in the report', () => {
  it('has a scorecard section that says why nothing is scored, with no table', () => {
    expect(report.markdown).toContain(`## Scorecard: ${NAME}\n\n${REASON}\n\n## `);
    expect(report.html).toContain(`<h2>Scorecard: ${NAME}</h2>\n<p>${REASON}</p>\n</section>`);
  });

  it('has no independent-review table and no roadmap', () => {
    expect(report.markdown).not.toContain(`## Independent reviews: ${NAME}`);
    expect(report.markdown).not.toContain(`## Roadmap: ${NAME}`);
    expect(report.html).not.toContain(`<h2>Roadmap: ${NAME}</h2>`);
  });

  it('lists its Profile opportunities in framework order, none of them with points at stake', () => {
    expect(report.markdown).toContain(
      `## Next steps: ${NAME}\n\n3 high-priority opportunities, in framework order (none is on a scored item); 3 with no action yet.\n\n- P.1 (high):`,
    );
  });

  it('names every part in the opening sentence', () => {
    expect(report.markdown).toContain(
      'Communities of Excellence report: feedback (key themes, strengths and opportunities), scorecard, independent reviews, next steps, outcome trends, theory-of-action gateways and the action plan, from 10 documents',
    );
  });
});

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDemo } from '../commands/demo.js';
import { ExitCode } from '../exit-codes.js';
import { exampleReportDocuments } from '../report/testing/example-report-documents.js';
import { captureIo } from '../testing/capture-io.js';
import { tempDirs } from '../testing/temp-dirs.js';
import { demoFeedback } from './feedback-section.js';

const tempDir = tempDirs('demo-feedback');

describe('demoFeedback', () => {
  it('prints the source, counts and the three widest key themes, and writes the feedback report', () => {
    const out = tempDir();
    const result = demoFeedback(exampleReportDocuments(), out, false);
    expect(result.problem).toBeNull();
    expect(result.lines).toEqual([
      '  Findings from the consensus record (agreed), scope coe-level-3, cycle: 2026 baseline assessment, National Learning Collaborative year 1.',
      '  The reviewers wrote 17 strengths and 17 opportunities for improvement (12 high, 5 medium, 0 low priority) on 17 scored items.',
      '  Key themes (10):',
      '    1. Key factor "Resident and youth voice in decisions" (ksf-resident-voice) runs through 6 items (1.1, 3.1, 3.2, 5.2, 7.2, 7.4): 5 strengths and 3 opportunities for improvement (2 high priority).',
      '    2. Key factor "Trusted, neutral backbone" (adv-trusted-backbone) runs through 5 items (1.2, 4.2, 5.1, 7.3, 7.4): 4 strengths and 3 opportunities for improvement (3 high priority).',
      '    3. Key factor "Child poverty above the state average" (chal-child-poverty) runs through 3 items (1.2, 6.2, 7.5): 0 strengths and 3 opportunities for improvement (2 high priority).',
      '    ... and 7 more in the feedback report',
      '  Findings from the consensus record (agreed), scope coe-level-1, cycle: 2024 Level 1 application: Commitment to Community Excellence.',
      '  The reviewers wrote 5 strengths and 6 opportunities for improvement (3 high, 2 medium, 1 low priority) and 2 Community Profile sections.',
      '  Key themes: none (no key factor runs through two or more items).',
      '  Feedback report',
      `    ${join(out, 'feedback.html')}`,
      `    ${join(out, 'feedback.md')}`,
    ]);
    const md = readFileSync(join(out, 'feedback.md'), 'utf8');
    expect(md.startsWith('# Riverbend County: feedback report\n')).toBe(true);
    expect(md).toContain(
      'It is not clear how the group knows whether partner staff and residents understand the vision; no deployment measure is described. (consensus-1.1-o1)',
    );
  });

  it('never overwrites an existing feedback report without force', () => {
    const out = tempDir();
    writeFileSync(join(out, 'feedback.md'), 'keep');
    const result = demoFeedback(exampleReportDocuments(), out, false);
    expect(result.paths).toBeNull();
    expect(result.problem).toBe(
      `${join(out, 'feedback.md')} exists (use --force to overwrite); feedback report not written`,
    );
    expect(readFileSync(join(out, 'feedback.md'), 'utf8')).toBe('keep');
    expect(existsSync(join(out, 'feedback.html'))).toBe(false);
  });
});

describe('the demo shows the feedback report', () => {
  it('prints the key themes and the feedback report\u2019s paths before the report', async () => {
    const out = join(tempDir(), 'demo');
    const io = captureIo();
    expect(await runDemo(io, { format: 'text', out })).toBe(ExitCode.Ok);
    const stdout = io.out();
    expect(stdout).toContain(
      `\nFeedback\n  Findings from the consensus record (agreed), scope coe-level-3`,
    );
    // The Level 1 review (the Community Profile alone) gets its own feedback lines; its Profile
    // findings are never grouped into key themes.
    expect(stdout).toContain(
      '  Findings from the consensus record (agreed), scope coe-level-1, cycle: 2024 Level 1 application: Commitment to Community Excellence.\n  The reviewers wrote 5 strengths and 6 opportunities for improvement (3 high, 2 medium, 1 low priority) and 2 Community Profile sections.\n  Key themes: none (no key factor runs through two or more items).\n',
    );
    expect(stdout).toContain(
      '    1. Key factor "Resident and youth voice in decisions" (ksf-resident-voice) runs through 6 items',
    );
    expect(stdout).toContain(
      `  Feedback report\n    ${join(out, 'feedback.html')}\n    ${join(out, 'feedback.md')}\n\nReport (open the HTML file in a browser; it needs no network)\n  ${join(out, 'report.html')}\n  ${join(out, 'report.md')}\n`,
    );
    // The full report carries the feedback too.
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('(consensus-1.1-o1)');
  });

  it('lists the feedback report in its JSON output', async () => {
    const out = join(tempDir(), 'demo');
    const io = captureIo();
    expect(await runDemo(io, { format: 'json', out })).toBe(ExitCode.Ok);
    const json = JSON.parse(io.out()) as { report: unknown; feedback: unknown };
    expect(json.report).toEqual({
      html: join(out, 'report.html'),
      markdown: join(out, 'report.md'),
    });
    expect(json.feedback).toEqual({
      html: join(out, 'feedback.html'),
      markdown: join(out, 'feedback.md'),
    });
  });
});

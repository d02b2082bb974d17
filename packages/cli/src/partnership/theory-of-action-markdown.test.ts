import { readFileSync } from 'node:fs';
import {
  createIssue,
  type IndicatorSet,
  type ObservationSet,
  type PartnershipEvidence,
} from '@community-excellence/schemas';
import { assessPartnership } from '@community-excellence/theory-of-action';
import { describe, expect, it } from 'vitest';
import { theoryOfActionMarkdown } from './theory-of-action-markdown.js';

const read = <T>(file: string): T =>
  JSON.parse(
    readFileSync(new URL(`../../../../examples/riverbend/${file}`, import.meta.url), 'utf8'),
  ) as T;
const report = assessPartnership({
  evidence: read<PartnershipEvidence>('partnership-evidence.json'),
  indicators: read<IndicatorSet>('indicators.json').indicators,
  observations: read<ObservationSet>('observations.json').observations,
});

describe('theoryOfActionMarkdown', () => {
  const markdown = theoryOfActionMarkdown(report);

  it('gives what was checked, the gateways and every benchmark', () => {
    expect(markdown.startsWith('# Theory-of-action report: riverbend-thrives\n')).toBe(true);
    expect(markdown).toContain('| Highest gateway reached | EMERGING (self-assessed) |');
    expect(markdown).toContain(
      '| Benchmarks | 46 met, 2 not-met, 7 insufficient-evidence, 16 not-applicable |',
    );
    expect(markdown).toContain('| SUSTAINING | no | 8 | 0 | 2 | 0 | S.1.3, S.3.2 |');
    expect(markdown).toContain(
      '| S.1.3 | gateway | SUSTAINING | insufficient-evidence | Internal partners hear one consistent message. | no structured fact covers this benchmark and no evidence item is tagged S.1.3 | partnership-evidence evidence |',
    );
    for (const result of report.results)
      expect(markdown).toContain(`| ${result.id} | ${result.family} |`);
    expect(markdown).not.toContain('## Input issues');
  });

  it('shows the place analysed, the comparisons, the reference groups and each core indicator with its trend and gap sentences', () => {
    expect(markdown).toContain(
      "| Place analysed | county riverbend-county Riverbend County (chosen by a code of the evidence's geography) |",
    );
    expect(markdown).toContain(
      '## Outcomes\n\nCompared with: none in the data\n\nReference groups:\n\n- race-ethnicity: White (by the report-wide rule: best rate in the first period in 4 of 6 indicators',
    );
    expect(markdown).toContain(
      '### hs-graduation-4yr Four-year adjusted cohort graduation rate (percent)\n\n- Trend: improving: 87.6 -> 89.6 percent over 4 years (slope +0.5 a year)\n- Black - White (race-ethnicity): no change within uncertainty (change 4.7 percentage points, margin ±6.9)\n',
    );
    expect(markdown.indexOf('## Outcomes')).toBeLessThan(markdown.indexOf('## Gateways'));
  });

  it('names a reference group chosen with --reference, and a closing gap and a shrinking lead in their own words', () => {
    const exact = theoryOfActionMarkdown(
      assessPartnership(
        {
          evidence: read<PartnershipEvidence>('partnership-evidence.json'),
          indicators: read<IndicatorSet>('indicators.json').indicators,
          observations: read<ObservationSet>('observations.json').observations,
        },
        {
          parameters: {
            gapUncertainty: 'intervals',
            referenceGroups: { 'race-ethnicity': 'White' },
          },
        },
      ),
    );
    expect(exact).toContain('- race-ethnicity: White (named with --reference)\n');
    expect(exact).toContain(
      '- Black - White (race-ethnicity): closing: 4.7 of 14.1 percentage points closed (33.3%); Black rose 5.5 percentage points while White rose 0.8\n',
    );
    expect(exact).toContain(
      "- Asian - White (race-ethnicity): lead shrinking: Asian's lead over White fell from 4.9 to 1.4 percentage points (not a closing gap)\n",
    );
  });

  it('lists each evidence place once', () => {
    const m11 = markdown.split('\n').find((line) => line.startsWith('| M.1.1 |')) ?? '';
    expect(m11.match(/observation-set observations(?![[.])/g)).toHaveLength(1);
  });

  it('lists the input issues and is the same text for the same report', () => {
    const withIssues = {
      ...report,
      issues: [
        createIssue({
          code: 'invalid_union',
          severity: 'warning',
          path: ['observations'],
          note: '2 rows | skipped',
        }),
      ],
    };
    expect(theoryOfActionMarkdown(withIssues)).toContain(
      '## Input issues\n\n- warning `observations` invalid_union: 2 rows \\| skipped',
    );
    expect(theoryOfActionMarkdown(report)).toBe(markdown);
  });
});

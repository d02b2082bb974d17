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
      '| Benchmarks | 47 met, 1 not-met, 7 insufficient-evidence, 16 not-applicable |',
    );
    expect(markdown).toContain('| SUSTAINING | no | 8 | 0 | 2 | 0 | S.1.3, S.3.2 |');
    expect(markdown).toContain(
      '| S.1.3 | gateway | SUSTAINING | insufficient-evidence | Internal partners hear one consistent message. | no structured fact covers this benchmark and no evidence item is tagged S.1.3 | partnership-evidence evidence |',
    );
    for (const result of report.results)
      expect(markdown).toContain(`| ${result.id} | ${result.family} |`);
    expect(markdown).not.toContain('## Input issues');
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

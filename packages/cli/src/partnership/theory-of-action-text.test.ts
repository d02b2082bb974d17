import { readFileSync } from 'node:fs';
import type {
  IndicatorSet,
  ObservationSet,
  PartnershipEvidence,
} from '@community-excellence/schemas';
import { assessPartnership } from '@community-excellence/theory-of-action';
import { describe, expect, it } from 'vitest';
import { theoryOfActionSummaryLines, theoryOfActionText } from './theory-of-action-text.js';

const read = <T>(file: string): T =>
  JSON.parse(
    readFileSync(new URL(`../../../../examples/riverbend/${file}`, import.meta.url), 'utf8'),
  ) as T;
const evidence = read<PartnershipEvidence>('partnership-evidence.json');
const report = assessPartnership({
  evidence,
  indicators: read<IndicatorSet>('indicators.json').indicators,
  observations: read<ObservationSet>('observations.json').observations,
});

describe('theoryOfActionSummaryLines', () => {
  it('gives the highest gateway, the counts and what blocks the next gateway', () => {
    expect(theoryOfActionSummaryLines(report)).toEqual([
      'Highest gateway reached (self-assessed): EMERGING',
      '  71 benchmarks: 47 met, 1 not-met, 7 insufficient-evidence, 16 not-applicable',
      '  SUSTAINING is blocked by S.1.3, S.3.2',
    ]);
  });

  it('says none when no gateway is reached', () => {
    const bare: PartnershipEvidence = {
      kind: 'partnership-evidence',
      formatVersion: 1,
      id: 'bare',
      partnershipId: 'bare',
      name: 'Bare',
      asOf: '2026-01-01',
    };
    const empty = assessPartnership({ evidence: bare });
    expect(empty.highestGateway).toBeNull();
    expect(theoryOfActionSummaryLines(empty)[0]).toBe(
      'Highest gateway reached (self-assessed): none',
    );
  });
});

describe('theoryOfActionText', () => {
  const text = theoryOfActionText(report);

  it('lists what was checked, every gateway and every benchmark, with reasons where not met', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      'Theory-of-action report for riverbend-thrives (evidence riverbend-thrives-evidence-2026-04, as of 2026-04-30), catalogue community-excellence-theory-of-action 1',
    );
    const width = 'SYSTEMS_TRANSFORMATION '.length;
    expect(lines).toContain(`  ${'EMERGING'.padEnd(width)} reached     9 met`);
    expect(lines).toContain(
      `  ${'SUSTAINING'.padEnd(width)} not reached 8 met, 2 insufficient-evidence`,
    );
    const s13 = lines.findIndex((line) => line.startsWith('  S.1.3 '));
    expect(lines[s13]).toContain(
      'insufficient-evidence Internal partners hear one consistent message.',
    );
    expect(lines[s13 + 1]).toBe(
      '          - no structured fact covers this benchmark and no evidence item is tagged S.1.3',
    );
    expect(text.endsWith('\n')).toBe(true);
  });

  it('names every benchmark once', () => {
    for (const result of report.results)
      expect(text.split('\n').filter((line) => line.startsWith(`  ${result.id} `))).toHaveLength(1);
  });
});

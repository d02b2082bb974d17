import { readFileSync } from 'node:fs';
import type {
  IndicatorSet,
  ObservationSet,
  PartnershipEvidence,
} from '@community-excellence/schemas';
import { assessPartnership } from '@community-excellence/theory-of-action';
import { describe, expect, it } from 'vitest';
import {
  theoryOfActionOutcomeLines,
  theoryOfActionSummaryLines,
  theoryOfActionText,
} from './theory-of-action-text.js';

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
      // P.0.2 is not met: with the counts of Riverbend's cohorts read as samples, each gap change is within uncertainty.
      '  71 benchmarks: 46 met, 2 not-met, 7 insufficient-evidence, 16 not-applicable',
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

describe('theoryOfActionOutcomeLines', () => {
  it('gives the place and how it was chosen, the comparisons, the reference groups and why, and each core indicator with its trend and gap sentences', () => {
    const lines = theoryOfActionOutcomeLines(report);
    expect(lines.slice(0, 4)).toEqual([
      "Outcomes at county riverbend-county Riverbend County (chosen by a code of the evidence's geography)",
      '  Compared with: none in the data',
      '  Reference groups:',
      '    race-ethnicity: White (by the report-wide rule: best rate in the first period in 4 of 6 indicators with race-ethnicity data (the group with the best baseline rate most often; residual groups such as "Other" are never chosen))',
    ]);
    const grad = lines.indexOf(
      '    hs-graduation-4yr Four-year adjusted cohort graduation rate (percent)',
    );
    expect(grad).toBeGreaterThan(0);
    expect(lines.slice(grad + 1, grad + 3)).toEqual([
      '      trend: improving: 87.6 -> 89.6 percent over 4 years (slope +0.5 a year)',
      '      Black - White (race-ethnicity): no change within uncertainty (change 4.7 percentage points, margin ±6.9)',
    ]);
    expect(theoryOfActionText(report)).toContain(`\n${lines.join('\n')}\nGateways:\n`);
  });

  it('says closing only for a real closing gap, and names a reference group chosen with --reference', () => {
    const exact = theoryOfActionOutcomeLines(
      assessPartnership(
        {
          evidence,
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
    expect(exact).toContain('    race-ethnicity: White (named with --reference)');
    expect(exact).toContain(
      '      Black - White (race-ethnicity): closing: 4.7 of 14.1 percentage points closed (33.3%); Black rose 5.5 percentage points while White rose 0.8',
    );
    expect(exact).toContain(
      "      Asian - White (race-ethnicity): lead shrinking: Asian's lead over White fell from 4.9 to 1.4 percentage points (not a closing gap)",
    );
  });

  it('says when no place could be chosen', () => {
    const observations = read<ObservationSet>('observations.json').observations;
    const twoPlaces = observations.flatMap((o) => [
      o,
      { ...o, id: `${o.id}:other`, place: { ...o.place, code: 'other-county' } },
    ]);
    const refused = assessPartnership({
      evidence: { ...evidence, geography: { name: 'Somewhere', type: 'county' } },
      indicators: read<IndicatorSet>('indicators.json').indicators,
      observations: twoPlaces,
    });
    expect(theoryOfActionOutcomeLines(refused)).toEqual([
      'Outcomes at none chosen among 6 places (see the issues)',
    ]);
  });
});

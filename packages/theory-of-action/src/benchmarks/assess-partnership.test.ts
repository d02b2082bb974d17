import { readFileSync } from 'node:fs';
import type { PartnershipEvidence } from '@community-excellence/schemas/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE, extendCatalogue } from './catalogue.js';
import { assessPartnership } from './assess-partnership.js';
import { highestGateway } from './highest-gateway.js';
import type { TheoryOfActionReport } from './report.js';

const ex = (n: string): never =>
  JSON.parse(
    readFileSync(new URL(`../../../../examples/riverbend/${n}`, import.meta.url), 'utf8'),
  ) as never;
const evidence: PartnershipEvidence = ex('partnership-evidence.json');
const input = {
  evidence,
  indicators: ex('indicators.json'),
  observations: ex('observations.json'),
};
const status = (r: TheoryOfActionReport, id: string): string | undefined =>
  r.results.find((x) => x.id === id)?.status;

describe('assessPartnership on the Riverbend example', () => {
  const report = assessPartnership(input);

  it('returns a plain-JSON report with a result and evidence for every benchmark', () => {
    expect(report.kind).toBe('theory-of-action-report');
    expect(report.formatVersion).toBe(1);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(report.results).toHaveLength(DEFAULT_CATALOGUE.benchmarks.length);
    for (const r of report.results) {
      expect(r.evidence.length, r.id).toBeGreaterThan(0);
      expect(r.reasons.length, r.id).toBeGreaterThan(0);
    }
    expect(report.issues).toEqual([]);
    expect(report.outcomes.place).toMatchObject({
      level: 'county',
      code: 'riverbend-county',
      basis: 'evidence-code',
    });
    expect(report.parameters.improvingShare).toBe(0.5);
  });

  it('finds the graduation gap Black vs White closing 14.1 -> 9.4 and counts gaps closing (P.0.2)', () => {
    const p02 = report.results.find((r) => r.id === 'P.0.2');
    expect(p02?.status).toBe('met');
    expect(p02?.evidence.map((e) => e.note)).toContain(
      'hs-graduation-4yr race-ethnicity: Black vs White (best-rate) -14.1 (2020-21) -> -9.4 (2024-25): closing',
    );
    expect(p02?.reasons[0]).toBe(
      '19 of 24 (79.2%) measurable gaps closing (2 MIXED); threshold 0.5',
    );
  });

  it('judges structured facts from the evidence', () => {
    expect(status(report, 'M.1.1')).toBe('met'); // rc-2023 baseline, disaggregated, public
    expect(status(report, 'M.2.1')).toBe('met'); // 6 of 8 core indicators disaggregated >= 0.75
    expect(report.results.find((r) => r.id === 'M.2.1')?.reasons[0]).toMatch(/6 of 8 \(75%\)/);
    expect(status(report, 'S.1.2')).toBe('met'); // report cards 2023, 2024, 2025; 13.8 months to asOf
    expect(status(report, 'S.4.1')).toBe('met'); // 875,000 of 935,000 aligned
    expect(report.results.find((r) => r.id === 'S.4.1')?.reasons[0]).toMatch(/^93\.6%/);
    expect(status(report, 'S.2.1')).toBe('met'); // claim evi-gap-narrowing tagged S.2.1 (verified)
    expect(status(report, 'S.1.3')).toBe('insufficient-evidence');
    expect(status(report, 'T.0.1')).toBe('not-met'); // no institutionalized change of kind "policy"
    expect(status(report, 'P.0.1')).toBe('met');
    expect(status(report, 'LC.D1')).toBe('not-applicable');
  });

  it('reaches Emerging: Sustaining is blocked by claim-only benchmarks without evidence', () => {
    expect(report.highestGateway).toBe('EMERGING');
    expect(highestGateway(report)).toBe('EMERGING');
    expect(report.assessment).toBe('self-assessed');
    expect(report.gateways.find((g) => g.gateway === 'SUSTAINING')?.blocking).toEqual([
      'S.1.3',
      'S.3.2',
    ]);
    // later gateways are not reached even when their own benchmarks are met: gateways are cumulative
    expect(report.gateways.find((g) => g.gateway === 'PROOF_POINT')).toMatchObject({
      reached: false,
      blocking: [],
    });
  });

  it('takes parameters: a stricter coverage makes M.2.1 not met and drops the gateway', () => {
    const strict = assessPartnership(input, { parameters: { disaggregationCoverage: 1 } });
    expect(status(strict, 'M.2.1')).toBe('not-met');
    expect(strict.highestGateway).toBe('EXPLORING');
    expect(strict.parameters.disaggregationCoverage).toBe(1);
  });

  it('claims lift claim-only benchmarks, and a catalogue can be extended or replaced', () => {
    const tagged: PartnershipEvidence = {
      ...evidence,
      evidence: [
        ...(evidence.evidence ?? []),
        {
          id: 'c-msg',
          claim: 'Partners use one message guide.',
          source: 'guide',
          date: '2025-01-01',
          confidence: 'verified',
          benchmarkIds: ['S.1.3', 'S.3.2'],
        },
      ],
    };
    expect(assessPartnership({ ...input, evidence: tagged }).highestGateway).toBe('SUSTAINING');
    const mine = extendCatalogue(DEFAULT_CATALOGUE, [
      {
        ...DEFAULT_CATALOGUE.benchmarks[0]!,
        version: 'local',
        judge: () => ({ status: 'not-met', reasons: ['local rule'], evidence: [] }),
      },
      {
        id: 'X.1',
        version: '1',
        family: 'principle',
        text: 'Local',
        evidencePrompts: [],
        confidence: 'inferred',
        sources: [],
        judgedOn: 'claims',
        judge: () => {
          throw new Error('boom');
        },
      },
    ]);
    const r = assessPartnership(input, { catalogue: mine });
    expect(status(r, 'E.1.1')).toBe('not-met');
    expect(r.highestGateway).toBeNull();
    expect(status(r, 'X.1')).toBe('insufficient-evidence');
    expect(r.issues.map((i) => i.code)).toEqual(['judge_failed']);
  });

  it('reports a missing evidence document instead of throwing', () => {
    const r = assessPartnership({ evidence: 42 as never });
    expect(r.issues[0]?.code).toBe('unknown_kind');
    expect(r.highestGateway).toBeNull();
  });

  it('never throws on arbitrary documents', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.anything(), (e, i, o, opts) => {
        assessPartnership({ evidence: e, indicators: i, observations: o } as never, opts as never);
        assessPartnership(e as never);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'outcomes',
            'reportCards',
            'actionNetworks',
            'funding',
            'policyChanges',
            'leadershipTable',
            'anchorEntity',
            'evidence',
            'engagementEvents',
            'dataAgreements',
            'partners',
          ),
          fc.anything(),
        ),
        (patch) => {
          assessPartnership({ ...input, evidence: { ...evidence, ...patch } as never });
        },
      ),
      { numRuns: 200 },
    );
  });
});

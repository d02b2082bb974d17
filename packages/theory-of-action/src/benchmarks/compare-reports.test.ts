import { readFileSync } from 'node:fs';
import type { PartnershipEvidence } from '@community-excellence/schemas/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessPartnership } from './assess-partnership.js';
import { DEFAULT_CATALOGUE, extendCatalogue } from './catalogue.js';
import { compareTheoryOfActionReports } from './compare-reports.js';
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
const withEvidence = (patch: Partial<PartnershipEvidence>): TheoryOfActionReport =>
  assessPartnership({ ...input, evidence: { ...evidence, ...patch } });

describe('compareTheoryOfActionReports on the Riverbend example', () => {
  const now = assessPartnership(input);
  // Last year, as the test builds it: no report card published yet.
  const lastYear = withEvidence({ reportCards: [] });
  const ids = (list: readonly { readonly id: string }[]): string[] => list.map((b) => b.id);

  it('publishing the report cards moves the partnership up from Exploring to Emerging', () => {
    expect(lastYear.highestGateway).toBe('EXPLORING');
    expect(now.highestGateway).toBe('EMERGING');
    const c = compareTheoryOfActionReports(lastYear, now);
    expect(c.kind).toBe('theory-of-action-report-comparison');
    expect(c.highestGateway).toEqual({ before: 'EXPLORING', after: 'EMERGING' });
    expect(c.gatewayMoved).toBe('up');
    expect(c.newlyMet.map((b) => [b.id, b.before, b.after])).toEqual([
      ['M.1.1', 'insufficient-evidence', 'met'],
      ['S.1.2', 'insufficient-evidence', 'met'],
      ['C.1.2', 'insufficient-evidence', 'met'],
      ['PR.2', 'not-met', 'met'],
      ['CI.4', 'not-met', 'met'],
    ]);
    expect(c.newlyMet[0]).toMatchObject({ family: 'gateway', gateway: 'EMERGING' });
    expect(c.newlyMet[0]?.text).toBe(now.results.find((r) => r.id === 'M.1.1')?.text);
    expect(c.newlyMet.find((b) => b.id === 'PR.2')).toMatchObject({
      family: 'principle',
      gateway: null,
    });
    expect(c.noLongerMet).toEqual([]);
    expect(c.otherChanges).toEqual([]);
    expect(c.unchanged).toBe(71 - 5);
    expect(c.onlyBefore).toEqual([]);
    expect(c.onlyAfter).toEqual([]);
    expect(c.gateways.slice(0, 3)).toEqual([
      { gateway: 'EXPLORING', reachedBefore: true, reachedAfter: true },
      { gateway: 'EMERGING', reachedBefore: false, reachedAfter: true },
      { gateway: 'SUSTAINING', reachedBefore: false, reachedAfter: false },
    ]);
    expect(c.counts).toEqual({
      before: { met: 42, 'not-met': 3, 'insufficient-evidence': 10, 'not-applicable': 16 },
      after: { met: 47, 'not-met': 1, 'insufficient-evidence': 7, 'not-applicable': 16 },
    });
    expect(c.before).toEqual({
      partnershipId: evidence.partnershipId,
      evidenceId: evidence.id,
      asOf: evidence.asOf,
      catalogue: { id: 'community-excellence-theory-of-action', version: '1' },
    });
    expect(c.notes).toEqual([]);
  });

  it('docs/theory-of-action.md states these figures', () => {
    const docs = readFileSync(
      new URL('../../../../docs/theory-of-action.md', import.meta.url),
      'utf8',
    );
    const section = docs.slice(docs.indexOf('## Comparing two reports')).replace(/\s+/g, ' ');
    const c = compareTheoryOfActionReports(lastYear, now);
    const list = c.newlyMet.map((b) => b.id);
    expect(section).toContain(`${list.slice(0, -1).join(', ')} and ${list.at(-1)} are newly met`);
    expect(section).toContain(
      `from ${c.counts.before.met} met, ${c.counts.before['not-met']} not met and ${c.counts.before['insufficient-evidence']} without evidence to ${c.counts.after.met}, ${c.counts.after['not-met']} and ${c.counts.after['insufficient-evidence']}`,
    );
  });

  it('the other way round the same benchmarks are no longer met and the gateway moves down', () => {
    const c = compareTheoryOfActionReports(now, lastYear);
    expect(c.gatewayMoved).toBe('down');
    expect(ids(c.noLongerMet)).toEqual(['M.1.1', 'S.1.2', 'C.1.2', 'PR.2', 'CI.4']);
    expect(c.newlyMet).toEqual([]);
    expect(compareTheoryOfActionReports(now, now)).toMatchObject({
      gatewayMoved: 'same',
      newlyMet: [],
      noLongerMet: [],
      otherChanges: [],
      unchanged: 71,
      notes: [],
    });
  });

  it('a status change between two unmet statuses is an other change, with both statuses', () => {
    // One report card only: S.1.2 and C.1.2 are not met (too few for an annual cadence);
    // none at all: there is no evidence for them.
    const oneCard = withEvidence({ reportCards: evidence.reportCards?.slice(0, 1) ?? [] });
    const c = compareTheoryOfActionReports(oneCard, lastYear);
    expect(c.otherChanges.map((b) => [b.id, b.before, b.after])).toEqual([
      ['S.1.2', 'not-met', 'insufficient-evidence'],
      ['C.1.2', 'not-met', 'insufficient-evidence'],
    ]);
    expect(ids(c.noLongerMet)).toEqual(['M.1.1', 'PR.2', 'CI.4']);
    expect(c.highestGateway).toEqual({ before: 'EMERGING', after: 'EXPLORING' });
  });

  it('losing the leadership table drops the partnership below Exploring', () => {
    const c = compareTheoryOfActionReports(
      now,
      withEvidence({ leadershipTable: undefined as never }),
    );
    expect(c.highestGateway).toEqual({ before: 'EMERGING', after: null });
    expect(c.gatewayMoved).toBe('down');
    expect(c.gateways[0]).toEqual({
      gateway: 'EXPLORING',
      reachedBefore: true,
      reachedAfter: false,
    });
    expect(ids(c.noLongerMet)).toEqual(['E.1.2', 'M.1.2', 'S.1.1', 'C.1.1', 'CI.4', 'COE.R1']);
    expect(c.noLongerMet.every((b) => b.after === 'insufficient-evidence')).toBe(true);
  });

  it('warns when the reports use different parameters, naming each one', () => {
    const strict = assessPartnership(input, { parameters: { disaggregationCoverage: 1 } });
    const c = compareTheoryOfActionReports(now, strict);
    expect(c.notes).toEqual([
      'the reports use different parameters (disaggregationCoverage 0.75 -> 1): a change may come from the thresholds, not from the partnership',
    ]);
    expect(c.noLongerMet.map((b) => b.id)).toContain('M.2.1');
    const grouped = assessPartnership(input, {
      parameters: { referenceGroups: { 'race-ethnicity': 'White' } },
    });
    expect(compareTheoryOfActionReports(now, grouped).notes[0]).toBe(
      'the reports use different parameters (referenceGroups {} -> {"race-ethnicity":"White"}): a change may come from the thresholds, not from the partnership',
    );
  });

  it('warns when the catalogues differ, and lists benchmarks of one report only', () => {
    const mine = extendCatalogue(
      DEFAULT_CATALOGUE,
      [
        { ...DEFAULT_CATALOGUE.benchmarks[0]!, version: 'local-2' },
        {
          id: 'X.1',
          version: '1',
          family: 'principle',
          text: 'Our own rule',
          evidencePrompts: [],
          confidence: 'inferred',
          sources: [],
          judgedOn: 'claims',
          judge: () => ({ status: 'met', reasons: ['ours'], evidence: [] }),
        },
      ],
      { id: 'ours', version: '2' },
    );
    const c = compareTheoryOfActionReports(now, assessPartnership(input, { catalogue: mine }));
    expect(c.onlyAfter).toEqual([{ id: 'X.1', text: 'Our own rule', status: 'met' }]);
    expect(c.onlyBefore).toEqual([]);
    expect(c.notes).toEqual([
      'the reports use different catalogues (community-excellence-theory-of-action version 1 before, ours version 2 after): a change may come from the benchmarks, not from the partnership',
      'the wording version of 1 benchmark(s) changed (E.1.1 B -> local-2): their statuses may not be comparable',
    ]);
    const back = compareTheoryOfActionReports(assessPartnership(input, { catalogue: mine }), now);
    expect(back.onlyBefore).toEqual([{ id: 'X.1', text: 'Our own rule', status: 'met' }]);
  });

  it('warns about other partnerships, other places and reversed dates', () => {
    const other = withEvidence({ partnershipId: 'elsewhere', asOf: '2020-01-01' });
    const moved = { ...other, primaryPlace: { level: 'county', code: 'other-county' } };
    expect(compareTheoryOfActionReports(now, moved).notes).toEqual([
      `the reports are about different partnerships (${evidence.partnershipId} before, elsewhere after)`,
      'the reports read the data of different places (county riverbend-county before, county other-county after)',
      `the after report (as of 2020-01-01) is dated before the before report (as of ${evidence.asOf})`,
    ]);
  });

  it('reads reports back from JSON, and says what it cannot read', () => {
    const fromJson = JSON.parse(JSON.stringify(now)) as TheoryOfActionReport;
    expect(compareTheoryOfActionReports(lastYear, fromJson).gatewayMoved).toBe('up');
    const damaged = {
      ...now,
      results: [...now.results, now.results[0], { id: 'Z.1', status: 'great' }, 7],
    } as unknown as TheoryOfActionReport;
    const c = compareTheoryOfActionReports(now, damaged);
    expect(c.notes).toEqual([
      '2 result(s) of the after report have no id or no known status and are left out',
      'the after report has more than one result for E.1.1: the first is used',
    ]);
    const notReport = compareTheoryOfActionReports({ kind: 'scorecard' } as never, now);
    expect(notReport.notes).toEqual([
      'the before document is not a theory-of-action report: it is read as empty',
    ]);
    expect(notReport.onlyAfter).toHaveLength(71);
    expect(notReport.highestGateway).toEqual({ before: null, after: 'EMERGING' });
    // Without stated gateways, highest gateway and counts, they are recomputed from the results.
    const bare = { kind: 'theory-of-action-report', results: now.results } as never;
    const fromResults = compareTheoryOfActionReports(lastYear, bare);
    expect(fromResults.highestGateway.after).toBe('EMERGING');
    expect(fromResults.counts.after).toEqual(now.counts);
    expect(fromResults.notes).toEqual([
      'the reports use different catalogues (community-excellence-theory-of-action version 1 before, no stated catalogue after): a change may come from the benchmarks, not from the partnership',
      `the reports use different parameters (${Object.keys(now.parameters)
        .sort()
        .map(
          (k) =>
            `${k} ${JSON.stringify(now.parameters[k as keyof typeof now.parameters])} -> undefined`,
        )
        .join('; ')}): a change may come from the thresholds, not from the partnership`,
    ]);
    expect(fromResults.gateways[1]).toEqual({
      gateway: 'EMERGING',
      reachedBefore: false,
      reachedAfter: true,
    });
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        const c = compareTheoryOfActionReports(a as never, b as never);
        expect(c.kind).toBe('theory-of-action-report-comparison');
        compareTheoryOfActionReports(now, { ...now, results: a } as never);
        compareTheoryOfActionReports({ ...now, parameters: b } as never, now);
      }),
      { numRuns: 300 },
    );
    const hostile = {
      kind: 'theory-of-action-report',
      get results(): never {
        throw new Error('boom');
      },
    };
    expect(compareTheoryOfActionReports(hostile as never, now).notes).toEqual([
      'the reports could not be read',
    ]);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const c = compareTheoryOfActionReports({ ...now, parameters: cyclic } as never, now);
    expect(c.kind).toBe('theory-of-action-report-comparison');
  });
});

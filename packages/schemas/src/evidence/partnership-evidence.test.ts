import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PartnershipEvidenceSchema } from './partnership-evidence.js';
import { riverbendEvidence } from './test-fixtures.js';
import { validatePartnershipEvidence } from './validate-partnership-evidence.js';

const codesAndPaths = (input: unknown): [string, readonly (string | number)[]][] =>
  validatePartnershipEvidence(input).issues.map((issue) => [issue.code, issue.path]);

describe('validatePartnershipEvidence', () => {
  it('accepts realistic evidence', () => {
    const result = validatePartnershipEvidence(riverbendEvidence());
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('accepts the minimal document: every fact is optional', () => {
    const minimal = {
      kind: 'partnership-evidence',
      formatVersion: 1,
      id: 'e',
      partnershipId: 'p',
      name: 'P',
      asOf: '2026-01-01',
    };
    expect(validatePartnershipEvidence(minimal)).toEqual({ ok: true, value: minimal, issues: [] });
  });

  it('reports duplicate ids across all item lists', () => {
    const doc = riverbendEvidence();
    const result = validatePartnershipEvidence({
      ...doc,
      funding: [...(doc.funding ?? []), { id: 'out-grad', funder: 'State grant' }],
      evidence: [
        ...(doc.evidence ?? []),
        { id: 'rcs', claim: 'x', source: 'y', date: '2026-01-01', confidence: 'inferred' },
      ],
    });
    expect(result.issues).toMatchObject([
      {
        code: 'duplicate_id',
        id: 'out-grad',
        path: ['funding', 1, 'id'],
        firstPath: ['outcomes', 1, 'id'],
      },
      {
        code: 'duplicate_id',
        id: 'rcs',
        path: ['evidence', 1, 'id'],
        firstPath: ['partners', 0, 'id'],
      },
    ]);
  });

  it('reports references that do not resolve', () => {
    const doc = riverbendEvidence();
    const result = validatePartnershipEvidence({
      ...doc,
      actionNetworks: [
        {
          id: 'can-math',
          name: 'Math network',
          focusOutcomeId: 'out-math',
          members: [{ name: 'X', organizationId: 'nobody' }],
        },
      ],
      reportCards: [
        { id: 'rc', publishedOn: '2026-01-01', outcomeIds: ['out-reading', 'out-jobs'] },
      ],
      anchorEntity: { organizationIds: ['uw-riverbend', 'city'] },
      evidence: [
        {
          id: 'c1',
          claim: 'x',
          source: 'y',
          date: '2026-01-01',
          confidence: 'partial',
          relatesTo: ['can-math', 'ghost'],
        },
      ],
    });
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_reference', ['reportCards', 0, 'outcomeIds', 1]],
      ['unknown_reference', ['actionNetworks', 0, 'focusOutcomeId']],
      ['unknown_reference', ['actionNetworks', 0, 'members', 0, 'organizationId']],
      ['unknown_reference', ['anchorEntity', 'organizationIds', 1]],
      ['unknown_reference', ['evidence', 0, 'relatesTo', 1]],
    ]);
    expect(result.issues[0]).toMatchObject({ target: 'outcome', id: 'out-jobs' });
    expect(result.issues[3]).toMatchObject({ target: 'partner', id: 'city' });
  });

  it("checks that an outcome target names one of that outcome's own indicators", () => {
    const doc = riverbendEvidence();
    const [reading, ...rest] = doc.outcomes ?? [];
    const result = validatePartnershipEvidence({
      ...doc,
      outcomes: [
        {
          ...reading,
          targets: [
            { indicatorId: 'ela-g3-proficient', period: '2027-28', value: 60 },
            { indicatorId: 'chronic-absence-k3', period: '2027-28', value: 12 },
            // an indicator of another outcome, and one of no outcome
            { indicatorId: 'acgr-4yr', period: '2027-28', value: 90 },
            { indicatorId: 'ghost', period: '2027-28', value: 1 },
          ],
        },
        ...rest,
      ],
    });
    expect(result.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'unknown_reference',
        ['outcomes', 0, 'targets', 2, 'indicatorId'],
        'Unknown indicator of outcome out-reading "acgr-4yr".',
      ],
      [
        'unknown_reference',
        ['outcomes', 0, 'targets', 3, 'indicatorId'],
        'Unknown indicator of outcome out-reading "ghost".',
      ],
    ]);
  });

  it('reads outcome targets strictly: a period, a finite value, an optional subgroup and place', () => {
    const doc = riverbendEvidence();
    const [reading, ...rest] = doc.outcomes ?? [];
    const withTargets = (targets: unknown[]): unknown => ({
      ...doc,
      outcomes: [{ ...reading, targets }, ...rest],
    });
    expect(
      validatePartnershipEvidence(
        withTargets([
          {
            indicatorId: 'ela-g3-proficient',
            period: '2027-28',
            value: 45,
            subgroup: { dimension: 'race', value: 'Black' },
            place: '0100005',
            note: 'Half the 2024-25 gap',
            source: 'Action plan 2025',
          },
        ]),
      ).ok,
    ).toBe(true);
    expect(
      codesAndPaths(
        withTargets([
          { indicatorId: 'ela-g3-proficient', period: '', value: 45 },
          { indicatorId: 'ela-g3-proficient', period: '2027-28', value: Number.POSITIVE_INFINITY },
          { indicatorId: 'ela-g3-proficient', period: '2027-28', value: 45, year: 2027 },
          { period: '2027-28', value: 45 },
        ]),
      ),
    ).toEqual([
      ['too_small', ['outcomes', 0, 'targets', 0, 'period']],
      ['invalid_type', ['outcomes', 0, 'targets', 1, 'value']],
      ['unrecognized_key', ['outcomes', 0, 'targets', 2, 'year']],
      ['invalid_type', ['outcomes', 0, 'targets', 3, 'indicatorId']],
    ]);
  });

  it('reports a data agreement that expires before it is signed and an inverted funding period', () => {
    const doc = riverbendEvidence();
    const result = validatePartnershipEvidence({
      ...doc,
      dataAgreements: [
        { id: 'dsa', parties: ['A', 'B'], signedOn: '2025-08-01', expiresOn: '2024-07-31' },
      ],
      funding: [{ id: 'f', funder: 'F', startsOn: '2026-01-01', endsOn: '2025-12-31' }],
    });
    expect(result.ok).toBe(false);
    expect(result.issues).toMatchObject([
      {
        code: 'out_of_order',
        path: ['funding', 0, 'endsOn'],
        value: '2025-12-31',
        previous: '2026-01-01',
        previousPath: ['funding', 0, 'startsOn'],
      },
      {
        code: 'out_of_order',
        path: ['dataAgreements', 0, 'expiresOn'],
        value: '2024-07-31',
        previous: '2025-08-01',
        previousPath: ['dataAgreements', 0, 'signedOn'],
        severity: 'error',
      },
    ]);
  });

  it('warns about events dated after asOf, but not about future expiry dates', () => {
    const doc = riverbendEvidence();
    const result = validatePartnershipEvidence({ ...doc, asOf: '2026-05-01' });
    expect(result.ok).toBe(true);
    expect(
      result.issues.map((i) => [
        i.code,
        i.severity,
        i.path,
        i.code === 'out_of_order' ? i.previousPath : [],
      ]),
    ).toEqual([
      ['out_of_order', 'warning', ['asOf'], ['engagementEvents', 1, 'date']],
      ['out_of_order', 'warning', ['asOf'], ['policyChanges', 0, 'adoptedOn']],
    ]);
  });

  it('reports structural problems with exact paths', () => {
    const doc = riverbendEvidence();
    const result = validatePartnershipEvidence({
      ...doc,
      leadershipTable: { exists: 'yes', meetingFrequency: 'daily' },
      engagementEvents: [{ id: 'e', date: '2026-01-01', kind: 'inform', participants: -1 }],
      funding: [{ id: 'f', funder: 'F', currency: 'usd' }],
      dataAgreements: [{ id: 'd', parties: [] }],
    });
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_type', ['leadershipTable', 'exists']],
      ['invalid_value', ['leadershipTable', 'meetingFrequency']],
      ['invalid_format', ['funding', 0, 'currency']],
      ['too_small', ['dataAgreements', 0, 'parties']],
      ['invalid_value', ['engagementEvents', 0, 'kind']],
      ['too_small', ['engagementEvents', 0, 'participants']],
    ]);
  });

  it('refuses __proto__ keys', () => {
    const input: unknown = JSON.parse(
      '{"kind":"partnership-evidence","formatVersion":1,"funding":[{"id":"f","__proto__":{"admin":true}}]}',
    );
    expect(codesAndPaths(input)).toEqual([['forbidden_key', ['funding', 0, '__proto__']]]);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = validatePartnershipEvidence(input);
        return result.ok === false && result.issues.length > 0;
      }),
      { numRuns: 300 },
    );
  });

  it('exports to JSON Schema 2020-12', () => {
    const schema = z.toJSONSchema(PartnershipEvidenceSchema, { target: 'draft-2020-12' });
    expect(schema.required).toEqual([
      'kind',
      'formatVersion',
      'id',
      'partnershipId',
      'name',
      'asOf',
    ]);
  });

  it('agrees with its JSON Schema on the realistic example and a misspelt key', () => {
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(
      z.toJSONSchema(PartnershipEvidenceSchema, { target: 'draft-2020-12' }),
    );
    const example = riverbendEvidence();
    expect(validate(example)).toBe(true);
    expect(PartnershipEvidenceSchema.safeParse(example).success).toBe(true);
    const misspelt = { ...example, nmae: 'x' };
    expect(validate(misspelt)).toBe(false);
    expect(PartnershipEvidenceSchema.safeParse(misspelt).success).toBe(false);
  });
});

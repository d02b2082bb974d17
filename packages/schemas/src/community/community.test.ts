import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CommunitySchema } from './community.js';
import { riverbendCommunity } from './test-fixtures.js';
import { validateCommunity } from './validate-community.js';

const codesAndPaths = (input: unknown): [string, readonly (string | number)[]][] =>
  validateCommunity(input).issues.map((issue) => [issue.code, issue.path]);

describe('validateCommunity', () => {
  it('accepts a realistic community without issues', () => {
    const result = validateCommunity(riverbendCommunity());
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.backbone.organizations).toHaveLength(2);
  });

  it('accepts a minimal community', () => {
    const minimal = {
      kind: 'community',
      formatVersion: 1,
      id: 'tiny',
      name: 'Tiny Town',
      geography: { name: 'Tiny Town', type: 'town' },
      backbone: { structure: 'single', organizations: [{ id: 'hub', name: 'Hub' }] },
    };
    expect(validateCommunity(minimal)).toEqual({ ok: true, value: minimal, issues: [] });
  });

  it('requires at least one backbone organization', () => {
    const doc = { ...riverbendCommunity(), backbone: { structure: 'single', organizations: [] } };
    expect(codesAndPaths(doc)).toEqual([['too_small', ['backbone', 'organizations']]]);
    const { backbone: _removed, ...withoutBackbone } = riverbendCommunity();
    expect(codesAndPaths(withoutBackbone)).toEqual([['invalid_type', ['backbone']]]);
  });

  it('reports duplicate ids across partners, members and key factors', () => {
    const doc = riverbendCommunity();
    const members = doc.excellenceGroup?.members ?? [];
    const result = validateCommunity({
      ...doc,
      partners: [...(doc.partners ?? []), { id: 'rcs', name: 'Second', sector: 'k-12' }],
      excellenceGroup: {
        ...doc.excellenceGroup,
        members: [
          ...members,
          { id: 'chamber', name: 'X', sector: 'business', roles: ['formal-leader'] },
        ],
      },
      keyAssets: [{ id: 'ch-childcare', label: 'Same id as a challenge' }],
    });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate_id', ['partners', 7, 'id']],
      ['duplicate_id', ['excellenceGroup', 'members', 5, 'id']],
      ['duplicate_id', ['keyChallenges', 0, 'id']],
    ]);
    expect(result.issues[0]).toMatchObject({ id: 'rcs', firstPath: ['partners', 0, 'id'] });
    expect(result.issues[2]).toMatchObject({
      id: 'ch-childcare',
      firstPath: ['keyAssets', 0, 'id'],
    });
  });

  it('lets a backbone organization share its id with a partner, but not repeat within the backbone', () => {
    const doc = riverbendCommunity();
    expect(validateCommunity(doc).ok).toBe(true); // uw-riverbend is both partner and backbone
    const repeated = {
      ...doc,
      backbone: {
        ...doc.backbone,
        organizations: [...doc.backbone.organizations, { id: 'uw-riverbend', name: 'Again' }],
      },
    };
    expect(codesAndPaths(repeated)).toEqual([
      ['duplicate_id', ['backbone', 'organizations', 2, 'id']],
    ]);
  });

  it('reports members whose organization is neither a partner nor a backbone organization', () => {
    const doc = riverbendCommunity();
    const members = [...(doc.excellenceGroup?.members ?? [])];
    members[2] = {
      id: 'm-nguyen',
      name: 'Linh Nguyen',
      sector: 'residents',
      roles: ['resident'],
      organizationId: 'tenants-union',
    };
    const result = validateCommunity({
      ...doc,
      excellenceGroup: { ...doc.excellenceGroup, members },
    });
    expect(result.issues).toMatchObject([
      {
        code: 'unknown_reference',
        target: 'organization',
        id: 'tenants-union',
        path: ['excellenceGroup', 'members', 2, 'organizationId'],
        severity: 'error',
      },
    ]);
  });

  it('reports a point of contact that names an unknown member', () => {
    const doc = riverbendCommunity();
    const result = validateCommunity({
      ...doc,
      backbone: { ...doc.backbone, pointOfContact: { name: 'Someone', memberId: 'm-nobody' } },
    });
    expect(result.ok).toBe(false);
    expect(result.issues).toMatchObject([
      {
        code: 'unknown_reference',
        target: 'excellence group member',
        id: 'm-nobody',
        path: ['backbone', 'pointOfContact', 'memberId'],
      },
    ]);
  });

  it('reports a breakdown count above the total of the same year', () => {
    const doc = riverbendCommunity();
    const population = {
      total: 100,
      year: 2023,
      breakdowns: [
        { dimension: 'age', group: '0-17', count: 120 },
        { dimension: 'age', group: '0-17', count: 150, year: 2010 },
      ],
    };
    const result = validateCommunity({ ...doc, population });
    expect(result.issues).toMatchObject([
      {
        code: 'inconsistent_counts',
        path: ['population', 'breakdowns', 0, 'count'],
        numerator: 120,
        denominator: 100,
      },
    ]);
  });

  it('warns, without failing, when sector "other" has no label', () => {
    const doc = riverbendCommunity();
    const result = validateCommunity({
      ...doc,
      partners: [...(doc.partners ?? []), { id: 'misc', name: 'Misc', sector: 'other' }],
    });
    expect(result.ok).toBe(true);
    expect(result.issues).toMatchObject([
      { code: 'sector_label_missing', severity: 'warning', path: ['partners', 7, 'sectorLabel'] },
    ]);
  });

  it('reports structural problems with exact paths', () => {
    const doc = riverbendCommunity();
    const result = validateCommunity({
      ...doc,
      geography: { ...doc.geography, type: 'planet' },
      partners: [{ id: 'bad id', name: 'X', sector: 'health' }],
      excellenceGroup: {
        members: [{ id: 'm1', name: 'M', sector: 'health', roles: [], birthDecade: 1985 }],
      },
      populaton: 5,
    });
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_value', ['geography', 'type']],
      ['invalid_format', ['partners', 0, 'id']],
      ['too_small', ['excellenceGroup', 'members', 0, 'roles']],
      ['not_multiple_of', ['excellenceGroup', 'members', 0, 'birthDecade']],
      ['unrecognized_key', ['populaton']],
    ]);
  });

  it('gives one issue for an unsupported format version', () => {
    expect(codesAndPaths({ ...riverbendCommunity(), formatVersion: 2 })).toEqual([
      ['unsupported_format_version', ['formatVersion']],
    ]);
  });

  it('refuses __proto__ keys before parsing', () => {
    const input: unknown = JSON.parse(
      '{"kind":"community","formatVersion":1,"id":"x","name":"X","geography":{"name":"X","type":"city","__proto__":{"polluted":true}},"backbone":{"structure":"single","organizations":[{"id":"b","name":"B"}]}}',
    );
    expect(codesAndPaths(input)).toEqual([['forbidden_key', ['geography', '__proto__']]]);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = validateCommunity(input);
        return result.ok === false && result.issues.length > 0;
      }),
      { numRuns: 300 },
    );
  });

  it('exports to JSON Schema 2020-12', () => {
    const schema = z.toJSONSchema(CommunitySchema, { target: 'draft-2020-12' });
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(
      expect.arrayContaining(['kind', 'formatVersion', 'id', 'name', 'geography', 'backbone']),
    );
    expect(schema.additionalProperties).toBe(false);
  });

  it('agrees with its JSON Schema on the realistic example and a misspelt key', () => {
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(
      z.toJSONSchema(CommunitySchema, { target: 'draft-2020-12' }),
    );
    const example = riverbendCommunity();
    expect(validate(example)).toBe(true);
    expect(CommunitySchema.safeParse(example).success).toBe(true);
    const misspelt = { ...example, nmae: 'x' };
    expect(validate(misspelt)).toBe(false);
    expect(CommunitySchema.safeParse(misspelt).success).toBe(false);
  });
});

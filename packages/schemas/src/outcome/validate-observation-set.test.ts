import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Indicator } from './indicator.js';
import type { Observation } from './observation.js';
import { ObservationSetSchema } from './observation-set.js';
import { validateObservationSet } from './validate-observation-set.js';

const graduation: Indicator = {
  id: 'acgr-4yr',
  name: 'Four-year adjusted cohort graduation rate',
  outcomeArea: 'HIGH_SCHOOL_GRADUATION',
  unit: { type: 'percent' },
  direction: 'higher-is-better',
  role: 'core',
};
const row = (overrides: Partial<Observation> = {}): Observation => ({
  indicatorId: 'acgr-4yr',
  place: { code: '0100005', scheme: 'nces-lea', level: 'district' },
  period: { label: '2021-2022' },
  subgroup: { dimension: 'all', value: 'all' },
  value: { kind: 'exact', raw: '90%', value: 90, unit: 'percent' },
  denominator: 384,
  ...overrides,
});
const doc = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  kind: 'observation-set',
  formatVersion: 1,
  id: 'edfacts-2021-2022',
  name: 'EDFacts graduation rates',
  source: 'EDFacts',
  citations: ['U.S. Department of Education, EDFacts.'],
  indicators: [graduation],
  observations: [row(), row({ place: { code: '0100006', level: 'district' } })],
  ...overrides,
});
const summary = (input: unknown, options = {}): unknown =>
  validateObservationSet(input, options).issues.map((i) => [i.code, i.severity, i.path]);

describe('validateObservationSet', () => {
  it('accepts a valid set', () => {
    const result = validateObservationSet(doc());
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('resolves indicators from options.indicators when the set has none', () => {
    expect(
      validateObservationSet(doc({ indicators: undefined }), { indicators: [graduation] }).ok,
    ).toBe(true);
    expect(
      validateObservationSet(doc({ indicators: undefined }), {
        indicators: new Map([[graduation.id, graduation]]),
      }).ok,
    ).toBe(true);
    expect(summary(doc({ indicators: undefined }))).toEqual([
      ['unknown_reference', 'error', ['observations', 0, 'indicatorId']],
      ['unknown_reference', 'error', ['observations', 1, 'indicatorId']],
    ]);
  });

  it('reports duplicate indicator ids, duplicate row ids and duplicate cells', () => {
    const result = validateObservationSet(
      doc({
        indicators: [graduation, graduation],
        observations: [
          row({ id: 'r1' }),
          row({ id: 'r1', place: { code: 'x', level: 'district' } }),
          row({ id: 'r3' }),
        ],
      }),
    );
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ['duplicate_id', 'error', ['indicators', 1, 'id']],
      ['duplicate_id', 'error', ['observations', 1, 'id']],
      ['duplicate_id', 'warning', ['observations', 2]],
    ]);
    expect(result.issues[2]).toMatchObject({ firstPath: ['observations', 0] });
  });

  it('reports malformed rows with codes and paths', () => {
    const bad = doc({
      observations: [
        row({ indicatorId: 'nope' }),
        row({ place: { code: 'b', level: 'district' }, ci: { low: 9, high: 1 } }),
        row({ place: { code: 'c', level: 'district' }, numerator: 500 }),
        row({
          place: { code: 'd', level: 'district' },
          value: { kind: 'interval', raw: '89-85%', low: 89, high: 85, unit: 'percent' },
        }),
      ],
    });
    expect(summary(bad)).toEqual([
      ['unknown_reference', 'error', ['observations', 0, 'indicatorId']],
      ['inconsistent_interval', 'error', ['observations', 1, 'ci']],
      ['inconsistent_counts', 'error', ['observations', 2, 'numerator']],
      ['inconsistent_interval', 'error', ['observations', 3, 'value']],
    ]);
  });

  it('reports structure problems before any semantic check', () => {
    const result = validateObservationSet(
      doc({
        observations: [
          { ...row(), value: { kind: 'estimate', raw: '1' } },
          { ...row(), period: { label: '' } },
        ],
        extra: 1,
      }),
    );
    expect(result.issues.map((i) => i.code)).toEqual([
      'invalid_value',
      'too_small',
      'unrecognized_key',
    ]);
    // The shared zod converter currently repeats the discriminator ('kind', 'kind'); only the prefix is pinned here.
    expect(result.issues[0]?.path.slice(0, 4)).toEqual(['observations', 0, 'value', 'kind']);
    expect(result.issues[0]).toMatchObject({
      expected: ['exact', 'interval', 'bound', 'suppressed', 'missing'],
    });
    expect(result.issues.slice(1).map((i) => i.path)).toEqual([
      ['observations', 1, 'period', 'label'],
      ['extra'],
    ]);
    expect(summary(doc({ kind: 'observation-sets' }))).toEqual([
      ['invalid_value', 'error', ['kind']],
    ]);
    expect(summary(doc({ formatVersion: 2 }))).toEqual([
      ['unsupported_format_version', 'error', ['formatVersion']],
    ]);
  });

  it('refuses __proto__ keys anywhere in the document', () => {
    const text = JSON.stringify(doc()).replaceAll(
      '"value":{',
      '"value":{"__proto__":{"polluted":1},',
    );
    const result = validateObservationSet(JSON.parse(text) as unknown);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['forbidden_key', ['observations', 0, 'value', '__proto__']],
      ['forbidden_key', ['observations', 1, 'value', '__proto__']],
    ]);
  });

  it('exports ObservationSetSchema to JSON Schema 2020-12', () => {
    expect(() => z.toJSONSchema(ObservationSetSchema, { target: 'draft-2020-12' })).not.toThrow();
    const schema = z.toJSONSchema(ObservationSetSchema, { target: 'draft-2020-12' }) as {
      $schema?: string;
      properties?: Record<string, unknown>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties ?? {})).toEqual([
      'kind',
      'formatVersion',
      'id',
      'name',
      'source',
      'citations',
      'indicators',
      'observations',
    ]);
  });
});

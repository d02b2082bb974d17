import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allJsonSchemas,
  baldrige20232024,
  baldrigeScoringGuidelines,
  coeBaldrigeDerivedPoints,
  coeCommunity2024,
  DOCUMENT_KINDS,
  documentSchemas,
  ObservationSchema,
  toJsonSchema,
  type DocumentKind,
  type JsonSchemaName,
} from '@community-excellence/schemas';
import {
  applyMutations,
  jsonValueArbitrary,
  mutationsArbitrary,
  type Json,
} from './support/json-mutations.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const names: JsonSchemaName[] = [...DOCUMENT_KINDS, 'observation'];
const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));
const compiled = new Map(names.map((name) => [name, ajv.compile(toJsonSchema(name))]));
const zodFor = (name: JsonSchemaName) =>
  name === 'observation' ? ObservationSchema : documentSchemas[name];

const exampleDir = new URL('../examples/riverbend/', import.meta.url);
const examples: { file: string; json: Json }[] = readdirSync(exampleDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({
    file,
    json: JSON.parse(readFileSync(new URL(file, exampleDir), 'utf8')) as Json,
  }));

/** Valid seed documents of each kind: the bundled framework data and the example community. */
const seeds = new Map<JsonSchemaName, Json[]>();
const addSeed = (name: JsonSchemaName, json: unknown): void => {
  seeds.set(name, [...(seeds.get(name) ?? []), JSON.parse(JSON.stringify(json)) as Json]);
};
for (const framework of [baldrige20232024, coeCommunity2024, coeBaldrigeDerivedPoints])
  addSeed('framework', framework);
addSeed('scoring-guidelines', baldrigeScoringGuidelines);
for (const { json } of examples) {
  const kind = (json as { kind: DocumentKind }).kind;
  addSeed(kind, json);
  if (kind === 'observation-set') {
    for (const row of (json as { observations: Json[] }).observations.slice(0, 20))
      addSeed('observation', row);
  }
}

describe('exported JSON Schemas', () => {
  it('exports one schema per document kind plus the observation row', () => {
    expect(Object.keys(allJsonSchemas()).sort()).toEqual([...names].sort());
  });

  it.each(names)('%s is valid against the 2020-12 metaschema', (name) => {
    const schema = toJsonSchema(name);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`urn:community-excellence:schema:${name}:1`);
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(ajv.errors ?? null).toBeNull();
  });

  it.each(names)('ships %s as a file identical to toJsonSchema()', (name) => {
    const file = fileURLToPath(
      new URL(`../packages/schemas/json-schema/${name}.schema.json`, import.meta.url),
    );
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(toJsonSchema(name));
  });

  it('has valid seed documents for every schema', () => {
    for (const name of names) {
      const docs = seeds.get(name) ?? [];
      expect(docs.length, name).toBeGreaterThan(0);
      for (const doc of docs) {
        expect(zodFor(name).safeParse(doc).success, name).toBe(true);
        expect(compiled.get(name)?.(doc), name).toBe(true);
      }
    }
  });
});

describe('zod and ajv agree', () => {
  it.each(names)('on mutated %s documents', (name) => {
    const docs = seeds.get(name) ?? [];
    const validate = compiled.get(name);
    if (validate === undefined) throw new Error(`no compiled schema for ${name}`);
    let rejected = 0;
    fc.assert(
      fc.property(fc.nat({ max: docs.length - 1 }), mutationsArbitrary, (which, mutations) => {
        const doc = applyMutations(docs[which] as Json, mutations);
        const byZod = zodFor(name).safeParse(doc).success;
        const byAjv = validate(doc) === true;
        if (!byZod) rejected += 1;
        expect({ byZod, byAjv, doc }).toEqual({ byZod: byAjv, byAjv, doc });
      }),
      { numRuns: 300, seed: 20261123 },
    );
    // The mutations must exercise both answers, or the property proves nothing.
    expect(rejected).toBeGreaterThan(0);
    expect(rejected).toBeLessThan(300);
  });

  it.each(names)('on arbitrary JSON values for %s', (name) => {
    const validate = compiled.get(name);
    if (validate === undefined) throw new Error(`no compiled schema for ${name}`);
    fc.assert(
      fc.property(fc.oneof(jsonValueArbitrary, fc.jsonValue() as fc.Arbitrary<Json>), (value) => {
        expect(zodFor(name).safeParse(value).success).toBe(validate(value) === true);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});

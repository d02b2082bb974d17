import { z } from 'zod';
import { DOCUMENT_KINDS, documentSchemas, type DocumentKind } from './document-kinds.js';
import { ObservationSchema } from './outcome/observation.js';

/** A JSON Schema (2020-12) document as a plain object. */
export type JsonSchema = Record<string, unknown>;

/** The names of the exported JSON Schemas: every document kind plus the single `observation` row. */
export type JsonSchemaName = DocumentKind | 'observation';

/**
 * The `$id` of a kind's JSON Schema. URNs, so that no network location is implied.
 *
 * Never throws: a value that is not a string gives the id of kind `unknown`.
 *
 * @example
 * ```ts
 * jsonSchemaId('assessment'); // 'urn:community-excellence:schema:assessment:1'
 * ```
 */
export function jsonSchemaId(name: JsonSchemaName): string {
  if (typeof name !== 'string') return 'urn:community-excellence:schema:unknown:1';
  return `urn:community-excellence:schema:${name}:1`;
}

/** Schemas generated so far, by name (see {@link toJsonSchema}). */
const generated = new Map<JsonSchemaName, JsonSchema>();

/**
 * The JSON Schema (draft 2020-12) of a document kind, or of one `observation` row (for
 * NDJSON streams). Generated from the zod schemas, so both always describe the same
 * structure; the semantic checks of the `validate*` functions (unique ids, points adding up,
 * references) are not expressible in JSON Schema and are not part of it.
 *
 * Never throws: a name that is not a document kind or `observation` gives `{}`.
 *
 * @example
 * ```ts
 * import Ajv2020 from 'ajv/dist/2020';
 * import { toJsonSchema } from '@community-excellence/schemas';
 *
 * const validate = new Ajv2020({ strict: false }).compile(toJsonSchema('assessment'));
 * validate(JSON.parse(text));
 * ```
 */
export function toJsonSchema(name: JsonSchemaName): JsonSchema {
  if (name !== 'observation' && !(typeof name === 'string' && Object.hasOwn(documentSchemas, name)))
    return {};
  // Generating a schema takes milliseconds; it is done once per name and copied for each caller.
  const cached = generated.get(name);
  if (cached !== undefined) return structuredClone(cached);
  const schema = name === 'observation' ? ObservationSchema : documentSchemas[name];
  const output = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    unrepresentable: 'throw',
    io: 'input',
  }) as JsonSchema;
  const { $schema, ...rest } = output;
  const result: JsonSchema = { $schema, $id: jsonSchemaId(name), title: name, ...rest };
  generated.set(name, result);
  return structuredClone(result);
}

/**
 * Every exported JSON Schema by name (each document kind and `observation`).
 *
 * @example
 * ```ts
 * for (const [name, schema] of Object.entries(allJsonSchemas())) writeFileSync(`${name}.schema.json`, JSON.stringify(schema, null, 2));
 * ```
 */
export function allJsonSchemas(): Record<JsonSchemaName, JsonSchema> {
  const out = {} as Record<JsonSchemaName, JsonSchema>;
  for (const name of [...DOCUMENT_KINDS, 'observation' as const]) out[name] = toJsonSchema(name);
  return out;
}

import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from './document-kinds.js';
import { allJsonSchemas, jsonSchemaId, toJsonSchema } from './json-schema.js';

describe('toJsonSchema', () => {
  it('produces a 2020-12 schema with a stable id and title', () => {
    const schema = toJsonSchema('community');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('urn:community-excellence:schema:community:1');
    expect(schema.title).toBe('community');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect((schema.properties as Record<string, unknown>).kind).toEqual({
      type: 'string',
      const: 'community',
    });
  });

  it('covers every document kind and the observation row', () => {
    expect(Object.keys(allJsonSchemas())).toEqual([...DOCUMENT_KINDS, 'observation']);
    expect(jsonSchemaId('observation')).toBe('urn:community-excellence:schema:observation:1');
  });
});

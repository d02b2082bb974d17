import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { baldrige20232024 } from './baldrige-2023-2024.js';
import { baldrigeScoringGuidelines } from './baldrige-scoring-guidelines.js';
import { coeCommunity2024 } from './coe-community.js';
import { coeBaldrigeDerivedPoints } from './coe-baldrige-derived-points.js';
import { FrameworkSchema } from './framework.js';
import { ScoringGuidelinesSchema } from './scoring-guidelines.js';

describe('FrameworkSchema', () => {
  it('parses the bundled frameworks', () => {
    expect(FrameworkSchema.safeParse(baldrige20232024).success).toBe(true);
    expect(FrameworkSchema.safeParse(coeCommunity2024).success).toBe(true);
  });

  it('refuses unknown keys and wrong kinds', () => {
    expect(FrameworkSchema.safeParse({ ...baldrige20232024, extra: 1 }).success).toBe(false);
    expect(FrameworkSchema.safeParse({ ...baldrige20232024, kind: 'assessment' }).success).toBe(
      false,
    );
  });

  it('exports to JSON Schema 2020-12 with descriptions', () => {
    const schema = z.toJSONSchema(FrameworkSchema, { target: 'draft-2020-12' }) as {
      $schema: string;
      properties: Record<string, { description?: string }>;
      additionalProperties: boolean;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.totalPoints?.description).toMatch(/1000/);
  });
});

describe('ScoringGuidelinesSchema', () => {
  it('parses the bundled guidelines and exports to JSON Schema', () => {
    expect(ScoringGuidelinesSchema.safeParse(baldrigeScoringGuidelines).success).toBe(true);
    const schema = z.toJSONSchema(ScoringGuidelinesSchema, { target: 'draft-2020-12' }) as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(schema.properties)).toContain('ranges');
  });
});

describe('JSON Schema agrees with zod on the bundled data', () => {
  const ajv = new Ajv2020({ strict: false, validateFormats: false });

  it('accepts every bundled framework and refuses a broken one', () => {
    const validate = ajv.compile(z.toJSONSchema(FrameworkSchema, { target: 'draft-2020-12' }));
    for (const framework of [baldrige20232024, coeCommunity2024, coeBaldrigeDerivedPoints])
      expect(validate(framework)).toBe(true);
    expect(
      validate({
        ...baldrige20232024,
        categories: [{ code: '1', name: 'x', points: '120', items: [] }],
      }),
    ).toBe(false);
  });

  it('accepts the bundled guidelines and refuses a typo', () => {
    const validate = ajv.compile(
      z.toJSONSchema(ScoringGuidelinesSchema, { target: 'draft-2020-12' }),
    );
    expect(validate(baldrigeScoringGuidelines)).toBe(true);
    expect(validate({ ...baldrigeScoringGuidelines, stpe: 5 })).toBe(false);
  });
});

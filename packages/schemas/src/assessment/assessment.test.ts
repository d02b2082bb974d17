import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AssessmentSchema } from './assessment.js';
import { sampleAssessment } from './assessment.fixture.js';
import { ItemEvaluationSchema } from './item-evaluation.js';

describe('AssessmentSchema', () => {
  it('parses a full assessment unchanged', () => {
    expect(AssessmentSchema.parse(sampleAssessment())).toEqual(sampleAssessment());
  });

  it('accepts any integer percent 0..100 structurally (57 is a semantic issue)', () => {
    const evaluation = { item: '1.1', factors: 'ADLI', range: '50-65', percent: 57 };
    expect(ItemEvaluationSchema.safeParse(evaluation).success).toBe(true);
    expect(ItemEvaluationSchema.safeParse({ ...evaluation, percent: 101 }).success).toBe(false);
    expect(ItemEvaluationSchema.safeParse({ ...evaluation, percent: 55.5 }).success).toBe(false);
  });

  it('keeps ADLI and LeTCI notes apart', () => {
    expect(
      ItemEvaluationSchema.safeParse({ item: '7.1', factors: 'LeTCI', notes: { levels: 'good' } })
        .success,
    ).toBe(true);
    expect(
      ItemEvaluationSchema.safeParse({ item: '7.1', factors: 'LeTCI', notes: { approach: 'x' } })
        .success,
    ).toBe(false);
    expect(
      ItemEvaluationSchema.safeParse({ item: '1.1', factors: 'ADLI', notes: { trends: 'x' } })
        .success,
    ).toBe(false);
  });

  it('exports to JSON Schema 2020-12', () => {
    const schema = z.toJSONSchema(AssessmentSchema, { target: 'draft-2020-12' }) as {
      $schema: string;
      required: string[];
      properties: Record<string, { description?: string }>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'kind',
        'formatVersion',
        'id',
        'communityId',
        'framework',
        'reviews',
      ]),
    );
    expect(schema.properties.communityId?.description).toMatch(/community/);
  });
});

describe('AssessmentSchema as JSON Schema', () => {
  const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(
    z.toJSONSchema(AssessmentSchema, { target: 'draft-2020-12' }),
  );

  it('agrees with zod on the sample and on broken copies', () => {
    expect(validate(sampleAssessment())).toBe(true);
    const wrongFactors = sampleAssessment() as unknown as {
      reviews: { items: Record<string, unknown>[] }[];
    };
    (wrongFactors.reviews[0]?.items[0] as Record<string, unknown>).factors = 'ADL';
    expect(validate(wrongFactors)).toBe(false);
    expect(AssessmentSchema.safeParse(wrongFactors).success).toBe(false);
    const lettersInNotes = sampleAssessment() as unknown as {
      reviews: { items: { notes: Record<string, unknown> }[] }[];
    };
    (lettersInNotes.reviews[0]?.items[0] as { notes: Record<string, unknown> }).notes.trends = 'x';
    expect(validate(lettersInNotes)).toBe(false);
    expect(AssessmentSchema.safeParse(lettersInNotes).success).toBe(false);
  });
});

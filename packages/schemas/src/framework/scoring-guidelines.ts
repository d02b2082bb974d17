import { z } from 'zod';
import { IdSchema, LabelSchema, ProseSchema } from '../identifiers.js';
import { entryMetaShape } from './code.js';

/**
 * The id of a scoring range, `<min>-<max>` in percent, e.g. `50-65`.
 *
 * @example
 * ```ts
 * RangeIdSchema.parse('50-65');
 * ```
 */
export const RangeIdSchema = z
  .string()
  .regex(/^\d{1,3}-\d{1,3}$/)
  .describe('A scoring range id "<min>-<max>" in percent, e.g. "50-65".');

/** See {@link RangeIdSchema}. */
export type RangeId = z.infer<typeof RangeIdSchema>;

const percent = z.number().int().min(0).max(100);

/**
 * One scoring range (`0-5` ... `90-100`) with its process (ADLI) and results (LeTCI)
 * descriptors, in our own words.
 *
 * @example
 * ```ts
 * ScoringRangeSchema.parse({
 *   id: '0-5', min: 0, max: 5,
 *   process: { approach: 'no systematic method', deployment: 'little or none', learning: 'none', integration: 'none' },
 *   results: { levels: 'none', trends: 'none', comparisons: 'none', integration: 'none' },
 * });
 * ```
 */
export const ScoringRangeSchema = z
  .strictObject({
    id: RangeIdSchema,
    min: percent.describe('Lowest percent of the range (inclusive).'),
    max: percent.describe('Highest percent of the range (inclusive).'),
    process: z
      .strictObject({
        approach: ProseSchema,
        deployment: ProseSchema,
        learning: ProseSchema,
        integration: ProseSchema,
        ...entryMetaShape,
      })
      .describe('What a process response in this range looks like, per ADLI factor.'),
    results: z
      .strictObject({
        levels: ProseSchema,
        trends: ProseSchema,
        comparisons: ProseSchema,
        integration: ProseSchema,
        ...entryMetaShape,
      })
      .describe('What a results response in this range looks like, per LeTCI factor.'),
    ...entryMetaShape,
  })
  .describe('A scoring range with ADLI and LeTCI descriptors.');

/** See {@link ScoringRangeSchema}. */
export type ScoringRange = z.infer<typeof ScoringRangeSchema>;

/**
 * A scoring band for a points total: the half-open interval `[lower, next band's lower)`;
 * the last band runs to the table's `maxPoints` inclusive.
 *
 * @example
 * ```ts
 * ScoringBandSchema.parse({ band: 1, lower: 0, description: 'anecdotal approaches', confidence: 'inferred' });
 * ```
 */
export const ScoringBandSchema = z
  .strictObject({
    band: z.number().int().min(1).describe('The band number, 1 = lowest.'),
    lower: z
      .number()
      .min(0)
      .describe('Lowest total in the band (inclusive); the band ends where the next begins.'),
    description: ProseSchema.describe(
      'What an organization in this band looks like, in our own words.',
    ),
    ...entryMetaShape,
  })
  .describe('A scoring band: [lower, next lower).');

/** See {@link ScoringBandSchema}. */
export type ScoringBand = z.infer<typeof ScoringBandSchema>;

/**
 * The bands of one total (process 0-550 or results 0-450).
 *
 * @example
 * ```ts
 * BandTableSchema.parse({ maxPoints: 450, bands: [{ band: 1, lower: 0, description: 'few or no results' }] });
 * ```
 */
export const BandTableSchema = z
  .strictObject({
    maxPoints: z.number().min(0).describe('The maximum total, e.g. 550 for process items.'),
    bands: z.array(ScoringBandSchema).describe('Bands in increasing order; the first starts at 0.'),
    ...entryMetaShape,
  })
  .describe('Bands covering 0..maxPoints without gaps.');

/** See {@link BandTableSchema}. */
export type BandTable = z.infer<typeof BandTableSchema>;

/**
 * A process maturity stage (for example "Reacting to Problems", 0-25%).
 *
 * @example
 * ```ts
 * MaturityStageSchema.parse({ id: 'reacting', name: 'Reacting to Problems', minPercent: 0, maxPercent: 25, description: 'firefighting' });
 * ```
 */
export const MaturityStageSchema = z
  .strictObject({
    id: IdSchema,
    name: LabelSchema,
    minPercent: percent,
    maxPercent: percent,
    description: ProseSchema,
    ...entryMetaShape,
  })
  .describe('A process maturity stage over a percent span.');

/** See {@link MaturityStageSchema}. */
export type MaturityStage = z.infer<typeof MaturityStageSchema>;

/**
 * The meaning of one evaluation factor (Approach, Deployment ... Levels, Trends ...).
 *
 * @example
 * ```ts
 * EvaluationFactorSchema.parse({ key: 'approach', name: 'Approach', description: 'the methods used' });
 * ```
 */
export const EvaluationFactorSchema = z
  .strictObject({
    key: z.enum([
      'approach',
      'deployment',
      'learning',
      'integration',
      'levels',
      'trends',
      'comparisons',
    ]),
    name: LabelSchema,
    description: ProseSchema,
    ...entryMetaShape,
  })
  .describe('An evaluation factor and what it means.');

/** See {@link EvaluationFactorSchema}. */
export type EvaluationFactor = z.infer<typeof EvaluationFactorSchema>;

/**
 * Scoring guidelines as data (document kind `scoring-guidelines`): the percent ranges with
 * ADLI/LeTCI descriptors, the percent step, the evaluation factors, scoring bands for the
 * process and results totals, and maturity stages. {@link validateScoringGuidelines} checks
 * that ranges and stages cover 0..100 and bands cover 0..max without gaps or overlaps.
 *
 * @example
 * ```ts
 * const result = ScoringGuidelinesSchema.safeParse(JSON.parse(text));
 * ```
 */
export const ScoringGuidelinesSchema = z
  .strictObject({
    kind: z.literal('scoring-guidelines'),
    formatVersion: z.literal(1),
    id: IdSchema.describe('The guidelines id, e.g. "baldrige-2023-2024-scoring-guidelines".'),
    name: LabelSchema,
    edition: LabelSchema.describe('The edition the guidelines belong to, e.g. "2023-2024".'),
    version: LabelSchema.describe('The version of this data.'),
    appliesTo: z.array(IdSchema).describe('Ids of the frameworks these guidelines score.'),
    step: z
      .number()
      .int()
      .min(1)
      .max(100)
      .describe('Scores are multiples of this percent step (5).'),
    factors: z
      .strictObject({
        ADLI: z.array(EvaluationFactorSchema),
        LeTCI: z.array(EvaluationFactorSchema),
      })
      .describe('The evaluation factors for process (ADLI) and results (LeTCI) items.'),
    ranges: z
      .array(ScoringRangeSchema)
      .describe('Ranges in increasing order covering 0..100 on the step grid.'),
    bands: z
      .strictObject({ process: BandTableSchema, results: BandTableSchema })
      .optional()
      .describe('Scoring bands for the process and results totals.'),
    maturityStages: z
      .array(MaturityStageSchema)
      .optional()
      .describe('Process maturity stages covering 0..100.'),
    ...entryMetaShape,
  })
  .describe('Scoring guidelines: ranges, descriptors, bands and maturity stages.');

/** Scoring guidelines (see {@link ScoringGuidelinesSchema}). */
export type ScoringGuidelines = z.infer<typeof ScoringGuidelinesSchema>;

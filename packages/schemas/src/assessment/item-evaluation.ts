import { z } from 'zod';
import { IdSchema, ProseSchema } from '../identifiers.js';
import { FrameworkCodeSchema } from '../framework/code.js';
import { RangeIdSchema } from '../framework/scoring-guidelines.js';
import { EvidenceSchema, OpportunitySchema, StrengthSchema } from './findings.js';

/**
 * A score percent as stored: any integer 0..100. That scores are multiples of 5 and lie in
 * their range is checked semantically (`percent_not_multiple_of_5`, `percent_outside_range`),
 * so a 57 gets a precise issue instead of a generic one.
 *
 * @example
 * ```ts
 * ScorePercentSchema.parse(55);
 * ```
 */
export const ScorePercentSchema = z
  .number()
  .int()
  .min(0)
  .max(100)
  .describe('The score in percent, a multiple of 5 inside the chosen range.');

const sharedFields = {
  item: FrameworkCodeSchema.describe('The code of the scored item, e.g. "1.1".'),
  range: RangeIdSchema.optional().describe(
    'The chosen scoring range, e.g. "50-65". Required unless notApplicable.',
  ),
  percent: ScorePercentSchema.optional().describe(
    'The score in percent. Required unless notApplicable.',
  ),
  notApplicable: z
    .boolean()
    .optional()
    .describe('True when the item does not apply; then no range or percent.'),
  strengths: z.array(StrengthSchema).optional(),
  opportunities: z
    .array(OpportunitySchema)
    .optional()
    .describe('Opportunities for improvement (OFIs).'),
  evidence: z.array(EvidenceSchema).optional(),
  keyFactors: z
    .array(IdSchema)
    .optional()
    .describe('Ids of the key factors considered for this item.'),
  comment: ProseSchema.optional(),
} as const;

/**
 * Notes per ADLI factor (process items).
 *
 * @example
 * ```ts
 * AdliNotesSchema.parse({ approach: 'Systematic, documented', deployment: 'All partners' });
 * ```
 */
export const AdliNotesSchema = z
  .strictObject({
    approach: ProseSchema.optional(),
    deployment: ProseSchema.optional(),
    learning: ProseSchema.optional(),
    integration: ProseSchema.optional(),
  })
  .describe('Notes per ADLI factor.');

/**
 * Notes per LeTCI factor (results items).
 *
 * @example
 * ```ts
 * LetciNotesSchema.parse({ levels: 'Graduation 88%', trends: 'Up 3 years' });
 * ```
 */
export const LetciNotesSchema = z
  .strictObject({
    levels: ProseSchema.optional(),
    trends: ProseSchema.optional(),
    comparisons: ProseSchema.optional(),
    integration: ProseSchema.optional(),
  })
  .describe('Notes per LeTCI factor.');

/**
 * One reviewer's evaluation of one item: range and percent, factor notes (ADLI for process
 * items, LeTCI for results items, a discriminated union on `factors`), strengths, OFIs,
 * evidence and key factors. A finding on the Community Profile (a Level 1 review) uses
 * `factors: 'profile'` and carries no range or percent.
 *
 * @example
 * ```ts
 * ItemEvaluationSchema.parse({
 *   item: '1.1', factors: 'ADLI', range: '50-65', percent: 55,
 *   notes: { approach: 'Systematic monthly review' },
 *   opportunities: [{ text: 'No evaluation of the review itself', priority: 'medium' }],
 * });
 * ```
 */
export const ItemEvaluationSchema = z
  .discriminatedUnion('factors', [
    z.strictObject({
      ...sharedFields,
      factors: z
        .literal('ADLI')
        .describe('Process item: notes per Approach, Deployment, Learning, Integration.'),
      notes: AdliNotesSchema.optional(),
    }),
    z.strictObject({
      ...sharedFields,
      factors: z
        .literal('LeTCI')
        .describe('Results item: notes per Levels, Trends, Comparisons, Integration.'),
      notes: LetciNotesSchema.optional(),
    }),
    z.strictObject({
      ...sharedFields,
      factors: z
        .literal('profile')
        .describe(
          'Community Profile finding (P.1, P.2 and their areas): strengths and opportunities, never a range or percent.',
        ),
      notes: z.never().optional().describe('Profile findings carry no factor notes.'),
    }),
  ])
  .describe("One reviewer's evaluation of one item.");

/** See {@link ItemEvaluationSchema}. */
export type ItemEvaluation = z.infer<typeof ItemEvaluationSchema>;

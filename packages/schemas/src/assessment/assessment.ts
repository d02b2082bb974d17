import { z } from 'zod';
import { IdSchema, IsoDateSchema, LabelSchema, ProseSchema } from '../identifiers.js';
import { FrameworkCodeSchema } from '../framework/code.js';
import { PartScoringSchema } from '../framework/scope.js';
import { ConsensusSchema } from './consensus.js';
import { ReviewerSchema, ReviewSchema } from './review.js';

/**
 * What an assessment covers: a scope of the framework by id (a recognition level), or an
 * explicit list of codes. Without a scope, every scored item is in scope.
 *
 * @example
 * ```ts
 * AssessmentScopeSchema.parse({ type: 'scope', scopeId: 'coe-level-2' });
 * AssessmentScopeSchema.parse({ type: 'codes', codes: ['P.1', '1', '7.1'] });
 * ```
 */
export const AssessmentScopeSchema = z
  .discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('scope'),
      scopeId: IdSchema.describe('The id of a scope of the framework.'),
    }),
    z.strictObject({
      type: z.literal('codes'),
      codes: z.array(FrameworkCodeSchema).describe('Framework codes in scope.'),
      partScoring: PartScoringSchema.optional().describe(
        'How a listed part of an item is scored; default "share-of-item".',
      ),
    }),
  ])
  .describe('A framework scope by id, or an explicit list of codes.');

/** See {@link AssessmentScopeSchema}. */
export type AssessmentScope = z.infer<typeof AssessmentScopeSchema>;

/**
 * The assessment cycle: a label and its dates.
 *
 * @example
 * ```ts
 * AssessmentCycleSchema.parse({ label: '2026 cycle', startDate: '2026-01-15', endDate: '2026-06-30' });
 * ```
 */
export const AssessmentCycleSchema = z
  .strictObject({
    label: LabelSchema,
    startDate: IsoDateSchema,
    endDate: IsoDateSchema.optional(),
  })
  .describe('The assessment cycle.');

/** See {@link AssessmentCycleSchema}. */
export type AssessmentCycle = z.infer<typeof AssessmentCycleSchema>;

/**
 * A key factor as the review team records it: a Profile fact used to judge what matters
 * (findings refer to it by id). Teams often copy the key factors of the community document
 * (`KeyFactorSchema` of the community schemas) under the same ids.
 *
 * @example
 * ```ts
 * AssessmentKeyFactorSchema.parse({ id: 'kf-rural', text: 'Two thirds of residents live outside the county seat.', profileCode: 'P.1a' });
 * ```
 */
export const AssessmentKeyFactorSchema = z
  .strictObject({
    id: IdSchema,
    text: z.string().min(1).max(20_000),
    profileCode: FrameworkCodeSchema.optional().describe(
      'The Profile code the fact comes from, e.g. "P.1a".',
    ),
  })
  .describe('A key factor from the Profile.');

/** See {@link AssessmentKeyFactorSchema}. */
export type AssessmentKeyFactor = z.infer<typeof AssessmentKeyFactorSchema>;

/**
 * Where an assessment stands.
 *
 * @example
 * ```ts
 * AssessmentStatusSchema.parse('consensus');
 * ```
 */
export const AssessmentStatusSchema = z
  .enum(['planned', 'independent-review', 'consensus', 'site-visit', 'feedback', 'complete'])
  .describe('Where the assessment stands.');

/** See {@link AssessmentStatusSchema}. */
export type AssessmentStatus = z.infer<typeof AssessmentStatusSchema>;

/**
 * An assessment document (kind `assessment`): a community assessed against a framework
 * (optionally a scope of it) in a cycle, by a team of reviewers, each with an independent
 * review, and an optional consensus record. Structure only; {@link validateAssessment} adds
 * the internal checks and {@link checkAssessmentAgainstFramework} the checks that need the
 * framework.
 *
 * @example
 * ```ts
 * const result = AssessmentSchema.safeParse(JSON.parse(text));
 * ```
 */
export const AssessmentSchema = z
  .strictObject({
    kind: z.literal('assessment'),
    formatVersion: z.literal(1),
    id: IdSchema.describe('The assessment id.'),
    name: LabelSchema.optional(),
    communityId: IdSchema.describe('The id of the assessed community (a community document).'),
    framework: z
      .strictObject({
        id: IdSchema.describe('The framework id, e.g. "coe-community-2024".'),
        edition: LabelSchema.optional().describe('The framework edition, e.g. "2024".'),
      })
      .describe('The framework assessed against.'),
    guidelinesId: IdSchema.optional().describe('The id of the scoring guidelines used.'),
    scope: AssessmentScopeSchema.optional(),
    cycle: AssessmentCycleSchema,
    status: AssessmentStatusSchema,
    keyFactors: z
      .array(AssessmentKeyFactorSchema)
      .optional()
      .describe(
        'Key factors that findings refer to by id; when present, every reference is checked against it.',
      ),
    reviewers: z.array(ReviewerSchema).describe('The review team.'),
    reviews: z.array(ReviewSchema).describe('Independent reviews, one per reviewer.'),
    consensus: ConsensusSchema.optional(),
    note: ProseSchema.optional(),
  })
  .describe('An assessment of a community against a framework.');

/** An assessment document (see {@link AssessmentSchema}). */
export type Assessment = z.infer<typeof AssessmentSchema>;

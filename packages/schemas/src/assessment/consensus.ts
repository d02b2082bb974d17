import { z } from 'zod';
import { IdSchema, IsoDateSchema } from '../identifiers.js';
import { FrameworkCodeSchema } from '../framework/code.js';
import { RangeIdSchema } from '../framework/scoring-guidelines.js';
import { OpportunitySchema, StrengthSchema } from './findings.js';
import { ScorePercentSchema } from './item-evaluation.js';

/**
 * The team's agreed evaluation of one item, with its rationale and the reviews it draws on.
 * An average of independent scores is only a starting point; the rationale says why the
 * team chose this range and percent.
 *
 * @example
 * ```ts
 * ConsensusItemSchema.parse({
 *   item: '1.1', range: '50-65', percent: 55,
 *   rationale: 'Systematic approach, deployed to most partners; learning just starting.',
 *   basedOn: ['review-ana', 'review-ben'],
 * });
 * ```
 */
export const ConsensusItemSchema = z
  .strictObject({
    item: FrameworkCodeSchema.describe('The code of the scored item.'),
    range: RangeIdSchema.optional().describe('The agreed range. Required unless notApplicable.'),
    percent: ScorePercentSchema.optional().describe(
      'The agreed percent. Required unless notApplicable.',
    ),
    notApplicable: z.boolean().optional(),
    rationale: z
      .string()
      .min(1)
      .max(20_000)
      .describe('Why the team agreed on this range and percent.'),
    basedOn: z
      .array(IdSchema)
      .min(1)
      .describe('Ids of the reviews (or reviewers) this consensus draws on.'),
    strengths: z.array(StrengthSchema).optional(),
    opportunities: z.array(OpportunitySchema).optional(),
  })
  .describe('An agreed item evaluation.');

/** See {@link ConsensusItemSchema}. */
export type ConsensusItem = z.infer<typeof ConsensusItemSchema>;

/**
 * The consensus record of a review team.
 *
 * @example
 * ```ts
 * ConsensusSchema.parse({ status: 'in-progress', items: [] });
 * ```
 */
export const ConsensusSchema = z
  .strictObject({
    status: z.enum(['in-progress', 'agreed']),
    agreedOn: IsoDateSchema.optional(),
    teamLeaderId: IdSchema.optional().describe('The reviewer id of the team leader.'),
    items: z.array(ConsensusItemSchema),
  })
  .describe('The consensus record.');

/** See {@link ConsensusSchema}. */
export type Consensus = z.infer<typeof ConsensusSchema>;

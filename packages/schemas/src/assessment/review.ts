import { z } from 'zod';
import { IdSchema, IsoDateSchema, LabelSchema } from '../identifiers.js';
import { FrameworkCodeSchema } from '../framework/code.js';
import { ItemEvaluationSchema } from './item-evaluation.js';

/**
 * The role of a reviewer in an assessment team.
 *
 * @example
 * ```ts
 * ReviewerRoleSchema.parse('team-leader');
 * ```
 */
export const ReviewerRoleSchema = z
  .enum(['examiner', 'senior-examiner', 'team-leader', 'item-lead', 'self-assessor', 'observer'])
  .describe('The role of the reviewer in the team.');

/** See {@link ReviewerRoleSchema}. */
export type ReviewerRole = z.infer<typeof ReviewerRoleSchema>;

/**
 * A member of the review team.
 *
 * @example
 * ```ts
 * ReviewerSchema.parse({ id: 'rev-ana', name: 'Ana Ruiz', role: 'item-lead', leadsItems: ['1.1', '7.4'] });
 * ```
 */
export const ReviewerSchema = z
  .strictObject({
    id: IdSchema.describe('The reviewer id, unique within the assessment.'),
    name: LabelSchema,
    role: ReviewerRoleSchema,
    leadsItems: z
      .array(FrameworkCodeSchema)
      .optional()
      .describe('Items this reviewer leads at consensus (item leads).'),
  })
  .describe('A reviewer.');

/** See {@link ReviewerSchema}. */
export type Reviewer = z.infer<typeof ReviewerSchema>;

/**
 * One reviewer's independent review: an evaluation per item, each item at most once.
 *
 * @example
 * ```ts
 * ReviewSchema.parse({ id: 'review-ana', reviewerId: 'rev-ana', status: 'draft', items: [] });
 * ```
 */
export const ReviewSchema = z
  .strictObject({
    id: IdSchema.describe('The review id, unique within the assessment.'),
    reviewerId: IdSchema.describe('The id of the reviewer who wrote it (one review per reviewer).'),
    status: z
      .enum(['draft', 'submitted'])
      .describe('Drafts may be incomplete; submitted reviews must score every item they list.'),
    submittedOn: IsoDateSchema.optional(),
    items: z.array(ItemEvaluationSchema).describe('Independent item evaluations.'),
  })
  .describe('An independent review by one reviewer.');

/** See {@link ReviewSchema}. */
export type Review = z.infer<typeof ReviewSchema>;

import { z } from 'zod';
import { IdSchema, IsoDateSchema, LabelSchema, ProseSchema } from '../identifiers.js';

/**
 * Where a recognition application stands: the states of the recognition journey. `recognised`,
 * `not-recognised` and `withdrawn` are decided (they carry `decidedOn`); the others are open.
 *
 * @example
 * ```ts
 * RecognitionStatusSchema.parse('under-review');
 * ```
 */
export const RecognitionStatusSchema = z
  .enum(['applied', 'under-review', 'feedback', 'recognised', 'not-recognised', 'withdrawn'])
  .describe('Where the application stands; recognised, not-recognised and withdrawn are decided.');

/** See {@link RecognitionStatusSchema}. */
export type RecognitionStatus = z.infer<typeof RecognitionStatusSchema>;

/**
 * One application for a recognition level: the level (a framework scope id), the dates of each
 * step of the journey, the assessment that backs the review, and the decision.
 *
 * @example
 * ```ts
 * RecognitionApplicationSchema.parse({
 *   id: 'level-1-2024', scopeId: 'coe-level-1', appliedOn: '2024-01-15', status: 'recognised', decidedOn: '2024-05-20',
 * });
 * ```
 */
export const RecognitionApplicationSchema = z
  .strictObject({
    id: IdSchema.describe('The application id, unique within the document.'),
    scopeId: IdSchema.describe(
      'The framework scope (recognition level) applied for, e.g. "coe-level-2".',
    ),
    appliedOn: IsoDateSchema.describe('The application date.'),
    assessmentId: IdSchema.optional().describe(
      'Id of the assessment document that backs the review (its scope is the level applied for).',
    ),
    reviewers: z.array(LabelSchema).optional().describe('The reviewer team (ids or names).'),
    reviewStartedOn: IsoDateSchema.optional().describe('When the review started.'),
    feedbackOn: IsoDateSchema.optional().describe('When the feedback report was delivered.'),
    conversationOn: IsoDateSchema.optional().describe(
      'When the community talked the feedback over with the reviewers.',
    ),
    status: RecognitionStatusSchema,
    decidedOn: IsoDateSchema.optional().describe(
      'When the application was decided or withdrawn; required once it is.',
    ),
    note: ProseSchema.optional().describe('The decision note or the reason for withdrawing.'),
  })
  .describe('One application for a recognition level.');

/** See {@link RecognitionApplicationSchema}. */
export type RecognitionApplication = z.infer<typeof RecognitionApplicationSchema>;

/**
 * A recognition document (`kind: "recognition"`): one community's applications for the
 * recognition levels of a framework (Communities of Excellence Levels 1-3 are the scopes
 * `coe-level-1` to `coe-level-3` of `coe-community-2024`). A level requires the one before it:
 * each application needs its required level recognised on or before its application date.
 *
 * @example
 * ```ts
 * RecognitionSchema.safeParse({
 *   kind: 'recognition', formatVersion: 1, id: 'riverbend-recognition', communityId: 'riverbend',
 *   frameworkId: 'coe-community-2024',
 *   applications: [{ id: 'level-1-2024', scopeId: 'coe-level-1', appliedOn: '2024-01-15', status: 'applied' }],
 * }).success; // true
 * ```
 */
export const RecognitionSchema = z
  .strictObject({
    kind: z.literal('recognition'),
    formatVersion: z.literal(1),
    id: IdSchema,
    name: LabelSchema.optional(),
    communityId: IdSchema.describe('Id of the community document.'),
    frameworkId: IdSchema.describe('Id of the framework whose scopes are the recognition levels.'),
    applications: z
      .array(RecognitionApplicationSchema)
      .describe('Applications for recognition levels, oldest first.'),
    notes: ProseSchema.optional(),
  })
  .describe("A community's applications for recognition levels and their outcomes.");

/** A recognition document (see {@link RecognitionSchema}). */
export type Recognition = z.infer<typeof RecognitionSchema>;

import { z } from 'zod';
import { IdSchema, IsoDateSchema, ProseSchema } from '../identifiers.js';
import { ParticipationStageSchema } from './participation-stage.js';
import { ReadinessEntrySchema, ReadinessSelfAssessmentSchema } from './readiness-checklist.js';
import { StageHistoryEntrySchema } from './stage-history.js';
import { YearlyCommitmentSchema } from './yearly-commitment.js';

/**
 * A program-participation document (`kind: "program-participation"`): one community's
 * journey through a learning program: its stage, readiness checklist, yearly commitments
 * and the history of stage changes.
 *
 * @example
 * ```ts
 * ProgramParticipationSchema.safeParse({
 *   kind: 'program-participation', formatVersion: 1, id: 'riverbend-nlc', communityId: 'riverbend-county',
 *   program: 'coe-nlc', stage: 'inquiry',
 * }).success; // true
 * ```
 */
export const ProgramParticipationSchema = z
  .strictObject({
    kind: z.literal('program-participation'),
    formatVersion: z.literal(1),
    id: IdSchema,
    communityId: IdSchema.describe('Id of the community document.'),
    program: IdSchema.describe('Program id, for example "coe-nlc".'),
    cohortId: IdSchema.optional().describe(
      'Id of the cohort document, once the community is placed in one.',
    ),
    stage: ParticipationStageSchema.describe('Current stage.'),
    asOf: IsoDateSchema.optional(),
    readinessChecklist: z
      .array(ReadinessEntrySchema)
      .optional()
      .describe('Status of each readiness characteristic.'),
    readinessSelfAssessment: ReadinessSelfAssessmentSchema.optional(),
    commitments: z
      .array(YearlyCommitmentSchema)
      .optional()
      .describe('Yearly commitments; periods must not overlap.'),
    history: z.array(StageHistoryEntrySchema).optional().describe('Stage changes, oldest first.'),
    notes: ProseSchema.optional(),
  })
  .describe("A community's participation in a learning program.");

/** A program-participation document (see {@link ProgramParticipationSchema}). */
export type ProgramParticipation = z.infer<typeof ProgramParticipationSchema>;

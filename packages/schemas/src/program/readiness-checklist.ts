import { z } from 'zod';
import { IdSchema, IsoDateSchema, LabelSchema, ProseSchema } from '../identifiers.js';

/**
 * One dated piece of evidence for a readiness characteristic.
 *
 * @example
 * ```ts
 * ReadinessEvidenceSchema.parse({ note: 'Board resolution of the hospital', date: '2026-05-14', source: 'minutes' });
 * ```
 */
export const ReadinessEvidenceSchema = z.strictObject({
  note: ProseSchema.min(1).describe('What shows that the characteristic is (or is not) met.'),
  date: IsoDateSchema,
  source: LabelSchema.optional(),
});

/**
 * The status of one readiness characteristic for a community, with evidence.
 * `characteristicId` names an entry of a readiness catalogue (NLC: `R1`..`R9`).
 *
 * @example
 * ```ts
 * ReadinessEntrySchema.parse({ characteristicId: 'R2', status: 'met', evidence: [{ note: 'United Way agreed to be the backbone', date: '2026-04-02' }] });
 * ```
 */
export const ReadinessEntrySchema = z.strictObject({
  characteristicId: IdSchema.describe('Id of the readiness characteristic, for example "R1".'),
  status: z.enum(['met', 'not-met', 'unknown']),
  evidence: z.array(ReadinessEvidenceSchema).optional(),
  assessedOn: IsoDateSchema.optional(),
  assessedBy: LabelSchema.optional(),
});

/** A readiness checklist entry (see {@link ReadinessEntrySchema}). */
export type ReadinessEntry = z.infer<typeof ReadinessEntrySchema>;

/**
 * A Getting Started Readiness Self-Assessment: one 1-4 score per statement. The group
 * total is compared with the catalogue's `readyThreshold` (NLC: 30) by the cohorts package.
 *
 * @example
 * ```ts
 * ReadinessSelfAssessmentSchema.parse({ date: '2026-03-01', scores: [3, 4, 2, 3, 4, 3, 3, 4, 3, 2] });
 * ```
 */
export const ReadinessSelfAssessmentSchema = z.strictObject({
  date: IsoDateSchema,
  scores: z
    .array(z.number().int().min(1).max(4))
    .min(1)
    .describe('One score (1-4) per statement, in statement order.'),
  respondents: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('How many people contributed to the group scores.'),
});

/** A readiness self-assessment (see {@link ReadinessSelfAssessmentSchema}). */
export type ReadinessSelfAssessment = z.infer<typeof ReadinessSelfAssessmentSchema>;

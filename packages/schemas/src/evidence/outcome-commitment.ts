import { z } from 'zod';
import { IdSchema, IsoDateSchema, LabelSchema } from '../identifiers.js';
import { OutcomeAreaSchema } from '../outcome/indicator.js';
import { OutcomeTargetSchema } from '../outcome/indicator-target.js';
import { evidenceMeta } from './evidence-meta.js';

/**
 * A community-level outcome the partnership chose to answer for (ToA E.2.1), with the ids
 * of its core and contributing indicators (E.2.2, M.2.2). Indicator ids refer to
 * indicator definitions kept with the outcome data. `targets` set values to aim for on those
 * indicators ({@link OutcomeTargetSchema}).
 *
 * @example
 * ```ts
 * OutcomeCommitmentSchema.parse({ id: 'out-reading', area: 'EARLY_GRADE_READING', label: 'Grade 3 reading', coreIndicatorIds: ['ela-g3-proficient'], contributingIndicatorIds: ['chronic-absence-k3'] });
 * ```
 */
export const OutcomeCommitmentSchema = z.strictObject({
  id: IdSchema,
  area: OutcomeAreaSchema,
  label: LabelSchema.optional().describe(
    'Local name of the outcome; needed in practice for OTHER.',
  ),
  chosenOn: IsoDateSchema.optional(),
  coreIndicatorIds: z
    .array(IdSchema)
    .optional()
    .describe('Core indicators: community-level measures of the outcome.'),
  contributingIndicatorIds: z
    .array(IdSchema)
    .optional()
    .describe('Contributing indicators: timelier measures that predict the outcome.'),
  firstFocus: z.boolean().optional().describe('Part of the first-focus subset (M.2.2).'),
  targets: z
    .array(OutcomeTargetSchema)
    .max(200)
    .optional()
    .describe(
      "Values aimed for, by indicator, period and subgroup; each indicatorId is one of the outcome's indicator ids.",
    ),
  referenceGroups: z
    .record(LabelSchema, LabelSchema)
    .optional()
    .describe(
      'The reference group of the gaps of this outcome\'s indicators per dimension, e.g. { "race": "White" }; overrides the indicators\' own and the report-wide rule.',
    ),
  ...evidenceMeta,
});

/** A chosen outcome (see {@link OutcomeCommitmentSchema}). */
export type OutcomeCommitment = z.infer<typeof OutcomeCommitmentSchema>;

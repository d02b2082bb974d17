import { z } from 'zod';
import { IdSchema, IsoDateSchema, LabelSchema, ProseSchema } from '../identifiers.js';

const findingText = z.string().min(1).max(20_000);

/**
 * A strength found in a response: one idea, with the key factors it relates to.
 *
 * @example
 * ```ts
 * StrengthSchema.parse({ text: 'Leaders review the shared dashboard monthly.', keyFactors: ['kf-shared-vision'] });
 * ```
 */
export const StrengthSchema = z
  .strictObject({
    id: IdSchema.optional(),
    text: findingText.describe('The strength: one idea, then examples, then why it matters.'),
    keyFactors: z
      .array(IdSchema)
      .optional()
      .describe('Ids of the key factors the strength relates to.'),
  })
  .describe('A strength.');

/** See {@link StrengthSchema}. */
export type Strength = z.infer<typeof StrengthSchema>;

/**
 * How urgent an opportunity for improvement is.
 *
 * @example
 * ```ts
 * OfiPrioritySchema.parse('high');
 * ```
 */
export const OfiPrioritySchema = z
  .enum(['high', 'medium', 'low'])
  .describe('How urgent the opportunity is.');

/** See {@link OfiPrioritySchema}. */
export type OfiPriority = z.infer<typeof OfiPrioritySchema>;

/**
 * An opportunity for improvement (OFI), with its priority. `carriedFrom` names the previous
 * cycle's opportunity it repeats: the one way a reassessment says an opportunity carried over
 * (finding ids are per assessment, so an equal id alone says nothing).
 *
 * @example
 * ```ts
 * OpportunitySchema.parse({ text: 'No evaluation cycle for the partner intake process is described.', priority: 'high' });
 * ```
 */
export const OpportunitySchema = z
  .strictObject({
    id: IdSchema.optional(),
    text: findingText.describe('The opportunity: one idea, then examples, then why it matters.'),
    priority: OfiPrioritySchema,
    keyFactors: z
      .array(IdSchema)
      .optional()
      .describe('Ids of the key factors the opportunity relates to.'),
    carriedFrom: IdSchema.optional().describe(
      "The id of the previous cycle's opportunity this one repeats (carried over).",
    ),
  })
  .describe('An opportunity for improvement (OFI).');

/** See {@link OpportunitySchema}. */
export type Opportunity = z.infer<typeof OpportunitySchema>;

/**
 * A piece of evidence behind an evaluation: what it is, the date it speaks for
 * (`effectiveDate`), when it was entered and where it came from.
 *
 * @example
 * ```ts
 * EvidenceSchema.parse({ description: 'Board minutes', effectiveDate: '2026-03-01', enteredOn: '2026-04-10', source: 'site visit' });
 * ```
 */
export const EvidenceSchema = z
  .strictObject({
    id: IdSchema.optional(),
    description: findingText.describe('What the evidence is.'),
    effectiveDate: IsoDateSchema.describe('The date the evidence speaks for.'),
    enteredOn: IsoDateSchema.optional().describe('When the evidence was recorded.'),
    source: LabelSchema.optional().describe('Where it came from (document, interview, data set).'),
    note: ProseSchema.optional(),
  })
  .describe('Evidence behind an evaluation.');

/** See {@link EvidenceSchema}. */
export type Evidence = z.infer<typeof EvidenceSchema>;

import { z } from 'zod';
import {
  ConfidenceSchema,
  IdSchema,
  IsoDateSchema,
  LabelSchema,
  ProseSchema,
} from '../identifiers.js';

/**
 * A free evidence claim: what is claimed, its source, date and confidence, what it
 * relates to and which benchmarks it speaks to.
 *
 * @example
 * ```ts
 * EvidenceItemSchema.parse({ id: 'ev-1', claim: 'Leadership table met 11 times in 2025.', source: 'meeting minutes', date: '2026-01-10', confidence: 'verified', benchmarkIds: ['E.1.2'] });
 * ```
 */
export const EvidenceItemSchema = z.strictObject({
  id: IdSchema,
  claim: ProseSchema.min(1),
  source: LabelSchema,
  date: IsoDateSchema,
  confidence: ConfidenceSchema.describe('verified (stated by the source), partial, or inferred.'),
  relatesTo: z
    .array(IdSchema)
    .optional()
    .describe('Ids of other items in this document the claim supports.'),
  benchmarkIds: z
    .array(IdSchema)
    .optional()
    .describe('Theory-of-action benchmark ids, for example "E.1.2".'),
});

/** An evidence item (see {@link EvidenceItemSchema}). */
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;

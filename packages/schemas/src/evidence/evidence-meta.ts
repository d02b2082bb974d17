import { z } from 'zod';
import { IsoDateSchema, LabelSchema } from '../identifiers.js';

/**
 * The provenance fields every evidence section and item may carry: where the fact comes
 * from (`source`) and the date it was true or checked (`asOf`). Spread into a
 * `z.strictObject` shape.
 *
 * @example
 * ```ts
 * const Thing = z.strictObject({ name: z.string(), ...evidenceMeta });
 * ```
 */
export const evidenceMeta = {
  source: LabelSchema.optional().describe(
    'Where the fact comes from: a document, URL, person or system.',
  ),
  asOf: IsoDateSchema.optional().describe('The date the fact was true or last checked.'),
};

/**
 * A reference to a document (charter, partnership agreement, accountability structure):
 * title plus date, URL or other reference.
 *
 * @example
 * ```ts
 * DocumentRefSchema.parse({ title: 'Partnership charter', date: '2025-06-01', url: 'https://example.org/charter.pdf' });
 * ```
 */
export const DocumentRefSchema = z.strictObject({
  title: LabelSchema,
  date: IsoDateSchema.optional().describe('Date of the document (adoption or signature).'),
  url: z.url().optional(),
  reference: LabelSchema.optional().describe('Any other reference: file name, archive id.'),
});

/** A document reference (see {@link DocumentRefSchema}). */
export type DocumentRef = z.infer<typeof DocumentRefSchema>;

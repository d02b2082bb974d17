import { z } from 'zod';
import { IsoDateSchema, ProseSchema } from '../identifiers.js';
import { evidenceMeta } from './evidence-meta.js';

/**
 * The shared community vision (ToA pillar 1, E.1.1): the statement, whether it is a
 * cradle-to-career vision, and when it was adopted.
 *
 * @example
 * ```ts
 * SharedVisionSchema.parse({ statement: 'Every child succeeds from cradle to career.', cradleToCareer: true, adoptedOn: '2024-11-05' });
 * ```
 */
export const SharedVisionSchema = z.strictObject({
  statement: ProseSchema.optional(),
  cradleToCareer: z.boolean().optional().describe('Whether the vision covers cradle to career.'),
  adoptedOn: IsoDateSchema.optional(),
  ...evidenceMeta,
});

/** A shared vision (see {@link SharedVisionSchema}). */
export type SharedVision = z.infer<typeof SharedVisionSchema>;

import { z } from 'zod';
import { IdSchema, IsoDateSchema, LabelSchema, ProseSchema } from '../identifiers.js';
import { evidenceMeta } from './evidence-meta.js';

/**
 * A shift in policy, practice, resources or power (ToA S.4.2, C.1.1, T.0.1).
 *
 * @example
 * ```ts
 * PolicyChangeSchema.parse({ id: 'pc-absence', kind: 'practice', description: 'District adopted early-warning absence outreach.', adoptedOn: '2026-01-15', organizationId: 'rcs' });
 * ```
 */
export const PolicyChangeSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(['policy', 'practice', 'resources', 'power']),
  description: ProseSchema.min(1),
  institution: LabelSchema.optional().describe('Institution that made the change.'),
  organizationId: IdSchema.optional().describe('Partner id of that institution.'),
  adoptedOn: IsoDateSchema.optional(),
  institutionalized: z
    .boolean()
    .optional()
    .describe('Whether the shift is written into policy, budget or routine.'),
  outcomeIds: z.array(IdSchema).optional(),
  ...evidenceMeta,
});

/** A policy or practice change (see {@link PolicyChangeSchema}). */
export type PolicyChange = z.infer<typeof PolicyChangeSchema>;

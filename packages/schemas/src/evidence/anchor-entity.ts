import { z } from 'zod';
import { IdSchema, LabelSchema } from '../identifiers.js';
import { BACKBONE_FUNCTIONS } from '../community/backbone.js';
import { evidenceMeta } from './evidence-meta.js';

/**
 * The anchor entity / backbone function (ToA E.4.1, M.4.1; Collective Impact backbone
 * support): who carries it, staff FTEs, whether the function is shared among partners
 * (treated as shareable since 2014) and which functions it covers.
 *
 * @example
 * ```ts
 * AnchorEntitySchema.parse({ organization: 'United Way of Riverbend', organizationIds: ['uw-riverbend'], staffFte: 3.5, shared: false, functions: ['convening', 'data'] });
 * ```
 */
export const AnchorEntitySchema = z.strictObject({
  organization: LabelSchema.optional().describe(
    'Name of the anchor organization (or of the shared arrangement).',
  ),
  organizationIds: z
    .array(IdSchema)
    .optional()
    .describe('Partner ids carrying the function; several when shared.'),
  staffFte: z
    .number()
    .min(0)
    .max(10_000)
    .optional()
    .describe('Staff full-time equivalents dedicated to the function.'),
  shared: z
    .boolean()
    .optional()
    .describe('Whether the backbone function is shared among partners.'),
  functions: z.array(z.enum(BACKBONE_FUNCTIONS)).optional(),
  ...evidenceMeta,
});

/** An anchor entity (see {@link AnchorEntitySchema}). */
export type AnchorEntity = z.infer<typeof AnchorEntitySchema>;

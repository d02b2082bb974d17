import { z } from 'zod';
import { IdSchema, IsoDateSchema, LabelSchema, ProseSchema } from '../identifiers.js';
import { SectorSchema } from './sector.js';

/**
 * A partner organization or group of a community, by sector.
 *
 * @example
 * ```ts
 * PartnerSchema.parse({ id: 'kcs', name: 'Kanawha County Schools', sector: 'k-12' });
 * ```
 */
export const PartnerSchema = z.strictObject({
  id: IdSchema.describe('Stable id; members and evidence refer to partners by it.'),
  name: LabelSchema,
  sector: SectorSchema,
  sectorLabel: LabelSchema.optional().describe(
    'Required in practice when sector is "other"; otherwise a finer label.',
  ),
  kind: z
    .enum(['organization', 'agency', 'coalition', 'association', 'informal-group', 'other'])
    .optional()
    .describe('What sort of entity the partner is.'),
  url: z.url().optional(),
  role: ProseSchema.optional().describe('What the partner contributes.'),
  joinedOn: IsoDateSchema.optional(),
});

/** A partner (see {@link PartnerSchema}). */
export type Partner = z.infer<typeof PartnerSchema>;

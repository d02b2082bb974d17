import { z } from 'zod';
import { IdSchema, LabelSchema, ProseSchema } from '../identifiers.js';
import { SectorSchema } from './sector.js';

/**
 * A key asset, challenge, advantage or success factor of a community. Each has an id so
 * that assessments can cite it as a key factor.
 *
 * @example
 * ```ts
 * KeyFactorSchema.parse({ id: 'ch-broadband', label: 'Rural broadband gaps', sectors: ['economic-development'] });
 * ```
 */
export const KeyFactorSchema = z.strictObject({
  id: IdSchema.describe('Stable id; assessments reference key factors by it.'),
  label: LabelSchema,
  description: ProseSchema.optional(),
  sectors: z.array(SectorSchema).optional().describe('Sectors the factor concerns.'),
});

/** A key factor (see {@link KeyFactorSchema}). */
export type KeyFactor = z.infer<typeof KeyFactorSchema>;

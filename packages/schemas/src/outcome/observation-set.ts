import { z } from 'zod';
import { IdSchema, LabelSchema, ProseSchema } from '../identifiers.js';
import { IndicatorSchema } from './indicator.js';
import { ObservationSchema } from './observation.js';

/**
 * An `observation-set` document: observation rows, optionally with the indicators they
 * measure and the citation lines any output built from them must carry.
 *
 * @example
 * ```ts
 * ObservationSetSchema.parse({
 *   kind: 'observation-set', formatVersion: 1, id: 'chrr-2025-v024',
 *   citations: ['University of Wisconsin Population Health Institute. County Health Rankings & Roadmaps 2025.'],
 *   indicators: [childPoverty], observations: [],
 * });
 * ```
 */
export const ObservationSetSchema = z.strictObject({
  kind: z.literal('observation-set'),
  formatVersion: z.literal(1),
  id: IdSchema,
  name: LabelSchema.optional(),
  source: LabelSchema.optional().describe(
    'Where the observations come from (publisher, dataset, version).',
  ),
  citations: z
    .array(ProseSchema)
    .max(50)
    .optional()
    .describe('Citation lines that every output built from these data must carry.'),
  indicators: z
    .array(IndicatorSchema)
    .optional()
    .describe('Indicators measured by the observations (ids unique).'),
  observations: z.array(ObservationSchema).describe('The observation rows.'),
});

/**
 * See {@link ObservationSetSchema}.
 */
export type ObservationSet = z.infer<typeof ObservationSetSchema>;

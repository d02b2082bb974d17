import { z } from 'zod';
import { IdSchema, IsoDateSchema, LabelSchema } from '../identifiers.js';
import { evidenceMeta } from './evidence-meta.js';

/**
 * The three modes of community engagement [verified]: awareness / information sharing,
 * involving and mobilizing, co-developing with residents.
 *
 * @example
 * ```ts
 * ENGAGEMENT_KINDS; // ['awareness', 'involve', 'co-develop']
 * ```
 */
export const ENGAGEMENT_KINDS = ['awareness', 'involve', 'co-develop'] as const;

/**
 * A community engagement event (ToA principle "engage the community", S.3.3, C.1.1).
 *
 * @example
 * ```ts
 * EngagementEventSchema.parse({ id: 'ev-town-hall', date: '2026-04-18', kind: 'involve', title: 'Town hall on child care', participants: 85, familyVoice: true });
 * ```
 */
export const EngagementEventSchema = z.strictObject({
  id: IdSchema,
  date: IsoDateSchema,
  kind: z.enum(ENGAGEMENT_KINDS),
  title: LabelSchema.optional(),
  participants: z.number().int().min(0).optional(),
  youthVoice: z.boolean().optional().describe('Youth took part or were heard.'),
  familyVoice: z.boolean().optional().describe('Families took part or were heard.'),
  ...evidenceMeta,
});

/** An engagement event (see {@link EngagementEventSchema}). */
export type EngagementEvent = z.infer<typeof EngagementEventSchema>;

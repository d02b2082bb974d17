import { z } from 'zod';
import { IdSchema } from '../identifiers.js';
import { SectorSchema } from '../community/sector.js';
import { DocumentRefSchema, evidenceMeta } from './evidence-meta.js';

/**
 * How often a body meets.
 *
 * @example
 * ```ts
 * MEETING_FREQUENCIES.includes('monthly'); // true
 * ```
 */
export const MEETING_FREQUENCIES = [
  'weekly',
  'biweekly',
  'monthly',
  'bimonthly',
  'quarterly',
  'semiannual',
  'annual',
  'ad-hoc',
] as const;

/**
 * The cross-sector leadership table (ToA E.1.1, E.1.2): whether it exists, which sectors
 * sit at it, how many members, how often it meets, and its charter.
 *
 * @example
 * ```ts
 * LeadershipTableSchema.parse({ exists: true, sectorsRepresented: ['k-12', 'business', 'philanthropy'], membersCount: 18, meetingFrequency: 'monthly' });
 * ```
 */
export const LeadershipTableSchema = z.strictObject({
  exists: z.boolean().optional(),
  sectorsRepresented: z.array(SectorSchema).optional(),
  membersCount: z.number().int().min(0).optional(),
  meetingFrequency: z.enum(MEETING_FREQUENCIES).optional(),
  memberOrganizationIds: z.array(IdSchema).optional().describe('Ids of partners with a seat.'),
  charter: DocumentRefSchema.optional().describe(
    'Charter or accountability-structure document, with its date.',
  ),
  ...evidenceMeta,
});

/** A leadership table (see {@link LeadershipTableSchema}). */
export type LeadershipTable = z.infer<typeof LeadershipTableSchema>;

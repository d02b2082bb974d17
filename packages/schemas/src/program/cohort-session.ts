import { z } from 'zod';
import { IdSchema, IsoDateSchema, LabelSchema, ProseSchema } from '../identifiers.js';

/**
 * Kinds of cohort session: the October kickoff, the regular online sessions (NLC: 1st and 3rd
 * Wednesday, 60 minutes), monthly sessions (a monthly review-assess-plan cycle), mentor sessions, expert reviews, one-time special sessions, sessions of the
 * six-session introductory course and the annual conference.
 *
 * @example
 * ```ts
 * SESSION_KINDS.includes('introductory-course'); // true
 * ```
 */
export const SESSION_KINDS = [
  'kickoff',
  'regular',
  'monthly',
  'mentor',
  'expert-review',
  'special',
  'introductory-course',
  'conference',
  'other',
] as const;

/**
 * One session of a cohort. `courseSession` numbers the sessions of a course ("session 3
 * of 6").
 *
 * @example
 * ```ts
 * CohortSessionSchema.parse({ date: '2026-10-07', topic: 'Kickoff', kind: 'kickoff', mode: 'virtual' });
 * ```
 */
export const CohortSessionSchema = z.strictObject({
  id: IdSchema.optional(),
  date: IsoDateSchema,
  topic: LabelSchema,
  kind: z.enum(SESSION_KINDS),
  courseSession: z
    .strictObject({ number: z.number().int().min(1), of: z.number().int().min(1) })
    .optional()
    .describe('Position inside a course, for example { number: 3, of: 6 }.'),
  mode: z.enum(['virtual', 'in-person', 'hybrid']).optional(),
  durationMinutes: z.number().int().min(1).max(10_080).optional(),
  facilitatorIds: z
    .array(IdSchema)
    .optional()
    .describe('Ids of the faculty, coaches or mentors who led the session.'),
  location: LabelSchema.optional(),
  notes: ProseSchema.optional(),
});

/** A cohort session (see {@link CohortSessionSchema}). */
export type CohortSession = z.infer<typeof CohortSessionSchema>;

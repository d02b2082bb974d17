import { z } from 'zod';
import { IdSchema, LabelSchema } from '../identifiers.js';

/**
 * A person who serves a cohort: faculty, coach or mentor.
 *
 * @example
 * ```ts
 * ProgramPersonSchema.parse({ id: 'f-lee', name: 'Pat Lee', role: 'Lead faculty', organization: 'COE 2026' });
 * ```
 */
export const ProgramPersonSchema = z.strictObject({
  id: IdSchema.describe('Stable id; enrollments and sessions refer to people by it.'),
  name: LabelSchema,
  role: LabelSchema.optional().describe(
    'Role in words, for example "lead faculty" or "Baldrige expert coach".',
  ),
  organization: LabelSchema.optional(),
  email: z.email().optional(),
});

/** A person serving a cohort (see {@link ProgramPersonSchema}). */
export type ProgramPerson = z.infer<typeof ProgramPersonSchema>;

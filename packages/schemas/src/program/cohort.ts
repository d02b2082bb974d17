import { z } from 'zod';
import { IdSchema, IsoDateSchema, LabelSchema, ProseSchema } from '../identifiers.js';
import { CohortSessionSchema } from './cohort-session.js';
import { ProgramPersonSchema } from './program-person.js';

/**
 * The default cohort capacity of the National Learning Collaborative: up to 6 communities
 * [verified for current calls; earlier calls said 10 or 10-15]. A cohort's own `capacity`
 * overrides it.
 *
 * @example
 * ```ts
 * cohort.capacity ?? DEFAULT_COHORT_CAPACITY; // 6 when not set
 * ```
 */
export const DEFAULT_COHORT_CAPACITY = 6;

/**
 * Stage labels a cohort typically moves through. The cohort state machine owns the
 * transitions; the document keeps `stage` as a free label so that other programs fit.
 *
 * @example
 * ```ts
 * COHORT_STAGE_LABELS[0]; // 'forming'
 * ```
 */
export const COHORT_STAGE_LABELS = [
  'forming',
  'kickoff',
  'phase-one',
  'phase-two',
  'phase-three',
  'alumni',
] as const;

/**
 * A community enrolled in a cohort. Withdrawn enrollments do not count toward capacity.
 *
 * @example
 * ```ts
 * CohortEnrollmentSchema.parse({ communityId: 'riverbend-county', joinedOn: '2026-09-01', mentorIds: ['mentor-kim'] });
 * ```
 */
export const CohortEnrollmentSchema = z.strictObject({
  communityId: IdSchema.describe('Id of the community document.'),
  joinedOn: IsoDateSchema.optional(),
  mentorIds: z
    .array(IdSchema)
    .optional()
    .describe('Ids of the cohort people who mentor this community.'),
  status: z
    .enum(['active', 'paused', 'withdrawn', 'alumni'])
    .optional()
    .describe('Enrollment status; "withdrawn" frees the seat.'),
});

/** An enrollment (see {@link CohortEnrollmentSchema}). */
export type CohortEnrollment = z.infer<typeof CohortEnrollmentSchema>;

/**
 * A cohort document (`kind: "cohort"`): a group of communities that start a learning
 * program together, with its people (faculty, coaches, mentors) and sessions.
 *
 * @example
 * ```ts
 * CohortSchema.safeParse({
 *   kind: 'cohort', formatVersion: 1, id: 'nlc-2026', program: 'coe-nlc', name: 'NLC 2026-2027',
 *   kickoffOn: '2026-10-07', stage: 'forming', communities: [],
 * }).success; // true
 * ```
 */
export const CohortSchema = z
  .strictObject({
    kind: z.literal('cohort'),
    formatVersion: z.literal(1),
    id: IdSchema.describe('Stable id of the cohort; cohorts are best keyed by start date.'),
    program: IdSchema.describe('Program id, for example "coe-nlc".'),
    name: LabelSchema,
    cohortNumber: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('Cohort number; numbering differs between sources [inferred].'),
    classLabel: LabelSchema.optional().describe(
      'Class label, for example "Class of 2021" (the alumni year) [inferred].',
    ),
    kickoffOn: IsoDateSchema.optional().describe('Kickoff date (NLC: October).'),
    capacity: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Most communities the cohort takes; defaults to 6 when absent.'),
    stage: z
      .string()
      .min(1)
      .max(100)
      .describe('Stage label: forming, kickoff, phase-one, phase-two, phase-three, alumni...'),
    communities: z.array(CohortEnrollmentSchema).describe('Enrolled communities.'),
    faculty: z.array(ProgramPersonSchema).optional(),
    coaches: z.array(ProgramPersonSchema).optional(),
    mentors: z.array(ProgramPersonSchema).optional(),
    sessions: z.array(CohortSessionSchema).optional(),
    notes: ProseSchema.optional(),
  })
  .describe('A cohort of communities in a learning program.');

/** A cohort document (see {@link CohortSchema}). */
export type Cohort = z.infer<typeof CohortSchema>;

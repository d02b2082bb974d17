import { z } from 'zod';
import { IdSchema, IsoDateSchema, LabelSchema, ProseSchema } from '../identifiers.js';
import { SectorSchema } from './sector.js';

/**
 * Roles a member can hold in the community excellence group (formal and informal leaders,
 * chair, residents, youth...). The list is [inferred] from the COE description of a
 * cross-sector, multi-generation group of formal and informal leaders.
 *
 * @example
 * ```ts
 * MEMBER_ROLES.includes('informal-leader'); // true
 * ```
 */
export const MEMBER_ROLES = [
  'formal-leader',
  'informal-leader',
  'chair',
  'co-chair',
  'coordinator',
  'project-leader',
  'resident',
  'youth',
  'staff',
  'other',
] as const;

/**
 * Generations a member can belong to; a `birthDecade` can be given instead or as well.
 *
 * @example
 * ```ts
 * GENERATIONS; // ['youth', 'young-adult', 'adult', 'elder']
 * ```
 */
export const GENERATIONS = ['youth', 'young-adult', 'adult', 'elder'] as const;

/**
 * A member of the community excellence group.
 *
 * @example
 * ```ts
 * ExcellenceGroupMemberSchema.parse({ id: 'm-ana', name: 'Ana Ruiz', sector: 'health', roles: ['chair', 'formal-leader'], generation: 'adult', organizationId: 'clinic' });
 * ```
 */
export const ExcellenceGroupMemberSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  sector: SectorSchema,
  sectorLabel: LabelSchema.optional(),
  roles: z.array(z.enum(MEMBER_ROLES)).min(1).describe('Roles held; at least one.'),
  generation: z.enum(GENERATIONS).optional(),
  birthDecade: z
    .number()
    .int()
    .min(1900)
    .max(2100)
    .multipleOf(10)
    .optional()
    .describe('Birth decade, for example 1980.'),
  organizationId: IdSchema.optional().describe(
    'Id of a partner or backbone organization the member comes from.',
  ),
  joinedOn: IsoDateSchema.optional(),
});

/** A group member (see {@link ExcellenceGroupMemberSchema}). */
export type ExcellenceGroupMember = z.infer<typeof ExcellenceGroupMemberSchema>;

/**
 * The community excellence group: the cross-sector, multi-generation leadership group of
 * formal and informal leaders [verified].
 *
 * @example
 * ```ts
 * ExcellenceGroupSchema.parse({ name: 'Riverbend Excellence Council', members: [] });
 * ```
 */
export const ExcellenceGroupSchema = z.strictObject({
  name: LabelSchema.optional(),
  formedOn: IsoDateSchema.optional(),
  meetingFrequency: LabelSchema.optional().describe(
    'How often the group meets, for example "monthly".',
  ),
  description: ProseSchema.optional(),
  members: z.array(ExcellenceGroupMemberSchema),
});

/** The community excellence group (see {@link ExcellenceGroupSchema}). */
export type ExcellenceGroup = z.infer<typeof ExcellenceGroupSchema>;

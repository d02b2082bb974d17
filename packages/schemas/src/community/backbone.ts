import { z } from 'zod';
import { IdSchema, LabelSchema, ProseSchema } from '../identifiers.js';

/**
 * Functions a backbone can carry (Collective Impact backbone activities and the COE hub
 * role: communications, data and technical help in the background). The list is
 * [inferred] from those sources; use `other` for anything else.
 *
 * @example
 * ```ts
 * BACKBONE_FUNCTIONS.includes('data'); // true
 * ```
 */
export const BACKBONE_FUNCTIONS = [
  'convening',
  'facilitation',
  'vision-and-strategy',
  'aligned-activities',
  'data',
  'communications',
  'technical-assistance',
  'community-engagement',
  'policy',
  'funding',
  'administration',
  'other',
] as const;

/**
 * A point of contact: a person who coordinates and answers for the backbone or group.
 *
 * @example
 * ```ts
 * ContactSchema.parse({ name: 'Ana Ruiz', role: 'Coordinator', email: 'ana@example.org', memberId: 'm-ana' });
 * ```
 */
export const ContactSchema = z.strictObject({
  name: LabelSchema,
  role: LabelSchema.optional(),
  email: z.email().optional(),
  phone: z.string().min(1).max(50).optional(),
  memberId: IdSchema.optional().describe('The excellence-group member this contact is, if any.'),
});

/** A point of contact (see {@link ContactSchema}). */
export type Contact = z.infer<typeof ContactSchema>;

/**
 * One organization of the backbone.
 *
 * @example
 * ```ts
 * BackboneOrganizationSchema.parse({ id: 'united-way', name: 'United Way of the Valley', functions: ['convening', 'data'] });
 * ```
 */
export const BackboneOrganizationSchema = z.strictObject({
  id: IdSchema.describe(
    'Stable id, in the same namespace as partners; members may name it as their organization.',
  ),
  name: LabelSchema,
  functions: z
    .array(z.enum(BACKBONE_FUNCTIONS))
    .optional()
    .describe('What this organization does for the group.'),
  description: ProseSchema.optional(),
});

/** A backbone organization (see {@link BackboneOrganizationSchema}). */
export type BackboneOrganization = z.infer<typeof BackboneOrganizationSchema>;

/**
 * The hub of the collaboration [verified]: one backbone organization (`single`) or a
 * network of supporting entities (`network`), with a point of contact. At least one
 * organization is required.
 *
 * @example
 * ```ts
 * BackboneSchema.parse({ structure: 'single', organizations: [{ id: 'uw', name: 'United Way' }], pointOfContact: { name: 'Ana Ruiz' } });
 * ```
 */
export const BackboneSchema = z.strictObject({
  structure: z
    .enum(['single', 'network'])
    .describe('"single" backbone organization or a "network" of supporting entities.'),
  organizations: z
    .array(BackboneOrganizationSchema)
    .min(1)
    .describe('The backbone organization(s); at least one.'),
  pointOfContact: ContactSchema.optional().describe(
    'The key person who coordinates and is the main contact.',
  ),
});

/** A backbone (see {@link BackboneSchema}). */
export type Backbone = z.infer<typeof BackboneSchema>;

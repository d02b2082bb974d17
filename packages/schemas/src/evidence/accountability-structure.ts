import { z } from 'zod';
import { IdSchema, LabelSchema, ProseSchema } from '../identifiers.js';
import { DocumentRefSchema, evidenceMeta } from './evidence-meta.js';

/**
 * A role in the accountability structure (leadership table chair, anchor entity, data
 * team...).
 *
 * @example
 * ```ts
 * AccountabilityRoleSchema.parse({ id: 'role-chair', name: 'Leadership table chair', organizationId: 'chamber' });
 * ```
 */
export const AccountabilityRoleSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  responsibilities: ProseSchema.optional(),
  organizationId: IdSchema.optional().describe('Partner that holds the role.'),
  ...evidenceMeta,
});

/**
 * A work group of the partnership.
 *
 * @example
 * ```ts
 * WorkGroupSchema.parse({ id: 'wg-data', name: 'Data team', leadOrganizationId: 'university' });
 * ```
 */
export const WorkGroupSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  focus: ProseSchema.optional(),
  leadOrganizationId: IdSchema.optional().describe('Partner that leads the group.'),
  outcomeIds: z
    .array(IdSchema)
    .optional()
    .describe('Ids of outcomes (in `outcomes`) the group works on.'),
  ...evidenceMeta,
});

/**
 * The accountability structure (ToA E.1.2, M.1.2, S.1.1): whether it is documented, its
 * roles and work groups.
 *
 * @example
 * ```ts
 * AccountabilityStructureSchema.parse({ documented: true, roles: [{ id: 'role-chair', name: 'Chair' }], workGroups: [] });
 * ```
 */
export const AccountabilityStructureSchema = z.strictObject({
  documented: z.boolean().optional(),
  document: DocumentRefSchema.optional(),
  roles: z.array(AccountabilityRoleSchema).optional(),
  workGroups: z.array(WorkGroupSchema).optional(),
  ...evidenceMeta,
});

/** An accountability structure (see {@link AccountabilityStructureSchema}). */
export type AccountabilityStructure = z.infer<typeof AccountabilityStructureSchema>;

import { z } from 'zod';
import { IdSchema, IsoDateSchema, LabelSchema, ProseSchema } from '../identifiers.js';
import { evidenceMeta } from './evidence-meta.js';

/**
 * A data-sharing agreement (ToA M.2.3, S.2.2, C.2.1): parties, signature date, scope,
 * expiry.
 *
 * @example
 * ```ts
 * DataAgreementSchema.parse({ id: 'dsa-schools', parties: ['Riverbend County Schools', 'Riverbend State University'], signedOn: '2025-08-01', expiresOn: '2028-07-31', studentLevel: true });
 * ```
 */
export const DataAgreementSchema = z.strictObject({
  id: IdSchema,
  parties: z.array(LabelSchema).min(1).describe('Names of the parties.'),
  partyIds: z.array(IdSchema).optional().describe('Partner ids of the parties.'),
  signedOn: IsoDateSchema.optional(),
  expiresOn: IsoDateSchema.optional(),
  scope: ProseSchema.optional(),
  studentLevel: z
    .boolean()
    .optional()
    .describe('Whether it covers student-level (individual) data.'),
  ...evidenceMeta,
});

/** A data agreement (see {@link DataAgreementSchema}). */
export type DataAgreement = z.infer<typeof DataAgreementSchema>;

import { z } from 'zod';
import { IdSchema, IsoDateSchema, LabelSchema } from '../identifiers.js';
import { evidenceMeta } from './evidence-meta.js';

/**
 * A funding source of the partnership (ToA E.4.2, M.4.2, S.4.1).
 *
 * @example
 * ```ts
 * FundingSourceSchema.parse({ id: 'fund-cf', funder: 'Riverbend Community Foundation', sourceType: 'philanthropy', amount: 250000, currency: 'USD', startsOn: '2026-01-01', endsOn: '2027-12-31', alignedToStrategies: true });
 * ```
 */
export const FundingSourceSchema = z.strictObject({
  id: IdSchema,
  funder: LabelSchema.describe('Who provides the money.'),
  sourceType: z
    .enum(['philanthropy', 'public', 'business', 'individual', 'member-dues', 'earned', 'other'])
    .optional(),
  funderId: IdSchema.optional().describe('Partner id of the funder, when it is a partner.'),
  amount: z.number().min(0).optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional()
    .describe('ISO 4217 code; USD when absent.'),
  startsOn: IsoDateSchema.optional(),
  endsOn: IsoDateSchema.optional().describe('Last day of the funding period (inclusive).'),
  alignedToStrategies: z
    .boolean()
    .optional()
    .describe('Whether the money is aligned to the partnership strategies.'),
  ...evidenceMeta,
});

/** A funding source (see {@link FundingSourceSchema}). */
export type FundingSource = z.infer<typeof FundingSourceSchema>;

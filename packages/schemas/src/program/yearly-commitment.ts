import { z } from 'zod';
import { IsoDateSchema, ProseSchema } from '../identifiers.js';

/**
 * A one-year commitment of a community to a program (NLC: communities commit one year at a
 * time within a 3-year experience [verified]). Periods are inclusive: `endsOn` is the last
 * day.
 *
 * @example
 * ```ts
 * YearlyCommitmentSchema.parse({ year: 1, startsOn: '2026-10-01', endsOn: '2027-09-30', renewed: true, renewedOn: '2027-08-15' });
 * ```
 */
export const YearlyCommitmentSchema = z.strictObject({
  year: z.number().int().min(1).max(50).describe('Program year, 1-based.'),
  startsOn: IsoDateSchema,
  endsOn: IsoDateSchema.describe('Last day of the commitment (inclusive).'),
  renewed: z.boolean().optional().describe('Whether the community renewed for the following year.'),
  renewedOn: IsoDateSchema.optional(),
  note: ProseSchema.optional(),
});

/** A yearly commitment (see {@link YearlyCommitmentSchema}). */
export type YearlyCommitment = z.infer<typeof YearlyCommitmentSchema>;

import { z } from 'zod';
import { IdSchema, IsoDateSchema, LabelSchema } from '../identifiers.js';
import { evidenceMeta } from './evidence-meta.js';

/**
 * Audiences of a community report.
 *
 * @example
 * ```ts
 * REPORT_AUDIENCES.includes('families'); // true
 * ```
 */
export const REPORT_AUDIENCES = [
  'community',
  'partners',
  'funders',
  'families',
  'youth',
  'policymakers',
  'media',
  'other',
] as const;

/**
 * A report card or community report (ToA M.1.1 baseline report card, S.1.2 annual report
 * card).
 *
 * @example
 * ```ts
 * ReportCardSchema.parse({ id: 'rc-2025', publishedOn: '2025-11-12', audiences: ['community'], url: 'https://example.org/rc-2025', disaggregated: true, disaggregatedBy: ['race-ethnicity', 'economic status'] });
 * ```
 */
export const ReportCardSchema = z.strictObject({
  id: IdSchema,
  title: LabelSchema.optional(),
  publishedOn: IsoDateSchema,
  audiences: z.array(z.enum(REPORT_AUDIENCES)).optional(),
  url: z.url().optional().describe('Where it is published.'),
  reference: LabelSchema.optional().describe('Another reference when there is no URL.'),
  baseline: z.boolean().optional().describe('Whether this is the baseline report card.'),
  disaggregated: z
    .boolean()
    .optional()
    .describe('Whether data are disaggregated by sub-populations.'),
  disaggregatedBy: z.array(LabelSchema).optional(),
  outcomeIds: z
    .array(IdSchema)
    .optional()
    .describe('Ids of outcomes (in `outcomes`) the report covers.'),
  ...evidenceMeta,
});

/** A report card (see {@link ReportCardSchema}). */
export type ReportCard = z.infer<typeof ReportCardSchema>;

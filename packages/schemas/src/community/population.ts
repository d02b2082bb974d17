import { z } from 'zod';
import { IsoDateSchema, LabelSchema } from '../identifiers.js';

const YearSchema = z.number().int().min(1800).max(2200);

/**
 * One group of a population breakdown (for example age 0-17 or Hispanic/Latino), with a
 * count and/or a share between 0 and 1.
 *
 * @example
 * ```ts
 * PopulationBreakdownSchema.parse({ dimension: 'age', group: '0-17', count: 41200, year: 2023 });
 * ```
 */
export const PopulationBreakdownSchema = z.strictObject({
  dimension: LabelSchema.describe(
    'What the population is broken down by: age, race-ethnicity, income...',
  ),
  group: LabelSchema.describe('The group within that dimension.'),
  count: z.number().int().min(0).optional().describe('People in the group.'),
  share: z.number().min(0).max(1).optional().describe('Share of the total, 0..1.'),
  year: YearSchema.optional().describe('Year of the figure, when it differs from the total.'),
  source: LabelSchema.optional(),
});

/** A population breakdown group (see {@link PopulationBreakdownSchema}). */
export type PopulationBreakdown = z.infer<typeof PopulationBreakdownSchema>;

/**
 * The population of a place: a total with its year and source, plus optional breakdowns.
 *
 * @example
 * ```ts
 * PopulationSchema.parse({ total: 180745, year: 2023, source: 'ACS 5-year estimates' });
 * ```
 */
export const PopulationSchema = z.strictObject({
  total: z.number().int().min(0).describe('Total population.'),
  year: YearSchema.describe('Year the total refers to.'),
  source: LabelSchema.optional().describe(
    'Where the figure comes from, for example "ACS 2019-2023 5-year".',
  ),
  asOf: IsoDateSchema.optional().describe('When the figure was retrieved.'),
  breakdowns: z.array(PopulationBreakdownSchema).optional(),
});

/** A population (see {@link PopulationSchema}). */
export type Population = z.infer<typeof PopulationSchema>;

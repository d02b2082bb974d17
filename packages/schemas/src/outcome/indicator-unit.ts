import { z } from 'zod';
import { LabelSchema } from '../identifiers.js';

/**
 * The unit an indicator is measured in: a discriminated union on `type`. `percent` is
 * 0-100, `proportion` 0-1, `rate` is per `per` people (e.g. 100,000), `score` may declare
 * its scale, `currency` names an ISO 4217 code, `other` carries a label.
 *
 * @example
 * ```ts
 * IndicatorUnitSchema.parse({ type: 'rate', per: 100000 });
 * IndicatorUnitSchema.parse({ type: 'proportion' });
 * ```
 */
export const IndicatorUnitSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('percent') }).describe('Percent, 0 to 100.'),
    z.strictObject({ type: z.literal('proportion') }).describe('Proportion, 0 to 1.'),
    z
      .strictObject({
        type: z.literal('rate'),
        per: z.number().positive().describe('The base of the rate, e.g. 1000 or 100000.'),
      })
      .describe('Events per `per` people.'),
    z
      .strictObject({ type: z.literal('count') })
      .describe('A count of people or events (0 or more).'),
    z
      .strictObject({
        type: z.literal('score'),
        min: z.number().optional().describe('Lowest possible score.'),
        max: z.number().optional().describe('Highest possible score.'),
        label: LabelSchema.optional().describe('What the score measures, e.g. "grade levels".'),
      })
      .describe('A score on a scale.'),
    z
      .strictObject({ type: z.literal('years') })
      .describe('A duration in years (e.g. life expectancy).'),
    z
      .strictObject({
        type: z.literal('currency'),
        currency: z.string().length(3).describe('ISO 4217 currency code, e.g. "USD".'),
      })
      .describe('Money in the given currency.'),
    z
      .strictObject({ type: z.literal('other'), label: LabelSchema })
      .describe('Any other unit, named by a label.'),
  ])
  .describe('The unit the indicator is measured in.');

/**
 * See {@link IndicatorUnitSchema}.
 */
export type IndicatorUnit = z.infer<typeof IndicatorUnitSchema>;

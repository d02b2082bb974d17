import { z } from 'zod';
import { IdSchema, LabelSchema, ProseSchema } from '../identifiers.js';
import { SubgroupSchema } from './observation.js';

/**
 * A target for an indicator: the value the partnership aims for in a period, for the whole
 * population or one subgroup, in the analysed place or another one (Results-Based
 * Accountability: the desired result a baseline forecast is compared with). `period` is written
 * as the observations write it (`2027-28`), so that a target and an observed value of the same
 * period meet; `value` is in the indicator's unit.
 *
 * @example
 * ```ts
 * IndicatorTargetSchema.parse({ period: '2027-28', value: 86, subgroup: { dimension: 'race-ethnicity', value: 'Black' } });
 * ```
 */
export const IndicatorTargetSchema = z.strictObject({
  period: z
    .string()
    .min(1)
    .max(100)
    .describe('The target period as the observations write it, e.g. "2027-28".'),
  value: z.number().describe("The value aimed for, in the indicator's unit."),
  subgroup: SubgroupSchema.optional().describe(
    'The group the target is for; the whole population when absent.',
  ),
  place: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('The place code the target is for; the analysed place when absent.'),
  note: ProseSchema.optional().describe('Why this target, or how it was set.'),
  source: LabelSchema.optional().describe(
    'Where the target comes from (plan, agreement, decision).',
  ),
});

/**
 * See {@link IndicatorTargetSchema}.
 */
export type IndicatorTarget = z.infer<typeof IndicatorTargetSchema>;

/**
 * A target that a partnership's outcome commitment sets for one of its indicators: an
 * {@link IndicatorTargetSchema | indicator target} that also names `indicatorId`, one of the
 * outcome's core or contributing indicator ids (checked by the partnership-evidence validator).
 *
 * @example
 * ```ts
 * OutcomeTargetSchema.parse({ indicatorId: 'chronic-absence-k3', period: '2027-28', value: 12 });
 * ```
 */
export const OutcomeTargetSchema = z.strictObject({
  indicatorId: IdSchema.describe(
    "The indicator the target is for: one of the outcome's core or contributing indicator ids.",
  ),
  ...IndicatorTargetSchema.shape,
});

/**
 * See {@link OutcomeTargetSchema}.
 */
export type OutcomeTarget = z.infer<typeof OutcomeTargetSchema>;

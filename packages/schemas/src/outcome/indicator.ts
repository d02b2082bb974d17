import { z } from 'zod';
import { IdSchema, LabelSchema, ProseSchema } from '../identifiers.js';
import { IndicatorUnitSchema } from './indicator-unit.js';
import { IndicatorTargetSchema } from './indicator-target.js';

/**
 * The seven StriveTogether cradle-to-career outcomes, in their order [verified].
 *
 * @example
 * ```ts
 * CRADLE_TO_CAREER_OUTCOMES[0]; // 'KINDERGARTEN_READINESS'
 * CRADLE_TO_CAREER_OUTCOMES.length; // 7
 * ```
 */
export const CRADLE_TO_CAREER_OUTCOMES = [
  'KINDERGARTEN_READINESS',
  'EARLY_GRADE_READING',
  'MIDDLE_GRADE_MATH',
  'HIGH_SCHOOL_GRADUATION',
  'POSTSECONDARY_ENROLLMENT',
  'POSTSECONDARY_COMPLETION',
  'EMPLOYMENT',
] as const;

/**
 * An outcome area, for indicators and for the outcomes a partnership commits to: the seven
 * StriveTogether cradle-to-career outcomes (in their order), then community areas beyond
 * education (`HEALTH`, `SAFETY`, `ECONOMIC_VITALITY`, `QUALITY_OF_LIFE`) and `OTHER`.
 *
 * @example
 * ```ts
 * OutcomeAreaSchema.parse('EARLY_GRADE_READING');
 * ```
 */
export const OutcomeAreaSchema = z
  .enum([
    ...CRADLE_TO_CAREER_OUTCOMES,
    'HEALTH',
    'SAFETY',
    'ECONOMIC_VITALITY',
    'QUALITY_OF_LIFE',
    'OTHER',
  ])
  .describe(
    'The outcome area: one of the seven cradle-to-career outcomes, a community area, or OTHER.',
  );

/**
 * See {@link OutcomeAreaSchema}.
 */
export type OutcomeArea = z.infer<typeof OutcomeAreaSchema>;

/**
 * Which way is good for an indicator (its polarity): graduation is `higher-is-better`,
 * dropout or poverty `lower-is-better`.
 *
 * @example
 * ```ts
 * IndicatorDirectionSchema.parse('lower-is-better');
 * ```
 */
export const IndicatorDirectionSchema = z
  .enum(['higher-is-better', 'lower-is-better', 'neutral'])
  .describe('Which direction of change is an improvement.');

/**
 * `core` indicators track a community-level outcome; `contributing` indicators are timelier
 * and predict it (e.g. chronic absence for early-grade reading).
 *
 * @example
 * ```ts
 * IndicatorRoleSchema.parse('contributing');
 * ```
 */
export const IndicatorRoleSchema = z
  .enum(['core', 'contributing'])
  .describe('core (tracks the outcome) or contributing (predicts it).');

/**
 * See {@link IndicatorRoleSchema}.
 */
export type IndicatorRole = z.infer<typeof IndicatorRoleSchema>;

/**
 * An outcome indicator: what is measured, in which unit, and which direction is good; optionally
 * its targets by period and subgroup ({@link IndicatorTargetSchema}).
 *
 * @example
 * ```ts
 * IndicatorSchema.parse({
 *   id: 'acgr-4yr', name: 'Four-year adjusted cohort graduation rate', outcomeArea: 'HIGH_SCHOOL_GRADUATION',
 *   unit: { type: 'percent' }, direction: 'higher-is-better', role: 'core',
 * });
 * ```
 */
export const IndicatorSchema = z.strictObject({
  id: IdSchema.describe('Stable indicator id, referenced by observations.'),
  name: LabelSchema.describe('Human name of the indicator.'),
  outcomeArea: OutcomeAreaSchema,
  unit: IndicatorUnitSchema,
  direction: IndicatorDirectionSchema,
  role: IndicatorRoleSchema,
  definition: ProseSchema.optional().describe('How the indicator is defined and computed.'),
  source: LabelSchema.optional().describe('Where the data come from (publisher, dataset).'),
  disaggregations: z
    .array(LabelSchema)
    .max(50)
    .optional()
    .describe(
      'Subgroup dimensions the indicator is broken down by, e.g. "race", "sex". Observations may use these and "all".',
    ),
  targets: z
    .array(IndicatorTargetSchema)
    .max(200)
    .optional()
    .describe('Values aimed for, by period and subgroup (and place).'),
  referenceGroups: z
    .record(LabelSchema, LabelSchema)
    .optional()
    .describe(
      'The reference group of this indicator\'s gaps per dimension, e.g. { "race": "White" }; overrides the report-wide rule of the outcome analysis.',
    ),
});

/**
 * See {@link IndicatorSchema}.
 */
export type Indicator = z.infer<typeof IndicatorSchema>;

/**
 * An `indicator-set` document: a named catalogue of indicators.
 *
 * @example
 * ```ts
 * IndicatorSetSchema.parse({ kind: 'indicator-set', formatVersion: 1, id: 'riverbend-outcomes', indicators: [] });
 * ```
 */
export const IndicatorSetSchema = z.strictObject({
  kind: z.literal('indicator-set'),
  formatVersion: z.literal(1),
  id: IdSchema,
  name: LabelSchema.optional(),
  indicators: z.array(IndicatorSchema).describe('The indicators; ids must be unique.'),
});

/**
 * See {@link IndicatorSetSchema}.
 */
export type IndicatorSet = z.infer<typeof IndicatorSetSchema>;

import { z } from 'zod';
import { IdSchema, IsoDateSchema, LabelSchema, ProseSchema } from '../identifiers.js';
import { ObservationValueSchema } from './observation-value.js';

/**
 * The geographic or organisational level of a place.
 *
 * @example
 * ```ts
 * PlaceLevelSchema.parse('county');
 * ```
 */
export const PlaceLevelSchema = z
  .enum([
    'nation',
    'state',
    'region',
    'county',
    'city',
    'community',
    'district',
    'school',
    'neighborhood',
    'census-tract',
    'zip-code',
    'other',
  ])
  .describe('The level of the place.');

/**
 * See {@link PlaceLevelSchema}.
 */
export type PlaceLevel = z.infer<typeof PlaceLevelSchema>;

/**
 * Where an observation was measured: the source's code for the place (FIPS `01001`, NCES
 * LEA id `0100005`, or a name when the source has no code), optionally the coding scheme,
 * a name and the level. Codes are strings so that leading zeros survive.
 *
 * @example
 * ```ts
 * PlaceSchema.parse({ code: '01001', scheme: 'fips', name: 'Autauga County', level: 'county' });
 * ```
 */
export const PlaceSchema = z.strictObject({
  code: z
    .string()
    .min(1)
    .max(200)
    .describe('The place code as the source writes it (leading zeros kept), or its name.'),
  scheme: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('The coding scheme, e.g. "fips", "nces-lea", "name".'),
  name: LabelSchema.optional().describe('Human name of the place.'),
  level: PlaceLevelSchema,
});

/**
 * See {@link PlaceSchema}.
 */
export type Place = z.infer<typeof PlaceSchema>;

/**
 * When an observation was measured: a label as the source writes it (`2014`,
 * `2021-2022`) and optionally its first and last day.
 *
 * @example
 * ```ts
 * PeriodSchema.parse({ label: '2021-2022', start: '2021-07-01', end: '2022-06-30' });
 * ```
 */
export const PeriodSchema = z.strictObject({
  label: z
    .string()
    .min(1)
    .max(100)
    .describe('The period as the source writes it, e.g. "2014" or "2021-2022".'),
  start: IsoDateSchema.optional().describe('First day of the period.'),
  end: IsoDateSchema.optional().describe('Last day of the period (not before start).'),
});

/**
 * See {@link PeriodSchema}.
 */
export type Period = z.infer<typeof PeriodSchema>;

/**
 * Which population an observation describes: a dimension and its value (`race` /
 * `Black`). The whole population is `{ dimension: 'all', value: 'all' }`.
 *
 * @example
 * ```ts
 * SubgroupSchema.parse({ dimension: 'race', value: 'Black' });
 * ```
 */
export const SubgroupSchema = z.strictObject({
  dimension: z
    .string()
    .min(1)
    .max(100)
    .describe('The disaggregation dimension, e.g. "race", "sex"; "all" for the whole population.'),
  value: z
    .string()
    .min(1)
    .max(200)
    .describe('The group within the dimension, e.g. "Black"; "all" for the whole population.'),
});

/**
 * See {@link SubgroupSchema}.
 */
export type Subgroup = z.infer<typeof SubgroupSchema>;

/**
 * The subgroup for the whole population.
 *
 * @example
 * ```ts
 * const row = { ...rest, subgroup: ALL_SUBGROUP };
 * ```
 */
export const ALL_SUBGROUP: Subgroup = { dimension: 'all', value: 'all' };

/**
 * A confidence interval of an estimate. `low` may be negative (model-based intervals of
 * small counts); `level` is the confidence level as a fraction, e.g. 0.90.
 *
 * @example
 * ```ts
 * ConfidenceIntervalSchema.parse({ low: -0.02, high: 0.11, level: 0.9 });
 * ```
 */
export const ConfidenceIntervalSchema = z.strictObject({
  low: z.number().describe('Lower bound (may be negative).'),
  high: z.number().describe('Upper bound (not below low).'),
  level: z
    .number()
    .gt(0)
    .lt(1)
    .optional()
    .describe('Confidence level as a fraction, e.g. 0.9 or 0.95.'),
});

/**
 * See {@link ConfidenceIntervalSchema}.
 */
export type ConfidenceInterval = z.infer<typeof ConfidenceIntervalSchema>;

/**
 * A data-quality flag: 1 (good), 2 (use with caution), 3 (weak), as in the Urban
 * Institute's mobility metrics, or a source's own label.
 *
 * @example
 * ```ts
 * QualityFlagSchema.parse(2);
 * ```
 */
export const QualityFlagSchema = z
  .union([z.literal(1), z.literal(2), z.literal(3), LabelSchema])
  .describe('Data quality: 1 good, 2 use with caution, 3 weak; or a source label.');

/**
 * See {@link QualityFlagSchema}.
 */
export type QualityFlag = z.infer<typeof QualityFlagSchema>;

/**
 * One observation row: the value of one indicator for one place, period and subgroup.
 *
 * @example
 * ```ts
 * ObservationSchema.parse({
 *   indicatorId: 'acgr-4yr',
 *   place: { code: '0100005', scheme: 'nces-lea', name: 'Albertville City', level: 'district' },
 *   period: { label: '2021-2022' },
 *   subgroup: { dimension: 'all', value: 'all' },
 *   value: { kind: 'exact', raw: '90%', value: 90, unit: 'percent' },
 *   denominator: 384,
 * });
 * ```
 */
export const ObservationSchema = z.strictObject({
  id: IdSchema.optional().describe('Optional row id, unique within its set.'),
  indicatorId: IdSchema.describe('The indicator measured; must exist in the set or the catalogue.'),
  place: PlaceSchema,
  period: PeriodSchema,
  subgroup: SubgroupSchema,
  value: ObservationValueSchema,
  numerator: z
    .number()
    .min(0)
    .optional()
    .describe(
      'Count of the group with the outcome (fractional allowed for weighted or modelled counts).',
    ),
  denominator: z.number().min(0).optional().describe('Size of the group (fractional allowed).'),
  ci: ConfidenceIntervalSchema.optional(),
  quality: QualityFlagSchema.optional(),
  source: LabelSchema.optional().describe(
    'Source or citation of this row when it differs from the set.',
  ),
  footnotes: z.array(ProseSchema).max(20).optional().describe('Notes attached to this row.'),
});

/**
 * See {@link ObservationSchema}.
 */
export type Observation = z.infer<typeof ObservationSchema>;

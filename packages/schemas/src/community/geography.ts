import { z } from 'zod';
import { LabelSchema, ProseSchema } from '../identifiers.js';

/**
 * The kinds of place a community or partnership can cover.
 *
 * @example
 * ```ts
 * GEOGRAPHY_TYPES.includes('tribal-nation'); // true
 * ```
 */
export const GEOGRAPHY_TYPES = [
  'city',
  'town',
  'village',
  'neighborhood',
  'county',
  'multi-county',
  'region',
  'metro-area',
  'school-district',
  'zip-codes',
  'state',
  'tribal-nation',
  'other',
] as const;

/**
 * A code that identifies a place in some coding system (FIPS, GEOID, ZCTA, NCES district
 * id...).
 *
 * @example
 * ```ts
 * GeographyCodeSchema.parse({ system: 'FIPS', value: '29075' });
 * ```
 */
export const GeographyCodeSchema = z.strictObject({
  system: LabelSchema.describe('Coding system, for example FIPS, GEOID, ZCTA, NCES.'),
  value: z
    .string()
    .min(1)
    .max(100)
    .describe('The code in that system, kept as text (leading zeros matter).'),
});

/** A geographic code (see {@link GeographyCodeSchema}). */
export type GeographyCode = z.infer<typeof GeographyCodeSchema>;

/**
 * The place a community or partnership covers: its name, type, codes and a description of
 * its boundaries.
 *
 * @example
 * ```ts
 * GeographySchema.parse({ name: 'Nodaway County, Missouri', type: 'county', codes: [{ system: 'FIPS', value: '29147' }] });
 * ```
 */
export const GeographySchema = z.strictObject({
  name: LabelSchema.describe('Name of the place, for example "Kanawha County, West Virginia".'),
  type: z
    .enum(GEOGRAPHY_TYPES)
    .describe('What kind of place it is; "other" with typeLabel for anything else.'),
  typeLabel: LabelSchema.optional().describe(
    'Label for the place type when type is "other" or to be more precise.',
  ),
  codes: z
    .array(GeographyCodeSchema)
    .optional()
    .describe('Identifying codes such as FIPS or GEOID.'),
  states: z
    .array(z.string().min(1).max(100))
    .optional()
    .describe('State(s) or territories the place lies in.'),
  boundaries: ProseSchema.optional().describe('Geographic and demographic boundaries in words.'),
});

/** A place (see {@link GeographySchema}). */
export type Geography = z.infer<typeof GeographySchema>;

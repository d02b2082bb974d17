import { z } from 'zod';
import { IdSchema, IsoDateSchema, LabelSchema, ProseSchema } from '../identifiers.js';
import { BackboneSchema } from './backbone.js';
import { CommunityProfileSchema } from './community-profile.js';
import { ExcellenceGroupSchema } from './excellence-group.js';
import { GeographySchema } from './geography.js';
import { KeyFactorSchema } from './key-factor.js';
import { PartnerSchema } from './partner.js';
import { PopulationSchema } from './population.js';

/**
 * The COE focus outcome areas [verified]: health, education, economy (economic vitality),
 * quality of life, and safety (named on later pages).
 *
 * @example
 * ```ts
 * FOCUS_OUTCOME_AREAS.includes('safety'); // true
 * ```
 */
export const FOCUS_OUTCOME_AREAS = [
  'health',
  'education',
  'economy',
  'safety',
  'quality-of-life',
] as const;

/**
 * A community document (`kind: "community"`): a geographic community as the
 * Communities of Excellence framework sees it. It holds its place and population, the
 * Community Profile (P.1, P.2), partners by sector, the backbone (one organization or a
 * network), the community excellence group, key assets / challenges / advantages /
 * success factors (each with an id), and its purpose, shared vision and values.
 *
 * Structure only: run {@link validateCommunity} for the semantic checks.
 *
 * @example
 * ```ts
 * CommunitySchema.safeParse({
 *   kind: 'community', formatVersion: 1, id: 'riverbend', name: 'Riverbend',
 *   geography: { name: 'Riverbend County', type: 'county' },
 *   backbone: { structure: 'single', organizations: [{ id: 'uw', name: 'United Way' }] },
 * }).success; // true
 * ```
 */
export const CommunitySchema = z
  .strictObject({
    kind: z.literal('community'),
    formatVersion: z.literal(1),
    id: IdSchema.describe(
      'Stable id of the community; assessments, cohorts and evidence refer to it.',
    ),
    name: LabelSchema.describe('Name of the community.'),
    asOf: IsoDateSchema.optional().describe('Date the document describes.'),
    geography: GeographySchema.describe('The place the Community Profile covers.'),
    population: PopulationSchema.optional(),
    focusOutcomes: z
      .array(z.enum(FOCUS_OUTCOME_AREAS))
      .optional()
      .describe('Outcome areas the community works on.'),
    purpose: ProseSchema.optional().describe('Why the community excellence effort exists.'),
    sharedVision: ProseSchema.optional().describe('The shared vision of the community.'),
    values: z.array(LabelSchema).optional().describe('Shared values.'),
    profile: CommunityProfileSchema.optional().describe(
      'The Community Profile: P.1 Community Description, P.2 Community Situation.',
    ),
    partners: z.array(PartnerSchema).optional().describe('Multi-sector partners.'),
    backbone: BackboneSchema.describe(
      'The backbone organization or network of supporting entities.',
    ),
    excellenceGroup: ExcellenceGroupSchema.optional().describe('The community excellence group.'),
    keyAssets: z.array(KeyFactorSchema).optional(),
    keyChallenges: z.array(KeyFactorSchema).optional(),
    keyAdvantages: z.array(KeyFactorSchema).optional(),
    keySuccessFactors: z.array(KeyFactorSchema).optional(),
    notes: ProseSchema.optional(),
  })
  .describe(
    'A Communities of Excellence community: place, profile, partners, backbone and excellence group.',
  );

/** A community document (see {@link CommunitySchema}). */
export type Community = z.infer<typeof CommunitySchema>;

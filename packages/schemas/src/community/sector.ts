import { z } from 'zod';

/**
 * The sectors a community partner, excellence-group member or leadership table seat can
 * belong to. The list is extensible: use `other` together with a `sectorLabel` for a
 * sector that is not listed. Sector names follow the COE readiness text (health,
 * education, business, government, social services, safety) and the StriveTogether
 * sector prompts (philanthropy, early childhood, K-12, postsecondary, community
 * organizations); the grouping itself is [inferred].
 *
 * @example
 * ```ts
 * SECTORS.includes('health'); // true
 * ```
 */
export const SECTORS = [
  'education',
  'early-childhood',
  'k-12',
  'postsecondary',
  'health',
  'public-health',
  'business',
  'economic-development',
  'government',
  'nonprofit',
  'social-services',
  'faith',
  'philanthropy',
  'public-safety',
  'housing',
  'transportation',
  'environment',
  'arts-and-culture',
  'media',
  'civic',
  'residents',
  'youth',
  'other',
] as const;

/**
 * One of {@link SECTORS}.
 *
 * @example
 * ```ts
 * SectorSchema.parse('philanthropy');
 * ```
 */
export const SectorSchema = z
  .enum(SECTORS)
  .describe('Sector of a partner or member; use "other" with sectorLabel for an unlisted sector.');

/** A sector (see {@link SectorSchema}). */
export type Sector = z.infer<typeof SectorSchema>;

import { z } from 'zod';
import { IdSchema, LabelSchema, ProseSchema } from '../identifiers.js';
import { entryMetaShape, SourceKeySchema } from './code.js';
import { FrameworkCategorySchema, ProfileSectionSchema } from './framework-parts.js';
import { FrameworkScopeSchema } from './scope.js';

/**
 * Where a framework's points come from: `official` (published by the framework owner),
 * `derived` (borrowed from another framework, for example "unofficial, Baldrige-derived"),
 * or `none` (the framework publishes no points; every `points` is null).
 *
 * @example
 * ```ts
 * PointsStatusSchema.parse('derived');
 * ```
 */
export const PointsStatusSchema = z
  .enum(['official', 'derived', 'none'])
  .describe(
    'official: published points; derived: borrowed from another framework (unofficial); none: no points.',
  );

/** See {@link PointsStatusSchema}. */
export type PointsStatus = z.infer<typeof PointsStatusSchema>;

/**
 * A core value or concept of a framework (not scored; examiners use them to frame key themes).
 *
 * @example
 * ```ts
 * CoreValueSchema.parse({ id: 'systems-perspective', name: 'Systems perspective' });
 * ```
 */
export const CoreValueSchema = z
  .strictObject({
    id: IdSchema.describe('The core value id, unique within the framework.'),
    name: LabelSchema.describe('The name as published.'),
    description: ProseSchema.optional(),
    ...entryMetaShape,
  })
  .describe('A core value or concept (not scored).');

/** See {@link CoreValueSchema}. */
export type CoreValue = z.infer<typeof CoreValueSchema>;

/**
 * A source that framework entries cite by key.
 *
 * @example
 * ```ts
 * FrameworkSourceSchema.parse({ key: 'C2', title: 'COE recognition levels', url: 'https://communitiesofexcellence2026.org/' });
 * ```
 */
export const FrameworkSourceSchema = z
  .strictObject({
    key: SourceKeySchema,
    title: LabelSchema.describe('What the source is.'),
    url: z.string().max(2000).optional().describe('Where to find it, when public.'),
    note: ProseSchema.optional(),
  })
  .describe('A source cited by key from framework entries.');

/** See {@link FrameworkSourceSchema}. */
export type FrameworkSource = z.infer<typeof FrameworkSourceSchema>;

/**
 * A framework definition as versioned data (document kind `framework`): the Baldrige
 * Excellence Framework 2023-2024, the Communities of Excellence community framework, a
 * future edition or your own rubric. Structure only; {@link validateFramework} adds the
 * semantic checks (unique codes, points adding up, item kinds, references).
 *
 * @example
 * ```ts
 * const result = FrameworkSchema.safeParse(JSON.parse(text));
 * ```
 */
export const FrameworkSchema = z
  .strictObject({
    kind: z.literal('framework'),
    formatVersion: z.literal(1),
    id: IdSchema.describe('The edition key, e.g. "baldrige-2023-2024" or "coe-community-2024".'),
    family: IdSchema.describe(
      'The framework family, e.g. "baldrige" or "coe"; editions of one family share it.',
    ),
    edition: LabelSchema.describe('The edition, e.g. "2023-2024".'),
    name: LabelSchema.describe('The framework name as published.'),
    publisher: LabelSchema.describe('Who publishes the framework.'),
    version: LabelSchema.describe('The version of this data (not of the framework), e.g. "1.0.0".'),
    description: ProseSchema.optional(),
    pointsStatus: PointsStatusSchema,
    pointsLabel: LabelSchema.optional().describe(
      'How to label the points to people, e.g. "unofficial, Baldrige-derived". Expected when pointsStatus is derived.',
    ),
    totalPoints: z
      .number()
      .min(0)
      .nullable()
      .describe(
        'The sum of all category points (1000 for Baldrige), or null when there are no points.',
      ),
    profile: z.array(ProfileSectionSchema).describe('The unscored Profile sections (P.1, P.2).'),
    categories: z.array(FrameworkCategorySchema).describe('The scored categories, in order.'),
    scopes: z
      .array(FrameworkScopeSchema)
      .optional()
      .describe('Named scopes such as recognition levels.'),
    coreValues: z
      .array(CoreValueSchema)
      .optional()
      .describe('Core values and concepts (not scored).'),
    sources: z
      .array(FrameworkSourceSchema)
      .optional()
      .describe('Sources cited by key from entries.'),
    confidence: entryMetaShape.confidence,
    note: entryMetaShape.note,
  })
  .describe('A framework definition: Profile, categories, items, areas, scopes and points.');

/** A framework definition (see {@link FrameworkSchema}). */
export type Framework = z.infer<typeof FrameworkSchema>;

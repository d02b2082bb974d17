import { z } from 'zod';
import { ProseSchema } from '../identifiers.js';
import { entryMetaShape, FrameworkCodeSchema, nameField } from './code.js';

/**
 * A numbered sub-area or question of an area to address (`1.1a(1)`) or, in frameworks that
 * number questions per item, of an item (`7.1(1)` in Communities of Excellence).
 *
 * @example
 * ```ts
 * FrameworkSubAreaSchema.parse({ code: '1.1a(1)', name: 'Setting Vision and Values', confidence: 'partial' });
 * ```
 */
export const FrameworkSubAreaSchema = z
  .strictObject({
    code: FrameworkCodeSchema.describe(
      'The sub-area code: its parent code followed by "(n)", e.g. "1.1a(1)".',
    ),
    name: nameField,
    description: ProseSchema.optional().describe('What the sub-area asks, in our own words.'),
    ...entryMetaShape,
  })
  .describe('A numbered sub-area (question group) of an area to address or item.');

/** See {@link FrameworkSubAreaSchema}. */
export type FrameworkSubArea = z.infer<typeof FrameworkSubAreaSchema>;

/**
 * A lettered area to address of an item or Profile section (`1.1a`, `P.1b`), with its sub-areas.
 *
 * @example
 * ```ts
 * FrameworkAreaSchema.parse({ code: '1.1b', name: 'Communication', confidence: 'partial' });
 * ```
 */
export const FrameworkAreaSchema = z
  .strictObject({
    code: FrameworkCodeSchema.describe(
      'The area code: its item or section code followed by a letter, e.g. "1.1a".',
    ),
    name: nameField,
    description: ProseSchema.optional().describe('What the area asks, in our own words.'),
    subAreas: z.array(FrameworkSubAreaSchema).optional().describe('Numbered sub-areas, in order.'),
    ...entryMetaShape,
  })
  .describe('A lettered area to address.');

/** See {@link FrameworkAreaSchema}. */
export type FrameworkArea = z.infer<typeof FrameworkAreaSchema>;

/**
 * The evaluation kind of an item: `process` items are scored on ADLI, `results` items on LeTCI.
 *
 * @example
 * ```ts
 * ItemKindSchema.parse('results');
 * ```
 */
export const ItemKindSchema = z
  .enum(['process', 'results'])
  .describe('process items are evaluated on ADLI, results items on LeTCI.');

/** See {@link ItemKindSchema}. */
export type ItemKind = z.infer<typeof ItemKindSchema>;

/**
 * A scored item (`1.1 Senior Leadership`, 70 points, process) with its areas to address.
 *
 * @example
 * ```ts
 * FrameworkItemSchema.parse({ code: '1.1', name: 'Senior Leadership', kind: 'process', points: 70 });
 * ```
 */
export const FrameworkItemSchema = z
  .strictObject({
    code: FrameworkCodeSchema.describe(
      'The item code: its category code, a dot and a number, e.g. "1.1".',
    ),
    name: nameField,
    kind: ItemKindSchema,
    points: z
      .number()
      .min(0)
      .nullable()
      .describe('Maximum points of the item, or null when the framework publishes no points.'),
    description: ProseSchema.optional().describe('What the item covers, in our own words.'),
    areas: z.array(FrameworkAreaSchema).optional().describe('Lettered areas to address, in order.'),
    subAreas: z
      .array(FrameworkSubAreaSchema)
      .optional()
      .describe(
        'Numbered questions directly under the item (frameworks that cite codes such as "7.1(1)").',
      ),
    ...entryMetaShape,
  })
  .describe('A scored item.');

/** See {@link FrameworkItemSchema}. */
export type FrameworkItem = z.infer<typeof FrameworkItemSchema>;

/**
 * A category (`1 Leadership`, 120 points) and its items.
 *
 * @example
 * ```ts
 * FrameworkCategorySchema.parse({
 *   code: '2', name: 'Strategy', points: 85,
 *   items: [
 *     { code: '2.1', name: 'Strategy Development', kind: 'process', points: 45 },
 *     { code: '2.2', name: 'Strategy Implementation', kind: 'process', points: 40 },
 *   ],
 * });
 * ```
 */
export const FrameworkCategorySchema = z
  .strictObject({
    code: FrameworkCodeSchema.describe('The category code, e.g. "1".'),
    name: nameField,
    points: z
      .number()
      .min(0)
      .nullable()
      .describe('Maximum points of the category (the sum of its items), or null when unpublished.'),
    itemKind: ItemKindSchema.optional().describe(
      'The kind every item of this category must have. When absent, Baldrige numbering applies: categories 1-6 hold process items, category 7 results items, other codes are free.',
    ),
    description: ProseSchema.optional().describe('What the category covers, in our own words.'),
    items: z.array(FrameworkItemSchema).describe('The scored items of the category, in order.'),
    ...entryMetaShape,
  })
  .describe('A category of scored items.');

/** See {@link FrameworkCategorySchema}. */
export type FrameworkCategory = z.infer<typeof FrameworkCategorySchema>;

/**
 * An unscored Profile section (`P.1 Organizational Description`) with its areas.
 *
 * @example
 * ```ts
 * ProfileSectionSchema.parse({ code: 'P.2', name: 'Organizational Situation', areas: [] });
 * ```
 */
export const ProfileSectionSchema = z
  .strictObject({
    code: FrameworkCodeSchema.describe('The section code, e.g. "P.1".'),
    name: nameField,
    points: z
      .number()
      .nullable()
      .optional()
      .describe(
        'Always null or absent: the Profile is not scored (a number is reported as profile_scored).',
      ),
    description: ProseSchema.optional().describe('What the section covers, in our own words.'),
    areas: z.array(FrameworkAreaSchema).describe('Lettered areas of the section, in order.'),
    ...entryMetaShape,
  })
  .describe('An unscored Profile section.');

/** See {@link ProfileSectionSchema}. */
export type ProfileSection = z.infer<typeof ProfileSectionSchema>;

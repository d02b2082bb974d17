import { z } from 'zod';
import { IdSchema, ProseSchema } from '../identifiers.js';
import { entryMetaShape, FrameworkCodeSchema, nameField } from './code.js';

/**
 * How a scope that lists only part of an item (an area `7.4a`, a sub-area `7.4(1)` or
 * `1.1a(1)`) scores that item:
 * - `share-of-item` (the default): the item counts with the listed parts' equal share of its
 *   parts at each level (7.1(1) and 7.1(2) of an item with four numbered questions = 2/4 of
 *   its points; `1.1a(1)` of an item with areas a and b, area a with three questions = 1/2 ×
 *   1/3). The number of parts at a level is the number the framework data lists, or the
 *   highest number or letter among them when the numbering skips (7.5 lists only 7.5(2): two
 *   parts). `[inferred]`: the sources say which questions a level asks for, not how they weigh.
 * - `whole-item`: the whole item counts (the behaviour before this option existed), with a
 *   note on the item that only part of it was asked for.
 *
 * @example
 * ```ts
 * PartScoringSchema.parse('share-of-item');
 * ```
 */
export const PartScoringSchema = z
  .enum(['share-of-item', 'whole-item'])
  .describe('How a listed part of an item is scored.');

/** See {@link PartScoringSchema}. */
export type PartScoring = z.infer<typeof PartScoringSchema>;

/**
 * A scope: a named set of framework codes that an assessment answers and scores, such as a
 * Communities of Excellence recognition level. Codes may name Profile sections (`P.1`),
 * categories (`1`), items (`7.1`), areas (`1.1a`) or sub-areas (`7.1(1)`); an item is in
 * scope when its own code, its category's code or one of its area codes is listed. A listed
 * part of an item counts as set by `partScoring` (see {@link PartScoringSchema}).
 *
 * @example
 * ```ts
 * FrameworkScopeSchema.parse({
 *   id: 'coe-level-2', name: 'Journey to Community Excellence', level: 2,
 *   requires: 'coe-level-1', codes: ['P.1', 'P.2', '1', '2', '3'],
 * });
 * ```
 */
export const FrameworkScopeSchema = z
  .strictObject({
    id: IdSchema.describe('The scope id, unique within the framework, e.g. "coe-level-2".'),
    name: nameField,
    level: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('The recognition level number, when the scope is one.'),
    requires: IdSchema.optional().describe(
      'The id of the scope that must be achieved first (the previous level).',
    ),
    codes: z.array(FrameworkCodeSchema).describe('The codes answered and scored at this scope.'),
    partScoring: PartScoringSchema.optional().describe(
      'How a listed part of an item (an area or sub-area) is scored; default "share-of-item".',
    ),
    description: ProseSchema.optional().describe(
      'What the scope asks for (page limits, purpose), in our own words.',
    ),
    ...entryMetaShape,
  })
  .describe('A named set of codes, such as a recognition level.');

/** See {@link FrameworkScopeSchema}. */
export type FrameworkScope = z.infer<typeof FrameworkScopeSchema>;

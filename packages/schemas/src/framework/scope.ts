import { z } from 'zod';
import { IdSchema, ProseSchema } from '../identifiers.js';
import { entryMetaShape, FrameworkCodeSchema, nameField } from './code.js';

/**
 * A scope: a named set of framework codes that an assessment answers and scores, such as a
 * Communities of Excellence recognition level. Codes may name Profile sections (`P.1`),
 * categories (`1`), items (`7.1`), areas (`1.1a`) or sub-areas (`7.1(1)`); an item is in
 * scope when its own code, its category's code or one of its area codes is listed.
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
    description: ProseSchema.optional().describe(
      'What the scope asks for (page limits, purpose), in our own words.',
    ),
    ...entryMetaShape,
  })
  .describe('A named set of codes, such as a recognition level.');

/** See {@link FrameworkScopeSchema}. */
export type FrameworkScope = z.infer<typeof FrameworkScopeSchema>;

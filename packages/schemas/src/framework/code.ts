import { z } from 'zod';
import { ConfidenceSchema, LabelSchema, ProseSchema } from '../identifiers.js';

/**
 * A code inside a framework: a Profile section (`P.1`), an area (`P.1a`), a category (`1`),
 * an item (`1.1`), an area to address (`1.1a`) or a sub-area / question (`1.1a(1)`, `7.1(1)`).
 * Codes share one namespace per framework, so scopes can name any of them.
 *
 * @example
 * ```ts
 * FrameworkCodeSchema.parse('7.1(1)'); // ok
 * FrameworkCodeSchema.safeParse('7 1').success; // false
 * ```
 */
export const FrameworkCodeSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9.()_-]*$/)
  .describe('A framework code such as "P.1", "1", "1.1", "1.1a" or "1.1a(1)".');

/** A framework code (see {@link FrameworkCodeSchema}). */
export type FrameworkCode = z.infer<typeof FrameworkCodeSchema>;

/**
 * The key of a source in a framework's `sources` list (for example `B2` or `C1`).
 *
 * @example
 * ```ts
 * SourceKeySchema.parse('B2');
 * ```
 */
export const SourceKeySchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)
  .describe('The key of an entry of the framework sources list, e.g. "B2".');

/**
 * Research metadata stored beside every piece of framework data: how sure the data is
 * (`confidence`; absent means `verified`), a note and the keys of its sources. Spread into
 * the strict object schemas of the framework parts.
 */
export const entryMetaShape = {
  confidence: ConfidenceSchema.optional().describe(
    'How sure the data is: "verified", "partial" or "inferred". Absent means verified.',
  ),
  note: ProseSchema.optional().describe(
    'Why the entry is tagged, alternatives seen in other editions, caveats.',
  ),
  sources: z
    .array(SourceKeySchema)
    .optional()
    .describe('Keys of the framework sources that support this entry.'),
} as const;

/** A required human name (re-exported under a framework-specific description). */
export const nameField = LabelSchema.describe(
  'The name as printed by the publisher (or labelled inferred).',
);

import { z } from 'zod';

/**
 * A stable identifier: 1-200 characters, starting with a letter or digit, then letters,
 * digits, `.`, `_`, `:` or `-`. Ids are how documents refer to each other, so they must
 * survive a round trip through files, URLs and databases unchanged.
 *
 * @example
 * ```ts
 * IdSchema.parse('riverbend-2026'); // ok
 * IdSchema.safeParse('has space').success; // false
 * ```
 */
export const IdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/)
  .describe(
    'A stable identifier: letters, digits, ".", "_", ":" or "-", starting with a letter or digit.',
  );

/** A stable identifier (see {@link IdSchema}). */
export type Id = z.infer<typeof IdSchema>;

/**
 * A calendar date `YYYY-MM-DD` (ISO 8601), as used for effective dates, meeting dates and
 * cycles.
 *
 * @example
 * ```ts
 * IsoDateSchema.parse('2026-10-01');
 * ```
 */
export const IsoDateSchema = z.iso.date().describe('A calendar date, YYYY-MM-DD.');

/** A calendar date string `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * Non-empty, trimmed-length-limited human text (names, labels).
 *
 * @example
 * ```ts
 * LabelSchema.parse('Riverbend Community Partnership');
 * ```
 */
export const LabelSchema = z.string().min(1).max(500);

/**
 * Free prose (notes, rationales, descriptions) of at most 20,000 characters.
 *
 * @example
 * ```ts
 * ProseSchema.parse('Leaders meet monthly and review the dashboard.');
 * ```
 */
export const ProseSchema = z.string().max(20_000);

/**
 * How sure the library is of a piece of framework data, as tagged in the domain research:
 * `verified` (stated by the cited source), `partial` (neighbouring edition or secondary
 * source), `inferred` (reasoning, not in a source).
 *
 * @example
 * ```ts
 * ConfidenceSchema.parse('partial');
 * ```
 */
export const ConfidenceSchema = z.enum(['verified', 'partial', 'inferred']);

/** See {@link ConfidenceSchema}. */
export type Confidence = z.infer<typeof ConfidenceSchema>;

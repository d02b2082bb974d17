import type { z } from 'zod';
import { walkInput } from './input-walk.js';
import { optionsOf } from './options-of.js';
import { errorIssue } from './error-issue.js';
import { createIssue, type Issue } from './issue.js';
import { toValidationResult, type ValidationResult } from './validation-result.js';
import { fromZodIssues } from './zod-issues.js';

/** Options for a document validator. */
export interface DocumentCheck<T> {
  /** The document `kind` the schema describes; enables format-version checks. */
  readonly kind?: string;
  /** The format versions this library reads for that kind. */
  readonly formatVersions?: readonly number[];
  /** Semantic checks that run only when the structure is valid. */
  readonly check?: (value: T) => readonly Issue[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validates unknown input against a zod schema and returns a {@link ValidationResult}:
 * input is read once before the schema runs (see {@link walkInput}): forbidden keys (`__proto__`,
 * `constructor`, `prototype`), nesting deeper than `MAX_INPUT_DEPTH` (256) (`too_deep`), values that
 * throw when read (`unreadable_value`) and cycles (`circular_value`) are refused, a document of a known kind with an unsupported `formatVersion` gets one clear
 * issue, structural problems become typed issues, and semantic checks run on valid
 * structure. It never throws on bad data.
 *
 * @example
 * ```ts
 * const result = validateWithSchema(CommunitySchema, input, { kind: 'community', formatVersions: [1] });
 * ```
 */
export function validateWithSchema<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: DocumentCheck<z.output<S>> = {},
): ValidationResult<z.output<S>> {
  const unsafe = walkInput(input);
  if (unsafe.length > 0) return { ok: false, issues: unsafe };
  try {
    return parseAndCheck(schema, input, optionsOf(options));
  } catch (error) {
    // A schema or check of another shape (a programmer error) is still answered with an issue.
    return { ok: false, issues: [errorIssue(error)] };
  }
}

function parseAndCheck<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: DocumentCheck<z.output<S>>,
): ValidationResult<z.output<S>> {
  const { kind, formatVersions } = options;
  if (
    kind !== undefined &&
    formatVersions !== undefined &&
    isRecord(input) &&
    input.kind === kind
  ) {
    const found = input.formatVersion;
    if (typeof found !== 'number' || !formatVersions.includes(found)) {
      return {
        ok: false,
        issues: [
          createIssue({
            code: 'unsupported_format_version',
            path: ['formatVersion'],
            kind,
            found,
            supported: formatVersions,
          }),
        ],
      };
    }
  }
  const parsed = schema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const issues = options.check?.(parsed.data) ?? [];
  return toValidationResult(parsed.data, issues);
}

import type { z } from 'zod';
import {
  createIssue,
  schemasIssueCodes,
  type Issue,
  type IssueDataByCode,
  type PathSegment,
  type SchemasIssueCode,
} from './issue.js';
import { errorIssue } from './error-issue.js';

type ZodIssue = z.core.$ZodIssue;

const toPath = (path: readonly PropertyKey[]): PathSegment[] =>
  path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));

const toLiteral = (value: unknown): string | number | boolean | null =>
  typeof value === 'string' ||
  typeof value === 'number' ||
  typeof value === 'boolean' ||
  value === null
    ? value
    : String(value);

const typeOfInput = (input: unknown): string => {
  if (input === undefined) return 'undefined';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
  return typeof input;
};

/** The params of a zod refinement issue that carries one of schemas' codes. */
export interface CarriedIssueParams<C extends SchemasIssueCode = SchemasIssueCode> {
  readonly issue: { readonly code: C } & IssueDataByCode[C];
}

/**
 * Carries one of schemas' own issue codes through a zod refinement: put the result of this
 * function in `params` of the refinement's issue and {@link fromZodIssues} turns it back into a
 * typed {@link Issue} of that code. A refinement issue without carried params becomes
 * `refinement_failed`: no issue without a code of its own reaches a user.
 *
 * Never throws: data that throws when read gives the code alone.
 *
 * @example
 * ```ts
 * const Items = z.array(z.string()).refine((items) => new Set(items).size === items.length, {
 *   params: issueParams('duplicate_id', { id: '1.1', firstPath: ['items', 0] }),
 * });
 * ```
 */
export function issueParams<C extends SchemasIssueCode>(
  code: C,
  data: IssueDataByCode[C],
): CarriedIssueParams<C> {
  try {
    if (typeof data !== 'object' || data === null) throw new TypeError('data is not an object');
    return { issue: { code, ...data } };
  } catch {
    // Data that throws when read (a getter, a Proxy) carries no fields.
    return { issue: { code } as CarriedIssueParams<C>['issue'] };
  }
}

const carriedIssue = (params: unknown): CarriedIssueParams['issue'] | undefined => {
  if (typeof params !== 'object' || params === null) return undefined;
  const carried = (params as { readonly issue?: unknown }).issue;
  if (typeof carried !== 'object' || carried === null) return undefined;
  return schemasIssueCodes.has((carried as { readonly code?: unknown }).code)
    ? (carried as CarriedIssueParams['issue'])
    : undefined;
};

const fromOne = (issue: ZodIssue, base: readonly PathSegment[], out: Issue[]): void => {
  const path = [...base, ...toPath(issue.path)];
  switch (issue.code) {
    case 'invalid_type':
      out.push(
        createIssue({
          code: 'invalid_type',
          path,
          expected: String(issue.expected),
          received: typeOfInput(issue.input),
        }),
      );
      return;
    case 'invalid_value':
      out.push(createIssue({ code: 'invalid_value', path, expected: issue.values.map(toLiteral) }));
      return;
    case 'invalid_format':
      out.push(
        createIssue({
          code: 'invalid_format',
          path,
          format: issue.format === 'regex' ? (issue.pattern ?? 'regex') : issue.format,
        }),
      );
      return;
    case 'too_small':
      out.push(
        createIssue({
          code: 'too_small',
          path,
          minimum: issue.minimum,
          origin: issue.origin,
          inclusive: issue.inclusive ?? true,
        }),
      );
      return;
    case 'too_big':
      out.push(
        createIssue({
          code: 'too_big',
          path,
          maximum: issue.maximum,
          origin: issue.origin,
          inclusive: issue.inclusive ?? true,
        }),
      );
      return;
    case 'not_multiple_of':
      out.push(createIssue({ code: 'not_multiple_of', path, divisor: Number(issue.divisor) }));
      return;
    case 'unrecognized_keys':
      for (const key of issue.keys)
        out.push(createIssue({ code: 'unrecognized_key', path: [...path, key], key }));
      return;
    case 'invalid_union': {
      // A discriminated union whose discriminator is wrong reports the allowed tags.
      const options = 'options' in issue ? issue.options : undefined;
      if (issue.discriminator !== undefined && options !== undefined) {
        // zod 4 already ends the path with the discriminator key; older releases did not.
        const discriminatorPath =
          path[path.length - 1] === issue.discriminator ? path : [...path, issue.discriminator];
        out.push(
          createIssue({
            code: 'invalid_value',
            path: discriminatorPath,
            expected: options.map(toLiteral),
          }),
        );
        return;
      }
      out.push(createIssue({ code: 'invalid_union', path, note: issue.message }));
      return;
    }
    case 'invalid_key':
    case 'invalid_element':
      for (const inner of issue.issues) fromOne(inner, path, out);
      return;
    default: {
      // A refinement: zod's issue of its own custom kind, carrying one of schemas' codes.
      const carried = carriedIssue(issue.params);
      if (carried !== undefined) {
        out.push(createIssue({ ...carried, path }));
        return;
      }
      out.push(createIssue({ code: 'refinement_failed', path, note: issue.message }));
      return;
    }
  }
};

/**
 * Converts zod issues into the library's {@link Issue} union, optionally under a path
 * prefix. Unknown-key issues are split one per key so that each has its own path.
 *
 * Never throws: issues of another shape give an `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * const parsed = someSchema.safeParse(input, { reportInput: true });
 * const issues = parsed.success ? [] : fromZodIssues(parsed.error.issues);
 * ```
 */
export function fromZodIssues(
  issues: readonly ZodIssue[],
  prefix: readonly PathSegment[] = [],
): Issue[] {
  try {
    return fromZodIssuesUnchecked(issues, prefix);
  } catch (error) {
    const issue = errorIssue(error);
    return [issue];
  }
}

function fromZodIssuesUnchecked(
  issues: readonly ZodIssue[],
  prefix: readonly PathSegment[] = [],
): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) fromOne(issue, prefix, out);
  return out;
}

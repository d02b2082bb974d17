import { createIssue, type Issue, type PathSegment } from '@community-excellence/schemas/data';

/**
 * A small, zod-free description of JSON data, used to check event payloads and persisted
 * contexts. Leaves: `'string'`, `'number'`, `'integer'`, `'boolean'`, `'timestamp'` (an ISO date
 * or date-time), `'unknown'`; composites are built with {@link shape}.
 */
export type Shape =
  | 'string'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'timestamp'
  | 'unknown'
  | { readonly kind: 'nullable'; readonly of: Shape }
  | { readonly kind: 'array'; readonly of: Shape }
  | { readonly kind: 'object'; readonly fields: Readonly<Record<string, Shape>>; readonly optional: readonly string[] }
  | { readonly kind: 'record'; readonly of: Shape }
  | { readonly kind: 'enum'; readonly values: readonly (string | number)[] };

/** The fields of an object shape (see {@link shape}). */
export type ShapeFields = Readonly<Record<string, Shape>>;

/**
 * Builders for composite {@link Shape}s.
 *
 * @example
 * ```ts
 * const enrollment = shape.object({ communityId: 'string', mentorIds: shape.array('string') }, ['mentorIds']);
 * ```
 */
export const shape = {
  nullable: (of: Shape): Shape => ({ kind: 'nullable', of }),
  array: (of: Shape): Shape => ({ kind: 'array', of }),
  object: (fields: ShapeFields, optional: readonly string[] = []): Shape => ({ kind: 'object', fields, optional }),
  record: (of: Shape): Shape => ({ kind: 'record', of }),
  enum: (values: readonly (string | number)[]): Shape => ({ kind: 'enum', values }),
} as const;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const TIMESTAMP = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?$/;

/**
 * True when `value` is an ISO date (`2026-10-07`) or date-time with a zone
 * (`2026-10-07T15:00:00Z`, `2026-10-07T09:00-06:00`) that names a real day.
 *
 * @example
 * ```ts
 * isTimestamp('2026-10-07'); // true
 * isTimestamp('2026-02-30'); // false
 * ```
 */
export function isTimestamp(value: unknown): value is string {
  if (typeof value !== 'string' || !TIMESTAMP.test(value)) return false;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

const typeName = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks JSON data against a {@link Shape} and returns the library's structured issues
 * (`invalid_type`, `invalid_value`, `invalid_format`, `unrecognized_key`, `forbidden_key`), never throwing.
 * Objects are strict: keys the shape does not name are refused. The walk is iterative.
 *
 * @example
 * ```ts
 * checkShape({ communityId: 7 }, shape.object({ communityId: 'string' }), ['event']);
 * // [{ code: 'invalid_type', path: ['event', 'communityId'], expected: 'string', received: 'number', ... }]
 * ```
 */
export function checkShape(value: unknown, spec: Shape, path: readonly PathSegment[] = []): Issue[] {
  const issues: Issue[] = [];
  const stack: { value: unknown; spec: Shape; path: readonly PathSegment[] }[] = [{ value, spec, path }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    const { value: v, spec: s, path: p } = item;
    if (typeof s === 'string') {
      switch (s) {
        case 'unknown':
          break;
        case 'string':
        case 'boolean':
          if (typeof v !== s) issues.push(createIssue({ code: 'invalid_type', path: p, expected: s, received: typeName(v) }));
          break;
        case 'number':
        case 'integer':
          if (typeof v !== 'number' || !Number.isFinite(v)) issues.push(createIssue({ code: 'invalid_type', path: p, expected: s, received: typeName(v) }));
          else if (s === 'integer' && !Number.isInteger(v)) issues.push(createIssue({ code: 'invalid_type', path: p, expected: 'integer', received: 'number' }));
          break;
        case 'timestamp':
          if (typeof v !== 'string') issues.push(createIssue({ code: 'invalid_type', path: p, expected: 'string', received: typeName(v) }));
          else if (!isTimestamp(v)) issues.push(createIssue({ code: 'invalid_format', path: p, format: 'ISO date or date-time' }));
          break;
      }
      continue;
    }
    switch (s.kind) {
      case 'nullable':
        if (v !== null) stack.push({ value: v, spec: s.of, path: p });
        break;
      case 'enum':
        if (!s.values.includes(v as string | number)) issues.push(createIssue({ code: 'invalid_value', path: p, expected: s.values }));
        break;
      case 'array':
        if (!Array.isArray(v)) issues.push(createIssue({ code: 'invalid_type', path: p, expected: 'array', received: typeName(v) }));
        else for (let i = v.length - 1; i >= 0; i -= 1) stack.push({ value: v[i], spec: s.of, path: [...p, i] });
        break;
      case 'record':
      case 'object': {
        if (!isPlainObject(v)) {
          issues.push(createIssue({ code: 'invalid_type', path: p, expected: 'object', received: typeName(v) }));
          break;
        }
        for (const key of Object.keys(v)) {
          if (FORBIDDEN_KEYS.has(key)) issues.push(createIssue({ code: 'forbidden_key', path: [...p, key], key }));
          else if (s.kind === 'record') stack.push({ value: v[key], spec: s.of, path: [...p, key] });
          else if (!Object.hasOwn(s.fields, key)) issues.push(createIssue({ code: 'unrecognized_key', path: p, key }));
        }
        if (s.kind === 'object') {
          for (const [key, fieldSpec] of Object.entries(s.fields)) {
            if (!Object.hasOwn(v, key) || v[key] === undefined) {
              if (!s.optional.includes(key)) issues.push(createIssue({ code: 'invalid_type', path: [...p, key], expected: describeShape(fieldSpec), received: 'undefined' }));
            } else stack.push({ value: v[key], spec: fieldSpec, path: [...p, key] });
          }
        }
        break;
      }
    }
  }
  return issues;
}

/**
 * A short name for a shape, used in `expected` of issues.
 *
 * @example
 * ```ts
 * describeShape(shape.array('string')); // 'array'
 * ```
 */
export function describeShape(spec: Shape): string {
  if (typeof spec === 'string') return spec === 'timestamp' ? 'string' : spec;
  if (spec.kind === 'nullable') return `${describeShape(spec.of)} or null`;
  if (spec.kind === 'enum') return 'one of ' + spec.values.join(', ');
  return spec.kind === 'record' ? 'object' : spec.kind;
}

import { createIssue, type Issue, type PathSegment } from '../issue.js';
import { isTimestamp } from './is-timestamp.js';
import { describeShape, type Shape } from './shape.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const typeName = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value still to check, and where it sits (its key under its parent); paths are built only for issues. */
interface Pending {
  readonly value: unknown;
  readonly spec: Shape;
  readonly parent: Pending | undefined;
  readonly key: PathSegment | undefined;
}

function pathOf(
  base: readonly PathSegment[],
  at: Pending | undefined,
  ...more: PathSegment[]
): PathSegment[] {
  const keys: PathSegment[] = [];
  for (let node = at; node !== undefined; node = node.parent)
    if (node.key !== undefined) keys.push(node.key);
  return [...base, ...keys.reverse(), ...more];
}

type FieldEntries = readonly (readonly [string, Shape])[];
const fieldEntries = new WeakMap<object, FieldEntries>();

/** The fields of an object shape as entries, computed once per shape. */
function entriesOf(fields: Readonly<Record<string, Shape>>): FieldEntries {
  let entries = fieldEntries.get(fields);
  if (entries === undefined) {
    entries = Object.entries(fields);
    fieldEntries.set(fields, entries);
  }
  return entries;
}

/**
 * Checks JSON data against a {@link Shape} and returns the library's structured issues
 * (`invalid_type`, `invalid_value`, `invalid_format`, `too_small`, `too_big`, `unrecognized_key`,
 * `forbidden_key`) in document order, never throwing. Strict objects refuse keys the shape does not
 * name and keys such as `__proto__`; loose objects check only their named fields. The walk is
 * iterative, so deep input cannot overflow the stack.
 *
 * @example
 * ```ts
 * checkShape({ communityId: 7 }, shape.object({ communityId: 'string' }), ['event']);
 * // [{ code: 'invalid_type', path: ['event', 'communityId'], expected: 'string', received: 'number', ... }]
 * ```
 */
export function checkShape(
  value: unknown,
  spec: Shape,
  path: readonly PathSegment[] = [],
): Issue[] {
  const issues: Issue[] = [];
  try {
    path = Array.isArray(path) ? [...(path as PathSegment[])] : [];
  } catch {
    path = []; // a path that cannot be read (a Proxy) is left out of the issues
  }
  const stack: Pending[] = [{ value, spec, parent: undefined, key: undefined }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    const { value: v, spec: s } = item;
    const at = item;
    try {
      checkOne(item, v, s, path, at, stack, issues);
    } catch (error) {
      issues.push(
        createIssue({ code: 'unreadable_value', path: pathOf(path, at), error: errorText(error) }),
      );
    }
  }
  return issues;
}

/** A short text for an error thrown while reading input; never throws itself. */
function errorText(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return 'unknown error';
  }
}

/** Checks one pending value; reading it may throw (a getter, a Proxy), which the caller reports. */
function checkOne(
  item: Pending,
  v: unknown,
  s: Shape,
  path: readonly PathSegment[],
  at: Pending,
  stack: Pending[],
  issues: Issue[],
): void {
  if (typeof s === 'string') {
    checkLeaf(v, s, path, at, issues);
    return;
  }
  switch (s.kind) {
    case 'nullable':
      if (v !== null) stack.push({ value: v, spec: s.of, parent: item.parent, key: item.key });
      break;
    case 'enum':
      if (!s.values.includes(v as string | number))
        issues.push(
          createIssue({ code: 'invalid_value', path: pathOf(path, at), expected: s.values }),
        );
      break;
    case 'range':
      if (typeof v !== 'number' || !Number.isFinite(v))
        issues.push(
          createIssue({
            code: 'invalid_type',
            path: pathOf(path, at),
            expected: 'number',
            received: typeName(v),
          }),
        );
      else if (v < s.minimum)
        issues.push(
          createIssue({
            code: 'too_small',
            path: pathOf(path, at),
            minimum: s.minimum,
            origin: 'number',
            inclusive: true,
          }),
        );
      else if (v > s.maximum)
        issues.push(
          createIssue({
            code: 'too_big',
            path: pathOf(path, at),
            maximum: s.maximum,
            origin: 'number',
            inclusive: true,
          }),
        );
      break;
    case 'array':
      if (!Array.isArray(v))
        issues.push(
          createIssue({
            code: 'invalid_type',
            path: pathOf(path, at),
            expected: 'array',
            received: typeName(v),
          }),
        );
      else
        for (let i = v.length - 1; i >= 0; i -= 1)
          stack.push({ value: v[i], spec: s.of, parent: item, key: i });
      break;
    case 'variants': {
      if (!isPlainObject(v)) {
        issues.push(
          createIssue({
            code: 'invalid_type',
            path: pathOf(path, at),
            expected: 'object',
            received: typeName(v),
          }),
        );
        break;
      }
      const tag = v[s.key];
      const chosen =
        typeof tag === 'string' && Object.hasOwn(s.variants, tag) ? s.variants[tag] : undefined;
      if (chosen === undefined)
        issues.push(
          createIssue({
            code: 'invalid_value',
            path: pathOf(path, at, s.key),
            expected: Object.keys(s.variants),
          }),
        );
      else stack.push({ value: v, spec: chosen, parent: item.parent, key: item.key });
      break;
    }
    case 'record':
    case 'object': {
      if (!isPlainObject(v)) {
        issues.push(
          createIssue({
            code: 'invalid_type',
            path: pathOf(path, at),
            expected: 'object',
            received: typeName(v),
          }),
        );
        break;
      }
      if (s.kind === 'record' || s.strict) {
        const keys = Object.keys(v);
        for (const key of keys) {
          if (FORBIDDEN_KEYS.has(key))
            issues.push(createIssue({ code: 'forbidden_key', path: pathOf(path, at, key), key }));
          else if (s.kind === 'object' && !Object.hasOwn(s.fields, key))
            issues.push(createIssue({ code: 'unrecognized_key', path: pathOf(path, at), key }));
        }
        // Children are pushed last to first, so that they are checked, and reported, in order.
        if (s.kind === 'record') {
          for (let i = keys.length - 1; i >= 0; i -= 1) {
            const key = keys[i] as string;
            if (!FORBIDDEN_KEYS.has(key))
              stack.push({ value: v[key], spec: s.of, parent: item, key });
          }
        }
      }
      if (s.kind === 'object') {
        const entries = entriesOf(s.fields);
        for (const [key, fieldSpec] of entries) {
          if ((!Object.hasOwn(v, key) || v[key] === undefined) && !s.optional.includes(key)) {
            issues.push(
              createIssue({
                code: 'invalid_type',
                path: pathOf(path, at, key),
                expected: describeShape(fieldSpec),
                received: 'undefined',
              }),
            );
          }
        }
        for (let i = entries.length - 1; i >= 0; i -= 1) {
          const [key, fieldSpec] = entries[i] as readonly [string, Shape];
          if (Object.hasOwn(v, key) && v[key] !== undefined)
            stack.push({ value: v[key], spec: fieldSpec, parent: item, key });
        }
      }
      break;
    }
  }
}

function checkLeaf(
  v: unknown,
  s: Exclude<Shape, object>,
  base: readonly PathSegment[],
  at: Pending,
  issues: Issue[],
): void {
  switch (s) {
    case 'unknown':
      return;
    case 'string':
    case 'boolean':
      if (typeof v !== s)
        issues.push(
          createIssue({
            code: 'invalid_type',
            path: pathOf(base, at),
            expected: s,
            received: typeName(v),
          }),
        );
      return;
    case 'number':
    case 'integer':
      if (typeof v !== 'number' || !Number.isFinite(v))
        issues.push(
          createIssue({
            code: 'invalid_type',
            path: pathOf(base, at),
            expected: s,
            received: typeName(v),
          }),
        );
      else if (s === 'integer' && !Number.isInteger(v))
        issues.push(
          createIssue({
            code: 'invalid_type',
            path: pathOf(base, at),
            expected: 'integer',
            received: 'number',
          }),
        );
      return;
    case 'timestamp':
      if (typeof v !== 'string')
        issues.push(
          createIssue({
            code: 'invalid_type',
            path: pathOf(base, at),
            expected: 'string',
            received: typeName(v),
          }),
        );
      else if (!isTimestamp(v))
        issues.push(
          createIssue({
            code: 'invalid_format',
            path: pathOf(base, at),
            format: 'ISO date or date-time',
          }),
        );
      return;
  }
}

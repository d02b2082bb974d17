import { createIssue, type Issue, type PathSegment } from '../issue.js';
import { isTimestamp } from './is-timestamp.js';
import { describeShape, type Shape } from './shape.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const typeName = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where a value sits: its key under its parent. Paths are built only when an issue needs one. */
interface Location {
  readonly parent: Location | undefined;
  readonly key: PathSegment;
}

interface Pending {
  readonly value: unknown;
  readonly spec: Shape;
  readonly at: Location | undefined;
}

function pathOf(base: readonly PathSegment[], at: Location | undefined, ...more: PathSegment[]): PathSegment[] {
  const keys: PathSegment[] = [];
  for (let node = at; node !== undefined; node = node.parent) keys.push(node.key);
  return [...base, ...keys.reverse(), ...more];
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
export function checkShape(value: unknown, spec: Shape, path: readonly PathSegment[] = []): Issue[] {
  const issues: Issue[] = [];
  const stack: Pending[] = [{ value, spec, at: undefined }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    const { value: v, spec: s, at } = item;
    if (typeof s === 'string') {
      checkLeaf(v, s, path, at, issues);
      continue;
    }
    switch (s.kind) {
      case 'nullable':
        if (v !== null) stack.push({ value: v, spec: s.of, at });
        break;
      case 'enum':
        if (!s.values.includes(v as string | number)) issues.push(createIssue({ code: 'invalid_value', path: pathOf(path, at), expected: s.values }));
        break;
      case 'range':
        if (typeof v !== 'number' || !Number.isFinite(v)) issues.push(createIssue({ code: 'invalid_type', path: pathOf(path, at), expected: 'number', received: typeName(v) }));
        else if (v < s.minimum) issues.push(createIssue({ code: 'too_small', path: pathOf(path, at), minimum: s.minimum, origin: 'number', inclusive: true }));
        else if (v > s.maximum) issues.push(createIssue({ code: 'too_big', path: pathOf(path, at), maximum: s.maximum, origin: 'number', inclusive: true }));
        break;
      case 'array':
        if (!Array.isArray(v)) issues.push(createIssue({ code: 'invalid_type', path: pathOf(path, at), expected: 'array', received: typeName(v) }));
        else for (let i = v.length - 1; i >= 0; i -= 1) stack.push({ value: v[i], spec: s.of, at: { parent: at, key: i } });
        break;
      case 'variants': {
        if (!isPlainObject(v)) {
          issues.push(createIssue({ code: 'invalid_type', path: pathOf(path, at), expected: 'object', received: typeName(v) }));
          break;
        }
        const tag = v[s.key];
        const chosen = typeof tag === 'string' && Object.hasOwn(s.variants, tag) ? s.variants[tag] : undefined;
        if (chosen === undefined) issues.push(createIssue({ code: 'invalid_value', path: pathOf(path, at, s.key), expected: Object.keys(s.variants) }));
        else stack.push({ value: v, spec: chosen, at });
        break;
      }
      case 'record':
      case 'object': {
        if (!isPlainObject(v)) {
          issues.push(createIssue({ code: 'invalid_type', path: pathOf(path, at), expected: 'object', received: typeName(v) }));
          break;
        }
        const later: Pending[] = [];
        if (s.kind === 'record' || s.strict) {
          for (const key of Object.keys(v)) {
            if (FORBIDDEN_KEYS.has(key)) issues.push(createIssue({ code: 'forbidden_key', path: pathOf(path, at, key), key }));
            else if (s.kind === 'record') later.push({ value: v[key], spec: s.of, at: { parent: at, key } });
            else if (!Object.hasOwn(s.fields, key)) issues.push(createIssue({ code: 'unrecognized_key', path: pathOf(path, at), key }));
          }
        }
        if (s.kind === 'object') {
          for (const [key, fieldSpec] of Object.entries(s.fields)) {
            if (!Object.hasOwn(v, key) || v[key] === undefined) {
              if (!s.optional.includes(key)) issues.push(createIssue({ code: 'invalid_type', path: pathOf(path, at, key), expected: describeShape(fieldSpec), received: 'undefined' }));
            } else later.push({ value: v[key], spec: fieldSpec, at: { parent: at, key } });
          }
        }
        // Pushed in reverse so that the fields are checked, and their issues reported, in order.
        for (let i = later.length - 1; i >= 0; i -= 1) stack.push(later[i] as Pending);
        break;
      }
    }
  }
  return issues;
}

function checkLeaf(v: unknown, s: Exclude<Shape, object>, base: readonly PathSegment[], at: Location | undefined, issues: Issue[]): void {
  switch (s) {
    case 'unknown':
      return;
    case 'string':
    case 'boolean':
      if (typeof v !== s) issues.push(createIssue({ code: 'invalid_type', path: pathOf(base, at), expected: s, received: typeName(v) }));
      return;
    case 'number':
    case 'integer':
      if (typeof v !== 'number' || !Number.isFinite(v)) issues.push(createIssue({ code: 'invalid_type', path: pathOf(base, at), expected: s, received: typeName(v) }));
      else if (s === 'integer' && !Number.isInteger(v)) issues.push(createIssue({ code: 'invalid_type', path: pathOf(base, at), expected: 'integer', received: 'number' }));
      return;
    case 'timestamp':
      if (typeof v !== 'string') issues.push(createIssue({ code: 'invalid_type', path: pathOf(base, at), expected: 'string', received: typeName(v) }));
      else if (!isTimestamp(v)) issues.push(createIssue({ code: 'invalid_format', path: pathOf(base, at), format: 'ISO date or date-time' }));
      return;
  }
}

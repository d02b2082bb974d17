import { optionsOf } from './options-of.js';
import { createIssue, type Issue, type PathSegment } from './issue.js';

/** Keys that can reach an object prototype (the same as `FORBIDDEN_KEYS`). */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * How deep untrusted input may nest before validators stop reading it and answer with one
 * `too_deep` issue. The documents of this library nest about 10 levels deep; 256 leaves room
 * for any real document while keeping every later walk (zod, scoring, rendering) far from the
 * engine's stack limit.
 *
 * @example
 * ```ts
 * validateDocument(JSON.parse('['.repeat(300) + ']'.repeat(300))).issues[0]?.code; // 'too_deep'
 * MAX_INPUT_DEPTH; // 256
 * ```
 */
export const MAX_INPUT_DEPTH = 256;

/** A value still to visit; the path is rebuilt from the parent chain only when an issue needs it. */
interface Frame {
  readonly value: unknown;
  readonly parent: Frame | undefined;
  readonly key: PathSegment | undefined;
  readonly depth: number;
  /** Set for a forbidden key: reported when reached, so that issues come in document order. */
  readonly forbidden?: true;
}

function pathOf(frame: Frame | undefined): PathSegment[] {
  const keys: PathSegment[] = [];
  for (let node = frame; node !== undefined; node = node.parent)
    if (node.key !== undefined) keys.push(node.key);
  return keys.reverse();
}

/** Whether `value` is an ancestor of `frame` (the object reached again is on its own path). */
function onPath(frame: Frame, value: object): boolean {
  for (let node = frame.parent; node !== undefined; node = node.parent)
    if (node.value === value) return true;
  return false;
}

/** A short text for an error thrown while reading input; never throws itself. */
function errorText(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`;
    return String(error);
  } catch {
    return 'unknown error';
  }
}

/** Options of {@link walkInput}. */
export interface WalkInputOptions {
  /** Depth past which the walk stops with a `too_deep` issue (default {@link MAX_INPUT_DEPTH}). */
  readonly maxDepth?: number;
  /** Report an object reached again through itself with `circular_value` (default `true`). */
  readonly reportCycles?: boolean;
}

/**
 * Reads untrusted input once, iteratively and in O(size): every own key named `__proto__`,
 * `constructor` or `prototype` (`forbidden_key`), nesting deeper than the limit (one `too_deep`
 * issue; nothing below it is read), a value that throws when read, such as a throwing getter or a
 * Proxy whose traps throw (`unreadable_value`), and an object that contains itself
 * (`circular_value`). Shared, non-circular references are read once. Issues come in document
 * order; it never throws.
 *
 * @example
 * ```ts
 * walkInput(JSON.parse('{"a":{"__proto__":{}}}')); // [{ code: 'forbidden_key', path: ['a', '__proto__'], ... }]
 * walkInput(JSON.parse('['.repeat(100000) + ']'.repeat(100000))); // [{ code: 'too_deep', depth: 257, limit: 256, ... }]
 * ```
 */
export function walkInput(value: unknown, options: WalkInputOptions = {}): Issue[] {
  const { maxDepth, reportCycles: cycles } = optionsOf(options);
  const limit =
    typeof maxDepth === 'number' && !Number.isNaN(maxDepth) ? maxDepth : MAX_INPUT_DEPTH;
  const reportCycles = cycles !== false;
  const issues: Issue[] = [];
  const stack: Frame[] = [{ value, parent: undefined, key: undefined, depth: 0 }];
  const seen = new Set<object>();
  let tooDeep = false;
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.forbidden === true) {
      const key = String(frame.key);
      issues.push(createIssue({ code: 'forbidden_key', key, path: pathOf(frame) }));
      continue;
    }
    const current = frame.value;
    if (current === null || typeof current !== 'object') continue;
    if (seen.has(current)) {
      if (reportCycles && onPath(frame, current))
        issues.push(createIssue({ code: 'circular_value', path: pathOf(frame) }));
      continue;
    }
    seen.add(current);
    if (frame.depth >= limit) {
      if (!tooDeep)
        issues.push(
          createIssue({ code: 'too_deep', path: pathOf(frame), depth: frame.depth + 1, limit }),
        );
      tooDeep = true;
      continue;
    }
    const depth = frame.depth + 1;
    const children: Frame[] = [];
    let key: PathSegment | undefined;
    try {
      if (Array.isArray(current)) {
        for (let index = 0; index < current.length; index += 1) {
          key = index;
          children.push({ value: current[index] as unknown, parent: frame, key, depth });
        }
      } else {
        for (const name of Object.keys(current)) {
          key = name;
          if (FORBIDDEN.has(name)) {
            children.push({ value: undefined, parent: frame, key, depth, forbidden: true });
            continue;
          }
          children.push({
            value: (current as Record<string, unknown>)[name],
            parent: frame,
            key,
            depth,
          });
        }
      }
    } catch (error) {
      const path = pathOf(frame);
      if (key !== undefined) path.push(key);
      issues.push(createIssue({ code: 'unreadable_value', path, error: errorText(error) }));
    }
    for (let index = children.length - 1; index >= 0; index -= 1)
      stack.push(children[index] as Frame);
  }
  return issues;
}

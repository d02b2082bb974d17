import { createIssue, type IssueOf, type PathSegment } from './issue.js';

/**
 * Keys that can reach or replace an object prototype when copied around; validators refuse
 * them with a `forbidden_key` issue.
 *
 * @example
 * ```ts
 * FORBIDDEN_KEYS.includes('__proto__'); // true
 * ```
 */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

const hasOwn = (object: object, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(object, key);

/**
 * Walks a value (typically the output of `JSON.parse`) and reports every own key named
 * `__proto__`, `constructor` or `prototype`, with its path. It never reads through
 * prototypes and handles deep nesting without recursion.
 *
 * @example
 * ```ts
 * findForbiddenKeys(JSON.parse('{"a":{"__proto__":{"polluted":true}}}'));
 * // => [{ code: 'forbidden_key', key: '__proto__', path: ['a', '__proto__'], ... }]
 * ```
 */
export function findForbiddenKeys(value: unknown): IssueOf<'forbidden_key'>[] {
  const issues: IssueOf<'forbidden_key'>[] = [];
  const stack: { value: unknown; path: PathSegment[]; key?: string }[] = [{ value, path: [] }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === undefined) break;
    if (next.key !== undefined && FORBIDDEN_KEYS.includes(next.key)) {
      issues.push(createIssue({ code: 'forbidden_key', key: next.key, path: next.path }));
      continue;
    }
    const current = next.value;
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) {
        stack.push({ value: current[index], path: [...next.path, index] });
      }
      continue;
    }
    const keys = Object.keys(current);
    for (let index = keys.length - 1; index >= 0; index -= 1) {
      const key = keys[index] as string;
      if (hasOwn(current, key)) {
        stack.push({
          value: (current as Record<string, unknown>)[key],
          path: [...next.path, key],
          key,
        });
      }
    }
  }
  return issues;
}

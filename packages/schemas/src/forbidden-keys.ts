import { walkInput } from './input-walk.js';
import type { IssueOf } from './issue.js';

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

/**
 * Walks a value (typically the output of `JSON.parse`) and reports every own key named
 * `__proto__`, `constructor` or `prototype`, with its path. It never reads through
 * prototypes, walks iteratively in O(size) whatever the depth, reads each object once (so cycles
 * end), and never throws: parts that throw when read are skipped (validators report them as
 * `unreadable_value`).
 *
 * @example
 * ```ts
 * findForbiddenKeys(JSON.parse('{"a":{"__proto__":{"polluted":true}}}'));
 * // => [{ code: 'forbidden_key', key: '__proto__', path: ['a', '__proto__'], ... }]
 * ```
 */
export function findForbiddenKeys(value: unknown): IssueOf<'forbidden_key'>[] {
  return walkInput(value, { maxDepth: Infinity, reportCycles: false }).filter(
    (issue): issue is IssueOf<'forbidden_key'> => issue.code === 'forbidden_key',
  );
}

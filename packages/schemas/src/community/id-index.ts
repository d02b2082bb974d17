import { createIssue, type Issue, type IssueSeverity, type PathSegment } from '../issue.js';

/** One id and where it sits in a document (the path of the `id` field itself). */
export interface IdEntry {
  readonly id: string;
  readonly path: readonly PathSegment[];
}

/** Ids declared in a document, mapped to the path where each was first declared. */
export type IdIndex = ReadonlyMap<string, readonly PathSegment[]>;

/**
 * Indexes ids that must be unique within one namespace and reports every repeat as
 * `duplicate_id` (at the repeat's path, with `firstPath` pointing at the first use).
 *
 * @example
 * ```ts
 * const issues: Issue[] = [];
 * const index = indexIds([{ id: 'a', path: ['partners', 0, 'id'] }, { id: 'a', path: ['partners', 1, 'id'] }], issues);
 * index.has('a'); // true
 * issues[0]?.code; // 'duplicate_id'
 * ```
 */
export function indexIds(
  entries: Iterable<IdEntry>,
  issues: Issue[],
): Map<string, readonly PathSegment[]> {
  const index = new Map<string, readonly PathSegment[]>();
  for (const entry of entries) {
    const firstPath = index.get(entry.id);
    if (firstPath === undefined) index.set(entry.id, entry.path);
    else
      issues.push(createIssue({ code: 'duplicate_id', path: entry.path, id: entry.id, firstPath }));
  }
  return index;
}

/**
 * Lists `{ id, path }` entries for the items of an optional array, with paths
 * `[...prefix, index, 'id']`.
 *
 * @example
 * ```ts
 * idEntries([{ id: 'p1' }], ['partners']); // [{ id: 'p1', path: ['partners', 0, 'id'] }]
 * ```
 */
export function idEntries(
  items: readonly { readonly id: string }[] | undefined,
  prefix: readonly PathSegment[],
): IdEntry[] {
  return (items ?? []).map((item, index) => ({ id: item.id, path: [...prefix, index, 'id'] }));
}

/**
 * Reports `unknown_reference` when `id` is not in `index`.
 *
 * @example
 * ```ts
 * const issues: Issue[] = [];
 * checkReference(new Map(), 'nobody', 'organization', ['members', 0, 'organizationId'], issues);
 * issues[0]?.code; // 'unknown_reference'
 * ```
 */
export function checkReference(
  index: IdIndex,
  id: string | undefined,
  target: string,
  path: readonly PathSegment[],
  issues: Issue[],
  severity: IssueSeverity = 'error',
): void {
  if (id === undefined || index.has(id)) return;
  issues.push(createIssue({ code: 'unknown_reference', path, target, id, severity }));
}

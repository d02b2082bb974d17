import { createIssue, type Issue, type IssueSeverity, type PathSegment } from '../issue.js';

/**
 * Reports `out_of_order` when the ISO date `value` (at `path`) lies before `previous` (at
 * `previousPath`). Either date may be missing, in which case nothing is checked. ISO
 * `YYYY-MM-DD` dates compare correctly as strings.
 *
 * @example
 * ```ts
 * const issues: Issue[] = [];
 * checkNotBefore('2026-01-01', ['expiresOn'], '2026-03-01', ['signedOn'], issues);
 * issues[0]?.code; // 'out_of_order'
 * ```
 */
export function checkNotBefore(
  value: string | undefined,
  path: readonly PathSegment[],
  previous: string | undefined,
  previousPath: readonly PathSegment[],
  issues: Issue[],
  severity: IssueSeverity = 'error',
): void {
  if (value === undefined || previous === undefined || value >= previous) return;
  issues.push(createIssue({ code: 'out_of_order', path, value, previous, previousPath, severity }));
}

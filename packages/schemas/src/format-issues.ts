import type { Issue, PathSegment } from './issue.js';
import { errorIssue } from './error-issue.js';

/**
 * Renders a path the way people read it: `reviews[0].items[3].percent`; `(root)` for `[]`.
 *
 * Never throws: a path of another shape gives `'(unreadable path)'`.
 *
 * @example
 * ```ts
 * formatPath(['reviews', 0, 'items', 3, 'percent']); // 'reviews[0].items[3].percent'
 * ```
 */
export function formatPath(path: readonly PathSegment[]): string {
  try {
    return formatPathUnchecked(path);
  } catch {
    return '(unreadable path)';
  }
}

function formatPathUnchecked(path: readonly PathSegment[]): string {
  if (!Array.isArray(path)) return '(unreadable path)';
  if (path.length === 0) return '(root)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Options for {@link formatIssues}. */
export interface FormatIssuesOptions {
  /** A file name to show when an issue has no location of its own. */
  readonly file?: string;
}

const formatLocation = (issue: Issue, file: string | undefined): string => {
  const where = issue.location?.file ?? file;
  const row = issue.location?.row;
  const column = issue.location?.column;
  if (where === undefined && row === undefined) return '';
  let text = where ?? '';
  if (row !== undefined) text += `:${row}`;
  if (row !== undefined && column !== undefined) text += `:${column}`;
  return `${text} `;
};

/**
 * Renders issues for people, one per line: location (file:row:column when known),
 * severity, path, code and message. Sorted by severity (errors first), keeping input
 * order otherwise.
 *
 * Never throws: issues of another shape give the message of an `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * console.log(formatIssues(result.issues, { file: 'assessment.json' }));
 * // assessment.json error reviews[0].evaluations[2].percent percent_not_multiple_of_5: Percent 57 is not a multiple of 5 (use 0, 5, 10 ... 100).
 * ```
 */
export function formatIssues(issues: readonly Issue[], options: FormatIssuesOptions = {}): string {
  try {
    return formatIssuesUnchecked(issues, options);
  } catch (error) {
    const issue = errorIssue(error);
    return issue.message;
  }
}

function formatIssuesUnchecked(
  issues: readonly Issue[],
  options: FormatIssuesOptions = {},
): string {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => rank[a.issue.severity] - rank[b.issue.severity] || a.index - b.index)
    .map(
      ({ issue }) =>
        `${formatLocation(issue, options.file)}${issue.severity} ${formatPath(issue.path)} ${issue.code}: ${issue.message}`,
    )
    .join('\n');
}

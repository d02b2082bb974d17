import { createIssue, type Issue, type PathSegment } from './issue.js';

/**
 * The issue that replaces an exception: a function that reads validated data met a value of
 * another shape. Its own checks come first; this is the last line, so that nothing throws.
 * Internal helper, not exported from the package entries.
 */
export function errorIssue(error: unknown, path: readonly PathSegment[] = []): Issue {
  let text: string;
  try {
    text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    text = 'unknown error';
  }
  return createIssue({ code: 'unexpected_shape', path, error: text });
}

/** Pushes an issue onto a caller's list, unless that list cannot take it. */
export function pushSafely(out: Issue[], issue: Issue): void {
  try {
    out.push(issue);
  } catch {
    // The caller's list is not an array (or is frozen): nothing to report into.
  }
}

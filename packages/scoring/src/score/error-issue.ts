import { createIssue, type Issue } from '@community-excellence/schemas/data';

/**
 * The issue that replaces an exception: a function that reads validated data met a value of
 * another shape. Its checks come first; this is the last line, so that nothing throws.
 */
export function errorIssue(error: unknown): Issue {
  let text: string;
  try {
    text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    text = 'unknown error';
  }
  return createIssue({ code: 'unexpected_shape', path: [], error: text });
}

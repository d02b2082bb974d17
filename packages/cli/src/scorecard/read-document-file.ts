import {
  createIssue,
  isDocumentKind,
  validateDocument,
  type DocumentKind,
  type DocumentOf,
  type Issue,
  type ValidateDocumentOptions,
} from '@community-excellence/schemas';
import { readJsonFile } from '../files/read-json-file.js';

/**
 * A document read from a file by {@link readDocumentFile}: the validated document with its
 * warnings, an I/O error (exit code 2), or the issues that make it invalid (exit code 1). Every
 * issue carries `location.file`; malformed JSON also carries the row and column.
 */
export type DocumentFileResult<K extends DocumentKind> =
  | { readonly ok: true; readonly document: DocumentOf<K>; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly reason: 'io'; readonly message: string }
  | { readonly ok: false; readonly reason: 'invalid'; readonly issues: readonly Issue[] };

/**
 * The issue with the file it was found in (its own location, such as a row, is kept).
 *
 * @example
 * ```ts
 * inFile(issue, 'assessment.json').location?.file; // 'assessment.json'
 * ```
 */
export function inFile(issue: Issue, file: string): Issue {
  return { ...issue, location: { ...issue.location, file } } as Issue;
}

/**
 * Reads one JSON document, checks that it is one of the expected kinds (a document of another
 * kind gives one `unknown_kind` issue) and validates it by its `kind` with the schemas package.
 * Never throws.
 *
 * @example
 * ```ts
 * const read = readDocumentFile('examples/riverbend/assessment.json', ['assessment']);
 * if (read.ok) read.document.reviews.length; // 3
 * else if (read.reason === 'invalid') console.error(formatIssues(read.issues));
 * ```
 */
export function readDocumentFile<K extends DocumentKind>(
  file: string,
  kinds: readonly K[],
  options: ValidateDocumentOptions = {},
): DocumentFileResult<K> {
  const read = readJsonFile(file);
  if (!read.ok)
    return read.reason === 'io'
      ? { ok: false, reason: 'io', message: read.message }
      : { ok: false, reason: 'invalid', issues: [read.issue] };
  // A document of another known kind is reported as such, without validating what it holds.
  const kind =
    typeof read.value === 'object' && read.value !== null && !Array.isArray(read.value)
      ? (read.value as { kind?: unknown }).kind
      : undefined;
  if (isDocumentKind(kind) && !(kinds as readonly DocumentKind[]).includes(kind)) {
    return {
      ok: false,
      reason: 'invalid',
      issues: [
        inFile(
          createIssue({
            code: 'unknown_kind',
            path: ['kind'],
            found: kind,
            expected: kinds,
            message: `Expected a document of kind ${kinds.join(' or ')}, found ${kind}.`,
          }),
          file,
        ),
      ],
    };
  }
  const result = validateDocument(read.value, options);
  const issues = result.issues.map((issue) => inFile(issue, file));
  if (!result.ok) return { ok: false, reason: 'invalid', issues };
  return { ok: true, document: result.value as DocumentOf<K>, issues };
}

import { createIssue, type Issue } from '@community-excellence/schemas';
import { parseJson } from '../commands/json-position.js';
import { readInputText } from './input-file.js';

/** A JSON file read from disk: its value, a malformed-JSON issue (with row and column), or an I/O error. */
export type ReadJsonResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly reason: 'malformed'; readonly issue: Issue }
  | { readonly ok: false; readonly reason: 'io'; readonly message: string };

/** Reads and parses one JSON file (a leading byte-order mark is ignored; a file that is not a regular file or is larger than `MAX_DOCUMENT_BYTES` is an I/O error). Never throws. */
export function readJsonFile(file: string): ReadJsonResult {
  const read = readInputText(file);
  if (!read.ok) return { ok: false, reason: 'io', message: read.message };
  const parsed = parseJson(read.text);
  if (parsed.ok) return { ok: true, value: parsed.value };
  return {
    ok: false,
    reason: 'malformed',
    issue: createIssue({
      code: 'invalid_format',
      format: 'JSON',
      path: [],
      message: `Malformed JSON: ${parsed.message}`,
      location: { file, row: parsed.row, column: parsed.column },
    }),
  };
}

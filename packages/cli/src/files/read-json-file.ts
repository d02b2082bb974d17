import { readFileSync } from 'node:fs';
import { createIssue, type Issue } from '@community-excellence/schemas';
import { parseJson } from '../commands/json-position.js';

/** A JSON file read from disk: its value, a malformed-JSON issue (with row and column), or an I/O error. */
export type ReadJsonResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly reason: 'malformed'; readonly issue: Issue }
  | { readonly ok: false; readonly reason: 'io'; readonly message: string };

/** Reads and parses one JSON file (a leading byte-order mark is ignored). Never throws. */
export function readJsonFile(file: string): ReadJsonResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    return {
      ok: false,
      reason: 'io',
      message: `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const parsed = parseJson(text);
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

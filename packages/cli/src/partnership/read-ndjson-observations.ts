import {
  createIssue,
  validateObservation,
  type Indicator,
  type Issue,
  type Observation,
} from '@community-excellence/schemas';
import { parseJson } from '../commands/json-position.js';
import { readInputText } from '../files/input-file.js';

/** Observation rows read from an NDJSON file: the valid rows and the issues of the others (each with file and row), or an I/O error. */
export type NdjsonObservations =
  | { readonly ok: true; readonly rows: readonly Observation[]; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly reason: 'io'; readonly message: string };

/**
 * Reads an NDJSON file of observation rows, one JSON object per non-blank line, and validates
 * each row (against `indicators` when there are any). Issues carry `location.file` and
 * `location.row` (the line number); malformed lines also carry the column of the syntax error.
 * Never throws.
 *
 * @example
 * ```ts
 * const read = readNdjsonObservations('rows.ndjson', indicatorSet.indicators);
 * if (read.ok && !read.issues.some((i) => i.severity === 'error')) console.log(read.rows.length);
 * ```
 */
export function readNdjsonObservations(
  file: string,
  indicators: readonly Indicator[],
): NdjsonObservations {
  const read = readInputText(file);
  if (!read.ok) return { ok: false, reason: 'io', message: read.message };
  const text = read.text;
  const rows: Observation[] = [];
  const issues: Issue[] = [];
  text.split('\n').forEach((line, index) => {
    const row = index + 1;
    if (line.trim() === '') return;
    const parsed = parseJson(line);
    if (!parsed.ok) {
      issues.push(
        createIssue({
          code: 'invalid_format',
          format: 'JSON',
          path: [],
          message: `Malformed JSON: ${parsed.message}`,
          location: { file, row, column: parsed.column },
        }),
      );
      return;
    }
    const result = validateObservation(parsed.value, indicators.length > 0 ? { indicators } : {});
    for (const issue of result.issues)
      issues.push({ ...issue, location: { ...issue.location, file, row } } as Issue);
    if (result.ok) rows.push(result.value);
  });
  return { ok: true, rows, issues };
}

import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import type { Issue } from '@community-excellence/schemas';
import {
  builtInMappings,
  validateImportMapping,
  type ImportMapping,
} from '@community-excellence/theory-of-action/import';
import { readJsonFile } from '../files/read-json-file.js';

/**
 * The outcome of {@link resolveMapping}:
 * - `ok: true`: a usable mapping (`label` is the built-in name or the file as given; `issues` holds
 *   any warnings of a mapping file);
 * - `reason: 'invalid'`: a mapping file that is malformed JSON or not a valid mapping (the issues
 *   carry `location.file`, and row and column for malformed JSON): invalid data, exit code 1;
 * - `reason: 'usage'` / `'io'`: an unknown built-in name, a missing or unreadable file: exit code 2.
 *
 * @example
 * ```ts
 * const resolved: ResolvedMapping = resolveMapping('edfacts-acgr');
 * if (resolved.ok) console.log(resolved.label, resolved.mapping.id);
 * ```
 */
export type ResolvedMapping =
  | {
      readonly ok: true;
      readonly mapping: ImportMapping;
      readonly label: string;
      readonly file: string | undefined;
      readonly issues: readonly Issue[];
    }
  | {
      readonly ok: false;
      readonly reason: 'invalid';
      readonly file: string;
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly reason: 'usage' | 'io'; readonly message: string };

/**
 * The names of the built-in mappings, sorted (for messages and help).
 *
 * @example
 * ```ts
 * builtInMappingNames().includes('edfacts-acgr'); // true
 * ```
 */
export function builtInMappingNames(): string[] {
  return Object.keys(builtInMappings).sort();
}

const looksLikePath = (spec: string): boolean =>
  spec.includes('/') || spec.includes('\\') || extname(spec) !== '';

/**
 * Resolves the value of a `--mapping` option: a built-in mapping name (see `builtInMappings` of
 * `@community-excellence/theory-of-action`) or the path of a mapping JSON file, which is read and
 * checked with `validateImportMapping`. A built-in name wins over a file of the same name in the
 * working folder (write `./name` for the file). Never throws.
 *
 * @example
 * ```ts
 * const builtIn = resolveMapping('co-graduation');
 * const fromFile = resolveMapping('mappings/district-grad.json');
 * if (!fromFile.ok && fromFile.reason === 'invalid') for (const issue of fromFile.issues) console.log(issue.path, issue.code);
 * ```
 */
export function resolveMapping(spec: string): ResolvedMapping {
  if (Object.hasOwn(builtInMappings, spec)) {
    return {
      ok: true,
      mapping: builtInMappings[spec as keyof typeof builtInMappings],
      label: spec,
      file: undefined,
      issues: [],
    };
  }
  if (!looksLikePath(spec) && !existsSync(spec)) {
    return {
      ok: false,
      reason: 'usage',
      message: `unknown mapping "${spec}": it is neither a built-in mapping nor a file. Built-in mappings: ${builtInMappingNames().join(', ')}`,
    };
  }
  const read = readJsonFile(spec);
  if (!read.ok) {
    if (read.reason === 'io')
      return { ok: false, reason: 'io', message: `mapping: ${read.message}` };
    return { ok: false, reason: 'invalid', file: spec, issues: [read.issue] };
  }
  const checked = validateImportMapping(read.value);
  const issues = checked.issues.map(
    (issue) => ({ ...issue, location: { ...issue.location, file: spec } }) as Issue,
  );
  if (!checked.ok) return { ok: false, reason: 'invalid', file: spec, issues };
  return { ok: true, mapping: checked.value, label: spec, file: spec, issues };
}

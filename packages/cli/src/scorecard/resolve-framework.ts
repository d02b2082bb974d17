import { existsSync } from 'node:fs';
import { BUILT_IN_FRAMEWORKS, type Framework, type Issue } from '@community-excellence/schemas';
import { readDocumentFile } from './read-document-file.js';

/**
 * Where a framework came from, or why none could be used: an unknown id or an unreadable file
 * (usage or I/O errors, exit code 2), or an invalid framework document (exit code 1).
 */
export type FrameworkResolution =
  | {
      readonly ok: true;
      readonly framework: Framework;
      readonly from: 'built-in' | 'file';
      readonly issues: readonly Issue[];
    }
  | {
      readonly ok: false;
      readonly reason: 'unknown-id';
      readonly id: string;
      readonly message: string;
    }
  | { readonly ok: false; readonly reason: 'io'; readonly message: string }
  | { readonly ok: false; readonly reason: 'invalid'; readonly issues: readonly Issue[] };

const looksLikeFile = (spec: string): boolean =>
  /[\\/]/.test(spec) || /\.json$/i.test(spec) || existsSync(spec);

/**
 * Finds the framework to score against: `spec` is a built-in framework id
 * (`BUILT_IN_FRAMEWORKS`) or the path of a framework JSON document (validated like any
 * document); without `spec`, the built-in framework the assessment names. A `spec` that is
 * neither a built-in id nor a path (no slash, no `.json`, no such file) is an unknown id.
 *
 * @example
 * ```ts
 * resolveFramework('baldrige-2023-2024', 'coe-community-2024'); // { ok: true, from: 'built-in', ... }
 * resolveFramework('rubrics/our-rubric.json', 'our-rubric');     // read and validated
 * resolveFramework(undefined, 'nope');                           // { ok: false, reason: 'unknown-id', ... }
 * ```
 */
export function resolveFramework(
  spec: string | undefined,
  assessmentFrameworkId: string,
): FrameworkResolution {
  const known = BUILT_IN_FRAMEWORKS.map((f) => f.id);
  const id = spec ?? assessmentFrameworkId;
  const builtIn = BUILT_IN_FRAMEWORKS.find((f) => f.id === id);
  if (builtIn !== undefined) return { ok: true, framework: builtIn, from: 'built-in', issues: [] };
  if (spec !== undefined && looksLikeFile(spec)) {
    const read = readDocumentFile(spec, ['framework']);
    if (!read.ok) return read;
    return { ok: true, framework: read.document, from: 'file', issues: read.issues };
  }
  const message =
    spec === undefined
      ? `the assessment uses framework ${JSON.stringify(id)}, which is not built in (built in: ${known.join(', ')}); pass --framework <file> with its definition`
      : `unknown framework ${JSON.stringify(id)}: use one of ${known.join(', ')} or the path of a framework JSON file`;
  return { ok: false, reason: 'unknown-id', id, message };
}

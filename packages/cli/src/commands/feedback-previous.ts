import type {
  ActionPlan,
  Assessment,
  Framework,
  Issue,
  ValidateDocumentOptions,
} from '@community-excellence/schemas';
import { readDocumentFile } from '../scorecard/read-document-file.js';

/**
 * The previous cycle read for `coe feedback --previous` (and the action plan of `--plan`): the
 * documents with their warnings, a refusal (exit code 2: an unreadable file, or a document of
 * another community or framework) or the issues that make a file invalid (exit code 1).
 */
export type PreviousCycleRead =
  | {
      readonly ok: true;
      readonly previous: Assessment;
      readonly plan: ActionPlan | undefined;
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly reason: 'refused'; readonly message: string }
  | { readonly ok: false; readonly reason: 'invalid'; readonly issues: readonly Issue[] };

/** The files named by `--previous` and `--plan`, and the framework file given with `--framework`. */
export interface PreviousCycleFiles {
  readonly previous: string;
  readonly plan?: string;
  readonly framework?: Framework;
}

/**
 * Reads and validates the previous cycle's assessment and the optional action plan, and refuses
 * documents that cannot be compared with `current`: a previous assessment or a plan of another
 * community, or a previous assessment of another framework (cycles are compared within one
 * community and one framework). Every issue carries its file. Never throws.
 *
 * @example
 * ```ts
 * declare const current: Assessment;
 * const read = readPreviousCycle(current, { previous: 'assessment-2025.json', plan: 'action-plan.json' });
 * if (!read.ok && read.reason === 'refused') console.error(read.message);
 * ```
 */
export function readPreviousCycle(
  current: Assessment,
  files: PreviousCycleFiles,
): PreviousCycleRead {
  const options: ValidateDocumentOptions =
    files.framework === undefined ? {} : { frameworks: [files.framework] };
  const previous = readDocumentFile(files.previous, ['assessment'], options);
  if (!previous.ok && previous.reason === 'io')
    return { ok: false, reason: 'refused', message: `--previous: ${previous.message}` };
  const plan = files.plan === undefined ? undefined : readDocumentFile(files.plan, ['action-plan']);
  if (plan !== undefined && !plan.ok && plan.reason === 'io')
    return { ok: false, reason: 'refused', message: `--plan: ${plan.message}` };
  const invalid = [
    ...(previous.ok ? [] : previous.issues),
    ...(plan === undefined || plan.ok ? [] : plan.issues),
  ];
  if (!previous.ok || (plan !== undefined && !plan.ok))
    return { ok: false, reason: 'invalid', issues: invalid };

  const before = previous.document;
  if (before.communityId !== current.communityId)
    return {
      ok: false,
      reason: 'refused',
      message: `--previous ${files.previous}: the previous assessment ${before.id} is of community ${before.communityId}, this assessment ${current.id} of community ${current.communityId}; cycles are compared within one community. Nothing compared.`,
    };
  if (before.framework.id !== current.framework.id)
    return {
      ok: false,
      reason: 'refused',
      message: `--previous ${files.previous}: the previous assessment ${before.id} uses framework ${before.framework.id}, this assessment ${current.id} uses ${current.framework.id}; cycles are compared within one framework. Nothing compared.`,
    };
  if (plan !== undefined && plan.document.communityId !== current.communityId)
    return {
      ok: false,
      reason: 'refused',
      message: `--plan ${files.plan ?? ''}: the action plan ${plan.document.id} is of community ${plan.document.communityId}, this assessment ${current.id} of community ${current.communityId}. Nothing compared.`,
    };
  return {
    ok: true,
    previous: before,
    plan: plan?.document,
    issues: [...previous.issues, ...(plan?.issues ?? [])],
  };
}

import {
  createIssue,
  findItem,
  listFrameworkCodes,
  type Assessment,
  type ConsensusItem,
  type Framework,
  type Issue,
  type ItemEvaluation,
} from '@community-excellence/schemas/data';
import {
  checkAssessmentStructure,
  isCheckedAssessment,
  type CheckedAssessment,
} from '@community-excellence/schemas/data';
import { errorIssue } from './error-issue.js';

/**
 * An explicit item mapping from old codes to new codes, e.g. `{ '6.2': '6.1' }`.
 */
export type ItemMapping = Readonly<Record<string, string>>;

/**
 * Options of {@link migrateAssessment}.
 */
export interface MigrateOptions {
  /** Map a code that the target framework also defines to itself when the mapping does not list it (default false: only explicit mappings move). */
  readonly keepSameCodes?: boolean;
}

/**
 * An evaluation that could not move to the target framework, kept whole with its old code.
 *
 * @example
 * ```ts
 * result.carried[0]; // { from: 'review', reviewId: 'review-ana', reviewerId: 'rev-ana', item: '6.2', mappedTo: null, reason: 'unmapped', evaluation: {...} }
 * ```
 */
export interface CarriedEvaluation {
  readonly from: 'review' | 'consensus';
  readonly reviewId: string | null;
  readonly reviewerId: string | null;
  /** The old item code. */
  readonly item: string;
  /** The new code the mapping named, when there was one. */
  readonly mappedTo: string | null;
  /**
   * `unmapped` (no mapping), `unknown-target` (the new code is not an item of the target),
   * `kind-changed` (process became results or back: ADLI notes do not fit LeTCI), `collision`
   * (two old items map to one new item in the same review or consensus).
   */
  readonly reason: 'unmapped' | 'unknown-target' | 'kind-changed' | 'collision';
  /** The original evaluation, unchanged. */
  readonly evaluation: ItemEvaluation | ConsensusItem;
}

/**
 * What {@link migrateAssessment} returns. `assessment` names the target framework and holds
 * every evaluation that could be mapped; `carried` holds every one that could not. Nothing is
 * dropped: `moved + carried` equals the evaluations of the input.
 *
 * @example
 * ```ts
 * const result: MigrationResult = migrateAssessment(old, { '1.1': '1.1' }, newFramework);
 * ```
 */
export type MigrationResult =
  | {
      readonly ok: true;
      readonly assessment: Assessment;
      readonly moved: readonly { readonly from: string; readonly to: string }[];
      readonly carried: readonly CarriedEvaluation[];
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

type Target =
  | { readonly code: string }
  | { readonly carry: CarriedEvaluation['reason']; readonly mappedTo: string | null };

/**
 * Moves an assessment to another framework edition with an explicit item mapping (old code ->
 * new code). Review and consensus evaluations, reviewers' `leadsItems` and scope codes are
 * renamed; the assessment then names the target framework. Evaluations that cannot move are
 * **carried**, never dropped, and each gets a warning: no mapping (`unknown_item`), a target
 * code the framework lacks (`unknown_item`), a process item mapped to a results item or back
 * (`wrong_evaluation_factors`), two items mapped onto one (`duplicate_id`). A mapping to a
 * code the target does not define is also an error at `['mapping', oldCode]`. Never throws.
 *
 * Accepts a plain assessment (its structure is checked first, zod-free, with
 * `checkAssessmentStructure`) or a checked one from `runAssessmentCheck` (not checked again).
 *
 * Never throws: input of another shape (never validated, not a scorecard) is answered with an
 * `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * const result = migrateAssessment(assessment2024, { '1.1': '1.1', '1.2': '1.2', '6.2': '6.3' }, framework2026, { keepSameCodes: true });
 * if (result.ok) {
 *   save(result.assessment);
 *   for (const c of result.carried) console.warn(`${c.item} (${c.reason}) kept aside`);
 * }
 * ```
 */
export function migrateAssessment(
  assessment: Assessment | CheckedAssessment,
  mapping: ItemMapping,
  targetFramework: Framework,
  options: MigrateOptions = {},
): MigrationResult {
  try {
    if (isCheckedAssessment(assessment))
      return migrateAssessmentUnchecked(assessment.assessment, mapping, targetFramework, options);
    const shape = checkAssessmentStructure(assessment);
    if (shape.length > 0) return { ok: false, issues: shape };
    return migrateAssessmentUnchecked(assessment, mapping, targetFramework, options);
  } catch (error) {
    const issue = errorIssue(error);
    return { ok: false, issues: [issue] };
  }
}

function migrateAssessmentUnchecked(
  assessment: Assessment,
  mapping: ItemMapping,
  targetFramework: Framework,
  options: MigrateOptions = {},
): MigrationResult {
  const issues: Issue[] = [];
  const pairs = typeof mapping === 'object' && mapping !== null ? Object.entries(mapping) : [];
  const map = new Map<string, string>();
  for (const [from, to] of pairs) {
    if (typeof to !== 'string' || findItem(targetFramework, to) === undefined) {
      issues.push(
        createIssue({
          code: 'unknown_item',
          path: ['mapping', from],
          item: String(to),
          framework: targetFramework.id,
        }),
      );
    }
    if (typeof to === 'string') map.set(from, to);
  }
  const targetOf = (code: string, factors: 'ADLI' | 'LeTCI' | undefined): Target => {
    const mapped =
      map.get(code) ??
      (options.keepSameCodes === true && findItem(targetFramework, code) !== undefined
        ? code
        : undefined);
    if (mapped === undefined) return { carry: 'unmapped', mappedTo: null };
    const item = findItem(targetFramework, mapped);
    if (item === undefined) return { carry: 'unknown-target', mappedTo: mapped };
    if (factors !== undefined && factors !== (item.kind === 'process' ? 'ADLI' : 'LeTCI'))
      return { carry: 'kind-changed', mappedTo: mapped };
    return { code: mapped };
  };
  const carried: CarriedEvaluation[] = [];
  const moved: { from: string; to: string }[] = [];
  const warn = (
    reason: CarriedEvaluation['reason'],
    item: string,
    mappedTo: string | null,
    path: (string | number)[],
    factors: string,
  ): void => {
    if (reason === 'kind-changed') {
      const kind = findItem(targetFramework, mappedTo ?? '')?.kind ?? 'unknown';
      issues.push(
        createIssue({
          code: 'wrong_evaluation_factors',
          severity: 'warning',
          path: [...path, 'factors'],
          item: mappedTo ?? item,
          itemKind: kind,
          factors,
          message: `Item ${item} maps to ${mappedTo ?? '?'}, a ${kind} item, but carries ${factors} notes; carried unchanged.`,
        }),
      );
    } else if (reason === 'collision') {
      issues.push(
        createIssue({
          code: 'duplicate_id',
          severity: 'warning',
          path: [...path, 'item'],
          id: mappedTo ?? item,
          firstPath: path.slice(0, -1),
          message: `Item ${item} maps to ${mappedTo ?? '?'}, which another item already maps to here; carried unchanged.`,
        }),
      );
    } else {
      issues.push(
        createIssue({
          code: 'unknown_item',
          severity: 'warning',
          path: [...path, 'item'],
          item: mappedTo ?? item,
          framework: targetFramework.id,
          message:
            reason === 'unmapped'
              ? `Item ${item} has no mapping to ${targetFramework.id}; carried unchanged.`
              : `Item ${item} maps to ${mappedTo ?? '?'}, which ${targetFramework.id} does not define; carried unchanged.`,
        }),
      );
    }
  };

  const reviews = assessment.reviews.map((review, r) => {
    const taken = new Set<string>();
    const items = review.items.flatMap((evaluation, k) => {
      const target = targetOf(
        evaluation.item,
        evaluation.factors === 'profile' ? undefined : evaluation.factors,
      );
      const code = 'code' in target && !taken.has(target.code) ? target.code : undefined;
      if (code === undefined) {
        const reason = 'code' in target ? 'collision' : target.carry;
        const mappedTo = 'code' in target ? target.code : target.mappedTo;
        carried.push({
          from: 'review',
          reviewId: review.id,
          reviewerId: review.reviewerId,
          item: evaluation.item,
          mappedTo,
          reason,
          evaluation,
        });
        warn(reason, evaluation.item, mappedTo, ['reviews', r, 'items', k], evaluation.factors);
        return [];
      }
      taken.add(code);
      moved.push({ from: evaluation.item, to: code });
      return [{ ...evaluation, item: code }];
    });
    return { ...review, items };
  });

  let consensus = assessment.consensus;
  if (consensus !== undefined) {
    const taken = new Set<string>();
    const items = consensus.items.flatMap((entry, k) => {
      const target = targetOf(entry.item, undefined);
      const code = 'code' in target && !taken.has(target.code) ? target.code : undefined;
      if (code === undefined) {
        const reason = 'code' in target ? 'collision' : target.carry;
        const mappedTo = 'code' in target ? target.code : target.mappedTo;
        carried.push({
          from: 'consensus',
          reviewId: null,
          reviewerId: null,
          item: entry.item,
          mappedTo,
          reason,
          evaluation: entry,
        });
        warn(reason, entry.item, mappedTo, ['consensus', 'items', k], 'consensus');
        return [];
      }
      taken.add(code);
      moved.push({ from: entry.item, to: code });
      return [{ ...entry, item: code }];
    });
    consensus = { ...consensus, items };
  }

  const known = new Set(listFrameworkCodes(targetFramework).map((e) => e.code));
  const rename = (code: string): string => map.get(code) ?? code;
  let scope = assessment.scope;
  if (scope?.type === 'codes') {
    const codes = scope.codes.map(rename);
    codes.forEach((code, k) => {
      if (!known.has(code))
        issues.push(
          createIssue({
            code: 'unknown_reference',
            severity: 'warning',
            path: ['scope', 'codes', k],
            target: 'framework code',
            id: code,
          }),
        );
    });
    scope = { ...scope, codes };
  } else if (scope?.type === 'scope') {
    const scopeId = scope.scopeId;
    if (targetFramework.scopes?.some((s) => s.id === scopeId) !== true) {
      issues.push(
        createIssue({
          code: 'unknown_reference',
          severity: 'warning',
          path: ['scope', 'scopeId'],
          target: 'scope',
          id: scopeId,
        }),
      );
    }
  }
  const reviewers = assessment.reviewers.map((reviewer) =>
    reviewer.leadsItems === undefined
      ? reviewer
      : { ...reviewer, leadsItems: reviewer.leadsItems.map(rename) },
  );

  const migrated: Assessment = {
    ...assessment,
    framework: { id: targetFramework.id, edition: targetFramework.edition },
    reviewers,
    reviews,
    ...(scope === undefined ? {} : { scope }),
    ...(consensus === undefined ? {} : { consensus }),
  };
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  return { ok: true, assessment: migrated, moved, carried, issues };
}

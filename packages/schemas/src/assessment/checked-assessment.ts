import { createIssue, type Issue } from '../issue.js';
import { errorIssue } from '../error-issue.js';
import type { Framework } from '../framework/framework.js';
import type { PartScoring } from '../framework/scope.js';
import type { ScoringGuidelines } from '../framework/scoring-guidelines.js';
import { baldrigeScoringGuidelines } from '../framework/baldrige-scoring-guidelines.js';
import type { Assessment } from './assessment.js';
import { checkAssessmentStructure } from './assessment-structure.js';
import { frameworkRules, internalRules, profileSectionsOf } from './assessment-rules.js';
import type { AssessmentVerdicts } from './entry-verdict.js';
import {
  resolveAssessmentScope,
  type AssessmentScopeOption,
  type ResolvedAssessmentScope,
} from './resolve-assessment-scope.js';

/**
 * An assessment that went through the one assessment check ({@link runAssessmentCheck}): the
 * assessment, the framework and guidelines it was checked against, the resolved scope, the
 * verdict on every review and consensus entry, and every issue the check found. Engines
 * (`scoreAssessment`, `summarizeReviews`, `reviewAgreement`) read it instead of checking again.
 * Only {@link runAssessmentCheck} makes one: {@link isCheckedAssessment} refuses look-alikes.
 *
 * @example
 * ```ts
 * declare const checked: CheckedAssessment;
 * checked.verdicts.consensus.filter((v) => v.kind === 'rating').length;
 * ```
 */
export interface CheckedAssessment {
  readonly assessment: Assessment;
  readonly framework: Framework;
  readonly guidelines: ScoringGuidelines;
  /** The scope option the check was asked for (undefined: the assessment's own scope). */
  readonly scopeOption: AssessmentScopeOption | undefined;
  readonly scope: ResolvedAssessmentScope;
  readonly verdicts: AssessmentVerdicts;
  /** Every issue of the check: structure-independent rules, framework rules, scope. */
  readonly issues: readonly Issue[];
}

/** Options of {@link runAssessmentCheck}. */
export interface AssessmentCheckOptions {
  /** The scoring guidelines (ranges, step); default `baldrigeScoringGuidelines`. */
  readonly guidelines?: ScoringGuidelines;
  /**
   * The scope to check within instead of the assessment's own (a scope id, a code list, a
   * scope object, `{ type: 'all' }`); issues about it have paths under `['options', 'scope']`.
   */
  readonly scope?: AssessmentScopeOption;
  /** How listed parts of items count (overrides the scope's own `partScoring`). */
  readonly partScoring?: PartScoring;
}

/**
 * What {@link runAssessmentCheck} returns: the checked assessment (even when rules found
 * errors: engines decide which errors affect them), or `checked: null` when the input's
 * structure is broken so that no rule can be applied.
 *
 * @example
 * ```ts
 * declare const result: AssessmentCheckResult;
 * if (result.checked === null) console.error(result.issues);
 * ```
 */
export type AssessmentCheckResult =
  | { readonly ok: true; readonly checked: CheckedAssessment; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly checked: null; readonly issues: readonly Issue[] };

const genuine = new WeakSet<object>();

/**
 * Whether a value is a {@link CheckedAssessment} made by {@link runAssessmentCheck} in this
 * program (a plain object with the same fields is not: the check keeps a private record).
 *
 * @example
 * ```ts
 * declare const input: Assessment | CheckedAssessment;
 * const assessment = isCheckedAssessment(input) ? input.assessment : input;
 * ```
 */
export function isCheckedAssessment(value: unknown): value is CheckedAssessment {
  return typeof value === 'object' && value !== null && genuine.has(value);
}

/** The reference data the rules read: categories with items, and the guidelines' ranges (internal). */
function checkReferenceData(framework: Framework, guidelines: ScoringGuidelines): Issue[] {
  const out: Issue[] = [];
  const categories: unknown = (framework as { categories?: unknown } | null)?.categories;
  if (
    !Array.isArray(categories) ||
    categories.some((c) => !Array.isArray((c as { items?: unknown } | null)?.items))
  ) {
    out.push(
      createIssue({
        code: 'invalid_type',
        path: ['(framework)', 'categories'],
        expected: 'array of categories with items',
        received: typeof categories,
      }),
    );
  }
  const ranges: unknown = (guidelines as { ranges?: unknown } | null)?.ranges;
  if (!Array.isArray(ranges))
    out.push(
      createIssue({
        code: 'invalid_type',
        path: ['options', 'guidelines', 'ranges'],
        expected: 'array',
        received: typeof ranges,
      }),
    );
  return out;
}

function runUnchecked(
  input: Assessment,
  framework: Framework,
  options: AssessmentCheckOptions,
): AssessmentCheckResult {
  const guidelines = options.guidelines ?? baldrigeScoringGuidelines;
  const reference = checkReferenceData(framework, guidelines);
  if (reference.length > 0) return { ok: false, checked: null, issues: reference };
  const structure = checkAssessmentStructure(input);
  if (structure.length > 0) return { ok: false, checked: null, issues: structure };
  const issues: Issue[] = [];
  const sections = profileSectionsOf(framework);
  internalRules(input, (code) => sections.has(code), issues);
  const fromOptions = options.scope !== undefined;
  const scope = resolveAssessmentScope(framework, fromOptions ? options.scope : input.scope, {
    path: fromOptions ? ['options', 'scope'] : ['scope'],
    ...(options.partScoring === undefined ? {} : { partScoring: options.partScoring }),
  });
  if (fromOptions && input.scope !== undefined)
    issues.push(...resolveAssessmentScope(framework, input.scope).issues);
  const verdicts = frameworkRules(input, framework, guidelines, guidelines, scope, issues);
  const checked: CheckedAssessment = Object.freeze({
    assessment: input,
    framework,
    guidelines,
    scopeOption: options.scope,
    scope,
    verdicts,
    issues: Object.freeze([...issues]),
  });
  genuine.add(checked);
  return { ok: true, checked, issues: checked.issues };
}

/**
 * THE assessment check: the zod-free structure check of the fields engines read
 * (`checkAssessmentStructure`), then every assessment rule once, with one severity per rule
 * (see `checkAssessment` and `checkAssessmentAgainstFramework` for the list), the scope
 * resolved once ({@link resolveAssessmentScope}), and a verdict on every review and consensus
 * entry. Engines accept its {@link CheckedAssessment} and check nothing again.
 *
 * Never throws: a framework without categories or guidelines without ranges give an
 * `invalid_type` issue (paths `['(framework)', 'categories']`, `['options', 'guidelines',
 * 'ranges']`), anything else unexpected an `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * import { coeBaldrigeDerivedPoints } from '@community-excellence/schemas/data';
 *
 * declare const assessment: Assessment;
 * const result = runAssessmentCheck(assessment, coeBaldrigeDerivedPoints, { scope: 'coe-level-2' });
 * if (result.ok) console.log(result.checked.scope.items.length, result.issues.length);
 * ```
 */
export function runAssessmentCheck(
  assessment: Assessment,
  framework: Framework,
  options: AssessmentCheckOptions = {},
): AssessmentCheckResult {
  try {
    return runUnchecked(assessment, framework, options);
  } catch (error) {
    return { ok: false, checked: null, issues: [errorIssue(error)] };
  }
}

import {
  baldrigeScoringGuidelines,
  checkAssessment,
  checkAssessmentAgainstFramework,
  createIssue,
  findItem,
  type Assessment,
  type AssessmentScope,
  type Framework,
  type Issue,
  type PathSegment,
  type ScoringGuidelines,
} from '@community-excellence/schemas/data';
import { createScoringIssue } from '../issue-codes.js';
import { assembleScorecard, type ScoringRow } from './assemble-scorecard.js';
import { checkScorableShape } from './check-shape.js';
import { resolveScope, type ResolvedScope } from './resolve-scope.js';
import type { Scorecard } from './scorecard.js';
import { selectSource, type SelectedSource } from './select-source.js';

/**
 * Options of {@link scoreAssessment}.
 */
export interface ScoreOptions {
  /** The scoring guidelines (ranges, bands, maturity stages); default `baldrigeScoringGuidelines`. */
  readonly guidelines?: ScoringGuidelines;
  /**
   * Which scores to use: `'consensus'` (the consensus record, the default when the assessment
   * has one) or `{ reviewerId }` (one reviewer's independent review).
   */
  readonly source?: 'consensus' | { readonly reviewerId: string };
  /**
   * Which items to score: a scope id of the framework (`'coe-level-2'`), an explicit list of
   * codes (`['1', '2', '7.1']`), an assessment-style scope object, or `{ type: 'all' }` for every
   * scored item. When absent, the assessment's own scope is used (every item when it has none).
   */
  readonly scope?: string | readonly string[] | AssessmentScope | { readonly type: 'all' };
  /** Item codes that do not apply: they drop out of the earned total and the maximum. */
  readonly notApplicable?: readonly string[];
  /**
   * Bands are defined on the full scales (550 process, 450 results). When the scored maximum
   * differs (a scope or not-applicable items removed items): `refuse` (default) gives no band,
   * `proportional` scales the total to the table's maximum first and marks the band `scaled`.
   */
  readonly bandScaling?: 'refuse' | 'proportional';
}

/**
 * What {@link scoreAssessment} returns: a scorecard when no error affects the scored source,
 * and every issue found (errors, warnings such as `incomplete_review`, infos).
 *
 * @example
 * ```ts
 * const result: ScoreResult = scoreAssessment(assessment, baldrige20232024);
 * if (!result.ok) console.error(result.issues.map((i) => i.message));
 * ```
 */
export type ScoreResult =
  | { readonly ok: true; readonly scorecard: Scorecard; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Whether an error at this path affects the scorecard being built. */
function affects(
  path: readonly PathSegment[],
  source: SelectedSource | undefined,
  scopeFromOptions: boolean,
): boolean {
  const [head, index] = path;
  if (head === 'reviews') return source?.path[0] === 'reviews' && source.path[1] === index;
  if (head === 'consensus') return source?.path[0] === 'consensus';
  if (head === 'scope') return !scopeFromOptions;
  return true;
}

function checkReferenceData(
  framework: Framework,
  guidelines: ScoringGuidelines,
  out: Issue[],
): boolean {
  const before = out.length;
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
  return out.length === before;
}

function buildRows(
  framework: Framework,
  scope: ResolvedScope,
  source: SelectedSource,
  notApplicable: ReadonlySet<string>,
): ScoringRow[] {
  return framework.categories.flatMap((category) =>
    category.items.map((item): ScoringRow => {
      const entry = source.entries.get(item.code);
      const base = { item, category, input: entry?.input ?? null };
      if (notApplicable.has(item.code))
        return {
          ...base,
          status: 'not-applicable',
          percent: null,
          range: null,
          reason: 'Marked not applicable in the scoring options.',
        };
      if (!scope.items.has(item.code)) {
        const recorded =
          entry?.percent === undefined
            ? ''
            : ` (${source.label} records ${entry.percent}%; not counted)`;
        return {
          ...base,
          status: 'out-of-scope',
          percent: null,
          range: null,
          reason: `Not in scope ${scope.scope.label}${recorded}.`,
        };
      }
      if (entry?.notApplicable === true)
        return {
          ...base,
          status: 'not-applicable',
          percent: null,
          range: null,
          reason: `Marked not applicable in ${source.label}.`,
        };
      if (entry !== undefined && entry.percent !== undefined && entry.range !== undefined) {
        return {
          ...base,
          status: 'scored',
          percent: entry.percent,
          range: entry.range,
          reason: null,
        };
      }
      const why =
        entry === undefined
          ? `${source.label} has no evaluation of ${item.code}`
          : `${source.label} lists ${item.code} without a percent and range`;
      return {
        ...base,
        status: 'unscored',
        percent: null,
        range: null,
        reason: `${why}; it earns nothing and stays in the maximum.`,
      };
    }),
  );
}

function score(input: unknown, framework: Framework, options: ScoreOptions): ScoreResult {
  const issues: Issue[] = [];
  const guidelines = options.guidelines ?? baldrigeScoringGuidelines;
  if (!checkReferenceData(framework, guidelines, issues)) return { ok: false, issues };
  const shape = checkScorableShape(input);
  if (shape.length > 0) return { ok: false, issues: shape };
  const assessment = input as Assessment;

  issues.push(...checkAssessment(assessment));
  const derivedFromNamed =
    framework.pointsStatus === 'derived' && framework.id.startsWith(`${assessment.framework.id}-`);
  issues.push(
    ...checkAssessmentAgainstFramework(assessment, framework, guidelines).filter(
      (issue) =>
        !(derivedFromNamed && issue.code === 'framework_mismatch' && issue.path[1] === 'id'),
    ),
  );
  if (assessment.guidelinesId !== undefined && assessment.guidelinesId !== guidelines.id) {
    issues.push(
      createScoringIssue({
        code: 'guidelines_mismatch',
        path: ['guidelinesId'],
        named: assessment.guidelinesId,
        used: guidelines.id,
      }),
    );
  }
  if (!guidelines.appliesTo.includes(framework.id)) {
    issues.push(
      createScoringIssue({
        code: 'guidelines_not_for_framework',
        path: ['options', 'guidelines'],
        guidelines: guidelines.id,
        framework: framework.id,
      }),
    );
  }

  const scope = resolveScope(assessment, framework, options.scope, issues);
  const notApplicable = new Set<string>();
  (options.notApplicable ?? []).forEach((code, k) => {
    if (typeof code === 'string' && findItem(framework, code) !== undefined)
      notApplicable.add(code);
    else
      issues.push(
        createIssue({
          code: 'unknown_item',
          path: ['options', 'notApplicable', k],
          item: String(code),
          framework: framework.id,
        }),
      );
  });
  const source = selectSource(assessment, options.source, issues);
  const blocking = issues.some(
    (issue) =>
      issue.severity === 'error' && affects(issue.path, source, options.scope !== undefined),
  );
  if (source === undefined || blocking) return { ok: false, issues };

  const scopeKey =
    scope.scope.from === 'options'
      ? `@${scope.scope.scopeId ?? (scope.scope.codes ?? ['all']).join(',')}`
      : '';
  const rows = buildRows(framework, scope, source, notApplicable);
  const scorecard = assembleScorecard(
    {
      id: `${assessment.id}:${source.key}${scopeKey}`,
      assessmentId: assessment.id,
      communityId: assessment.communityId,
      scope: scope.scope,
      source: source.source,
    },
    rows,
    framework,
    guidelines,
    options.bandScaling ?? 'refuse',
  );
  return { ok: true, scorecard, issues };
}

/**
 * Scores an assessment against a framework: item points = percent / 100 × item points, exact;
 * category, process, results and overall totals; scoring bands and the maturity stage (from the
 * guidelines, tagged with their confidence); a trace behind every number. Never throws.
 *
 * - Source: the consensus record when present (or `source: { reviewerId }` for one review).
 * - Scope: the assessment's own scope, or `scope` (a scope id, a list of codes, `{ type: 'all' }`).
 *   Out-of-scope and not-applicable items drop out of both the earned total and the maximum.
 * - Items in scope that the source does not score are `unscored`: they earn 0, stay in the
 *   maximum, and the scorecard is not `complete` (an `incomplete_review` warning says which).
 * - A framework without points (COE official) still gets percents and ranges; `points` says why
 *   there are no points and suggests `coeBaldrigeDerivedPoints`.
 *
 * `ok` is false when an error affects the scored source: a bad shape, an unknown item, a percent
 * such as 57, a results item with ADLI notes, an unknown scope, no source to score. Errors in
 * another reviewer's review are returned but do not block this scorecard.
 *
 * @example
 * ```ts
 * import { coeBaldrigeDerivedPoints } from '@community-excellence/schemas/data';
 * import { scoreAssessment, explainTotal } from '@community-excellence/scoring';
 *
 * const result = scoreAssessment(assessment, coeBaldrigeDerivedPoints);
 * if (result.ok) {
 *   result.scorecard.total.earned?.exact; // '278'
 *   console.log(explainTotal(result.scorecard));
 * } else {
 *   for (const issue of result.issues) console.error(issue.code, issue.path.join('.'), issue.message);
 * }
 * ```
 */
export function scoreAssessment(
  assessment: Assessment,
  framework: Framework,
  options: ScoreOptions = {},
): ScoreResult {
  try {
    return score(assessment, framework, options);
  } catch (error) {
    // Defensive: the shape check above is meant to make this unreachable (a property test checks it).
    return {
      ok: false,
      issues: [createScoringIssue({ code: 'scoring_failed', path: [], error: String(error) })],
    };
  }
}

import {
  createIssue,
  findItem,
  type Assessment,
  type Issue,
  type Framework,
  type PathSegment,
  type ScoringGuidelines,
} from '@community-excellence/schemas/data';
import {
  type AssessmentScopeOption,
  type CheckedAssessment,
  type PartScoring,
} from '@community-excellence/schemas/data';
import { createScoringIssue } from '../issue-codes.js';
import { assembleScorecard, type ScoringRow } from './assemble-scorecard.js';
import type { Scorecard } from './scorecard.js';
import { selectSource, type SelectedSource } from './select-source.js';
import { checkedFor } from './checked-for.js';

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
  readonly scope?: AssessmentScopeOption;
  /**
   * How a scope that lists part of an item (`7.4a`, `7.1(1)`) scores that item: `share-of-item`
   * (the listed parts' share of its points) or `whole-item` (the whole item, with a note).
   * Default: the scope's own `partScoring`, else `share-of-item`.
   */
  readonly partScoring?: PartScoring;
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
  | {
      readonly ok: true;
      readonly scorecard: Scorecard;
      readonly issues: readonly Issue[];
      /** The checked assessment the scorecard rests on: hand it to `summarizeReviews` and `reviewAgreement`. */
      readonly checked: CheckedAssessment;
    }
  | {
      readonly ok: false;
      readonly issues: readonly Issue[];
      /** The checked assessment, or null when the check could not run (a broken structure). */
      readonly checked: CheckedAssessment | null;
    };

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

const NOTHING_SCORED = (label: string, sections: readonly string[]): string =>
  sections.length > 0
    ? `Scope ${label} covers only the Community Profile (${sections.join(', ')}), which is reviewed for feedback and never scored: nothing is scored at this level (maximum 0).`
    : `Scope ${label} covers no scored item: nothing is scored (maximum 0).`;

function buildRows(
  checked: CheckedAssessment,
  source: SelectedSource,
  notApplicable: ReadonlySet<string>,
): ScoringRow[] {
  const { framework, scope } = checked;
  const scoped = new Map(scope.items.map((entry) => [entry.item.code, entry] as const));
  return framework.categories.flatMap((category) =>
    category.items.map((item): ScoringRow => {
      const entry = source.entries.get(item.code);
      const inScope = scoped.get(item.code);
      const base = {
        item,
        category,
        input: entry?.input ?? null,
        share: inScope?.share ?? null,
        scopeNote: inScope?.note ?? null,
      };
      if (notApplicable.has(item.code))
        return {
          ...base,
          status: 'not-applicable',
          percent: null,
          range: null,
          reason: 'Marked not applicable in the scoring options.',
        };
      const verdict = entry?.verdict;
      if (inScope === undefined) {
        const recorded =
          entry?.percent === undefined
            ? ''
            : ` (${source.label} records ${entry.percent}%; not counted)`;
        return {
          ...base,
          status: 'out-of-scope',
          percent: null,
          range: null,
          reason: `Not in scope ${scope.label}${recorded}.`,
        };
      }
      if (verdict?.kind === 'not-applicable')
        return {
          ...base,
          status: 'not-applicable',
          percent: null,
          range: null,
          reason: `Marked not applicable in ${source.label}.`,
        };
      if (verdict?.kind === 'rating') {
        return {
          ...base,
          status: 'scored',
          percent: verdict.percent,
          range: verdict.range,
          reason: null,
        };
      }
      const why =
        entry === undefined
          ? `${source.label} has no evaluation of ${item.code}`
          : verdict?.kind === 'invalid-score'
            ? `${source.label} gives ${item.code} an unusable score`
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

function score(
  input: Assessment | CheckedAssessment,
  framework: Framework,
  options: ScoreOptions,
): ScoreResult {
  const issues: Issue[] = [];
  const ran = checkedFor(input, framework, options);
  if (ran.checked === null) return { ok: false, issues: [...ran.issues], checked: null };
  const checked = ran.checked;
  issues.push(...ran.issues);
  const { assessment, guidelines, scope } = checked;
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
  const source = selectSource(assessment, checked.verdicts, options.source, issues);
  const scopeFromOptions = checked.scopeOption !== undefined;
  const blocking = issues.some(
    (issue) => issue.severity === 'error' && affects(issue.path, source, scopeFromOptions),
  );
  if (source === undefined || blocking) return { ok: false, issues, checked };

  const scopeKey = scopeFromOptions
    ? `@${scope.scopeId ?? (scope.codes ?? ['all']).join(',')}`
    : '';
  const rows = buildRows(checked, source, notApplicable);
  const scorecard = assembleScorecard(
    {
      id: `${assessment.id}:${source.key}${scopeKey}`,
      assessmentId: assessment.id,
      communityId: assessment.communityId,
      scope: {
        type: scope.type,
        scopeId: scope.scopeId,
        codes: scope.codes === null ? null : [...scope.codes],
        label: scope.label,
        from: scopeFromOptions ? 'options' : 'assessment',
        level: scope.level,
        requires: scope.requires,
        partScoring: scope.partScoring,
        profileSections: [...scope.profileSections],
        reason:
          scope.items.length === 0 ? NOTHING_SCORED(scope.label, scope.profileSections) : null,
      },
      source: source.source,
    },
    rows,
    framework,
    guidelines,
    options.bandScaling ?? 'refuse',
  );
  return { ok: true, scorecard, issues, checked };
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
  assessment: Assessment | CheckedAssessment,
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
      checked: null,
    };
  }
}

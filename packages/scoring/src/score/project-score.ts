import {
  baldrigeScoringGuidelines,
  createIssue,
  rangeForPercent,
  type Framework,
  type Issue,
  type ScoringGuidelines,
} from '@community-excellence/schemas/data';
import { createScoringIssue } from '../issue-codes.js';
import { assembleScorecard, type ScoringRow } from './assemble-scorecard.js';
import { diffScorecards, type ScorecardDiff } from './diff-scorecards.js';
import type { Scorecard } from './scorecard.js';
import { errorIssue } from './error-issue.js';

/**
 * Target percents by item code, e.g. `{ '1.1': 50, '7.1': 50 }`.
 */
export type ScoreTargets = Readonly<Record<string, number>>;

/**
 * What {@link projectScore} returns: the projected scorecard and its difference from the
 * original, or the issues with the targets.
 *
 * @example
 * ```ts
 * const result: ProjectionResult = projectScore(scorecard, { '1.1': 50 });
 * ```
 */
export type ProjectionResult =
  | {
      readonly ok: true;
      readonly scorecard: Scorecard;
      readonly diff: ScorecardDiff;
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

function frameworkOf(scorecard: Scorecard): Framework {
  const f = scorecard.framework;
  return {
    kind: 'framework',
    formatVersion: 1,
    id: f.id,
    family: f.id,
    edition: f.edition,
    name: f.id,
    publisher: '',
    version: f.version,
    pointsStatus: f.pointsStatus,
    ...(f.pointsLabel === null ? {} : { pointsLabel: f.pointsLabel }),
    totalPoints: f.totalPoints,
    profile: [],
    categories: scorecard.categories.map((category) => ({
      code: category.code,
      name: category.name,
      points: null,
      items: scorecard.items
        .filter((item) => item.category === category.code)
        .map((item) => ({
          code: item.code,
          name: item.name,
          kind: item.kind,
          points: item.maxPoints === null ? null : Number(item.maxPoints.exact),
        })),
    })),
  };
}

/**
 * Projects a scorecard to a set of target percents: the totals, bands and maturity stage the
 * scorecard would have if the listed items scored the targets (others unchanged). Targets are
 * validated: known items (`unknown_item`), counted items (`item_out_of_scope` for excluded
 * ones), whole percents 0..100 (`too_small`, `too_big`) on the guidelines' step
 * (`percent_not_multiple_of_5`, or `not_multiple_of` for another step). Never throws.
 *
 * Never throws: input of another shape (never validated, not a scorecard) is answered with an
 * `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * const result = projectScore(scorecard, { '7.1': 50, '1.1': 50 });
 * if (result.ok) {
 *   result.scorecard.total.earned?.exact; // the projected total
 *   result.diff.total.earnedDelta?.exact; // what the targets add, e.g. '25'
 * }
 * ```
 */
export function projectScore(
  scorecard: Scorecard,
  targets: ScoreTargets,
  guidelines: ScoringGuidelines = baldrigeScoringGuidelines,
): ProjectionResult {
  try {
    return projectScoreUnchecked(scorecard, targets, guidelines);
  } catch (error) {
    const issue = errorIssue(error);
    return { ok: false, issues: [issue] };
  }
}

function projectScoreUnchecked(
  scorecard: Scorecard,
  targets: ScoreTargets,
  guidelines: ScoringGuidelines = baldrigeScoringGuidelines,
): ProjectionResult {
  const issues: Issue[] = [];
  if (guidelines.id !== scorecard.guidelines.id) {
    issues.push(
      createScoringIssue({
        code: 'scorecard_guidelines_mismatch',
        path: ['guidelines'],
        scoredWith: scorecard.guidelines.id,
        given: guidelines.id,
      }),
    );
  }
  const wanted = new Map<string, number>();
  const entries = typeof targets === 'object' && targets !== null ? Object.entries(targets) : [];
  for (const [code, percent] of entries) {
    const path = ['targets', code];
    const item = scorecard.items.find((i) => i.code === code);
    if (item === undefined) {
      issues.push(
        createIssue({ code: 'unknown_item', path, item: code, framework: scorecard.framework.id }),
      );
      continue;
    }
    if (item.status === 'out-of-scope' || item.status === 'not-applicable') {
      issues.push(
        createIssue({
          code: 'item_out_of_scope',
          severity: 'error',
          path,
          item: code,
          scope: scorecard.scope.label,
          message: `Item ${code} is ${item.status} in this scorecard; it has no target.`,
        }),
      );
      continue;
    }
    if (typeof percent !== 'number' || !Number.isInteger(percent)) {
      issues.push(
        createIssue({
          code: 'invalid_type',
          path,
          expected: 'integer percent',
          received: typeof percent === 'number' ? String(percent) : typeof percent,
        }),
      );
    } else if (percent < 0)
      issues.push(
        createIssue({ code: 'too_small', path, minimum: 0, origin: 'number', inclusive: true }),
      );
    else if (percent > 100)
      issues.push(
        createIssue({ code: 'too_big', path, maximum: 100, origin: 'number', inclusive: true }),
      );
    else if (percent % guidelines.step !== 0) {
      issues.push(
        guidelines.step === 5
          ? createIssue({ code: 'percent_not_multiple_of_5', path, percent })
          : createIssue({ code: 'not_multiple_of', path, divisor: guidelines.step }),
      );
    } else if (rangeForPercent(guidelines, percent) === undefined) {
      issues.push(
        createIssue({
          code: 'unknown_reference',
          path,
          target: 'scoring range for percent',
          id: String(percent),
        }),
      );
    } else wanted.set(code, percent);
  }
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };

  const framework = frameworkOf(scorecard);
  const rows: ScoringRow[] = framework.categories.flatMap((category) =>
    category.items.map((frameworkItem): ScoringRow => {
      const item = scorecard.items.find((i) => i.code === frameworkItem.code);
      const target = wanted.get(frameworkItem.code);
      if (item === undefined || target === undefined) {
        return {
          item: frameworkItem,
          category,
          status: item?.status ?? 'unscored',
          percent: item?.percent ?? null,
          range: item?.range ?? null,
          input: item?.trace.input ?? null,
          reason: item?.trace.reason ?? null,
        };
      }
      return {
        item: frameworkItem,
        category,
        status: 'scored',
        percent: target,
        range: rangeForPercent(guidelines, target)?.id ?? null,
        input: {
          from: 'projection',
          item: item.code,
          reviewId: null,
          reviewerIds: [],
          basedOn: [],
        },
        reason: `Projected: ${item.percent === null ? 'unscored' : `${item.percent}%`} -> ${target}%.`,
      };
    }),
  );
  const projected = assembleScorecard(
    {
      id: `${scorecard.id}:projection`,
      assessmentId: scorecard.assessmentId,
      communityId: scorecard.communityId,
      scope: scorecard.scope,
      source: { type: 'projection', basedOn: scorecard.id, targets: [...wanted.keys()] },
    },
    rows,
    framework,
    guidelines,
    scorecard.bands.scaling,
  );
  const withPoints = scorecard.points.available
    ? projected
    : { ...projected, points: scorecard.points };
  return { ok: true, scorecard: withPoints, diff: diffScorecards(scorecard, withPoints), issues };
}

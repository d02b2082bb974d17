import type { Assessment } from '../assessment/assessment.js';
import { errorIssue } from '../error-issue.js';
import type { Framework } from '../framework/framework.js';
import { listFrameworkCodes } from '../framework/framework-codes.js';
import { createIssue, type Issue, type IssueSeverity, type PathSegment } from '../issue.js';
import type { Indicator } from '../outcome/indicator.js';
import type { ActionPlan } from './action-plan.js';
import { assessmentFindings, type AssessmentFinding } from './assessment-findings.js';

/** What the other documents of a set tell about an action plan's references. */
export interface ActionPlanReferenceContext {
  /** The valid assessments of the set. */
  readonly assessments: readonly Assessment[];
  /**
   * Ids of every assessment document in the set, valid or not: a finding of an assessment that
   * failed validation is not checked (its own issues say enough).
   */
  readonly assessmentIds: ReadonlySet<string>;
  /** The indicators of the set's indicator sets; absent when the set has none (not checked). */
  readonly indicators?: readonly Indicator[];
  /** Outcome targets of the partnership evidence (indicator id and period). */
  readonly outcomeTargets?: readonly { readonly indicatorId: string; readonly period: string }[];
  /** Frameworks by id (built-in, given, or framework documents of the set). */
  readonly frameworks: ReadonlyMap<string, Framework>;
  /** Severity of a reference to an assessment missing from the set (default `warning`). */
  readonly missingReferenceSeverity?: IssueSeverity;
}

/**
 * The checks of an action plan against the other documents of a set:
 *
 * - every id in `assessmentIds`, and every `serves.findings[j].assessmentId`, names an
 *   assessment of the set: `unknown_reference` (target `assessment`, the set's missing-reference
 *   severity, a warning by default);
 * - every finding reference names a finding (a strength or an opportunity with that id) of its
 *   assessment: `unknown_finding` (error, at `serves.findings[j].findingId`). Its assessment is
 *   the one it names, else the plan's `assessmentIds`, else the set's assessments of the plan's
 *   community; not checked when none of them is in the set (or one failed validation);
 * - when the set has indicator sets: every `serves.indicators[k]` and
 *   `serves.targets[k].indicatorId` names an indicator of them: `unknown_reference` (target
 *   `indicator`, error); a target's `period` is a period the indicator's targets or the
 *   partnership evidence's outcome targets set for it: `unknown_target_period` (error);
 * - every `serves.items[k]` and `expectedEffect.item` is a code (category, item, area or
 *   sub-area) of the framework of the plan's assessments: `unknown_item` (error); not checked
 *   when no such assessment (or framework) is known.
 *
 * Paths start at the plan's root. Never throws: a value of another shape gives an
 * `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * declare const plan: ActionPlan;
 * declare const assessment: Assessment;
 * checkActionPlanReferences(plan, {
 *   assessments: [assessment],
 *   assessmentIds: new Set([assessment.id]),
 *   frameworks: new Map([[coeCommunity2024.id, coeCommunity2024]]),
 * });
 * ```
 */
export function checkActionPlanReferences(
  plan: ActionPlan,
  context: ActionPlanReferenceContext,
): Issue[] {
  try {
    return checkUnchecked(plan, context);
  } catch (error) {
    return [errorIssue(error)];
  }
}

function checkUnchecked(plan: ActionPlan, context: ActionPlanReferenceContext): Issue[] {
  const issues: Issue[] = [];
  const missingSeverity = context.missingReferenceSeverity ?? 'warning';
  const byId = new Map<string, Assessment>();
  for (const assessment of context.assessments)
    if (!byId.has(assessment.id)) byId.set(assessment.id, assessment);
  const findings = new Map<string, Map<string, AssessmentFinding>>();
  const findingsOf = (assessment: Assessment): Map<string, AssessmentFinding> => {
    let found = findings.get(assessment.id);
    if (found === undefined) {
      found = assessmentFindings(assessment);
      findings.set(assessment.id, found);
    }
    return found;
  };
  const unknownAssessment = (id: string, path: readonly PathSegment[]): void => {
    if (!context.assessmentIds.has(id))
      issues.push(
        createIssue({
          code: 'unknown_reference',
          path,
          target: 'assessment',
          id,
          severity: missingSeverity,
        }),
      );
  };

  (plan.assessmentIds ?? []).forEach((id, at) => unknownAssessment(id, ['assessmentIds', at]));
  const planAssessmentIds: readonly string[] =
    plan.assessmentIds !== undefined && plan.assessmentIds.length > 0
      ? plan.assessmentIds
      : [...context.assessmentIds].filter((id) => byId.get(id)?.communityId === plan.communityId);

  // The framework codes of the plan's assessments.
  let codes: Set<string> | undefined;
  const frameworkIds: string[] = [];
  for (const id of planAssessmentIds) {
    const framework = context.frameworks.get(byId.get(id)?.framework.id ?? '');
    if (framework === undefined || frameworkIds.includes(framework.id)) continue;
    frameworkIds.push(framework.id);
    codes ??= new Set<string>();
    for (const entry of listFrameworkCodes(framework)) codes.add(entry.code);
  }
  const checkItem = (item: string, path: readonly PathSegment[]): void => {
    if (codes !== undefined && !codes.has(item))
      issues.push(
        createIssue({ code: 'unknown_item', path, item, framework: frameworkIds.join(', ') }),
      );
  };

  const indicators =
    context.indicators === undefined
      ? undefined
      : new Map(context.indicators.map((indicator) => [indicator.id, indicator] as const));
  const periodsOf = (indicator: Indicator): Set<string> => {
    const periods = new Set((indicator.targets ?? []).map((target) => target.period));
    for (const target of context.outcomeTargets ?? [])
      if (target.indicatorId === indicator.id) periods.add(target.period);
    return periods;
  };
  const checkIndicator = (id: string, path: readonly PathSegment[]): Indicator | undefined => {
    if (indicators === undefined) return undefined;
    const indicator = indicators.get(id);
    if (indicator === undefined)
      issues.push(createIssue({ code: 'unknown_reference', path, target: 'indicator', id }));
    return indicator;
  };

  plan.actions.forEach((action, index) => {
    const path: PathSegment[] = ['actions', index, 'serves'];
    (action.serves.findings ?? []).forEach((reference, at) => {
      const here: PathSegment[] = [...path, 'findings', at];
      if (reference.assessmentId !== undefined)
        unknownAssessment(reference.assessmentId, [...here, 'assessmentId']);
      const candidates =
        reference.assessmentId !== undefined ? [reference.assessmentId] : planAssessmentIds;
      const present = candidates.flatMap((id) => {
        const assessment = byId.get(id);
        return assessment === undefined ? [] : [assessment];
      });
      // An assessment that is named but invalid (or absent) leaves the reference unchecked.
      if (
        present.length === 0 ||
        present.length < candidates.filter((id) => context.assessmentIds.has(id)).length
      )
        return;
      if (!present.some((assessment) => findingsOf(assessment).has(reference.findingId)))
        issues.push(
          createIssue({
            code: 'unknown_finding',
            path: [...here, 'findingId'],
            findingId: reference.findingId,
            assessmentIds: present.map((assessment) => assessment.id),
          }),
        );
    });
    (action.serves.items ?? []).forEach((item, at) => checkItem(item, [...path, 'items', at]));
    if (action.expectedEffect?.item !== undefined)
      checkItem(action.expectedEffect.item, ['actions', index, 'expectedEffect', 'item']);
    (action.serves.indicators ?? []).forEach((id, at) =>
      checkIndicator(id, [...path, 'indicators', at]),
    );
    (action.serves.targets ?? []).forEach((target, at) => {
      const here: PathSegment[] = [...path, 'targets', at];
      const indicator = checkIndicator(target.indicatorId, [...here, 'indicatorId']);
      if (
        indicator !== undefined &&
        target.period !== undefined &&
        !periodsOf(indicator).has(target.period)
      )
        issues.push(
          createIssue({
            code: 'unknown_target_period',
            path: [...here, 'period'],
            indicatorId: target.indicatorId,
            period: target.period,
          }),
        );
    });
  });
  return issues;
}

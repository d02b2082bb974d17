import {
  BUILT_IN_FRAMEWORKS,
  type Assessment,
  type Framework,
  type Indicator,
} from '@community-excellence/schemas';
import {
  actionState,
  assessmentFindings,
  planAsOf,
  type ActionPlan,
  type ActionState,
  type AssessmentFinding,
} from '@community-excellence/schemas/data';
import { rollUpActions, type ActionRollUp } from '@community-excellence/scoring';

/** A finding an action serves, with its text looked up in the plan's assessments. */
export interface ActionFindingLine {
  readonly id: string;
  /** The finding as the assessment writes it; null when no assessment of the report has it. */
  readonly finding: AssessmentFinding | null;
}

/** One action of an action plan as the report shows it. */
export interface ActionLine {
  readonly id: string;
  readonly title: string;
  readonly owner: string | null;
  readonly dueDate: string | null;
  /** The state by the one action state rule, as of the plan's date. */
  readonly state: ActionState;
  readonly findings: readonly ActionFindingLine[];
  readonly items: readonly string[];
  /** Indicator ids and targets served, with the indicator names the report knows. */
  readonly indicators: readonly { readonly id: string; readonly name: string | null }[];
  readonly targets: readonly { readonly indicatorId: string; readonly period: string | null }[];
}

/** The "Action plan" section of a report: one action plan, rolled up. Plain data. */
export interface ActionPlanSection {
  readonly id: string;
  readonly name: string;
  /** The date the states speak for (the plan's `asOf`); null when the plan gives none. */
  readonly asOf: string | null;
  readonly rollUp: ActionRollUp;
  readonly actions: readonly ActionLine[];
  /** Indicator names by id, for the roll-up by indicator. */
  readonly indicatorNames: ReadonlyMap<string, string>;
}

/**
 * The "Action plan" sections of a report, one per action plan: the roll-up (by owner, by the
 * categories of the framework of the plan's assessment, by indicator), each action with its
 * owner, due date and effective status, and what it serves, with finding texts looked up in the
 * plan's assessments (those it names, else those of its community) and indicator names in the
 * report's indicators.
 *
 * @example
 * ```ts
 * declare const plan: ActionPlan;
 * const [section] = actionPlanSections([plan], [assessment], [], indicators);
 * section?.rollUp.totals.open;
 * ```
 */
export function actionPlanSections(
  plans: readonly ActionPlan[],
  assessments: readonly Assessment[],
  frameworks: readonly Framework[],
  indicators: readonly Indicator[],
): ActionPlanSection[] {
  const indicatorNames = new Map<string, string>();
  for (const indicator of indicators)
    if (!indicatorNames.has(indicator.id)) indicatorNames.set(indicator.id, indicator.name);
  return plans.map((plan) => {
    const own = assessments.filter((assessment) =>
      plan.assessmentIds !== undefined && plan.assessmentIds.length > 0
        ? plan.assessmentIds.includes(assessment.id)
        : assessment.communityId === plan.communityId,
    );
    const findings = own.map((assessment) => ({
      id: assessment.id,
      findings: assessmentFindings(assessment),
    }));
    const frameworkId = own[0]?.framework.id;
    const framework = [...frameworks, ...BUILT_IN_FRAMEWORKS].find((f) => f.id === frameworkId);
    const asOf = planAsOf(plan) ?? null;
    const rollUp = rollUpActions(plan, framework === undefined ? {} : { framework });
    const actions = plan.actions.map((action): ActionLine => {
      const serves = action.serves;
      return {
        id: action.id,
        title: action.title,
        owner: action.owner ?? null,
        dueDate: action.dueDate ?? null,
        state: actionState(action, plan.reportBacks, asOf === null ? {} : { asOf }),
        findings: (serves.findings ?? []).map((reference) => {
          const from = findings.filter(
            (entry) => reference.assessmentId === undefined || entry.id === reference.assessmentId,
          );
          const finding = from
            .map((entry) => entry.findings.get(reference.findingId))
            .find((found) => found !== undefined);
          return { id: reference.findingId, finding: finding ?? null };
        }),
        items: [...(serves.items ?? [])],
        indicators: (serves.indicators ?? []).map((id) => ({
          id,
          name: indicatorNames.get(id) ?? null,
        })),
        targets: (serves.targets ?? []).map((target) => ({
          indicatorId: target.indicatorId,
          period: target.period ?? null,
        })),
      };
    });
    return { id: plan.id, name: plan.name ?? plan.id, asOf, rollUp, actions, indicatorNames };
  });
}

import { indexIds } from '../community/id-index.js';
import { errorIssue } from '../error-issue.js';
import { createIssue, type Issue, type PathSegment } from '../issue.js';
import { validateWithSchema } from '../validate-with-schema.js';
import type { ValidationResult } from '../validation-result.js';
import { ActionPlanSchema, type ActionPlan } from './action-plan.js';
import { actionState, planAsOf } from './action-state.js';

/** Options of {@link checkActionPlan} and {@link validateActionPlan}. */
export interface ActionPlanCheckOptions {
  /**
   * The date overdue is judged against (`YYYY-MM-DD`); the plan's `asOf` when absent. Without
   * either, no action is reported overdue.
   */
  readonly asOf?: string;
}

/**
 * The semantic checks of a structurally valid action plan. Every state comes from
 * {@link actionState}, the one rule for an action's state.
 *
 * - action ids are unique, report-back ids are unique, PDSA cycle ids are unique within their
 *   action: `duplicate_id` (error);
 * - a report-back names an action of the plan: `report_back_unknown_action` (error, at
 *   `reportBacks[i].actionId`);
 * - dates in order: an action's `completedOn` not before its `startedOn`, a PDSA cycle's
 *   `decidedOn` not before its `startedOn`, the plan's `asOf` not before its `createdOn`:
 *   `out_of_order` (error); a report-back dated before the plan's `createdOn` (an action may be
 *   carried over from an earlier plan, so a warning) and a report-back dated after the as-of
 *   date (the state rule ignores it, so a warning at `asOf`): `out_of_order` (warning);
 * - an action that is done or dropped with no closing date (no `completedOn`, no report-back
 *   that closed it): `action_closed_undated` (warning);
 * - an action that serves no finding and no indicator: `action_orphaned` (warning);
 * - an open action whose due date lies before the as-of date (`options.asOf`, else the plan's
 *   `asOf`): `action_overdue` (warning).
 *
 * References to findings, indicators, targets and framework items are checked against the other
 * documents by `validateDocumentSet`. Requires validated input (its type says so); a value of
 * another shape is answered with an `unexpected_shape` issue, never an exception.
 *
 * @example
 * ```ts
 * declare const plan: ActionPlan;
 * checkActionPlan(plan, { asOf: '2026-06-30' }).filter((issue) => issue.code === 'action_overdue');
 * ```
 */
export function checkActionPlan(plan: ActionPlan, options: ActionPlanCheckOptions = {}): Issue[] {
  try {
    return checkActionPlanUnchecked(plan, options);
  } catch (error) {
    return [errorIssue(error)];
  }
}

function outOfOrder(
  path: readonly PathSegment[],
  value: string,
  previousPath: readonly PathSegment[],
  previous: string,
  severity: 'error' | 'warning' = 'error',
): Issue {
  return createIssue({ code: 'out_of_order', path, value, previous, previousPath, severity });
}

function checkActionPlanUnchecked(plan: ActionPlan, options: ActionPlanCheckOptions): Issue[] {
  const issues: Issue[] = [];
  const actionIds = indexIds(
    plan.actions.map((action, index) => ({ id: action.id, path: ['actions', index, 'id'] })),
    issues,
  );
  const reportBacks = plan.reportBacks ?? [];
  indexIds(
    reportBacks.flatMap((back, index) =>
      back.id === undefined ? [] : [{ id: back.id, path: ['reportBacks', index, 'id'] }],
    ),
    issues,
  );
  if (plan.asOf !== undefined && plan.asOf < plan.createdOn)
    issues.push(outOfOrder(['asOf'], plan.asOf, ['createdOn'], plan.createdOn));

  const asOf = planAsOf(plan, options.asOf);
  reportBacks.forEach((back, index) => {
    const path: PathSegment[] = ['reportBacks', index];
    if (!actionIds.has(back.actionId))
      issues.push(
        createIssue({
          code: 'report_back_unknown_action',
          path: [...path, 'actionId'],
          actionId: back.actionId,
        }),
      );
    if (back.date < plan.createdOn)
      issues.push(
        outOfOrder([...path, 'date'], back.date, ['createdOn'], plan.createdOn, 'warning'),
      );
    if (plan.asOf !== undefined && back.date > plan.asOf)
      issues.push(outOfOrder(['asOf'], plan.asOf, [...path, 'date'], back.date, 'warning'));
  });

  const stateOptions = asOf === undefined ? {} : { asOf };
  plan.actions.forEach((action, index) => {
    const path: PathSegment[] = ['actions', index];
    if (
      action.startedOn !== undefined &&
      action.completedOn !== undefined &&
      action.completedOn < action.startedOn
    )
      issues.push(
        outOfOrder(
          [...path, 'completedOn'],
          action.completedOn,
          [...path, 'startedOn'],
          action.startedOn,
        ),
      );
    indexIds(
      (action.pdsaCycles ?? []).map((cycle, at) => ({
        id: cycle.id,
        path: [...path, 'pdsaCycles', at, 'id'],
      })),
      issues,
    );
    (action.pdsaCycles ?? []).forEach((cycle, at) => {
      if (cycle.decidedOn !== undefined && cycle.decidedOn < cycle.startedOn) {
        const cyclePath: PathSegment[] = [...path, 'pdsaCycles', at];
        issues.push(
          outOfOrder(
            [...cyclePath, 'decidedOn'],
            cycle.decidedOn,
            [...cyclePath, 'startedOn'],
            cycle.startedOn,
          ),
        );
      }
    });

    // The closing date is judged on the whole record, the overdue state as of the date.
    const whole = actionState(action, reportBacks);
    if (whole.closed && whole.closedOn === undefined)
      issues.push(
        createIssue({
          code: 'action_closed_undated',
          path: [...path, 'status'],
          actionId: action.id,
          status: whole.status,
        }),
      );
    const state = actionState(action, reportBacks, stateOptions);
    if (state.orphaned)
      issues.push(
        createIssue({ code: 'action_orphaned', path: [...path, 'serves'], actionId: action.id }),
      );
    if (state.overdue && asOf !== undefined && action.dueDate !== undefined)
      issues.push(
        createIssue({
          code: 'action_overdue',
          path: [...path, 'dueDate'],
          actionId: action.id,
          dueDate: action.dueDate,
          asOf,
          status: state.status,
        }),
      );
  });
  return issues;
}

/**
 * Validates unknown input as an action-plan document: forbidden keys, format version, structure
 * ({@link ActionPlanSchema}), then {@link checkActionPlan}. Never throws.
 *
 * @example
 * ```ts
 * const result = validateActionPlan(JSON.parse(text), { asOf: '2026-06-30' });
 * if (!result.ok) console.error(result.issues.map((issue) => issue.message));
 * ```
 */
export function validateActionPlan(
  input: unknown,
  options: ActionPlanCheckOptions = {},
): ValidationResult<ActionPlan> {
  let asOf: string | undefined;
  try {
    asOf = typeof options.asOf === 'string' ? options.asOf : undefined;
  } catch {
    asOf = undefined;
  }
  return validateWithSchema(ActionPlanSchema, input, {
    kind: 'action-plan',
    formatVersions: [1],
    check: (plan) => checkActionPlan(plan, asOf === undefined ? {} : { asOf }),
  });
}

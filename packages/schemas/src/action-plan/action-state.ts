import type { Action, ActionPlan, ActionStatus, ReportBack } from './action-plan.js';

/**
 * The state of an action as of a date, by the one rule every consumer uses
 * ({@link actionState}):
 *
 * - `status`: the effective status. Every report-back on the action that carries a status and
 *   is dated on or before the as-of date is a dated statement; so is the action's own status
 *   when it is `done` or `dropped` and has a `completedOn` date. The latest statement wins (on
 *   the same date a report-back wins over the action's own status, and a later report-back in
 *   the list over an earlier one). With no dated statement the action's own status stands.
 *   An action closed on a `completedOn` after the as-of date was still open then: it counts
 *   as `in-progress` when it had started by then (`startedOn` on or before the date), else as
 *   `planned`.
 * - `closed`: the effective status is `done` or `dropped`; `closedOn` is the date of the
 *   statement that closed it (absent when the action's own undated status closes it).
 * - `overdue`: open, with a `dueDate` strictly before the as-of date (due today is not
 *   overdue); never overdue without an as-of date.
 * - `closedLate`: closed on a known date after its `dueDate`.
 * - `orphaned`: serves no finding and no indicator (neither `serves.findings`,
 *   `serves.indicators` nor `serves.targets`); framework items alone do not anchor an action.
 */
export interface ActionState {
  /** The action's id. */
  readonly actionId: string;
  /** The effective status. */
  readonly status: ActionStatus;
  /** Where the effective status comes from. */
  readonly statusSource: 'action' | 'report-back' | 'as-of';
  /** The date of the statement that set the status, when it is dated. */
  readonly statusDate?: string;
  /** `done` or `dropped`. */
  readonly closed: boolean;
  /** The date the action was closed, when known. */
  readonly closedOn?: string;
  /** Open with a due date before the as-of date. */
  readonly overdue: boolean;
  /** Closed on a known date after the due date. */
  readonly closedLate: boolean;
  /** Serves no finding and no indicator. */
  readonly orphaned: boolean;
  /** The report-backs on the action dated on or before the as-of date, in list order. */
  readonly reportBacks: readonly ReportBack[];
  /** The as-of date the state speaks for, when one is known. */
  readonly asOf?: string;
}

/** Options of {@link actionState} and {@link actionStates}. */
export interface ActionStateOptions {
  /**
   * The date the state speaks for (`YYYY-MM-DD`). For {@link actionStates} the plan's `asOf`
   * applies when absent. Without a date nothing is overdue and every report-back counts.
   */
  readonly asOf?: string;
}

/**
 * Whether a status closes an action: `done` and `dropped` do.
 *
 * @example
 * ```ts
 * isClosedStatus('dropped'); // true
 * isClosedStatus('in-progress'); // false
 * ```
 */
export function isClosedStatus(status: ActionStatus): boolean {
  return status === 'done' || status === 'dropped';
}

/**
 * Whether an action is an orphan: it serves no finding and no indicator (no
 * `serves.findings`, `serves.indicators` or `serves.targets`). Never throws.
 *
 * @example
 * ```ts
 * declare const action: Action;
 * if (isActionOrphaned(action)) console.warn(`${action.id} serves nothing measurable`);
 * ```
 */
export function isActionOrphaned(action: Action): boolean {
  try {
    const serves = action.serves as Action['serves'] | undefined;
    return (
      !hasEntries(serves?.findings) &&
      !hasEntries(serves?.indicators) &&
      !hasEntries(serves?.targets)
    );
  } catch {
    return true;
  }
}

function hasEntries(list: readonly unknown[] | undefined): boolean {
  return Array.isArray(list) && list.length > 0;
}

interface Statement {
  readonly status: ActionStatus;
  readonly date: string;
  readonly source: 'action' | 'report-back';
}

/**
 * The state of one action as of a date, by the rule documented on {@link ActionState}: its
 * effective status (the latest dated statement: report-backs with a status, and the action's
 * own closing status on its `completedOn`), open or closed, overdue, closed late, orphaned.
 * `reportBacks` may hold report-backs on other actions; only those whose `actionId` is the
 * action's count. Never throws: on a value of another shape it returns the action's own
 * status (or `proposed`) with nothing derived.
 *
 * @example
 * ```ts
 * declare const plan: ActionPlan;
 * const state = actionState(plan.actions[0]!, plan.reportBacks, { asOf: '2026-06-30' });
 * if (state.overdue) console.warn(`${state.actionId} is overdue (${state.status})`);
 * ```
 */
export function actionState(
  action: Action,
  reportBacks: readonly ReportBack[] | undefined,
  options: ActionStateOptions = {},
): ActionState {
  try {
    return actionStateUnchecked(action, reportBacks, options.asOf);
  } catch {
    return fallbackState(action);
  }
}

function fallbackState(action: unknown): ActionState {
  let actionId = '';
  let status: ActionStatus = 'proposed';
  try {
    const record = action as { id?: unknown; status?: unknown };
    if (typeof record.id === 'string') actionId = record.id;
    if (typeof record.status === 'string' && STATUSES.has(record.status))
      status = record.status as ActionStatus;
  } catch {
    // keep the defaults
  }
  return {
    actionId,
    status,
    statusSource: 'action',
    closed: isClosedStatus(status),
    overdue: false,
    closedLate: false,
    orphaned: false,
    reportBacks: [],
  };
}

const STATUSES: ReadonlySet<string> = new Set([
  'proposed',
  'planned',
  'in-progress',
  'done',
  'dropped',
]);

function onOrBefore(date: string, asOf: string | undefined): boolean {
  return asOf === undefined || date <= asOf;
}

function actionStateUnchecked(
  action: Action,
  reportBacks: readonly ReportBack[] | undefined,
  asOf: string | undefined,
): ActionState {
  const own: ReportBack[] = [];
  for (const reportBack of reportBacks ?? [])
    if (reportBack.actionId === action.id && onOrBefore(reportBack.date, asOf))
      own.push(reportBack);

  let latest: Statement | undefined;
  const closedByAction = isClosedStatus(action.status) && action.completedOn !== undefined;
  if (closedByAction && onOrBefore(action.completedOn!, asOf))
    latest = { status: action.status, date: action.completedOn!, source: 'action' };
  for (const reportBack of own) {
    if (reportBack.status === undefined) continue;
    if (latest === undefined || reportBack.date >= latest.date)
      latest = { status: reportBack.status, date: reportBack.date, source: 'report-back' };
  }

  let status: ActionStatus;
  let statusSource: ActionState['statusSource'];
  let statusDate: string | undefined;
  if (latest !== undefined) {
    status = latest.status;
    statusSource = latest.source;
    statusDate = latest.date;
  } else if (closedByAction) {
    // closed after the as-of date: still open then
    status =
      action.startedOn !== undefined && onOrBefore(action.startedOn, asOf)
        ? 'in-progress'
        : 'planned';
    statusSource = 'as-of';
  } else {
    status = action.status;
    statusSource = 'action';
  }

  const closed = isClosedStatus(status);
  const closedOn = closed ? statusDate : undefined;
  const overdue =
    !closed && asOf !== undefined && action.dueDate !== undefined && action.dueDate < asOf;
  const closedLate =
    closedOn !== undefined && action.dueDate !== undefined && closedOn > action.dueDate;
  return {
    actionId: action.id,
    status,
    statusSource,
    ...(statusDate === undefined ? {} : { statusDate }),
    closed,
    ...(closedOn === undefined ? {} : { closedOn }),
    overdue,
    closedLate,
    orphaned: isActionOrphaned(action),
    reportBacks: own,
    ...(asOf === undefined ? {} : { asOf }),
  };
}

/**
 * The state of every action of a plan, by action id (the first action of a duplicated id), as
 * of `options.asOf`, else the plan's `asOf`, else no date. Report-backs on actions the plan does
 * not have are ignored here (the plan check reports them). Never throws: on a value of another
 * shape it returns the states it could compute.
 *
 * @example
 * ```ts
 * declare const plan: ActionPlan;
 * const overdue = [...actionStates(plan).values()].filter((state) => state.overdue);
 * ```
 */
export function actionStates(
  plan: ActionPlan,
  options: ActionStateOptions = {},
): Map<string, ActionState> {
  const states = new Map<string, ActionState>();
  try {
    const asOf = options.asOf ?? plan.asOf;
    const stateOptions: ActionStateOptions = asOf === undefined ? {} : { asOf };
    for (const action of plan.actions) {
      if (states.has(action.id)) continue;
      states.set(action.id, actionState(action, plan.reportBacks, stateOptions));
    }
  } catch {
    // return what was computed
  }
  return states;
}

/**
 * The as-of date a plan's states speak for: the given date, else the plan's `asOf`. Never
 * throws.
 *
 * @example
 * ```ts
 * declare const plan: ActionPlan;
 * planAsOf(plan, '2026-06-30'); // '2026-06-30'
 * ```
 */
export function planAsOf(plan: ActionPlan, asOf?: string): string | undefined {
  if (asOf !== undefined) return asOf;
  try {
    return typeof plan.asOf === 'string' ? plan.asOf : undefined;
  } catch {
    return undefined;
  }
}

import type { ActionStatus } from '@community-excellence/schemas/data';
import type { ActionGroup } from '@community-excellence/scoring';
import type { ActionLine, ActionPlanSection } from './action-plan-section.js';

/** The words for each action status. */
export const ACTION_STATUS_WORDS: Readonly<Record<ActionStatus, string>> = {
  proposed: 'proposed',
  planned: 'planned',
  'in-progress': 'in progress',
  done: 'done',
  dropped: 'dropped',
};

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

/**
 * The sentences that open an "Action plan" section: the totals as of the plan's date and how the
 * state is decided.
 *
 * @example
 * ```ts
 * declare const section: ActionPlanSection;
 * actionPlanSummary(section)[0]; // '14 actions as of 2026-10-31: 9 open (1 overdue), 4 done, 1 dropped.'
 * ```
 */
export function actionPlanSummary(section: ActionPlanSection): string[] {
  const t = section.rollUp.totals;
  const counts = `${t.open} open (${t.overdue} overdue), ${t.done} done, ${t.dropped} dropped`;
  return [
    section.asOf === null
      ? `${plural(t.total, 'action', 'actions')}: ${counts}. The plan gives no as-of date, so no action is judged overdue.`
      : `${plural(t.total, 'action', 'actions')} as of ${section.asOf}: ${counts}.`,
    'Each action’s status is the one its latest dated report-back gives, else its own; an open action is overdue when its due date lies before the as-of date.',
  ];
}

/**
 * The warnings of an "Action plan" section: one line per overdue and per orphaned action.
 *
 * @example
 * ```ts
 * declare const section: ActionPlanSection;
 * actionPlanWarnings(section); // ['Overdue: Write and adopt ... (act-rural-transport-plan), owner ..., due 2026-08-31, in progress.']
 * ```
 */
export function actionPlanWarnings(section: ActionPlanSection): string[] {
  const owners = new Map(section.actions.map((action) => [action.id, action.owner] as const));
  return [
    ...section.rollUp.overdue.map(({ action, state }) => {
      const owner = owners.get(action.id) ?? null;
      return `Overdue: ${action.title} (${action.id}), ${owner === null ? 'no owner' : `owner ${owner}`}, due ${action.dueDate ?? ''}, ${ACTION_STATUS_WORDS[state.status]}.`;
    }),
    ...section.rollUp.orphaned.map(
      ({ action }) =>
        `Orphaned: ${action.title} (${action.id}) serves no finding and no indicator.`,
    ),
  ];
}

/** A roll-up table: header and rows (numbers in columns 1-4). */
export interface ActionRollUpTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly numeric: readonly number[];
}

function rollUpTable(
  first: string,
  groups: readonly ActionGroup[],
  label: (group: ActionGroup) => string,
): ActionRollUpTable {
  return {
    header: [first, 'Open', 'Overdue', 'Done', 'Dropped'],
    rows: groups.map((group) => [
      label(group),
      String(group.counts.open),
      String(group.counts.overdue),
      String(group.counts.done),
      String(group.counts.dropped),
    ]),
    numeric: [1, 2, 3, 4],
  };
}

/**
 * The roll-up by owner; actions without an owner in the row "(unassigned)".
 *
 * @example
 * ```ts
 * declare const section: ActionPlanSection;
 * actionsByOwnerTable(section).rows[0]; // ['Riverbend Thrives', '1', '0', '3', '0']
 * ```
 */
export function actionsByOwnerTable(section: ActionPlanSection): ActionRollUpTable {
  return rollUpTable('Owner', section.rollUp.byOwner, (group) => group.key ?? '(unassigned)');
}

/**
 * The roll-up by framework category (code and name); actions serving no framework item of a
 * known category in the row "(no framework item)".
 *
 * @example
 * ```ts
 * declare const section: ActionPlanSection;
 * actionsByCategoryTable(section).rows[0]?.[0]; // '1 Community Leadership'
 * ```
 */
export function actionsByCategoryTable(section: ActionPlanSection): ActionRollUpTable {
  return rollUpTable('Category', section.rollUp.byCategory, (group) =>
    group.key === null
      ? '(no framework item)'
      : group.label === null || group.label === group.key
        ? group.key
        : `${group.key} ${group.label}`,
  );
}

/**
 * The roll-up by indicator (name, else id); actions serving no indicator in the row
 * "(no indicator)".
 *
 * @example
 * ```ts
 * declare const section: ActionPlanSection;
 * actionsByIndicatorTable(section).rows.at(-1)?.[0]; // '(no indicator)'
 * ```
 */
export function actionsByIndicatorTable(section: ActionPlanSection): ActionRollUpTable {
  return rollUpTable('Indicator', section.rollUp.byIndicator, (group) =>
    group.key === null ? '(no indicator)' : (section.indicatorNames.get(group.key) ?? group.key),
  );
}

/** The sentence under the category table. */
export const CATEGORY_NOTE =
  'An action counts under every category whose items it serves, so the category rows can add up to more than the actions.';

/**
 * The status cell of an action: the effective status, when it was closed, and whether it is overdue.
 *
 * @example
 * ```ts
 * declare const action: ActionLine;
 * actionStatusText(action); // 'done on 2026-08-12 (after the due date)'
 * ```
 */
export function actionStatusText(action: ActionLine): string {
  const state = action.state;
  const words = ACTION_STATUS_WORDS[state.status];
  if (state.overdue) return `${words}, overdue`;
  if (state.closedOn !== undefined)
    return `${words} on ${state.closedOn}${state.closedLate ? ' (after the due date)' : ''}`;
  return words;
}

/**
 * What an action serves, in words: the findings with their type, priority, item and text, the
 * framework items, the indicators (by name) and the targets.
 *
 * @example
 * ```ts
 * declare const action: ActionLine;
 * actionServesText(action); // 'Finding consensus-1.2-o1 (opportunity, high priority, item 1.2): There is no ... Items: 1.2.'
 * ```
 */
export function actionServesText(action: ActionLine): string {
  const parts: string[] = [];
  for (const { id, finding } of action.findings) {
    if (finding === null) parts.push(`Finding ${id} (not in the report's assessments).`);
    else {
      const kind =
        finding.type === 'opportunity'
          ? `opportunity${finding.priority === undefined ? '' : `, ${finding.priority} priority`}`
          : 'strength';
      parts.push(`Finding ${id} (${kind}, item ${finding.item}): ${finding.text}`);
    }
  }
  if (action.items.length > 0) parts.push(`Items: ${action.items.join(', ')}.`);
  if (action.indicators.length > 0)
    parts.push(
      `Indicators: ${action.indicators.map((indicator) => indicator.name ?? indicator.id).join('; ')}.`,
    );
  if (action.targets.length > 0)
    parts.push(
      `Targets: ${action.targets
        .map(
          (target) => `${target.indicatorId}${target.period === null ? '' : ` ${target.period}`}`,
        )
        .join('; ')}.`,
    );
  return parts.length === 0 ? 'Nothing.' : parts.join(' ');
}

/**
 * The table of actions: title and id, owner, due date, status, what it serves.
 *
 * @example
 * ```ts
 * declare const section: ActionPlanSection;
 * actionsTable(section).header; // ['Action', 'Owner', 'Due', 'Status', 'Serves']
 * ```
 */
export function actionsTable(section: ActionPlanSection): {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
} {
  return {
    header: ['Action', 'Owner', 'Due', 'Status', 'Serves'],
    rows: section.actions.map((action) => [
      `${action.title} (${action.id})`,
      action.owner ?? '(unassigned)',
      action.dueDate ?? '',
      actionStatusText(action),
      actionServesText(action),
    ]),
  };
}

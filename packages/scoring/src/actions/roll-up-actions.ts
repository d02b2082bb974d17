import {
  actionState,
  listFrameworkCodes,
  planAsOf,
  type Action,
  type ActionPlan,
  type ActionState,
  type Framework,
  type FrameworkCodeEntry,
} from '@community-excellence/schemas/data';

/** Counts of actions by state. `open` includes `overdue`; `done` and `dropped` are the closed ones. */
export interface ActionCounts {
  /** Every action counted. */
  readonly total: number;
  /** Not done and not dropped (overdue ones included). */
  readonly open: number;
  /** Open with a due date before the as-of date. */
  readonly overdue: number;
  /** Done. */
  readonly done: number;
  /** Dropped. */
  readonly dropped: number;
}

/** One group of a roll-up: its key (`null` for the group of actions without one) and counts. */
export interface ActionGroup {
  /**
   * The owner, category code or indicator id; `null` for the actions that have no owner, serve
   * no framework item of a known category, or serve no indicator.
   */
  readonly key: string | null;
  /** A name for the key: the category name from the framework; otherwise the key itself. */
  readonly label: string | null;
  readonly counts: ActionCounts;
  /** Ids of the actions in the group, in plan order. */
  readonly actionIds: readonly string[];
}

/** An action with its state, as listed among the overdue or orphaned actions. */
export interface ActionWithState {
  readonly action: Action;
  readonly state: ActionState;
}

/** The result of {@link rollUpActions}. */
export interface ActionRollUp {
  /** The date the states speak for: the option, else the plan's `asOf`; absent when neither is known. */
  readonly asOf?: string;
  /** Counts over every action of the plan. */
  readonly totals: ActionCounts;
  /** By owner, in order of first appearance; the unassigned group (`key: null`) last. */
  readonly byOwner: readonly ActionGroup[];
  /**
   * By framework category of the items each action serves (`serves.items`), in framework order
   * (category code order without a framework); an action serving items of two categories counts
   * in both; the group of actions that serve no item of a known category (`key: null`) last.
   */
  readonly byCategory: readonly ActionGroup[];
  /**
   * By indicator (`serves.indicators` and `serves.targets`), in order of first appearance; an
   * action serving two indicators counts under both; the group of actions that serve no
   * indicator (`key: null`) last.
   */
  readonly byIndicator: readonly ActionGroup[];
  /** The open actions due before the as-of date, in plan order. */
  readonly overdue: readonly ActionWithState[];
  /** The actions that serve no finding and no indicator, in plan order. */
  readonly orphaned: readonly ActionWithState[];
}

/** Options of {@link rollUpActions}. */
export interface RollUpActionsOptions {
  /** The date overdue is judged against (`YYYY-MM-DD`); the plan's `asOf` when absent. */
  readonly asOf?: string;
  /**
   * The framework whose categories group the actions (the framework of the plan's assessment).
   * Without it an item's category is the part of its code before the first dot (`7.3` -> `7`).
   */
  readonly framework?: Framework;
}

const EMPTY_COUNTS: ActionCounts = { total: 0, open: 0, overdue: 0, done: 0, dropped: 0 };

/**
 * Rolls up an action plan: how many actions are open, overdue, done and dropped, in total, by
 * owner, by framework category and by indicator, and which actions are overdue or orphaned.
 * Every state comes from `actionState` of `@community-excellence/schemas/data`, the one rule (the
 * effective status is the latest dated statement, report-backs after the as-of date do not
 * count, overdue means open with a due date strictly before the as-of date). Report-backs on
 * actions the plan does not have change nothing. Never throws: on a value of another shape it
 * returns an empty roll-up.
 *
 * @example
 * ```ts
 * declare const plan: ActionPlan;
 * const rollUp = rollUpActions(plan, { framework: coeBaldrigeDerivedPoints });
 * for (const group of rollUp.byOwner)
 *   console.log(group.key ?? 'unassigned', group.counts.open, group.counts.overdue, group.counts.done);
 * ```
 */
export function rollUpActions(plan: ActionPlan, options: RollUpActionsOptions = {}): ActionRollUp {
  try {
    return rollUpUnchecked(plan, options);
  } catch {
    return {
      totals: EMPTY_COUNTS,
      byOwner: [],
      byCategory: [],
      byIndicator: [],
      overdue: [],
      orphaned: [],
    };
  }
}

interface MutableGroup {
  readonly key: string | null;
  readonly label: string | null;
  readonly counts: { total: number; open: number; overdue: number; done: number; dropped: number };
  readonly actionIds: string[];
}

class Groups {
  private readonly groups = new Map<string | null, MutableGroup>();

  add(key: string | null, label: string | null, action: Action, state: ActionState): void {
    let group = this.groups.get(key);
    if (group === undefined) {
      group = {
        key,
        label,
        counts: { total: 0, open: 0, overdue: 0, done: 0, dropped: 0 },
        actionIds: [],
      };
      this.groups.set(key, group);
    }
    count(group.counts, state);
    group.actionIds.push(action.id);
  }

  /** The groups in insertion order (or by `order`), the `null` group last. */
  list(order?: (key: string) => number): ActionGroup[] {
    const keyed = [...this.groups.values()].filter((group) => group.key !== null);
    if (order !== undefined) keyed.sort((a, b) => order(a.key!) - order(b.key!));
    const none = this.groups.get(null);
    return none === undefined ? keyed : [...keyed, none];
  }
}

function count(
  counts: { total: number; open: number; overdue: number; done: number; dropped: number },
  state: ActionState,
): void {
  counts.total += 1;
  if (state.status === 'done') counts.done += 1;
  else if (state.status === 'dropped') counts.dropped += 1;
  else counts.open += 1;
  if (state.overdue) counts.overdue += 1;
}

/** The category code of a framework code, by the framework's tree or by the code's first part. */
function categoryResolver(framework: Framework | undefined): (code: string) => string | undefined {
  if (framework === undefined) {
    return (code) => {
      const match = /^(\d+)(?:\.|$)/.exec(code);
      return match?.[1];
    };
  }
  const entries = new Map<string, FrameworkCodeEntry>();
  for (const entry of listFrameworkCodes(framework)) entries.set(entry.code, entry);
  return (code) => {
    let entry = entries.get(code);
    for (let depth = 0; entry !== undefined && depth < 10; depth += 1) {
      if (entry.type === 'category') return entry.code;
      entry = entry.parent === undefined ? undefined : entries.get(entry.parent);
    }
    return undefined;
  };
}

function rollUpUnchecked(plan: ActionPlan, options: RollUpActionsOptions): ActionRollUp {
  const asOf = planAsOf(plan, options.asOf);
  const stateOptions = asOf === undefined ? {} : { asOf };
  const framework = options.framework;
  const categoryOf = categoryResolver(framework);
  const categoryNames = new Map<string, string>();
  const categoryOrder = new Map<string, number>();
  (framework?.categories ?? []).forEach((category, index) => {
    categoryNames.set(category.code, category.name);
    categoryOrder.set(category.code, index);
  });

  const totals = { total: 0, open: 0, overdue: 0, done: 0, dropped: 0 };
  const byOwner = new Groups();
  const byCategory = new Groups();
  const byIndicator = new Groups();
  const overdue: ActionWithState[] = [];
  const orphaned: ActionWithState[] = [];

  for (const action of plan.actions) {
    const state = actionState(action, plan.reportBacks, stateOptions);
    count(totals, state);
    const trimmed = action.owner?.trim();
    const owner = trimmed === undefined || trimmed === '' ? null : trimmed;
    byOwner.add(owner, owner, action, state);

    const categories = new Set<string>();
    for (const item of action.serves.items ?? []) {
      const category = categoryOf(item);
      if (category !== undefined) categories.add(category);
    }
    if (categories.size === 0) byCategory.add(null, null, action, state);
    for (const category of categories)
      byCategory.add(category, categoryNames.get(category) ?? category, action, state);

    const indicators = new Set<string>(action.serves.indicators ?? []);
    for (const target of action.serves.targets ?? []) indicators.add(target.indicatorId);
    if (indicators.size === 0) byIndicator.add(null, null, action, state);
    for (const indicator of indicators) byIndicator.add(indicator, indicator, action, state);

    if (state.overdue) overdue.push({ action, state });
    if (state.orphaned) orphaned.push({ action, state });
  }

  const order = (key: string): number =>
    categoryOrder.get(key) ?? (Number.isFinite(Number(key)) ? 1000 + Number(key) : 100_000);
  return {
    ...(asOf === undefined ? {} : { asOf }),
    totals,
    byOwner: byOwner.list(),
    byCategory: byCategory.list(order),
    byIndicator: byIndicator.list(),
    overdue,
    orphaned,
  };
}

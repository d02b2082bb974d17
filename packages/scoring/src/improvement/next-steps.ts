import type { Assessment, Issue, OfiPriority } from '@community-excellence/schemas/data';
import { errorIssue } from '../score/error-issue.js';
import type { ExactNumber } from '../score/exact-number.js';
import { pointsAtStake } from '../score/points-at-stake.js';
import type { Scorecard } from '../score/scorecard.js';
import {
  actionStates,
  type Action,
  type ActionPlan,
  type ActionStatus,
} from './action-plan-imports.js';
import {
  opportunitiesOf,
  type OpportunitySource,
  type SourcedOpportunity,
} from './opportunities.js';

/**
 * Options of {@link nextSteps}.
 *
 * @example
 * ```ts
 * declare const plan: ActionPlan;
 * const options: NextStepsOptions = { plan, asOf: '2026-06-30' };
 * ```
 */
export interface NextStepsOptions {
  /** The action plan whose open actions answer the opportunities. */
  readonly plan?: ActionPlan;
  /** The date overdue is judged against (default: the plan's `asOf`; none: nothing is overdue). */
  readonly asOf?: string;
  /** Whose opportunities to read: the consensus (default) or a reviewer's review. */
  readonly source?: OpportunitySource;
  /**
   * Which priorities count: `'highest'` (default: the highest priority any opportunity has,
   * normally `high`) or an explicit list such as `['high', 'medium']`.
   */
  readonly priorities?: 'highest' | readonly OfiPriority[];
}

/**
 * An open action as the next steps show it: its effective status and whether it is overdue
 * come from the one action-state rule of `@community-excellence/schemas` (`actionStates`).
 *
 * @example
 * ```ts
 * declare const steps: NextSteps;
 * const action: NextStepAction = steps.openActions[0]!;
 * action.overdue; // true when open past its due date as of the as-of date
 * ```
 */
export interface NextStepAction {
  readonly id: string;
  readonly title: string;
  readonly owner: string | null;
  readonly dueDate: string | null;
  readonly status: ActionStatus;
  readonly overdue: boolean;
  /** The finding ids the action answers (`serves.findings`). */
  readonly findings: readonly string[];
}

/**
 * What a listed opportunity is worth and who is on it:
 * - `open-actions`: at least one open action answers it;
 * - `closed-actions-only`: actions answered it and are all done or dropped;
 * - `no-action-yet`: no action of the plan answers it (or there is no plan).
 */
export type NextStepAnswer = 'open-actions' | 'closed-actions-only' | 'no-action-yet';

/**
 * One high-priority opportunity with the item's points at stake (moving the item up one range,
 * see `pointsAtStake`) and the open actions that answer it.
 *
 * @example
 * ```ts
 * declare const steps: NextSteps;
 * const step: NextStepOpportunity = steps.opportunities[0]!;
 * `${step.opportunity.item}: +${step.points?.exact} points; ${step.answer}`;
 * ```
 */
export interface NextStepOpportunity {
  readonly opportunity: SourcedOpportunity;
  readonly itemName: string | null;
  readonly currentRange: string | null;
  readonly nextRange: string | null;
  readonly targetPercent: number | null;
  /** The points moving the item up one range gains (null without points or scorecard). */
  readonly points: ExactNumber | null;
  readonly percentGain: number | null;
  readonly answer: NextStepAnswer;
  /** The open actions that answer it, overdue first, then by due date. */
  readonly actions: readonly NextStepAction[];
  /** Ids of the closed (done or dropped) actions that answered it. */
  readonly closedActions: readonly string[];
}

/**
 * The next steps of an assessment: its highest-priority opportunities (largest points at stake
 * first) and every open action of the plan (overdue first, then by due date; undated last).
 *
 * @example
 * ```ts
 * declare const plan: ActionPlan;
 * const steps: NextSteps = nextSteps(assessment, scorecard, { plan });
 * steps.opportunities.filter((o) => o.answer === 'no-action-yet').length;
 * ```
 */
export interface NextSteps {
  readonly kind: 'next-steps';
  readonly assessmentId: string;
  readonly asOf: string | null;
  /** The priorities listed (empty when the assessment has no opportunities). */
  readonly priorities: readonly OfiPriority[];
  readonly opportunities: readonly NextStepOpportunity[];
  readonly openActions: readonly NextStepAction[];
  readonly issues: readonly Issue[];
}

const ORDER: readonly OfiPriority[] = ['high', 'medium', 'low'];

/**
 * The next steps after an assessment: the highest-priority opportunities for improvement of its
 * consensus (or `options.source`), each with its item's points at stake (`pointsAtStake` on the
 * scorecard: what moving the item up one range is worth) and the open actions of the plan that
 * answer it (by `serves.findings[].findingId`; a reference naming another `assessmentId` does
 * not count), flagged `no-action-yet` when none does; then every open action, overdue first and
 * by due date. Effective status and overdue come from `actionStates` (as of `options.asOf`,
 * else the plan's `asOf`). Opportunities are ordered by points at stake (percent gained
 * without points), then in framework order, then as the assessment lists them.
 *
 * Never throws: input of another shape gives empty lists and an `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * declare const plan: ActionPlan;
 * const steps = nextSteps(assessment, scorecard, { plan, asOf: '2026-06-30' });
 * for (const step of steps.opportunities)
 *   console.log(step.opportunity.item, step.points?.exact, step.actions.map((a) => a.id));
 * ```
 */
export function nextSteps(
  assessment: Assessment,
  scorecard: Scorecard | null,
  options: NextStepsOptions = {},
): NextSteps {
  try {
    return nextStepsUnchecked(assessment, scorecard, options);
  } catch (error) {
    return {
      kind: 'next-steps',
      assessmentId: '',
      asOf: null,
      priorities: [],
      opportunities: [],
      openActions: [],
      issues: [errorIssue(error)],
    };
  }
}

function prioritiesOf(
  all: readonly SourcedOpportunity[],
  option: NextStepsOptions['priorities'],
): OfiPriority[] {
  if (Array.isArray(option)) return ORDER.filter((p) => option.includes(p));
  const highest = ORDER.find((p) => all.some((o) => o.priority === p));
  return highest === undefined ? [] : [highest];
}

function compareActions(a: NextStepAction, b: NextStepAction): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return 0;
}

function nextStepsUnchecked(
  assessment: Assessment,
  scorecard: Scorecard | null,
  options: NextStepsOptions,
): NextSteps {
  const all = opportunitiesOf(assessment, options.source);
  const priorities = prioritiesOf(all, options.priorities);
  const plan = options.plan;
  const asOf = options.asOf ?? plan?.asOf ?? null;
  const states = plan === undefined ? new Map() : actionStates(plan, asOf === null ? {} : { asOf });

  const open: NextStepAction[] = [];
  const byFinding = new Map<string, { open: NextStepAction[]; closed: string[] }>();
  const seen = new Set<string>();
  for (const action of plan?.actions ?? []) {
    if (seen.has(action.id)) continue;
    seen.add(action.id);
    const state = states.get(action.id);
    if (state === undefined) continue;
    const row = actionRow(action, state.status, state.overdue, assessment.id);
    if (!state.closed) open.push(row);
    for (const findingId of row.findings) {
      const entry = byFinding.get(findingId) ?? { open: [], closed: [] };
      if (state.closed) entry.closed.push(action.id);
      else entry.open.push(row);
      byFinding.set(findingId, entry);
    }
  }
  // A stable sort: equal rows keep plan order.
  open.sort(compareActions);

  const stakes = scorecard === null ? [] : pointsAtStake(scorecard);
  const rows = all
    .map((opportunity, index) => ({ opportunity, index }))
    .filter(({ opportunity }) => priorities.includes(opportunity.priority))
    .map(({ opportunity, index }) => {
      const stake = stakes.find((s) => s.code === opportunity.item);
      const answered = opportunity.id === null ? undefined : byFinding.get(opportunity.id);
      const actions = [...(answered?.open ?? [])].sort(compareActions);
      const closedActions = answered?.closed ?? [];
      const step: NextStepOpportunity = {
        opportunity,
        itemName: scorecard?.items.find((item) => item.code === opportunity.item)?.name ?? null,
        currentRange: stake?.currentRange ?? null,
        nextRange: stake?.nextRange ?? null,
        targetPercent: stake?.targetPercent ?? null,
        points: stake?.points ?? null,
        percentGain: stake?.percentGain ?? null,
        answer:
          actions.length > 0
            ? 'open-actions'
            : closedActions.length > 0
              ? 'closed-actions-only'
              : 'no-action-yet',
        actions,
        closedActions,
      };
      return {
        step,
        index,
        rank: stake === undefined ? Number.MAX_SAFE_INTEGER : stakes.indexOf(stake),
      };
    });
  // pointsAtStake ranks items by points (then framework order): its rank orders the steps.
  rows.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return {
    kind: 'next-steps',
    assessmentId: assessment.id,
    asOf,
    priorities,
    opportunities: rows.map((row) => row.step),
    openActions: open,
    issues: [],
  };
}

function actionRow(
  action: Action,
  status: ActionStatus,
  overdue: boolean,
  assessmentId: string,
): NextStepAction {
  const findings = (action.serves.findings ?? [])
    .filter((ref) => ref.assessmentId === undefined || ref.assessmentId === assessmentId)
    .map((ref) => ref.findingId);
  return {
    id: action.id,
    title: action.title,
    owner: action.owner ?? null,
    dueDate: action.dueDate ?? null,
    status,
    overdue,
    findings,
  };
}

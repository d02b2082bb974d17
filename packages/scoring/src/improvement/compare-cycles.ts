import type { Assessment, Framework, Issue } from '@community-excellence/schemas/data';
import { errorIssue } from '../score/error-issue.js';
import { diffScorecards, type ItemDiff, type ScorecardDiff } from '../score/diff-scorecards.js';
import { scoreAssessment, type ScoreOptions } from '../score/score-assessment.js';
import {
  actionStates,
  isCheckedAssessment,
  type ActionPlan,
  type ActionStatus,
  type CheckedAssessment,
} from '@community-excellence/schemas/data';
import { opportunitiesOf, type SourcedOpportunity } from './opportunities.js';

/**
 * What became of an opportunity of the previous cycle, one label each, in this order of
 * precedence:
 * - `item-not-reassessed`: the current cycle does not score the item (unscored, out of scope,
 *   not applicable, or absent);
 * - `carried-over`: the current consensus repeats it (an opportunity whose `carriedFrom` names
 *   it), or no action of the plan answered it (none, or only dropped ones);
 * - `in-progress`: an action that answers it is still open;
 * - `addressed`: its actions are closed, at least one done, and the item's range moved up;
 * - `acted-no-movement`: its actions are closed, at least one done, and the range did not
 *   move up (same or down).
 */
export type CycleOpportunityStatus =
  'addressed' | 'acted-no-movement' | 'in-progress' | 'carried-over' | 'item-not-reassessed';

/** Why an opportunity is `carried-over`: repeated by the reviewers, or no action answered it. */
export type CarriedOverReason = 'repeated' | 'no-action';

/**
 * One opportunity of the previous cycle and what became of it.
 *
 * @example
 * ```ts
 * declare const comparison: CycleComparison;
 * const row: CycleOpportunity = comparison.opportunities[0]!;
 * `${row.opportunity.id}: ${row.status}`; // 'consensus-1.1-o1: addressed'
 * ```
 */
export interface CycleOpportunity {
  readonly opportunity: SourcedOpportunity;
  readonly status: CycleOpportunityStatus;
  /** Set for `carried-over` only. */
  readonly carriedOver: CarriedOverReason | null;
  readonly previousRange: string | null;
  readonly currentRange: string | null;
  /** The item's range change from `diffScorecards` (`n/a` unless scored in both cycles). */
  readonly rangeChange: ItemDiff['rangeChange'];
  /** The plan's actions that answer it, with their effective status (`actionStates`). */
  readonly actions: readonly { readonly id: string; readonly status: ActionStatus }[];
  /** Ids of the current cycle's opportunities that repeat it (`carriedFrom`). */
  readonly repeatedBy: readonly string[];
}

/**
 * Options of {@link compareCycles}.
 *
 * @example
 * ```ts
 * declare const framework: Framework;
 * declare const plan: ActionPlan;
 * const options: CompareCyclesOptions = { framework, plan, asOf: '2027-01-15' };
 * ```
 */
export interface CompareCyclesOptions {
  /** The framework both cycles are scored with. */
  readonly framework: Framework;
  /** The action plan whose actions answered the previous cycle's opportunities. */
  readonly plan?: ActionPlan;
  /** The date action states speak for (default: the plan's `asOf`; none: every report-back counts). */
  readonly asOf?: string;
  /** Scoring options for both cycles (guidelines, scope, ...); both use the consensus. */
  readonly score?: Omit<ScoreOptions, 'source'>;
}

/**
 * Two assessment cycles compared: the score changes (`diffScorecards` of the two consensus
 * scorecards) and, per opportunity of the previous cycle, what became of it.
 *
 * @example
 * ```ts
 * declare const comparison: CycleComparison;
 * comparison.counts['carried-over']; // 1
 * ```
 */
export interface CycleComparison {
  readonly kind: 'cycle-comparison';
  readonly previousId: string;
  readonly currentId: string;
  /** Null when either cycle could not be scored (see `issues`). */
  readonly diff: ScorecardDiff | null;
  readonly opportunities: readonly CycleOpportunity[];
  readonly counts: Readonly<Record<CycleOpportunityStatus, number>>;
  readonly issues: readonly Issue[];
}

const STATUSES: readonly CycleOpportunityStatus[] = [
  'addressed',
  'acted-no-movement',
  'in-progress',
  'carried-over',
  'item-not-reassessed',
];

function countsOf(rows: readonly CycleOpportunity[]): Record<CycleOpportunityStatus, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<
    CycleOpportunityStatus,
    number
  >;
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/**
 * Compares two assessment cycles: both consensus records are scored with
 * `options.framework`, `diffScorecards` gives the score changes per item, and every
 * opportunity of the previous consensus gets one {@link CycleOpportunityStatus}. Actions are
 * linked by `serves.findings[].findingId` (a reference with another `assessmentId` than the
 * previous assessment's does not count); their effective status comes from `actionStates`. A
 * repeat is recognised only by an explicit `carriedFrom` on a current opportunity: finding ids
 * are per assessment, so the same id in two cycles is not taken as a repeat.
 *
 * Either cycle may be a `CheckedAssessment` (from `runAssessmentCheck`): it is not checked again
 * and the comparison adds only its own issues.
 *
 * Never throws: when either cycle cannot be scored the comparison has no diff, no rows and the
 * scoring issues (paths prefixed `previous`/`current`); input of another shape gives an
 * `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * declare const lastCycle: Assessment;
 * declare const thisCycle: Assessment;
 * declare const framework: Framework;
 * declare const plan: ActionPlan;
 * const comparison = compareCycles(lastCycle, thisCycle, { framework, plan });
 * comparison.opportunities.filter((o) => o.status === 'addressed').map((o) => o.opportunity.id);
 * ```
 */
export function compareCycles(
  previous: Assessment | CheckedAssessment,
  current: Assessment | CheckedAssessment,
  options: CompareCyclesOptions,
): CycleComparison {
  try {
    return compareCyclesUnchecked(previous, current, options);
  } catch (error) {
    return failed('', '', [errorIssue(error)]);
  }
}

function failed(previousId: string, currentId: string, issues: readonly Issue[]): CycleComparison {
  return {
    kind: 'cycle-comparison',
    previousId,
    currentId,
    diff: null,
    opportunities: [],
    counts: countsOf([]),
    issues,
  };
}

function prefixed(side: 'previous' | 'current', issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => ({ ...issue, path: [side, ...issue.path] }));
}

function compareCyclesUnchecked(
  previousInput: Assessment | CheckedAssessment,
  currentInput: Assessment | CheckedAssessment,
  options: CompareCyclesOptions,
): CycleComparison {
  // Checked assessments are not checked again: scoring then returns only its own issues.
  const previous = isCheckedAssessment(previousInput) ? previousInput.assessment : previousInput;
  const current = isCheckedAssessment(currentInput) ? currentInput.assessment : currentInput;
  const scoreOptions: ScoreOptions = { ...options.score, source: 'consensus' };
  const before = scoreAssessment(previousInput, options.framework, scoreOptions);
  const after = scoreAssessment(currentInput, options.framework, scoreOptions);
  const issues = [...prefixed('previous', before.issues), ...prefixed('current', after.issues)];
  if (!before.ok || !after.ok) return failed(previous.id, current.id, issues);
  const diff = diffScorecards(before.scorecard, after.scorecard);

  const repeats = new Map<string, string[]>();
  for (const item of current.consensus?.items ?? []) {
    for (const ofi of item.opportunities ?? []) {
      if (typeof ofi.carriedFrom !== 'string') continue;
      const list = repeats.get(ofi.carriedFrom) ?? [];
      list.push(ofi.id ?? `${item.item} (no id)`);
      repeats.set(ofi.carriedFrom, list);
    }
  }

  const plan = options.plan;
  const asOf = options.asOf ?? plan?.asOf;
  const states =
    plan === undefined ? new Map() : actionStates(plan, asOf === undefined ? {} : { asOf });
  const answering = new Map<string, { id: string; status: ActionStatus }[]>();
  const seen = new Set<string>();
  for (const action of plan?.actions ?? []) {
    if (seen.has(action.id)) continue;
    seen.add(action.id);
    const status = states.get(action.id)?.status;
    if (status === undefined) continue;
    const findingIds = new Set(
      (action.serves.findings ?? [])
        .filter((ref) => ref.assessmentId === undefined || ref.assessmentId === previous.id)
        .map((ref) => ref.findingId),
    );
    for (const findingId of findingIds) {
      const list = answering.get(findingId) ?? [];
      list.push({ id: action.id, status });
      answering.set(findingId, list);
    }
  }

  const rows = opportunitiesOf(previous).map((opportunity): CycleOpportunity => {
    const item = diff.items.find((i) => i.code === opportunity.item);
    const actions = opportunity.id === null ? [] : (answering.get(opportunity.id) ?? []);
    const repeatedBy = opportunity.id === null ? [] : (repeats.get(opportunity.id) ?? []);
    const rangeChange = item?.rangeChange ?? 'n/a';
    let status: CycleOpportunityStatus;
    let carriedOver: CarriedOverReason | null = null;
    const open = actions.some((a) => a.status !== 'done' && a.status !== 'dropped');
    const done = actions.some((a) => a.status === 'done');
    if (item?.currentStatus !== 'scored') status = 'item-not-reassessed';
    else if (repeatedBy.length > 0) {
      status = 'carried-over';
      carriedOver = 'repeated';
    } else if (open) status = 'in-progress';
    else if (done) status = rangeChange === 'up' ? 'addressed' : 'acted-no-movement';
    else {
      status = 'carried-over';
      carriedOver = 'no-action';
    }
    return {
      opportunity,
      status,
      carriedOver,
      previousRange: item?.previousRange ?? null,
      currentRange: item?.currentRange ?? null,
      rangeChange,
      actions,
      repeatedBy,
    };
  });
  return {
    kind: 'cycle-comparison',
    previousId: previous.id,
    currentId: current.id,
    diff,
    opportunities: rows,
    counts: countsOf(rows),
    issues,
  };
}

import {
  baldrigeScoringGuidelines,
  createIssue,
  type Assessment,
  type Issue,
  type ScoringGuidelines,
} from '@community-excellence/schemas/data';
import { createScoringIssue } from '../issue-codes.js';
import { errorIssue } from '../score/error-issue.js';
import { fromExactValue, toExactValue, type ExactNumber } from '../score/exact-number.js';
import { pointsAtStake, type PointsAtStake } from '../score/points-at-stake.js';
import { projectScore, type ScoreTargets } from '../score/project-score.js';
import { compareRational, rational, subtractRational, type Rational } from '../score/rational.js';
import type { Scorecard } from '../score/scorecard.js';
import { opportunitiesOf, type OpportunitySource } from './opportunities.js';

/**
 * What a roadmap aims at: a total in points (frameworks with points), or the unweighted mean
 * of the counted items' percents (every framework; the only summary a framework without points
 * such as the native COE one has: unscored items count as 0%). A plain number means points.
 */
export type RoadmapTarget =
  number | { readonly points: number } | { readonly averagePercent: number };

/**
 * How the moves of a phase are ordered (the framework defines no rule; both are choices,
 * [inferred]):
 * - `points-first` (default): the points one range step gains, largest first (the percent
 *   gained without points); on a tie, items the reviewers wrote a high-priority opportunity on
 *   come first; then framework order.
 * - `priority-first`: items with a high-priority opportunity first, each group by points as
 *   above.
 */
export type RoadmapOrder = 'points-first' | 'priority-first';

/**
 * Options of {@link roadmap}.
 *
 * @example
 * ```ts
 * const options: RoadmapOptions = { target: 400, assessment, order: 'points-first' };
 * ```
 */
export interface RoadmapOptions {
  /** The target: points, or `{ averagePercent }`. */
  readonly target: RoadmapTarget;
  /** The most phases to plan (default: as many as it takes). */
  readonly phases?: number;
  /** The assessment behind the scorecard: its high-priority opportunities order the moves. */
  readonly assessment?: Assessment;
  /** Whose opportunities to read: the consensus (default) or a reviewer's review. */
  readonly source?: OpportunitySource;
  /** See {@link RoadmapOrder}; default `points-first`. */
  readonly order?: RoadmapOrder;
  /** The guidelines the scorecard was scored with (default Baldrige). */
  readonly guidelines?: ScoringGuidelines;
}

/**
 * One move of a roadmap: an item raised to the lower bound of the next range up (an item in
 * the top range is raised to 100%).
 *
 * @example
 * ```ts
 * declare const plan: Roadmap;
 * const move: RoadmapMove = plan.phases[0]!.moves[0]!;
 * `${move.code}: ${move.fromPercent}% -> ${move.toPercent}% (+${move.points?.exact})`; // '7.1: 35% -> 50% (+18)'
 * ```
 */
export interface RoadmapMove {
  readonly code: string;
  readonly name: string;
  /** The percent before the move (null when the item was unscored: it counts from 0%). */
  readonly fromPercent: number | null;
  readonly fromRange: string | null;
  readonly toPercent: number;
  /** The range the move reaches (the same range for a move within the top range). */
  readonly toRange: string;
  /** The points the move gains (null without points). */
  readonly points: ExactNumber | null;
  readonly percentGain: number;
  /** Ids of the high-priority opportunities the reviewers wrote on the item. */
  readonly highPriorityOpportunities: readonly string[];
}

/**
 * Where a scorecard (or a projection) stands: total, mean item percent, bands, maturity stage.
 * All numbers come from the scoring engine except `averagePercent` (the mean the engine does
 * not compute).
 *
 * @example
 * ```ts
 * declare const plan: Roadmap;
 * plan.start.total?.exact; // '278'
 * ```
 */
export interface RoadmapStanding {
  readonly total: ExactNumber | null;
  readonly max: ExactNumber | null;
  /** The unweighted mean of the counted items' percents (unscored items as 0%), exact. */
  readonly averagePercent: ExactNumber | null;
  readonly processBand: number | null;
  readonly resultsBand: number | null;
  readonly bandCount: number | null;
  readonly maturityStage: string | null;
}

/**
 * One phase: the moves it makes (on top of the earlier phases), the cumulative targets given to
 * `projectScore`, and where the projection stands after it.
 *
 * @example
 * ```ts
 * declare const plan: Roadmap;
 * const phase: RoadmapPhase = plan.phases[0]!;
 * phase.projected.total?.exact; // '400.5'
 * ```
 */
export interface RoadmapPhase {
  readonly phase: number;
  readonly moves: readonly RoadmapMove[];
  /** Every target percent so far (earlier phases included), by item code. */
  readonly targets: ScoreTargets;
  readonly projected: RoadmapStanding;
  readonly reachesTarget: boolean;
}

/**
 * A phased roadmap toward a target (see {@link roadmap}).
 * - `already-met`: the scorecard already reaches the target: no phases;
 * - `reached`: the last phase reaches it (it stops at the move that does);
 * - `phase-limit`: the `phases` option ran out first;
 * - `unreachable`: every item is at 100% (or no item is counted) and the target is not reached;
 * - `invalid`: the target or the scorecard cannot be planned for (see `issues`).
 *
 * @example
 * ```ts
 * declare const plan: Roadmap;
 * if (plan.outcome === 'unreachable') console.log(`short by ${plan.shortfall?.exact}`);
 * ```
 */
export interface Roadmap {
  readonly kind: 'roadmap';
  readonly scorecardId: string;
  readonly target: { readonly measure: 'points' | 'average-percent'; readonly value: number };
  readonly order: RoadmapOrder;
  readonly outcome: 'already-met' | 'reached' | 'phase-limit' | 'unreachable' | 'invalid';
  readonly start: RoadmapStanding;
  readonly phases: readonly RoadmapPhase[];
  /** What is still missing after the last phase (null when the target is met or invalid). */
  readonly shortfall: ExactNumber | null;
  readonly issues: readonly Issue[];
}

const EMPTY_STANDING: RoadmapStanding = {
  total: null,
  max: null,
  averagePercent: null,
  processBand: null,
  resultsBand: null,
  bandCount: null,
  maturityStage: null,
};

/**
 * A phased roadmap from a scorecard toward a target score: which items, raised to which range,
 * reach it. Each phase raises items one range (to the next range's lower bound, as
 * {@link pointsAtStake} measures the move; an item in the top range goes to 100%), in the
 * {@link RoadmapOrder}, and stops at the move that reaches the target; the next phase starts
 * from the projection of the earlier ones. Every phase's total, bands and maturity stage come
 * from `projectScore`, never recomputed. The target is points when the scorecard has points,
 * or `{ averagePercent }` (the mean item percent; frameworks without points).
 *
 * Never throws: a bad target (`invalid_type`, `too_small`, `too_big`), a points target on a
 * scorecard without points (`roadmap_target_needs_points`) or input of another shape
 * (`unexpected_shape`) gives `outcome: 'invalid'` with the issue.
 *
 * @example
 * ```ts
 * const plan = roadmap(scorecard, { target: 400, assessment });
 * for (const phase of plan.phases)
 *   console.log(phase.phase, phase.moves.map((m) => `${m.code} -> ${m.toRange}`), phase.projected.total?.exact);
 * ```
 */
export function roadmap(scorecard: Scorecard, options: RoadmapOptions): Roadmap {
  try {
    return roadmapUnchecked(scorecard, options);
  } catch (error) {
    return invalid('', { measure: 'points', value: 0 }, 'points-first', [errorIssue(error)]);
  }
}

function invalid(
  scorecardId: string,
  target: Roadmap['target'],
  order: RoadmapOrder,
  issues: readonly Issue[],
): Roadmap {
  return {
    kind: 'roadmap',
    scorecardId,
    target,
    order,
    outcome: 'invalid',
    start: EMPTY_STANDING,
    phases: [],
    shortfall: null,
    issues,
  };
}

function readTarget(target: unknown): { measure: 'points' | 'average-percent'; value: unknown } {
  if (typeof target === 'object' && target !== null) {
    if (Object.hasOwn(target, 'averagePercent'))
      return {
        measure: 'average-percent',
        value: (target as { averagePercent: unknown }).averagePercent,
      };
    return { measure: 'points', value: (target as { points?: unknown }).points };
  }
  return { measure: 'points', value: target };
}

/** The exact mean of the counted items' percents (unscored as 0). */
function averagePercent(scorecard: Scorecard): Rational | undefined {
  let sum = 0;
  let count = 0;
  for (const item of scorecard.items) {
    if (item.status !== 'scored' && item.status !== 'unscored') continue;
    sum += item.percent ?? 0;
    count += 1;
  }
  return count === 0 ? undefined : rational(BigInt(sum), BigInt(count));
}

function standing(scorecard: Scorecard): RoadmapStanding {
  const mean = averagePercent(scorecard);
  return {
    total: scorecard.total.earned,
    max: scorecard.total.max,
    averagePercent: mean === undefined ? null : toExactValue(mean),
    processBand: scorecard.bands.process.band,
    resultsBand: scorecard.bands.results.band,
    bandCount: scorecard.bands.process.bandCount ?? scorecard.bands.results.bandCount,
    maturityStage: scorecard.maturity.process.stage?.name ?? null,
  };
}

function roadmapUnchecked(scorecard: Scorecard, options: RoadmapOptions): Roadmap {
  const order: RoadmapOrder =
    options.order === 'priority-first' ? 'priority-first' : 'points-first';
  const guidelines = options.guidelines ?? baldrigeScoringGuidelines;
  const read = readTarget(options.target);
  const issues: Issue[] = [];
  const path = ['options', 'target'];
  const value = read.value;
  const upper = read.measure === 'average-percent' ? 100 : Number.MAX_SAFE_INTEGER;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.push(
      createIssue({
        code: 'invalid_type',
        path,
        expected: 'finite number',
        received: typeof value === 'number' ? String(value) : typeof value,
      }),
    );
  } else if (value < 0) {
    issues.push(
      createIssue({ code: 'too_small', path, minimum: 0, origin: 'number', inclusive: true }),
    );
  } else if (value > upper) {
    issues.push(
      createIssue({ code: 'too_big', path, maximum: upper, origin: 'number', inclusive: true }),
    );
  }
  const target = { measure: read.measure, value: typeof value === 'number' ? value : Number.NaN };
  if (
    issues.length === 0 &&
    target.measure === 'points' &&
    (!scorecard.points.available || scorecard.total.earned === null)
  ) {
    issues.push(
      createScoringIssue({
        code: 'roadmap_target_needs_points',
        path,
        framework: scorecard.framework.id,
      }),
    );
  }
  const limit = options.phases;
  if (limit !== undefined && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1)) {
    issues.push(
      createIssue({
        code: 'invalid_type',
        path: ['options', 'phases'],
        expected: 'whole number of phases, 1 or more',
        received: String(limit),
      }),
    );
  }
  if (issues.length > 0) return invalid(scorecard.id, target, order, issues);

  const goal = rationalOf(target.value);
  const measureOf = (card: Scorecard): Rational | undefined =>
    target.measure === 'points'
      ? card.total.earned === null
        ? undefined
        : fromExactValue(card.total.earned)
      : averagePercent(card);
  const reached = (card: Scorecard): boolean => {
    const measured = measureOf(card);
    return measured !== undefined && compareRational(measured, goal) >= 0;
  };
  const shortfallOf = (card: Scorecard): ExactNumber | null => {
    const measured = measureOf(card);
    return measured === undefined ? null : toExactValue(subtractRational(goal, measured));
  };

  const highPriority = new Map<string, string[]>();
  if (options.assessment !== undefined) {
    for (const ofi of opportunitiesOf(options.assessment, options.source)) {
      if (ofi.priority !== 'high') continue;
      const list = highPriority.get(ofi.item) ?? [];
      list.push(ofi.id ?? `${ofi.item} (no id)`);
      highPriority.set(ofi.item, list);
    }
  }

  const base = {
    kind: 'roadmap' as const,
    scorecardId: scorecard.id,
    target,
    order,
    start: standing(scorecard),
  };
  if (reached(scorecard))
    return { ...base, outcome: 'already-met', phases: [], shortfall: null, issues };

  const targets = new Map<string, number>();
  const phases: RoadmapPhase[] = [];
  let current = scorecard;
  for (let phase = 1; ; phase += 1) {
    if (limit !== undefined && phase > limit)
      return { ...base, outcome: 'phase-limit', phases, shortfall: shortfallOf(current), issues };
    const stakes = ordered(pointsAtStake(current, guidelines), highPriority, order).filter(
      (stake) => stake.percentGain > 0,
    );
    if (stakes.length === 0)
      return { ...base, outcome: 'unreachable', phases, shortfall: shortfallOf(current), issues };
    const moves: RoadmapMove[] = [];
    let projected: Scorecard | undefined;
    let raised = false;
    for (const stake of stakes) {
      // A target only ever rises: a phase that raises none (a scorecard of another shape, e.g.
      // duplicated item codes) ends the plan instead of looping.
      if ((targets.get(stake.code) ?? -1) >= stake.targetPercent) continue;
      raised = true;
      targets.set(stake.code, stake.targetPercent);
      moves.push(moveOf(stake, highPriority.get(stake.code) ?? []));
      const result = projectScore(scorecard, Object.fromEntries(targets), guidelines);
      if (!result.ok) return invalid(scorecard.id, target, order, result.issues);
      projected = result.scorecard;
      if (reached(projected)) break;
    }
    if (!raised)
      return { ...base, outcome: 'unreachable', phases, shortfall: shortfallOf(current), issues };
    current = projected ?? current;
    const done = reached(current);
    phases.push({
      phase,
      moves,
      targets: Object.fromEntries(targets),
      projected: standing(current),
      reachesTarget: done,
    });
    if (done) return { ...base, outcome: 'reached', phases, shortfall: null, issues };
  }
}

function rationalOf(value: number): Rational {
  // A finite number written in decimal notation reads back exactly (0.1 is one tenth).
  const text = Number.isInteger(value) ? String(value) : value.toFixed(10);
  const [whole = '0', fraction = ''] = text.split('.');
  const scale = 10n ** BigInt(fraction.length);
  return rational(BigInt(whole + fraction), scale) ?? rational(0n)!;
}

function moveOf(stake: PointsAtStake, opportunities: readonly string[]): RoadmapMove {
  return {
    code: stake.code,
    name: stake.name,
    fromPercent: stake.currentPercent,
    fromRange: stake.currentRange,
    toPercent: stake.targetPercent,
    toRange: stake.nextRange ?? stake.currentRange ?? '',
    points: stake.points,
    percentGain: stake.percentGain,
    highPriorityOpportunities: opportunities,
  };
}

function ordered(
  stakes: readonly PointsAtStake[],
  highPriority: ReadonlyMap<string, readonly string[]>,
  order: RoadmapOrder,
): PointsAtStake[] {
  // pointsAtStake already ranks by gain, then framework order: its index is the tie-breaker.
  const rows = stakes.map((stake, index) => ({
    stake,
    index,
    gain: stake.points === null ? undefined : fromExactValue(stake.points),
    high: (highPriority.get(stake.code)?.length ?? 0) > 0,
  }));
  const byGain = (a: (typeof rows)[number], b: (typeof rows)[number]): number => {
    if (a.gain !== undefined && b.gain !== undefined) return compareRational(b.gain, a.gain);
    return b.stake.percentGain - a.stake.percentGain;
  };
  const byPriority = (a: (typeof rows)[number], b: (typeof rows)[number]): number =>
    a.high === b.high ? 0 : a.high ? -1 : 1;
  rows.sort((a, b) => {
    const first = order === 'priority-first' ? byPriority(a, b) : byGain(a, b);
    if (first !== 0) return first;
    const second = order === 'priority-first' ? byGain(a, b) : byPriority(a, b);
    return second !== 0 ? second : a.index - b.index;
  });
  return rows.map((row) => row.stake);
}

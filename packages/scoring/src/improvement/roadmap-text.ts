import type { Roadmap, RoadmapMove, RoadmapStanding } from './roadmap.js';

function targetText(plan: Roadmap): string {
  return plan.target.measure === 'points'
    ? `${plan.target.value} points`
    : `a mean item score of ${plan.target.value}%`;
}

function measured(plan: Roadmap, standing: RoadmapStanding): string {
  if (plan.target.measure === 'points') {
    const of = standing.max === null ? '' : ` of ${standing.max.exact}`;
    return `${standing.total?.exact ?? 'n/a'}${of} points`;
  }
  const mean = standing.averagePercent;
  return `a mean item score of ${mean === null ? 'n/a' : `${round1(mean.value)}%`}`;
}

function round1(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function moveText(move: RoadmapMove): string {
  const gain = move.points === null ? `+${move.percentGain}%` : `+${move.points.exact}`;
  const within = move.toRange === move.fromRange ? ', within its range' : '';
  const high = move.highPriorityOpportunities.length > 0 ? ', high-priority OFI' : '';
  return `${move.code} to ${move.toRange} (${move.toPercent}%${within}, ${gain}${high})`;
}

function standingText(standing: RoadmapStanding): string {
  const parts: string[] = [];
  if (standing.processBand !== null)
    parts.push(`process band ${standing.processBand} of ${standing.bandCount ?? '?'}`);
  if (standing.resultsBand !== null)
    parts.push(`results band ${standing.resultsBand} of ${standing.bandCount ?? '?'}`);
  if (standing.maturityStage !== null) parts.push(`maturity stage ${standing.maturityStage}`);
  return parts.length === 0 ? '' : ` (${parts.join('; ')})`;
}

/**
 * A roadmap in sentences: where the scorecard starts, one line per phase (its moves and the
 * projected total, bands and maturity stage), and the outcome, honestly (already met, reached,
 * not reached within the phase limit, unreachable, or no roadmap and why).
 *
 * @example
 * ```ts
 * declare const plan: Roadmap;
 * roadmapSentences(plan).at(-1); // 'Phase 1 reaches the target of 400 points.'
 * ```
 */
export function roadmapSentences(plan: Roadmap): readonly string[] {
  try {
    return roadmapSentencesUnchecked(plan);
  } catch {
    return ['No roadmap: the input is not a roadmap.'];
  }
}

function roadmapSentencesUnchecked(plan: Roadmap): readonly string[] {
  if (plan.outcome === 'invalid')
    return [`No roadmap: ${plan.issues.map((issue) => issue.message).join(' ')}`];
  const lines = [
    `Now: ${measured(plan, plan.start)}${standingText(plan.start)}; target: ${targetText(plan)}.`,
  ];
  if (plan.outcome === 'already-met') {
    lines.push(`The target of ${targetText(plan)} is already met.`);
    return lines;
  }
  for (const phase of plan.phases) {
    lines.push(
      `Phase ${phase.phase}: raise ${phase.moves.map(moveText).join(', ')}. Projected: ${measured(plan, phase.projected)}${standingText(phase.projected)}.`,
    );
  }
  const last = plan.phases.at(-1);
  const short = plan.shortfall?.exact ?? '?';
  const unit = plan.target.measure === 'points' ? ' points' : ' percentage points';
  if (plan.outcome === 'reached' && last !== undefined)
    lines.push(`Phase ${last.phase} reaches the target of ${targetText(plan)}.`);
  else if (plan.outcome === 'phase-limit')
    lines.push(
      `After ${plan.phases.length} phase${plan.phases.length === 1 ? '' : 's'} the target of ${targetText(plan)} is not reached: ${short}${unit} short.`,
    );
  else if (plan.outcome === 'unreachable')
    lines.push(
      `The target of ${targetText(plan)} cannot be reached: with every item at 100% it is still ${short}${unit} short.`,
    );
  return lines;
}

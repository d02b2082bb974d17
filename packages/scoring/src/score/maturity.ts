import type { MaturityStage, ScoringGuidelines } from '@community-excellence/schemas/data';
import { toExactValue } from './exact-number.js';
import {
  compareRational,
  divideRational,
  multiplyRational,
  rationalFromNumber,
  type Rational,
} from './rational.js';
import type { MaturityAssignment, StageRef } from './scorecard.js';

const toRef = (stage: MaturityStage): StageRef => ({
  id: stage.id,
  name: stage.name,
  minPercent: stage.minPercent,
  maxPercent: stage.maxPercent,
  description: stage.description,
  confidence: stage.confidence ?? 'verified',
});

/** The stage whose [minPercent, maxPercent] holds an item percent (a multiple of the step). */
export function stageForPercent(guidelines: ScoringGuidelines, percent: number): StageRef | null {
  const stage = guidelines.maturityStages?.find(
    (s) => s.minPercent <= percent && percent <= s.maxPercent,
  );
  return stage === undefined ? null : toRef(stage);
}

/**
 * The stage of the process total as a percent of the process maximum, with stages read as
 * half-open intervals [minPercent, next minPercent) so that 27.3% has a stage.
 */
export function assignProcessMaturity(
  guidelines: ScoringGuidelines,
  earned: Rational | null,
  max: Rational | null,
): MaturityAssignment {
  const none = (reason: string): MaturityAssignment => ({
    appliedTo: 'process-total-percent',
    status: 'unavailable',
    stage: null,
    basis: null,
    reason,
  });
  const stages = [...(guidelines.maturityStages ?? [])].sort((a, b) => a.minPercent - b.minPercent);
  if (stages.length === 0)
    return none(`The guidelines ${guidelines.id} define no maturity stages.`);
  if (earned === null || max === null)
    return none('No process points total (no points, or no process item in scope).');
  const ratio = divideRational(earned, max);
  if (ratio === undefined) return none('The process maximum is 0.');
  const percent = multiplyRational(ratio, rationalFromNumber(100) as Rational);
  let found: MaturityStage | undefined;
  for (const stage of stages) {
    const min = rationalFromNumber(stage.minPercent);
    if (min !== undefined && compareRational(percent, min) >= 0) found = stage;
  }
  if (found === undefined) return none('The process percent lies below the first maturity stage.');
  return {
    appliedTo: 'process-total-percent',
    status: 'assigned',
    stage: toRef(found),
    basis: toExactValue(percent),
    reason: null,
  };
}

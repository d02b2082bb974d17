/**
 * The improvement-loop functions of `@community-excellence/scoring` and the action-plan type,
 * for the report's "Next steps" and "Roadmap" sections. Until the lead exports them from the
 * package entries (wiring of issue 13), they come from the sources: replace the paths with
 * '@community-excellence/scoring' and '@community-excellence/schemas'.
 *
 * @packageDocumentation
 */
export { nextSteps, type NextSteps } from '../../../scoring/src/improvement/next-steps.js';
export {
  nextStepActionSentence,
  nextStepOpportunitySentence,
  nextStepsSentences,
} from '../../../scoring/src/improvement/next-steps-text.js';
export {
  roadmap,
  type Roadmap,
  type RoadmapTarget,
} from '../../../scoring/src/improvement/roadmap.js';
export { roadmapSentences } from '../../../scoring/src/improvement/roadmap-text.js';
export type { ActionPlan } from '../../../schemas/src/action-plan/action-plan.js';

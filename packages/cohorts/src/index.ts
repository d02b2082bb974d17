/**
 * `@community-excellence/cohorts`: lifecycle state machines for learning programs, on a small
 * generic core. Definitions are typed data; `transition` is pure and returns the next snapshot
 * with effects, or a refusal with machine-readable reasons; snapshots are plain JSON.
 *
 * @example
 * ```ts
 * import { cohortMachine } from '@community-excellence/cohorts';
 *
 * const start = cohortMachine.initialSnapshot({ cohortId: 'nlc-2026-10', program: 'coe-nlc' });
 * if (start.ok) {
 *   const result = cohortMachine.transition(start.value, { type: 'enroll', communityId: 'riverbend-county', at: '2026-08-01' });
 *   if (!result.ok) console.log(result.reasons.map((r) => r.message));
 * }
 * ```
 *
 * @packageDocumentation
 */
export type {
  JsonValue,
  EventBase,
  ReasonBase,
  EffectBase,
  MachineTypes,
  StateDefinition,
  TransitionArgs,
  GuardDefinition,
  StepArgs,
  TransitionDefinition,
  EventDefinition,
  EventDefinitions,
  MachineDefinition,
  HistoryEntry,
  Snapshot,
  Refusal,
  TransitionResult,
  TransitionOptions,
  AllowedEvent,
  Machine,
} from './core/types.js';
export { createMachine } from './core/create-machine.js';
export { checkDefinition } from './core/check-definition.js';
export { checkSnapshot, SUPPORTED_SNAPSHOT_VERSIONS } from './core/snapshot.js';
export { toMermaid } from './core/mermaid.js';
export { shortestPaths, allTransitions, type PathStep, type TransitionEdge } from './core/paths.js';
export { fixedClock, type Clock } from './core/time.js';
export {
  type CommunityJourneyState,
  type ReadinessRecord,
  type CommunityJourneyContext,
  type CommunityJourneyEvent,
  type CommunityJourneyTypes,
  communityJourneyMachine,
} from './machines/nlc-community.js';
export {
  type CohortState,
  NLC_COHORT_DEFAULTS,
  type CohortMember,
  type CohortActivity,
  type CohortContext,
  type CohortEvent,
  type CohortTypes,
  cohortMachine,
} from './machines/cohort.js';
export {
  cohortDocumentEvents,
  replayCohortDocument,
  type CohortDocumentReplay,
} from './machines/cohort-document.js';
export {
  type IntroCourseState,
  type IntroCourseContext,
  type IntroCourseEvent,
  type IntroCourseTypes,
  introCourseMachine,
} from './machines/intro-course.js';
export {
  type SpecialSessionState,
  type SpecialSessionContext,
  type SpecialSessionEvent,
  type SpecialSessionTypes,
  specialSessionMachine,
} from './machines/special-session.js';
export {
  type CommunityOfPracticeState,
  type CommunityOfPracticeContext,
  type CommunityOfPracticeEvent,
  type CommunityOfPracticeTypes,
  communityOfPracticeMachine,
} from './machines/community-of-practice.js';
export {
  type PracticeSeasonState,
  type PracticeSeasonContext,
  type PracticeSeasonEvent,
  type PracticeSeasonTypes,
  practiceSeasonMachine,
} from './machines/practice-season.js';
export {
  type BreakthroughState,
  type PdsaPhase,
  type PdsaCycle,
  type BreakthroughContext,
  type BreakthroughEvent,
  type BreakthroughTypes,
  breakthroughMachine,
} from './machines/breakthrough-series.js';
export {
  recognitionJourneyMachine,
  type RecognitionJourneyTypes,
  type RecognitionJourneyState,
  type RecognitionJourneyContext,
  type RecognitionJourneyEvent,
  type RecognitionApplicationRecord,
  type PriorRecognition,
} from './machines/recognition-journey.js';
export {
  cohortsReasonCodes,
  refusalReason,
  type ReasonCode,
  type ReasonDataByCode,
  type ReasonOf,
} from './issue-codes.js';

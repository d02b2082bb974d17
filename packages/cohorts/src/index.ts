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
  SnapshotFormatVersion,
  Snapshot,
  CoreReason,
  Refusal,
  TransitionSuccess,
  TransitionRefusal,
  TransitionResult,
  TransitionOptions,
  AllowedEventsOptions,
  AllowedEvent,
  Machine,
} from './core/types.js';
export { createMachine } from './core/create-machine.js';
export { coreReason } from './core/core-reasons.js';
export { checkDefinition } from './core/check-definition.js';
export { checkSnapshot, quickCheckSnapshot, SUPPORTED_SNAPSHOT_VERSIONS } from './core/snapshot.js';
export { toMermaid } from './core/mermaid.js';
export { shortestPaths, allTransitions, type PathStep, type TransitionEdge } from './core/paths.js';
export {
  shape,
  checkShape,
  describeShape,
  isTimestamp,
  type Shape,
  type ShapeFields,
} from '@community-excellence/schemas/data';
export {
  fixedClock,
  timeOf,
  calendarDate,
  monthOf,
  yearOf,
  addMonths,
  addDays,
  daysBetween,
  type Clock,
} from './core/time.js';
export {
  type CommunityJourneyState,
  type ReadinessRecord,
  type CommunityJourneyContext,
  type CommunityJourneyInput,
  type CommunityJourneyEvent,
  type CommunityJourneyReason,
  type CommunityJourneyEffect,
  type CommunityJourneyTypes,
  communityJourneyDefinition,
  communityJourneyMachine,
} from './machines/nlc-community.js';
export {
  type CohortState,
  NLC_COHORT_DEFAULTS,
  type CohortMember,
  type CohortActivity,
  type CohortContext,
  type CohortInput,
  type CohortEvent,
  type CohortReason,
  type CohortEffect,
  type CohortTypes,
  cohortDefinition,
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
  type IntroCourseInput,
  type IntroCourseEvent,
  type IntroCourseReason,
  type IntroCourseEffect,
  type IntroCourseTypes,
  introCourseDefinition,
  introCourseMachine,
} from './machines/intro-course.js';
export {
  type SpecialSessionState,
  type SpecialSessionContext,
  type SpecialSessionInput,
  type SpecialSessionEvent,
  type SpecialSessionReason,
  type SpecialSessionEffect,
  type SpecialSessionTypes,
  specialSessionDefinition,
  specialSessionMachine,
} from './machines/special-session.js';
export {
  type CommunityOfPracticeState,
  type CommunityOfPracticeContext,
  type CommunityOfPracticeInput,
  type CommunityOfPracticeEvent,
  type CommunityOfPracticeReason,
  type CommunityOfPracticeEffect,
  type CommunityOfPracticeTypes,
  communityOfPracticeDefinition,
  communityOfPracticeMachine,
} from './machines/community-of-practice.js';
export {
  type PracticeSeasonState,
  type PracticeSeasonContext,
  type PracticeSeasonInput,
  type PracticeSeasonEvent,
  type PracticeSeasonReason,
  type PracticeSeasonEffect,
  type PracticeSeasonTypes,
  DEFAULT_SEASON_MONTHS,
  practiceSeasonDefinition,
  practiceSeasonMachine,
} from './machines/practice-season.js';
export {
  type BreakthroughState,
  type PdsaPhase,
  type PdsaCycle,
  type BreakthroughContext,
  type BreakthroughInput,
  type BreakthroughEvent,
  type BreakthroughReason,
  type BreakthroughEffect,
  type BreakthroughTypes,
  breakthroughDefinition,
  breakthroughMachine,
} from './machines/breakthrough-series.js';

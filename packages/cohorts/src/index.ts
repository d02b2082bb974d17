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
export * from './core/types.js';
export { createMachine } from './core/create-machine.js';
export { coreReason } from './core/core-reasons.js';
export {
  cohortsIssueCodes,
  cohortsIssueDocs,
  cohortsReasonCodes,
  cohortsReasonDocs,
  refusalReason,
  type CohortsIssueCode,
  type CohortsIssueDataByCode,
  type CohortsReasonCode,
  type CohortsReasonDataByCode,
  type ReasonCatalogue,
  type ReasonCode,
  type ReasonCodeDoc,
  type ReasonCodeDocs,
  type ReasonCodeSpec,
  type ReasonDataByCode,
  type ReasonOf,
} from './issue-codes.js';
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
export * from './machines/nlc-community.js';
export * from './machines/cohort.js';
export * from './machines/cohort-document.js';
export * from './machines/intro-course.js';
export * from './machines/special-session.js';
export * from './machines/community-of-practice.js';
export * from './machines/practice-season.js';
export * from './machines/breakthrough-series.js';

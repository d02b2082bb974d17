/**
 * `@community-excellence/schemas/data`: the framework data, the helpers over it and the issue
 * type, without zod. Scoring engines, state machines and browser apps that receive documents
 * already validated (or build them in code) import from here and do not bundle the validators.
 *
 * @example
 * ```ts
 * import { baldrige20232024, listScoredItems, rangeForPercent, baldrigeScoringGuidelines } from '@community-excellence/schemas/data';
 * import type { Assessment } from '@community-excellence/schemas/data';
 * ```
 *
 * @packageDocumentation
 */
export {
  defaultIssueMessage,
  createIssue,
  hasErrors,
  type PathSegment,
  type IssueSeverity,
  type SourceLocation,
  type IssueDataByCode,
  type IssueCode,
  type IssueBase,
  type Issue,
  type IssueOf,
  type IssueInput,
  type SchemasIssueCode,
  type SchemasIssueDataByCode,
  schemasIssueCodes,
  defineIssueCodes,
  type CatalogueIssueInput,
  type IssueCatalogue,
  type IssueCodeDoc,
  type IssueCodeDocs,
  type IssueCodeSpec,
  type IssueCodes,
} from './issue.js';
export type {
  ValidationSuccess,
  ValidationFailure,
  ValidationResult,
} from './validation-result.js';
export { formatPath, formatIssues, type FormatIssuesOptions } from './format-issues.js';
export { shape, describeShape, type Shape, type ShapeFields } from './shape/shape.js';
export { checkShape } from './shape/check-shape.js';
export { isTimestamp } from './shape/is-timestamp.js';
export { findItem, listScoredItems, itemsInScope } from './framework/find-item.js';
export {
  listFrameworkCodes,
  type FrameworkCodeEntry,
  type FrameworkCodeType,
} from './framework/framework-codes.js';
export { rangeForPercent } from './framework/range-for-percent.js';
export { parseRangeId } from './framework/parse-range-id.js';
export { baldrige20232024 } from './framework/baldrige-2023-2024.js';
export { coeCommunity2024, coeLevel2PreviousScope } from './framework/coe-community.js';
export {
  BALDRIGE_DERIVED_LABEL,
  withBaldrigeDerivedPoints,
  coeBaldrigeDerivedPoints,
} from './framework/coe-baldrige-derived-points.js';
export { baldrigeScoringGuidelines } from './framework/baldrige-scoring-guidelines.js';
export { checkAssessment } from './assessment/check-assessment.js';
export { checkAssessmentAgainstFramework } from './assessment/check-against-framework.js';
export { NLC_READINESS } from './program/readiness-characteristics.js';
export type { Confidence, Id, IsoDate } from './identifiers.js';
export type { Framework, PointsStatus, CoreValue, FrameworkSource } from './framework/framework.js';
export type {
  FrameworkSubArea,
  FrameworkArea,
  ItemKind,
  FrameworkItem,
  FrameworkCategory,
  ProfileSection,
} from './framework/framework-parts.js';
export type { FrameworkScope } from './framework/scope.js';
export {
  runAssessmentCheck,
  isCheckedAssessment,
  type CheckedAssessment,
  type AssessmentCheckOptions,
  type AssessmentCheckResult,
} from './assessment/checked-assessment.js';
export {
  resolveAssessmentScope,
  type AssessmentScopeOption,
  type ResolvedAssessmentScope,
  type ResolveScopeOptions,
  type ScopedItem,
} from './assessment/resolve-assessment-scope.js';
export type { ItemShare } from './assessment/item-part-share.js';
export type {
  EntryVerdict,
  EntryVerdictKind,
  AssessmentVerdicts,
} from './assessment/entry-verdict.js';
export { checkAssessmentStructure } from './assessment/assessment-structure.js';
export type { PartScoring } from './framework/scope.js';
export { profileSectionsOf } from './assessment/assessment-rules.js';
export {
  levelApplicationVerdict,
  type LevelApplicationVerdict,
  type LevelStanding,
  type RecognitionLevel,
} from './recognition/level-application.js';
export type {
  RangeId,
  ScoringRange,
  ScoringBand,
  BandTable,
  MaturityStage,
  EvaluationFactor,
  ScoringGuidelines,
} from './framework/scoring-guidelines.js';
export type {
  Assessment,
  AssessmentScope,
  AssessmentCycle,
  AssessmentKeyFactor,
  AssessmentStatus,
} from './assessment/assessment.js';
export type { ItemEvaluation } from './assessment/item-evaluation.js';
export type { Reviewer, ReviewerRole, Review } from './assessment/review.js';
export type { Consensus, ConsensusItem } from './assessment/consensus.js';
export type { Strength, Opportunity, OfiPriority, Evidence } from './assessment/findings.js';
export type { CommunityExcellenceDocument, DocumentKind, DocumentOf } from './document-kinds.js';
export type { Community } from './community/community.js';
export type { Indicator, IndicatorSet } from './outcome/indicator.js';
export { unitRange } from './outcome/unit-range.js';
export { indexIndicators } from './outcome/observation-checks.js';
export type { IndicatorTarget, OutcomeTarget } from './outcome/indicator-target.js';
export type { Observation } from './outcome/observation.js';
export type { ObservationSet } from './outcome/observation-set.js';
export type { ObservationValue } from './outcome/observation-value.js';
export type { Cohort } from './program/cohort.js';
export type { ProgramParticipation } from './program/program-participation.js';
export type { PartnershipEvidence } from './evidence/partnership-evidence.js';
export {
  actionState,
  actionStates,
  isClosedStatus,
  isActionOrphaned,
  planAsOf,
  type ActionState,
  type ActionStateOptions,
} from './action-plan/action-state.js';
export { assessmentFindings, type AssessmentFinding } from './action-plan/assessment-findings.js';
export type {
  ActionPlan,
  Action,
  ActionStatus,
  ActionServes,
  FindingReference,
  ActionTargetReference,
  ExpectedEffect,
  PdsaCycleRecord,
  ActionOrigin,
  ReportBack,
} from './action-plan/action-plan.js';

/**
 * `@community-excellence/schemas`: zod schemas and validators for the community excellence
 * documents, their TypeScript types, the framework data (Baldrige 2023-2024, Communities of
 * Excellence) and JSON Schema. Every export is listed by name; `api/schemas.api.md` pins the list.
 * The zod schemas of document parts live in the unstable `@community-excellence/schemas/internal`.
 *
 * @example
 * ```ts
 * import { validateDocument, formatIssues } from '@community-excellence/schemas';
 *
 * const result = validateDocument({ kind: 'assessment' });
 * if (!result.ok) console.log(formatIssues(result.issues));
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
  defineIssueCodes,
  schemasIssueCodes,
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
export type { Id, IsoDate, Confidence } from './identifiers.js';
export type { FrameworkCode } from './framework/code.js';
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
export {
  FrameworkSchema,
  type PointsStatus,
  type CoreValue,
  type FrameworkSource,
  type Framework,
} from './framework/framework.js';
export {
  listFrameworkCodes,
  type FrameworkCodeEntry,
  type FrameworkCodeType,
} from './framework/framework-codes.js';
export { findItem, listScoredItems, itemsInScope } from './framework/find-item.js';
export { validateFramework } from './framework/validate-framework.js';
export { baldrige20232024 } from './framework/baldrige-2023-2024.js';
export { coeCommunity2024, coeLevel2PreviousScope } from './framework/coe-community.js';
export {
  BALDRIGE_DERIVED_LABEL,
  withBaldrigeDerivedPoints,
  coeBaldrigeDerivedPoints,
} from './framework/coe-baldrige-derived-points.js';
export {
  ScoringGuidelinesSchema,
  type RangeId,
  type ScoringRange,
  type ScoringBand,
  type BandTable,
  type MaturityStage,
  type EvaluationFactor,
  type ScoringGuidelines,
} from './framework/scoring-guidelines.js';
export { validateScoringGuidelines } from './framework/validate-scoring-guidelines.js';
export { rangeForPercent } from './framework/range-for-percent.js';
export { parseRangeId } from './framework/parse-range-id.js';
export { baldrigeScoringGuidelines } from './framework/baldrige-scoring-guidelines.js';
export type { Strength, OfiPriority, Opportunity, Evidence } from './assessment/findings.js';
export type { ItemEvaluation } from './assessment/item-evaluation.js';
export type { ReviewerRole, Reviewer, Review } from './assessment/review.js';
export type { ConsensusItem, Consensus } from './assessment/consensus.js';
export {
  AssessmentSchema,
  type AssessmentScope,
  type AssessmentCycle,
  type AssessmentKeyFactor,
  type AssessmentStatus,
  type Assessment,
} from './assessment/assessment.js';
export { checkAssessment } from './assessment/check-assessment.js';
export { validateAssessment } from './assessment/validate-assessment.js';
export { checkAssessmentAgainstFramework } from './assessment/check-against-framework.js';
export type {
  ObservationValue,
  ExactValue,
  IntervalValue,
  BoundValue,
  SuppressedValue,
  MissingValue,
  ObservationValueKind,
  NumericObservationValue,
} from './outcome/observation-value.js';
export type { SuppressedTokenRule, MissingTokenRule } from './outcome/value-tokens.js';
export {
  createValueCodec,
  type ValueCodecOptions,
  type ValueParseResult,
  type ValueCodec,
} from './outcome/value-codec.js';
export { valueCodecPresets, type ValueCodecPresetName } from './outcome/value-presets.js';
export type { IndicatorUnit } from './outcome/indicator-unit.js';
export { type Indicator, IndicatorSetSchema, type IndicatorSet } from './outcome/indicator.js';
export { validateIndicatorSet } from './outcome/validate-indicator-set.js';
export { ObservationSchema, type Observation } from './outcome/observation.js';
export type { IndicatorCatalogue } from './outcome/observation-checks.js';
export {
  validateObservation,
  type ObservationValidationOptions,
} from './outcome/validate-observation.js';
export { ObservationSetSchema, type ObservationSet } from './outcome/observation-set.js';
export {
  validateObservationSet,
  type ObservationSetValidationOptions,
} from './outcome/validate-observation-set.js';
export { CommunitySchema, type Community } from './community/community.js';
export { validateCommunity } from './community/validate-community.js';
export {
  type ReadinessCharacteristic,
  type ReadinessCatalogue,
  NLC_READINESS,
} from './program/readiness-characteristics.js';
export { CohortSchema, type Cohort } from './program/cohort.js';
export { validateCohort } from './program/validate-cohort.js';
export {
  ProgramParticipationSchema,
  type ProgramParticipation,
} from './program/program-participation.js';
export {
  validateProgramParticipation,
  type ProgramParticipationOptions,
} from './program/validate-program-participation.js';
export {
  PartnershipEvidenceSchema,
  type PartnershipEvidence,
} from './evidence/partnership-evidence.js';
export { validatePartnershipEvidence } from './evidence/validate-partnership-evidence.js';
export {
  RecognitionSchema,
  type Recognition,
  type RecognitionApplication,
  type RecognitionStatus,
} from './recognition/recognition.js';
export { validateRecognition } from './recognition/validate-recognition.js';
export type { RecognitionCheckOptions } from './recognition/check-recognition.js';
export {
  isDocumentKind,
  documentSchemas,
  type DocumentKind,
  DOCUMENT_KINDS,
  FORMAT_VERSIONS,
  type DocumentOf,
  type CommunityExcellenceDocument,
} from './document-kinds.js';
export { validateDocument, type ValidateDocumentOptions } from './validate-document.js';
export {
  validateDocumentSet,
  type ValidateDocumentSetOptions,
  type DocumentSetEntry,
  type DocumentSetResult,
} from './validate-document-set.js';
export { BUILT_IN_FRAMEWORKS } from './built-in-frameworks.js';
export {
  toJsonSchema,
  allJsonSchemas,
  type JsonSchema,
  type JsonSchemaName,
} from './json-schema.js';
export {
  ActionPlanSchema,
  type ActionPlan,
  type Action,
  type ActionStatus,
  type ActionServes,
  type FindingReference,
  type ActionTargetReference,
  type ExpectedEffect,
  type PdsaCycleRecord,
  type ActionOrigin,
  type ReportBack,
} from './action-plan/action-plan.js';
export {
  validateActionPlan,
  type ActionPlanCheckOptions,
} from './action-plan/validate-action-plan.js';
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

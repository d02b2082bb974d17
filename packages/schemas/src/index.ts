export {
  defaultIssueMessage,
  createIssue,
  prefixIssuePath,
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
} from './issue.js';
export {
  toValidationResult,
  type ValidationSuccess,
  type ValidationFailure,
  type ValidationResult,
} from './validation-result.js';
export { findForbiddenKeys, FORBIDDEN_KEYS } from './forbidden-keys.js';
export { issueParams, fromZodIssues } from './zod-issues.js';
export { validateWithSchema, type DocumentCheck } from './validate-with-schema.js';
export { formatPath, formatIssues, type FormatIssuesOptions } from './format-issues.js';
export { shape, describeShape, type Shape, type ShapeFields } from './shape/shape.js';
export { checkShape } from './shape/check-shape.js';
export { isTimestamp } from './shape/is-timestamp.js';
export {
  IdSchema,
  type Id,
  IsoDateSchema,
  type IsoDate,
  LabelSchema,
  ProseSchema,
  ConfidenceSchema,
  type Confidence,
} from './identifiers.js';
export { FrameworkCodeSchema, SourceKeySchema, type FrameworkCode } from './framework/code.js';
export {
  FrameworkSubAreaSchema,
  FrameworkAreaSchema,
  ItemKindSchema,
  FrameworkItemSchema,
  FrameworkCategorySchema,
  ProfileSectionSchema,
  type FrameworkSubArea,
  type FrameworkArea,
  type ItemKind,
  type FrameworkItem,
  type FrameworkCategory,
  type ProfileSection,
} from './framework/framework-parts.js';
export { FrameworkScopeSchema, type FrameworkScope } from './framework/scope.js';
export {
  PointsStatusSchema,
  CoreValueSchema,
  FrameworkSourceSchema,
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
export { checkFramework, validateFramework } from './framework/validate-framework.js';
export { baldrige20232024 } from './framework/baldrige-2023-2024.js';
export { coeCommunity2024, coeLevel2PreviousScope } from './framework/coe-community.js';
export {
  BALDRIGE_DERIVED_LABEL,
  withBaldrigeDerivedPoints,
  coeBaldrigeDerivedPoints,
} from './framework/coe-baldrige-derived-points.js';
export {
  RangeIdSchema,
  ScoringRangeSchema,
  ScoringBandSchema,
  BandTableSchema,
  MaturityStageSchema,
  EvaluationFactorSchema,
  ScoringGuidelinesSchema,
  type RangeId,
  type ScoringRange,
  type ScoringBand,
  type BandTable,
  type MaturityStage,
  type EvaluationFactor,
  type ScoringGuidelines,
} from './framework/scoring-guidelines.js';
export {
  checkScoringGuidelines,
  validateScoringGuidelines,
} from './framework/validate-scoring-guidelines.js';
export { rangeForPercent } from './framework/range-for-percent.js';
export { parseRangeId } from './framework/parse-range-id.js';
export { baldrigeScoringGuidelines } from './framework/baldrige-scoring-guidelines.js';
export {
  StrengthSchema,
  OfiPrioritySchema,
  OpportunitySchema,
  EvidenceSchema,
  type Strength,
  type OfiPriority,
  type Opportunity,
  type Evidence,
} from './assessment/findings.js';
export {
  ScorePercentSchema,
  AdliNotesSchema,
  LetciNotesSchema,
  ItemEvaluationSchema,
  type ItemEvaluation,
} from './assessment/item-evaluation.js';
export {
  ReviewerRoleSchema,
  ReviewerSchema,
  ReviewSchema,
  type ReviewerRole,
  type Reviewer,
  type Review,
} from './assessment/review.js';
export {
  ConsensusItemSchema,
  ConsensusSchema,
  type ConsensusItem,
  type Consensus,
} from './assessment/consensus.js';
export {
  AssessmentScopeSchema,
  AssessmentCycleSchema,
  AssessmentKeyFactorSchema,
  AssessmentStatusSchema,
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
export {
  hasNumber,
  isExactValue,
  ValueUnitHintSchema,
  type ValueUnitHint,
  BoundOpSchema,
  type BoundOp,
  MissingReasonSchema,
  type MissingReason,
  ExactValueSchema,
  IntervalValueSchema,
  BoundValueSchema,
  SuppressedValueSchema,
  MissingValueSchema,
  ObservationValueSchema,
  type ObservationValue,
  type ExactValue,
  type IntervalValue,
  type BoundValue,
  type SuppressedValue,
  type MissingValue,
  type ObservationValueKind,
  type NumericObservationValue,
} from './outcome/observation-value.js';
export {
  type SuppressedTokenRule,
  type MissingTokenRule,
  DEFAULT_SUPPRESSED_TOKENS,
  DEFAULT_MISSING_TOKENS,
} from './outcome/value-tokens.js';
export {
  createValueCodec,
  type ValueCodecOptions,
  type ResolvedValueCodecOptions,
  type ValueParseResult,
  type FormattableValue,
  type ValueCodec,
} from './outcome/value-codec.js';
export {
  EDFACTS_VALUE_OPTIONS,
  KIDS_COUNT_VALUE_OPTIONS,
  CHRR_VALUE_OPTIONS,
  valueCodecPresets,
  type ValueCodecPresetName,
} from './outcome/value-presets.js';
export { decodeHtmlEntities } from './outcome/html-entities.js';
export { unitRange, IndicatorUnitSchema, type IndicatorUnit } from './outcome/indicator-unit.js';
export {
  CRADLE_TO_CAREER_OUTCOMES,
  OutcomeAreaSchema,
  type OutcomeArea,
  DirectionSchema,
  type Direction,
  IndicatorRoleSchema,
  type IndicatorRole,
  IndicatorSchema,
  type Indicator,
  IndicatorSetSchema,
  type IndicatorSet,
} from './outcome/indicator.js';
export { pushIndicatorIssues } from './outcome/indicator-set-checks.js';
export { validateIndicatorSet } from './outcome/validate-indicator-set.js';
export {
  PlaceLevelSchema,
  type PlaceLevel,
  PlaceSchema,
  type Place,
  PeriodSchema,
  type Period,
  SubgroupSchema,
  type Subgroup,
  ALL_SUBGROUP,
  ConfidenceIntervalSchema,
  type ConfidenceInterval,
  QualityFlagSchema,
  type QualityFlag,
  ObservationSchema,
  type Observation,
} from './outcome/observation.js';
export {
  indexIndicators,
  pushObservationIssues,
  type IndicatorCatalogue,
} from './outcome/observation-checks.js';
export {
  validateObservation,
  type ObservationValidationOptions,
} from './outcome/validate-observation.js';
export { ObservationSetSchema, type ObservationSet } from './outcome/observation-set.js';
export {
  validateObservationSet,
  type ObservationSetValidationOptions,
} from './outcome/validate-observation-set.js';
export { SECTORS, SectorSchema, type Sector } from './community/sector.js';
export {
  GEOGRAPHY_TYPES,
  GeographyCodeSchema,
  type GeographyCode,
  GeographySchema,
  type Geography,
} from './community/geography.js';
export {
  PopulationBreakdownSchema,
  type PopulationBreakdown,
  PopulationSchema,
  type Population,
} from './community/population.js';
export {
  ProfileAnswerSchema,
  type ProfileAnswer,
  CommunityEnvironmentSchema,
  CommunityDescriptionSchema,
  CommunitySituationSchema,
  CommunityProfileSchema,
  type CommunityProfile,
} from './community/community-profile.js';
export { PartnerSchema, type Partner } from './community/partner.js';
export {
  BACKBONE_FUNCTIONS,
  ContactSchema,
  type Contact,
  BackboneOrganizationSchema,
  type BackboneOrganization,
  BackboneSchema,
  type Backbone,
} from './community/backbone.js';
export {
  MEMBER_ROLES,
  GENERATIONS,
  ExcellenceGroupMemberSchema,
  type ExcellenceGroupMember,
  ExcellenceGroupSchema,
  type ExcellenceGroup,
} from './community/excellence-group.js';
export { KeyFactorSchema, type KeyFactor } from './community/key-factor.js';
export { FOCUS_OUTCOME_AREAS, CommunitySchema, type Community } from './community/community.js';
export { checkCommunity, validateCommunity } from './community/validate-community.js';
export {
  type ReadinessCharacteristic,
  type ReadinessCatalogue,
  NLC_READINESS,
} from './program/readiness-characteristics.js';
export { ProgramPersonSchema, type ProgramPerson } from './program/program-person.js';
export {
  SESSION_KINDS,
  CohortSessionSchema,
  type CohortSession,
} from './program/cohort-session.js';
export {
  DEFAULT_COHORT_CAPACITY,
  COHORT_STAGE_LABELS,
  CohortEnrollmentSchema,
  type CohortEnrollment,
  CohortSchema,
  type Cohort,
} from './program/cohort.js';
export { checkCohort, validateCohort } from './program/validate-cohort.js';
export {
  PARTICIPATION_STAGES,
  ParticipationStageSchema,
  type ParticipationStage,
} from './program/participation-stage.js';
export {
  ReadinessEvidenceSchema,
  ReadinessEntrySchema,
  type ReadinessEntry,
  ReadinessSelfAssessmentSchema,
  type ReadinessSelfAssessment,
} from './program/readiness-checklist.js';
export { YearlyCommitmentSchema, type YearlyCommitment } from './program/yearly-commitment.js';
export { StageHistoryEntrySchema, type StageHistoryEntry } from './program/stage-history.js';
export {
  ProgramParticipationSchema,
  type ProgramParticipation,
} from './program/program-participation.js';
export {
  checkProgramParticipation,
  validateProgramParticipation,
  type ProgramParticipationOptions,
} from './program/validate-program-participation.js';
export { evidenceMeta, DocumentRefSchema, type DocumentRef } from './evidence/evidence-meta.js';
export {
  MEETING_FREQUENCIES,
  LeadershipTableSchema,
  type LeadershipTable,
} from './evidence/leadership-table.js';
export {
  AccountabilityRoleSchema,
  WorkGroupSchema,
  AccountabilityStructureSchema,
  type AccountabilityStructure,
} from './evidence/accountability-structure.js';
export { SharedVisionSchema, type SharedVision } from './evidence/shared-vision.js';
export { OutcomeCommitmentSchema, type OutcomeCommitment } from './evidence/outcome-commitment.js';
export { REPORT_AUDIENCES, ReportCardSchema, type ReportCard } from './evidence/report-card.js';
export {
  ActionNetworkMemberSchema,
  ActionNetworkSchema,
  type ActionNetwork,
} from './evidence/action-network.js';
export { AnchorEntitySchema, type AnchorEntity } from './evidence/anchor-entity.js';
export { FundingSourceSchema, type FundingSource } from './evidence/funding-source.js';
export { DataAgreementSchema, type DataAgreement } from './evidence/data-agreement.js';
export {
  ENGAGEMENT_KINDS,
  EngagementEventSchema,
  type EngagementEvent,
} from './evidence/engagement-event.js';
export { PolicyChangeSchema, type PolicyChange } from './evidence/policy-change.js';
export { EvidenceItemSchema, type EvidenceItem } from './evidence/evidence-item.js';
export {
  PartnershipEvidenceSchema,
  type PartnershipEvidence,
} from './evidence/partnership-evidence.js';
export {
  checkPartnershipEvidence,
  validatePartnershipEvidence,
} from './evidence/validate-partnership-evidence.js';
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
  jsonSchemaId,
  toJsonSchema,
  allJsonSchemas,
  type JsonSchema,
  type JsonSchemaName,
} from './json-schema.js';

/**
 * `@community-excellence/schemas/internal`: UNSTABLE. The zod building blocks of the document
 * schemas (one per part: `PartnerSchema`, `ObservationValueSchema`, ...), the vocabularies they
 * are built from (`SECTORS`, `PARTICIPATION_STAGES`, the value-codec token lists, ...), the
 * cross-field checks the validators run (`checkCommunity`, `checkCohort`, ...) and the helpers the
 * other community-excellence packages share (`prefixIssuePath`, `toValidationResult`,
 * `findForbiddenKeys`, `indexIndicators`, `decodeHtmlEntities`, `medianRange`).
 *
 * This entry follows the packages, not semantic versioning: any release may rename, change or
 * remove what it exports. Applications import from `@community-excellence/schemas` (validators,
 * document schemas, types) or `@community-excellence/schemas/data` (framework data, no zod).
 *
 * @example
 * ```ts
 * import { SECTORS } from '@community-excellence/schemas/internal';
 *
 * SECTORS.includes('health'); // true
 * ```
 *
 * @packageDocumentation
 */
export { prefixIssuePath, schemasIssueDocs } from './issue.js';
export { toValidationResult } from './validation-result.js';
export { findForbiddenKeys, FORBIDDEN_KEYS } from './forbidden-keys.js';
export { validateWithSchema } from './validate-with-schema.js';
export {
  IdSchema,
  IsoDateSchema,
  LabelSchema,
  ProseSchema,
  ConfidenceSchema,
} from './identifiers.js';
export { FrameworkCodeSchema, SourceKeySchema } from './framework/code.js';
export {
  FrameworkSubAreaSchema,
  FrameworkAreaSchema,
  ItemKindSchema,
  FrameworkItemSchema,
  FrameworkCategorySchema,
  ProfileSectionSchema,
} from './framework/framework-parts.js';
export { FrameworkScopeSchema } from './framework/scope.js';
export {
  PointsStatusSchema,
  CoreValueSchema,
  FrameworkSourceSchema,
} from './framework/framework.js';
export { checkFramework } from './framework/validate-framework.js';
export {
  RangeIdSchema,
  ScoringRangeSchema,
  ScoringBandSchema,
  BandTableSchema,
  MaturityStageSchema,
  EvaluationFactorSchema,
} from './framework/scoring-guidelines.js';
export { checkScoringGuidelines } from './framework/validate-scoring-guidelines.js';
export { medianRange, type MedianRange } from './framework/median-range.js';
export {
  StrengthSchema,
  OfiPrioritySchema,
  OpportunitySchema,
  EvidenceSchema,
} from './assessment/findings.js';
export {
  ScorePercentSchema,
  AdliNotesSchema,
  LetciNotesSchema,
  ItemEvaluationSchema,
} from './assessment/item-evaluation.js';
export { ReviewerRoleSchema, ReviewerSchema, ReviewSchema } from './assessment/review.js';
export { ConsensusItemSchema, ConsensusSchema } from './assessment/consensus.js';
export {
  AssessmentScopeSchema,
  AssessmentCycleSchema,
  AssessmentKeyFactorSchema,
  AssessmentStatusSchema,
} from './assessment/assessment.js';
export {
  hasNumber,
  isExactValue,
  ValueUnitHintSchema,
  BoundOpSchema,
  MissingReasonSchema,
  ExactValueSchema,
  IntervalValueSchema,
  BoundValueSchema,
  SuppressedValueSchema,
  MissingValueSchema,
  ObservationValueSchema,
} from './outcome/observation-value.js';
export { DEFAULT_SUPPRESSED_TOKENS, DEFAULT_MISSING_TOKENS } from './outcome/value-tokens.js';
export {
  EDFACTS_VALUE_OPTIONS,
  KIDS_COUNT_VALUE_OPTIONS,
  CHRR_VALUE_OPTIONS,
} from './outcome/value-presets.js';
export { decodeHtmlEntities } from './outcome/html-entities.js';
export { IndicatorUnitSchema } from './outcome/indicator-unit.js';
export { unitRange } from './outcome/unit-range.js';
export {
  CRADLE_TO_CAREER_OUTCOMES,
  OutcomeAreaSchema,
  IndicatorDirectionSchema,
  IndicatorRoleSchema,
  IndicatorSchema,
} from './outcome/indicator.js';
export { IndicatorTargetSchema, OutcomeTargetSchema } from './outcome/indicator-target.js';
export {
  PlaceLevelSchema,
  PlaceSchema,
  PeriodSchema,
  SubgroupSchema,
  ALL_SUBGROUP,
  ConfidenceIntervalSchema,
  QualityFlagSchema,
} from './outcome/observation.js';
export { indexIndicators } from './outcome/observation-checks.js';
export { observationCell } from './outcome/observation-cell.js';
export { SECTORS, SectorSchema } from './community/sector.js';
export { GEOGRAPHY_TYPES, GeographyCodeSchema, GeographySchema } from './community/geography.js';
export { PopulationBreakdownSchema, PopulationSchema } from './community/population.js';
export {
  ProfileAnswerSchema,
  CommunityEnvironmentSchema,
  CommunityDescriptionSchema,
  CommunitySituationSchema,
  CommunityProfileSchema,
} from './community/community-profile.js';
export { PartnerSchema } from './community/partner.js';
export {
  BACKBONE_FUNCTIONS,
  ContactSchema,
  BackboneOrganizationSchema,
  BackboneSchema,
} from './community/backbone.js';
export {
  MEMBER_ROLES,
  GENERATIONS,
  ExcellenceGroupMemberSchema,
  ExcellenceGroupSchema,
} from './community/excellence-group.js';
export { KeyFactorSchema } from './community/key-factor.js';
export { FOCUS_OUTCOME_AREAS } from './community/community.js';
export { checkCommunity } from './community/validate-community.js';
export { ProgramPersonSchema } from './program/program-person.js';
export { SESSION_KINDS, CohortSessionSchema } from './program/cohort-session.js';
export {
  DEFAULT_COHORT_CAPACITY,
  COHORT_STAGE_LABELS,
  CohortEnrollmentSchema,
} from './program/cohort.js';
export { checkCohort } from './program/validate-cohort.js';
export { PARTICIPATION_STAGES, ParticipationStageSchema } from './program/participation-stage.js';
export {
  ReadinessEvidenceSchema,
  ReadinessEntrySchema,
  ReadinessSelfAssessmentSchema,
} from './program/readiness-checklist.js';
export { YearlyCommitmentSchema } from './program/yearly-commitment.js';
export { StageHistoryEntrySchema } from './program/stage-history.js';
export { checkProgramParticipation } from './program/validate-program-participation.js';
export { DocumentRefSchema } from './evidence/evidence-meta.js';
export { MEETING_FREQUENCIES, LeadershipTableSchema } from './evidence/leadership-table.js';
export {
  AccountabilityRoleSchema,
  WorkGroupSchema,
  AccountabilityStructureSchema,
} from './evidence/accountability-structure.js';
export { SharedVisionSchema } from './evidence/shared-vision.js';
export { OutcomeCommitmentSchema } from './evidence/outcome-commitment.js';
export { REPORT_AUDIENCES, ReportCardSchema } from './evidence/report-card.js';
export { ActionNetworkMemberSchema, ActionNetworkSchema } from './evidence/action-network.js';
export { AnchorEntitySchema } from './evidence/anchor-entity.js';
export { FundingSourceSchema } from './evidence/funding-source.js';
export { DataAgreementSchema } from './evidence/data-agreement.js';
export { ENGAGEMENT_KINDS, EngagementEventSchema } from './evidence/engagement-event.js';
export { PolicyChangeSchema } from './evidence/policy-change.js';
export { EvidenceItemSchema } from './evidence/evidence-item.js';
export { checkPartnershipEvidence } from './evidence/validate-partnership-evidence.js';
export { walkInput, MAX_INPUT_DEPTH, type WalkInputOptions } from './input-walk.js';
export { PartScoringSchema } from './framework/scope.js';
export {
  RecognitionApplicationSchema,
  RecognitionStatusSchema,
} from './recognition/recognition.js';
export {
  checkRecognition,
  checkRecognitionLevels,
  checkRecognitionAssessments,
  type RecognitionAssessmentScope,
} from './recognition/check-recognition.js';
export {
  ActionSchema,
  ActionStatusSchema,
  ActionOriginSchema,
  ActionServesSchema,
  FindingReferenceSchema,
  ActionTargetReferenceSchema,
  ExpectedEffectSchema,
  PdsaCycleRecordSchema,
  ReportBackSchema,
} from './action-plan/action-plan.js';
export { checkActionPlan } from './action-plan/validate-action-plan.js';
export {
  checkActionPlanReferences,
  type ActionPlanReferenceContext,
} from './action-plan/check-action-plan-references.js';

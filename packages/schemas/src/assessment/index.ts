export {
  StrengthSchema,
  OfiPrioritySchema,
  OpportunitySchema,
  EvidenceSchema,
  type Strength,
  type OfiPriority,
  type Opportunity,
  type Evidence,
} from './findings.js';
export {
  ScorePercentSchema,
  AdliNotesSchema,
  LetciNotesSchema,
  ItemEvaluationSchema,
  type ItemEvaluation,
} from './item-evaluation.js';
export {
  ReviewerRoleSchema,
  ReviewerSchema,
  ReviewSchema,
  type ReviewerRole,
  type Reviewer,
  type Review,
} from './review.js';
export {
  ConsensusItemSchema,
  ConsensusSchema,
  type ConsensusItem,
  type Consensus,
} from './consensus.js';
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
} from './assessment.js';
export { checkAssessment } from './check-assessment.js';
export { validateAssessment } from './validate-assessment.js';
export { checkAssessmentAgainstFramework } from './check-against-framework.js';

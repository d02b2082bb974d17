export { itemPoints } from './score/item-points.js';
export { scoreAssessment, type ScoreOptions, type ScoreResult } from './score/score-assessment.js';
export {
  suggestRange,
  type FactorRanges,
  type RangeSuggestion,
  type SuggestRangeResult,
} from './score/suggest-range.js';
export { explainItem, explainTotal } from './score/explain.js';
export { pointsAtStake, type PointsAtStake } from './score/points-at-stake.js';
export { projectScore, type ScoreTargets, type ProjectionResult } from './score/project-score.js';
export {
  diffScorecards,
  type ItemDiff,
  type TotalDiff,
  type CategoryDiff,
  type ScorecardDiff,
} from './score/diff-scorecards.js';
export {
  migrateAssessment,
  type ItemMapping,
  type MigrateOptions,
  type CarriedEvaluation,
  type MigrationResult,
} from './score/migrate-assessment.js';
export type { ExactNumber } from './score/exact-number.js';
export type {
  ItemStatus,
  ScorecardSource,
  ItemTrace,
  ScorecardItem,
  TotalTrace,
  ScorecardTotal,
  ScorecardCategory,
  BandAssignment,
  MaturityAssignment,
  ExcludedItem,
  Scorecard,
} from './score/scorecard.js';
export {
  summarizeReviews,
  type SummarizeReviewsOptions,
  type ReviewSummary,
  type ItemReviewSummary,
  type RatedItemSummary,
  type UnratedItemSummary,
  type ConsensusComparison,
} from './consensus/summarize-reviews.js';
export type { ConsensusProposal } from './consensus/median-proposal.js';
export type { RatingSpread } from './consensus/rating-spread.js';
export type { ReviewerRating, MissingRating } from './consensus/reviewer-ratings.js';
export {
  krippendorffAlpha,
  type KrippendorffAlphaOptions,
  type KrippendorffAlphaResult,
  type DefinedAlpha,
  type UndefinedAlpha,
} from './consensus/krippendorff-alpha.js';
export type { ReliabilityValue } from './consensus/coincidence-matrix.js';
export type { AlphaLevel } from './consensus/alpha-level.js';
export {
  reviewAgreement,
  type ReviewAgreement,
  type ReviewAgreementOptions,
} from './consensus/review-agreement.js';
export { buildFeedback, type FeedbackOptions } from './feedback/build-feedback.js';
export type {
  Feedback,
  FeedbackFinding,
  FactorText,
  RangeDescriptor,
  FeedbackItem,
  FeedbackCategory,
  ProfileFeedback,
  FindingCounts,
  FeedbackTotal,
  FeedbackSummary,
  NextPointsEntry,
  FeedbackSource,
} from './feedback/feedback.js';
export {
  describeBand,
  describeMaturityStage,
  type BandExplanation,
  type StageExplanation,
} from './feedback/explain-band.js';
export { rangeDescriptor, nextRangeRequires } from './feedback/range-descriptor.js';
export { nextPointsWithOpportunities } from './feedback/next-points.js';
export type { KeyTheme, KeyThemes, ThemeFinding } from './feedback/key-themes.js';
export {
  roadmap,
  type Roadmap,
  type RoadmapOptions,
  type RoadmapTarget,
  type RoadmapOrder,
  type RoadmapMove,
  type RoadmapPhase,
  type RoadmapStanding,
} from './improvement/roadmap.js';
export { roadmapSentences } from './improvement/roadmap-text.js';
export {
  nextSteps,
  type NextSteps,
  type NextStepsOptions,
  type NextStepOpportunity,
  type NextStepAction,
  type NextStepAnswer,
} from './improvement/next-steps.js';
export {
  nextStepsSentences,
  nextStepOpportunitySentence,
  nextStepActionSentence,
} from './improvement/next-steps-text.js';
export {
  compareCycles,
  type CycleComparison,
  type CompareCyclesOptions,
  type CycleOpportunity,
  type CycleOpportunityStatus,
  type CarriedOverReason,
} from './improvement/compare-cycles.js';
export {
  cycleComparisonSentences,
  cycleOpportunitySentence,
  cycleStatusLabels,
} from './improvement/compare-cycles-text.js';
export type { SourcedOpportunity, OpportunitySource } from './improvement/opportunities.js';
export { scoringIssueCodes, type ScoringIssueCode } from './issue-codes.js';
export {
  rollUpActions,
  type ActionCounts,
  type ActionGroup,
  type ActionRollUp,
  type ActionWithState,
  type RollUpActionsOptions,
} from './actions/roll-up-actions.js';

export { itemPoints } from './score/item-points.js';
export type { BandScaling } from './score/bands.js';
export type { ScopeOption } from './score/resolve-scope.js';
export type { SourceOption } from './score/select-source.js';
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
  type Presence,
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
export {
  rational,
  rationalFromNumber,
  parseRational,
  addRational,
  subtractRational,
  multiplyRational,
  divideRational,
  sumRationals,
  compareRational,
  formatRational,
  rationalToNumber,
  type Rational,
} from './score/rational.js';
export { toExactValue, fromExactValue, type ExactValue } from './score/exact-value.js';
export type {
  ItemStatus,
  ScorecardSource,
  ItemInput,
  TableRef,
  ItemTrace,
  StageRef,
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
  type ItemReviewSummaryBase,
  type RatedItemSummary,
  type UnratedItemSummary,
  type ConsensusComparison,
} from './consensus/summarize-reviews.js';
export { medianProposal, type ConsensusProposal } from './consensus/median-proposal.js';
export { ratingSpread, type RatingSpread } from './consensus/rating-spread.js';
export type {
  ReviewerRating,
  MissingRating,
  MissingRatingReason,
} from './consensus/reviewer-ratings.js';
export {
  krippendorffAlpha,
  type KrippendorffAlphaOptions,
  type KrippendorffAlphaResult,
  type DefinedAlpha,
  type UndefinedAlpha,
  type UndefinedAlphaReason,
  type AlphaCounts,
} from './consensus/krippendorff-alpha.js';
export {
  coincidenceMatrix,
  type CoincidenceMatrix,
  type ReliabilityValue,
} from './consensus/coincidence-matrix.js';
export { ALPHA_LEVELS, squaredDifferences, type AlphaLevel } from './consensus/alpha-level.js';
export {
  reviewAgreement,
  type ReviewAgreement,
  type ReviewAgreementOptions,
} from './consensus/review-agreement.js';

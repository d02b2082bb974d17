/**
 * Consensus support and inter-rater agreement: review summaries (spread, flags, a proposed
 * starting point), Krippendorff's alpha and the agreement of an assessment's reviewers.
 *
 * @packageDocumentation
 */
export { summarizeReviews } from './summarize-reviews.js';
export type {
  SummarizeReviewsOptions,
  ReviewSummary,
  ItemReviewSummary,
  ItemReviewSummaryBase,
  RatedItemSummary,
  UnratedItemSummary,
  ConsensusComparison,
} from './summarize-reviews.js';
export { medianProposal, type ConsensusProposal } from './median-proposal.js';
export { ratingSpread, type RatingSpread } from './rating-spread.js';
export type { ReviewerRating, MissingRating, MissingRatingReason } from './reviewer-ratings.js';
export { krippendorffAlpha } from './krippendorff-alpha.js';
export type {
  KrippendorffAlphaOptions,
  KrippendorffAlphaResult,
  DefinedAlpha,
  UndefinedAlpha,
  UndefinedAlphaReason,
  AlphaCounts,
} from './krippendorff-alpha.js';
export {
  coincidenceMatrix,
  type CoincidenceMatrix,
  type ReliabilityValue,
} from './coincidence-matrix.js';
export { ALPHA_LEVELS, squaredDifferences, type AlphaLevel } from './alpha-level.js';
export {
  reviewAgreement,
  type ReviewAgreement,
  type ReviewAgreementOptions,
} from './review-agreement.js';

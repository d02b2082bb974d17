// The feedback model of @community-excellence/scoring, as the CLI uses it.
export { buildFeedback, type FeedbackOptions } from '@community-excellence/scoring';
export type {
  Feedback,
  FeedbackFinding,
  FeedbackItem,
  NextPointsEntry,
  RangeDescriptor,
} from '@community-excellence/scoring';

// The feedback model of @community-excellence/scoring, as the CLI uses it. Until the scoring
// entry exports these names, they come from the scoring sources directly; once it does, replace
// the two paths below with '@community-excellence/scoring' (nothing else in the CLI changes).
export {
  buildFeedback,
  type FeedbackOptions,
} from '../../../scoring/src/feedback/build-feedback.js';
export type {
  Feedback,
  FeedbackFinding,
  FeedbackItem,
  NextPointsEntry,
  RangeDescriptor,
} from '../../../scoring/src/feedback/feedback.js';

export * from './rational.js';
export * from './exact-value.js';
export { itemPoints } from './item-points.js';
export type * from './scorecard.js';
export type { BandScaling } from './bands.js';
export type { ScopeOption } from './resolve-scope.js';
export type { SourceOption } from './select-source.js';
export { scoreAssessment, type ScoreOptions, type ScoreResult } from './score-assessment.js';
export {
  suggestRange,
  type FactorRanges,
  type RangeSuggestion,
  type SuggestRangeResult,
} from './suggest-range.js';
export { explainItem, explainTotal } from './explain.js';
export { pointsAtStake, type PointsAtStake } from './points-at-stake.js';
export { projectScore, type ScoreTargets, type ProjectionResult } from './project-score.js';
export {
  diffScorecards,
  type Presence,
  type ItemDiff,
  type TotalDiff,
  type CategoryDiff,
  type ScorecardDiff,
} from './diff-scorecards.js';
export {
  migrateAssessment,
  type ItemMapping,
  type MigrateOptions,
  type CarriedEvaluation,
  type MigrationResult,
} from './migrate-assessment.js';

/**
 * Gap, trend and practice-contrast metrics over outcome data.
 *
 * @packageDocumentation
 */
export { computed, notComputable, metricValue, type Metric } from './metric.js';
export {
  absoluteGap,
  rateRatio,
  relativeDisparity,
  gapMetrics,
  gapUnitOf,
  type GapMetrics,
  type GapInput,
  type GroupRate,
  type GapUnit,
  type ReferenceChoice,
} from './gap.js';
export { populationAttributableProportion, type AttributableOptions } from './attributable.js';
export { bestGroup, changeDirection, type IndicatorDirection } from './reference.js';
export {
  readObservationValue,
  type ValueOptions,
  type ReadValue,
  type ExclusionReason,
  type ValueTreatment,
} from './read-value.js';
export { periodTime } from './period.js';
export { leastSquaresSlope } from './slope.js';
export { trend, type Trend, type TrendPoint, type TrendDirection } from './trend.js';
export { gapTrend, type GapTrend, type GapPoint, type GapTrendStatus } from './gap-trend.js';
export { differenceTest, type DifferenceTest, type Estimate } from './uncertainty.js';
export type { Exclusion, PlaceRef } from './cells.js';
export {
  subgroupGaps,
  type SubgroupGapQuery,
  type SubgroupGap,
  type SubgroupGapReport,
} from './subgroup-gaps.js';
export {
  indicatorTrend,
  subgroupGapTrend,
  type IndicatorTrendQuery,
  type IndicatorTrend,
  type GapTrendQuery,
  type SubgroupGapTrend,
} from './series.js';
export { practiceContrast, type PracticeUnit, type PracticeContrast } from './practice-contrast.js';
export {
  brightSpots,
  type BrightSpotQuery,
  type BrightSpotReport,
  type BrightSpotUnit,
  type BrightSpotExclusion,
  type PeerGroupSummary,
} from './bright-spots.js';

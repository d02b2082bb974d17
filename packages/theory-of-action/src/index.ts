export { metricValue, type Metric } from './metrics/metric.js';
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
} from './metrics/gap.js';
export {
  populationAttributableProportion,
  type AttributableOptions,
} from './metrics/attributable.js';
export { bestGroup, type IndicatorDirection } from './metrics/reference.js';
export {
  readObservationValue,
  type ValueOptions,
  type ReadValue,
  type ExclusionReason,
  type ValueTreatment,
} from './metrics/read-value.js';
export { periodTime } from './metrics/period.js';
export { trend, type Trend, type TrendPoint, type TrendDirection } from './metrics/trend.js';
export { gapTrend, type GapTrend, type GapPoint } from './metrics/gap-trend.js';
export { differenceTest, type DifferenceTest, type Estimate } from './metrics/uncertainty.js';
export type { Exclusion, PlaceRef } from './metrics/cells.js';
export {
  subgroupGaps,
  type SubgroupGapQuery,
  type SubgroupGap,
  type SubgroupGapReport,
} from './metrics/subgroup-gaps.js';
export {
  indicatorTrend,
  subgroupGapTrend,
  type IndicatorTrendQuery,
  type IndicatorTrend,
  type GapTrendQuery,
  type SubgroupGapTrend,
} from './metrics/series.js';
export {
  practiceContrast,
  type PracticeUnit,
  type PracticeContrast,
} from './metrics/practice-contrast.js';
export {
  brightSpots,
  type BrightSpotQuery,
  type BrightSpotReport,
  type BrightSpotUnit,
  type BrightSpotExclusion,
  type PeerGroupSummary,
} from './metrics/bright-spots.js';
export {
  GATEWAYS,
  PILLARS,
  type Gateway,
  type Pillar,
  type BenchmarkStatus,
  type BenchmarkFamily,
  type EvidenceRef,
  type Judgement,
  type JudgeContext,
  type Benchmark,
  type BenchmarkCatalogue,
} from './benchmarks/types.js';
export { DEFAULT_BENCHMARK_PARAMETERS, type BenchmarkParameters } from './benchmarks/parameters.js';
export { analyzeOutcomes, type OutcomeAnalysis } from './outcomes/analyze-outcomes.js';
export { DEFAULT_CATALOGUE, extendCatalogue } from './benchmarks/catalogue.js';
export type { BenchmarkResult, GatewaySummary, TheoryOfActionReport } from './benchmarks/report.js';
export { highestGateway } from './benchmarks/highest-gateway.js';
export {
  assessPartnership,
  type PartnershipInput,
  type AssessPartnershipOptions,
} from './benchmarks/assess-partnership.js';
export { renderCatalogueTable } from './benchmarks/render.js';
export { theoryOfActionIssueCodes } from './issue-codes.js';

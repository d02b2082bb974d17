export { computed, notComputable, metricValue, type Metric } from './metrics/metric.js';
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
export { bestGroup, changeDirection, type Direction } from './metrics/reference.js';
export {
  readObservationValue,
  type ValueOptions,
  type ReadValue,
  type ExclusionReason,
  type ValueTreatment,
} from './metrics/read-value.js';
export { periodTime } from './metrics/period.js';
export { leastSquaresSlope } from './metrics/slope.js';
export { trend, type Trend, type TrendPoint, type TrendDirection } from './metrics/trend.js';
export {
  gapTrend,
  type GapTrend,
  type GapPoint,
  type GapTrendStatus,
} from './metrics/gap-trend.js';
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
  type BrightSpotExclusionReason,
  type PeerGroupSummary,
} from './metrics/bright-spots.js';
export {
  GATEWAYS,
  GATEWAY_LETTERS,
  PILLARS,
  type Gateway,
  type Pillar,
  type BenchmarkStatus,
  type BenchmarkFamily,
  type JudgedOn,
  type EvidenceRef,
  type Judgement,
  type JudgeContext,
  type Benchmark,
  type BenchmarkCatalogue,
} from './benchmarks/types.js';
export { DEFAULT_CHECK_PARAMETERS, type CheckParameters } from './benchmarks/parameters.js';
export {
  analyzeOutcomes,
  type OutcomeAnalysis,
  type CoreIndicatorAnalysis,
} from './benchmarks/outcome-analysis.js';
export { EXPLORING_EMERGING_BENCHMARKS } from './benchmarks/gateway-exploring-emerging.js';
export { LATER_GATEWAY_BENCHMARKS } from './benchmarks/gateway-later.js';
export {
  PRINCIPLE_AND_CI_BENCHMARKS,
  READINESS_BENCHMARKS,
  LEARNING_COMMUNITY_BENCHMARKS,
} from './benchmarks/other-benchmarks.js';
export { DEFAULT_CATALOGUE, extendCatalogue } from './benchmarks/catalogue.js';
export type { BenchmarkResult, GatewaySummary, TheoryOfActionReport } from './benchmarks/report.js';
export { summarizeGateways, highestGateway } from './benchmarks/highest-gateway.js';
export {
  checkPartnership,
  type CheckInput,
  type CheckOptions,
} from './benchmarks/check-partnership.js';
export { renderCatalogueTable } from './benchmarks/render.js';
export type {
  CasesSource,
  ColumnSource,
  ConstantSource,
  FieldSource,
  ImportGroup,
  ImportMapping,
  JoinedColumnsSource,
  MeasureColumns,
  RowCondition,
  ScaleCheckSpec,
  ValueSpec,
} from './import/mapping.js';
export { validateImportMapping } from './import/validate-mapping.js';
export {
  createCsvRecordReader,
  type CsvRecordReader,
  type CsvRecords,
  type CsvSyntaxProblem,
} from './import/csv-records.js';
export type {
  ImportBatch,
  ImportOptions,
  ImportProgress,
  ImportResult,
  ImportStats,
} from './import/import-types.js';
export { createCsvImporter, type CsvImporter } from './import/csv-importer.js';
export { importCsv, importCsvStream, type CsvInput } from './import/import-csv.js';
export { importJson, importNdjson, type JsonImportOptions } from './import/json-import.js';
export { createScaleCheck, type ScaleCheck } from './import/scale-check.js';
export { builtInMappings, type BuiltInMappingName } from './import/built-in-mappings.js';

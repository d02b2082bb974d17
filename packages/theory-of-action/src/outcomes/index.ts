/**
 * The outcome analysis (`@community-excellence/theory-of-action/outcomes`): the one place where
 * the analysed place, its comparisons, the reference groups, trends and gap changes are decided,
 * and the rules it is built from. The benchmark checks and the reports read its answer.
 *
 * @packageDocumentation
 */
export {
  analyzeOutcomes,
  type OutcomeAnalysis,
  type OutcomeAnalysisInput,
  type OutcomeAnalysisOptions,
  type GapUncertainty,
  type IndicatorAnalysis,
  type CoreIndicatorAnalysis,
  type GapAnalysis,
  type OutcomeCell,
  type OutcomeSeries,
  type ComparisonSeries,
  type TargetAnalysis,
} from './analyze-outcomes.js';
export type { PlaceCount } from './observation-index.js';
export {
  selectPlace,
  type PlaceSelector,
  type PlaceSelection,
  type PlaceSelectionOptions,
  type PlaceBasis,
  type ComparisonPlace,
} from './place-selection.js';
export {
  decideReferenceGroups,
  isResidualGroup,
  type ReferenceDecision,
  type ReferenceBasis,
  type ReferenceInput,
  type ReferenceOverrides,
  type ReferenceGroupMap,
} from './reference-group.js';
export {
  classifyGapChange,
  type GapChange,
  type GapChangeStatus,
  type GapChangePoint,
  type GapChangeEnd,
  type GapChangeOptions,
  type GapChangeUncertainty,
} from './gap-change.js';
export { gapChangeSentence, type GapChangeSentenceOptions } from './gap-change-sentence.js';
export type { GroupEstimate, ProportionScale } from './standard-error.js';
export {
  readTrend,
  type TrendReading,
  type TrendReadingPoint,
  type TrendReadingOptions,
  type TrendStatus,
  type TrendMove,
  type TrendSpan,
} from './trend-reading.js';
export type { TrendNoise } from './trend-noise.js';
export { trendSentence, type TrendSentenceOptions } from './trend-sentence.js';
export {
  hopeChart,
  type HopeChartQuery,
  type HopeChartCovariate,
  type HopeChart,
  type HopeChartFit,
  type HopeChartUnit,
  type HopeChartExclusion,
} from '../metrics/hope-chart.js';
export { unitWords } from './unit-words.js';
export { gapScale, formatGap, type GapScale } from './gap-scale.js';
export { displayValue, type DisplayValueOptions } from './value-display.js';
export { cellNotes } from './cell-notes.js';
export {
  checkUnitScale,
  createUnitScaleAccumulator,
  type UnitScaleOptions,
  type UnitScaleAccumulator,
} from './unit-scale.js';
export {
  baselineForecast,
  type BaselineForecast,
  type BaselineForecastBase,
  type BaselineForecastOptions,
  type ForecastPoint,
} from './baseline-forecast.js';
export {
  targetStatus,
  targetSentence,
  type TargetStatus,
  type TargetStatusKind,
  type TargetInput,
  type TargetSentenceOptions,
} from './targets.js';
export {
  turnTheCurve,
  curveSentence,
  type TurnTheCurve,
  type CurveStatus,
} from './turn-the-curve.js';
export {
  resultsEvidence,
  type ResultsEvidence,
  type ResultsItemEvidence,
  type FactorEvidence,
  type ResultsEvidenceOptions,
} from './results-evidence.js';
export type { ResultsIndicator, ResultsComparison } from './results-indicator.js';
export { DEFAULT_RESULTS_ITEM_MAP } from './results-item-map.js';
export {
  DEFAULT_RESULTS_EVIDENCE_THRESHOLDS,
  type ResultsEvidenceThresholds,
} from './letci-factors.js';
export {
  compareOutcomeAnalyses,
  type OutcomeAnalysisComparison,
  type TrendStatusChange,
  type GapStatusChange,
  type OutcomeAnalysisOnlyInOne,
  type OutcomeComparisonSummary,
} from './compare-analyses.js';

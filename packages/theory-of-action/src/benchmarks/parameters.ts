import type { ValueOptions } from '../metrics/index.js';
import type { GapUncertainty } from '../outcomes/analyze-outcomes.js';

/**
 * Thresholds of the checks. No official numbers exist for any of them (theory-of-action.md 5.6); the
 * defaults are this library's choices ([inferred]) and every report records the values used.
 *
 * @example
 * ```ts
 * const p: BenchmarkParameters = { ...DEFAULT_BENCHMARK_PARAMETERS, improvingShare: 2 / 3 };
 * ```
 */
export interface BenchmarkParameters {
  /** Distinct sectors a cross-sector partnership or table needs (E.1.1, C.1.1, COE R1, R9). */
  readonly minSectors: number;
  /** Share of action networks that must use data / continuous improvement (M.3.2, S.3.1, C.2.1). */
  readonly networkShare: number;
  /** Share of core indicators that must have disaggregated usable values (M.2.1, PR.2). */
  readonly disaggregationCoverage: number;
  /** Longest gap in months between report cards, and from the latest to `asOf`, for an annual cadence (S.1.2). */
  readonly reportCadenceMonths: number;
  /** Report cards needed for an annual cadence (S.1.2). */
  readonly minAnnualReports: number;
  /** Share of funding (by amount) aligned to the strategies (S.4.1). */
  readonly alignedFundingShare: number;
  /** Usable periods a trend needs (P.0.1). */
  readonly minTrendPoints: number;
  /** Share of core indicators that must be improving at population level for a proof point (P.0.1). */
  readonly improvingShare: number;
  /** Share of measurable disparity gaps that must be closing (P.0.2). */
  readonly closingShare: number;
  /** Kinds of institutionalized shift (policy, practice, resources, power) needed for Systems Transformation (T.0.1). */
  readonly transformationShiftKinds: number;
  /** Reference group per disaggregation dimension; the best-rate group when a dimension is absent. */
  readonly referenceGroups: Readonly<Record<string, string>>;
  /** How interval and caution-quality cells are treated in the data checks. */
  readonly valueOptions: ValueOptions;
  /**
   * What a gap change is tested against before it counts (P.0.2): confidence intervals and
   * numerators/denominators (`counts-and-intervals`), intervals only, or `none`.
   */
  readonly gapUncertainty: GapUncertainty;
}

/**
 * The default thresholds ([inferred]; see docs/theory-of-action.md).
 *
 * @example
 * ```ts
 * DEFAULT_BENCHMARK_PARAMETERS.improvingShare; // 0.5
 * ```
 */
export const DEFAULT_BENCHMARK_PARAMETERS: BenchmarkParameters = {
  minSectors: 3,
  networkShare: 0.75,
  disaggregationCoverage: 0.75,
  reportCadenceMonths: 15,
  minAnnualReports: 2,
  alignedFundingShare: 0.5,
  minTrendPoints: 3,
  improvingShare: 0.5,
  closingShare: 0.5,
  transformationShiftKinds: 4,
  referenceGroups: {},
  valueOptions: {},
  gapUncertainty: 'counts-and-intervals',
};

import type {
  Indicator,
  IndicatorSet,
  ObservationSet,
  PartnershipEvidence,
} from '@community-excellence/schemas';
import {
  assessPartnership,
  subgroupGapTrend,
  type TheoryOfActionReport,
} from '@community-excellence/theory-of-action';
import { theoryOfActionSummaryLines } from '../partnership/theory-of-action-text.js';

/** What the demo found when checking the example partnership. */
export interface TheoryOfActionSection {
  readonly lines: readonly string[];
  readonly report: TheoryOfActionReport;
}

/**
 * Checks the example partnership against the benchmark catalogue and reads its graduation gap, as printable lines.
 *
 * @example
 * ```ts
 * theoryOfActionSection(evidence, indicators, observations).report.highestGateway; // 'EMERGING'
 * ```
 */
export function theoryOfActionSection(
  evidence: PartnershipEvidence,
  indicators: IndicatorSet,
  observations: ObservationSet,
): TheoryOfActionSection {
  const report = assessPartnership({
    evidence,
    indicators: indicators.indicators,
    observations: observations.observations,
  });
  const lines: string[] = theoryOfActionSummaryLines(report).map((line) => `  ${line}`);
  const graduation: Indicator | undefined = indicators.indicators.find(
    (i) => i.outcomeArea === 'HIGH_SCHOOL_GRADUATION' && i.role === 'core',
  );
  const place = observations.observations.find((row) => row.place.level === 'county')?.place;
  if (graduation !== undefined && place !== undefined) {
    const gap = subgroupGapTrend({
      indicator: graduation,
      observations: observations.observations,
      place: { level: place.level, code: place.code },
      dimension: 'race-ethnicity',
      focal: 'Black',
      reference: 'White',
    });
    const { start, end, status } = gap.trend;
    if (start !== undefined && end !== undefined) {
      const reduction =
        gap.trend.relativeGapReduction.status === 'computed'
          ? `, ${(gap.trend.relativeGapReduction.value * 100).toFixed(1)}% of the gap closed`
          : '';
      lines.push(
        `    ${graduation.name}, Black - White gap in ${place.name ?? place.code}: ${start.gap.toFixed(1)} (${start.label}) -> ${end.gap.toFixed(1)} (${end.label}) points: ${status}${reduction}`,
      );
    }
  }
  return { lines, report };
}

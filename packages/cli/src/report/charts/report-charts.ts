import type { ReportModel } from '../model.js';
import { gatewayChart } from './gateway-chart.js';
import { outcomeGapChart, outcomeTrendChart } from './outcome-charts.js';
import { groupColours } from './palette.js';
import type { ChartSpec } from './render-svg.js';
import { reviewSpreadChart } from './review-spread-chart.js';
import { scorecardChart } from './scorecard-chart.js';

/**
 * The ids of a report's charts (each is also the id of its SVG's elements and of its figure).
 *
 * @example
 * ```ts
 * chartIds.scorecard(0); // 'scorecard-1'
 * chartIds.outcomeGap('hs-graduation-4yr'); // 'outcome-hs-graduation-4yr-gap'
 * ```
 */
export const chartIds = {
  scorecard: (index: number): string => `scorecard-${index + 1}`,
  reviews: (index: number): string => `reviews-${index + 1}`,
  gateways: (index: number): string => `gateways-${index + 1}`,
  outcomeTrend: (indicatorId: string): string => `outcome-${indicatorId}-trend`,
  outcomeGap: (indicatorId: string): string => `outcome-${indicatorId}-gap`,
} as const;

/**
 * Every chart of a report, in page order: per assessment the scorecard and the review spread, per
 * indicator the outcome trend and (when there is a reference group) the gap, per partnership the
 * gateway checklist. A subgroup has the same colour in every outcome chart.
 *
 * @example
 * ```ts
 * reportChartSpecs(model).map((c) => c.id); // ['scorecard-1', 'reviews-1', 'outcome-...-trend', ...]
 * ```
 */
export function reportChartSpecs(model: ReportModel): ChartSpec[] {
  const specs: ChartSpec[] = [];
  model.assessments.forEach((section, index) => {
    if (section.scorecard !== null)
      specs.push(scorecardChart(section.scorecard, chartIds.scorecard(index)));
    if (section.reviews !== null && section.reviews.items.length > 0)
      specs.push(
        reviewSpreadChart(section.reviews, section.reviewerNames, chartIds.reviews(index)),
      );
  });
  const indicators = model.outcomes?.indicators ?? [];
  const colourOf = groupColours(indicators.flatMap((i) => i.series.map((s) => s.group)));
  for (const indicator of indicators) {
    specs.push(outcomeTrendChart(indicator, colourOf, chartIds.outcomeTrend(indicator.id)));
    if (indicator.gaps.length > 0)
      specs.push(outcomeGapChart(indicator, colourOf, chartIds.outcomeGap(indicator.id)));
  }
  model.partnerships.forEach((section, index) => {
    if (section.report.gateways.length > 0)
      specs.push(gatewayChart(section.report, chartIds.gateways(index)));
  });
  return specs;
}

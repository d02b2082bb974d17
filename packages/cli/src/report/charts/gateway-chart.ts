import type { BenchmarkStatus, TheoryOfActionReport } from '@community-excellence/theory-of-action';
import { horizontalBarLayout } from './bar-axes.js';
import { PALETTE } from './palette.js';
import type { ChartSpec } from './render-svg.js';

/**
 * The benchmark statuses in the order the report shows them, with their labels.
 *
 * @example
 * ```ts
 * STATUS_LABELS.map((s) => s.label); // ['Met', 'Not met', 'Insufficient evidence', 'Not applicable']
 * ```
 */
export const STATUS_LABELS: readonly {
  readonly status: BenchmarkStatus;
  readonly label: string;
}[] = [
  { status: 'met', label: 'Met' },
  { status: 'not-met', label: 'Not met' },
  { status: 'insufficient-evidence', label: 'Insufficient evidence' },
  { status: 'not-applicable', label: 'Not applicable' },
];

/**
 * A gateway's name in words: `SYSTEMS_CHANGE` -> `Systems change`.
 *
 * @example
 * ```ts
 * gatewayLabel('PROOF_POINT'); // 'Proof point'
 * ```
 */
export function gatewayLabel(gateway: string): string {
  const words = gateway.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The gateway checklist chart: one stacked bar per gateway (Exploring at the top), its benchmarks
 * counted by status, with a check mark on the gateways reached.
 *
 * @example
 * ```ts
 * const spec = gatewayChart(report, 'gateways-1');
 * ```
 */
export function gatewayChart(report: TheoryOfActionReport, id: string): ChartSpec {
  const names = report.gateways.map(
    (g) => `${g.reached ? '\u2713 ' : ''}${gatewayLabel(g.gateway)}`,
  );
  return {
    id,
    width: 1060,
    height: 90 + report.gateways.length * 40,
    option: {
      legend: {
        top: 4,
        left: 'center',
        data: STATUS_LABELS.map((s) => s.label),
        textStyle: { color: PALETTE.text, fontSize: 13 },
      },
      ...horizontalBarLayout(names, 'benchmarks', { minInterval: 1 }),
      series: STATUS_LABELS.map(({ status, label }) => ({
        name: label,
        type: 'bar' as const,
        stack: 'status',
        barWidth: 24,
        itemStyle: { color: PALETTE.status[status], borderColor: '#ffffff', borderWidth: 1 },
        label: {
          show: true,
          color: '#ffffff',
          fontSize: 12,
          fontWeight: 'bold' as const,
          formatter: (p: { value: unknown }) =>
            typeof p.value === 'number' && p.value > 0 ? String(p.value) : '',
        },
        data: report.gateways.map((g) => g.counts[status]),
      })),
    },
  };
}

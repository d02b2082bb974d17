import type { BenchmarkResult, GatewaySummary } from './report.js';
import { GATEWAYS, type BenchmarkStatus, type Gateway } from './types.js';

const zero = (): Record<BenchmarkStatus, number> => ({
  met: 0,
  'not-met': 0,
  'insufficient-evidence': 0,
  'not-applicable': 0,
});

/**
 * Per-gateway summaries in gateway order. Gateways are cumulative: a gateway is reached when each
 * of its benchmarks is met or not applicable (at least one met) and the gateway before it is reached.
 *
 * Never throws: results that cannot be read are answered as no results.
 *
 * @example
 * ```ts
 * summarizeGateways(report.results).map((g) => [g.gateway, g.reached]);
 * ```
 */
export function summarizeGateways(results: readonly BenchmarkResult[]): GatewaySummary[] {
  try {
    return summarizeGatewaysUnchecked(results);
  } catch {
    return summarizeGatewaysUnchecked([]);
  }
}

function summarizeGatewaysUnchecked(results: readonly BenchmarkResult[]): GatewaySummary[] {
  let previous = true;
  return GATEWAYS.map((gateway) => {
    const own = results.filter((r) => r.family === 'gateway' && r.gateway === gateway);
    const counts = zero();
    for (const r of own) counts[r.status]++;
    const blocking = own
      .filter((r) => r.status === 'not-met' || r.status === 'insufficient-evidence')
      .map((r) => r.id);
    const reached = previous && counts.met > 0 && blocking.length === 0;
    previous = reached;
    return { gateway, counts, reached, blocking };
  });
}

/**
 * The highest gateway reached, or `null`. Gateways are cumulative: a gateway is reached when each
 * of its benchmarks is met or not applicable (at least one met) and the gateway before it is
 * reached (the report's `gateways` summaries). Self-assessed; never an external designation.
 *
 * Never throws: a report that cannot be read gives `null`.
 *
 * @example
 * ```ts
 * highestGateway(report); // 'EMERGING'
 * ```
 */
export function highestGateway(report: {
  readonly results: readonly BenchmarkResult[];
}): Gateway | null {
  try {
    return highestGatewayUnchecked(report);
  } catch {
    return null;
  }
}

function highestGatewayUnchecked(report: {
  readonly results: readonly BenchmarkResult[];
}): Gateway | null {
  let highest: Gateway | null = null;
  for (const g of summarizeGateways(report.results)) if (g.reached) highest = g.gateway;
  return highest;
}

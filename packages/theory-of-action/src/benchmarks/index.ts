/**
 * Theory-of-action benchmark catalogue and partnership checks.
 *
 * @packageDocumentation
 */
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
} from './types.js';
export { DEFAULT_BENCHMARK_PARAMETERS, type BenchmarkParameters } from './parameters.js';
export { EXPLORING_EMERGING_BENCHMARKS } from './gateway-exploring-emerging.js';
export { LATER_GATEWAY_BENCHMARKS } from './gateway-later.js';
export {
  PRINCIPLE_AND_CI_BENCHMARKS,
  READINESS_BENCHMARKS,
  LEARNING_COMMUNITY_BENCHMARKS,
} from './other-benchmarks.js';
export { DEFAULT_CATALOGUE, extendCatalogue } from './catalogue.js';
export type { BenchmarkResult, GatewaySummary, TheoryOfActionReport } from './report.js';
export { summarizeGateways, highestGateway } from './highest-gateway.js';
export {
  assessPartnership,
  type PartnershipInput,
  type AssessPartnershipOptions,
} from './assess-partnership.js';
export { renderCatalogueTable } from './render.js';

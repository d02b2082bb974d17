import type { Issue } from '@community-excellence/schemas/data';
import type { OutcomeAnalysis } from '../outcomes/analyze-outcomes.js';
import type { BenchmarkParameters } from './parameters.js';
import type { BenchmarkFamily, BenchmarkStatus, EvidenceRef, Gateway, JudgedOn } from './types.js';

/**
 * The result of one benchmark in a report.
 */
export interface BenchmarkResult {
  readonly id: string;
  readonly version: string;
  readonly family: BenchmarkFamily;
  readonly gateway?: Gateway;
  readonly pillar?: number;
  readonly text: string;
  readonly confidence: string;
  readonly judgedOn: JudgedOn;
  readonly status: BenchmarkStatus;
  readonly reasons: readonly string[];
  readonly evidence: readonly EvidenceRef[];
}

/**
 * Per-gateway summary: counts by status and whether the gateway is reached (cumulative).
 */
export interface GatewaySummary {
  readonly gateway: Gateway;
  readonly counts: Readonly<Record<BenchmarkStatus, number>>;
  /** Every benchmark of this gateway is met or not applicable (at least one met), and so is every earlier gateway. */
  readonly reached: boolean;
  /** Ids of this gateway's benchmarks that are not met or lack evidence. */
  readonly blocking: readonly string[];
}

/**
 * The report document `assessPartnership` returns: plain JSON for a CLI or web page.
 */
export interface TheoryOfActionReport {
  readonly kind: 'theory-of-action-report';
  readonly formatVersion: 1;
  readonly partnershipId: string | null;
  readonly evidenceId: string | null;
  readonly asOf: string | null;
  readonly catalogue: { readonly id: string; readonly version: string; readonly size: number };
  readonly parameters: BenchmarkParameters;
  /**
   * The one outcome analysis the data checks used: the place read and why, its comparisons, the
   * reference groups, and each indicator's trend and gaps. Reports render it.
   */
  readonly outcomes: OutcomeAnalysis;
  readonly results: readonly BenchmarkResult[];
  readonly gateways: readonly GatewaySummary[];
  /** Self-assessed: the highest gateway whose benchmarks (and all earlier ones) are met. */
  readonly highestGateway: Gateway | null;
  /** Always `self-assessed`: a StriveTogether designation is StriveTogether's act and is not inferred here. */
  readonly assessment: 'self-assessed';
  readonly counts: Readonly<Record<BenchmarkStatus, number>>;
  /** Problems with the input (a document of the wrong kind, a judge that failed). */
  readonly issues: readonly Issue[];
}

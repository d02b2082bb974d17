import type {
  Community,
  Confidence,
  Indicator,
  Observation,
  PartnershipEvidence,
  PathSegment,
} from '@community-excellence/schemas/data';
import type { OutcomeAnalysis } from '../outcomes/analyze-outcomes.js';
import type { BenchmarkParameters } from './parameters.js';

/**
 * The StriveTogether gateways in order (theory-of-action.md 1.2); gateways are cumulative.
 *
 * @example
 * ```ts
 * GATEWAYS.indexOf('SUSTAINING'); // 2
 * ```
 */
export const GATEWAYS = [
  'EXPLORING',
  'EMERGING',
  'SUSTAINING',
  'SYSTEMS_CHANGE',
  'PROOF_POINT',
  'SYSTEMS_TRANSFORMATION',
] as const;

/**
 * One gateway of {@link GATEWAYS}.
 */
export type Gateway = (typeof GATEWAYS)[number];

/**
 * The letter of each gateway in benchmark ids (`<letter>.<pillar>.<n>`).
 *
 * @example
 * ```ts
 * GATEWAY_LETTERS.SYSTEMS_CHANGE; // 'C'
 * ```
 */
export const GATEWAY_LETTERS: Readonly<Record<Gateway, string>> = {
  EXPLORING: 'E',
  EMERGING: 'M',
  SUSTAINING: 'S',
  SYSTEMS_CHANGE: 'C',
  PROOF_POINT: 'P',
  SYSTEMS_TRANSFORMATION: 'T',
};

/**
 * The four pillars, numbered 1-4 in benchmark ids (0 = gateway-wide).
 *
 * @example
 * ```ts
 * PILLARS[0]; // 'SHARED_COMMUNITY_VISION' (pillar 1)
 * ```
 */
export const PILLARS = [
  'SHARED_COMMUNITY_VISION',
  'EVIDENCE_BASED_DECISION_MAKING',
  'COLLABORATIVE_ACTION',
  'INVESTMENT_AND_SUSTAINABILITY',
] as const;

/**
 * One pillar of {@link PILLARS}.
 */
export type Pillar = (typeof PILLARS)[number];

/**
 * The status of a benchmark for a partnership.
 */
export type BenchmarkStatus = 'met' | 'not-met' | 'insufficient-evidence' | 'not-applicable';

/**
 * The family a benchmark belongs to.
 */
export type BenchmarkFamily =
  'gateway' | 'principle' | 'collective-impact' | 'readiness' | 'learning-community-design';

/**
 * What a benchmark is judged on.
 */
export type JudgedOn = 'evidence' | 'data' | 'evidence-and-data' | 'claims';

/**
 * A piece of evidence a judgement used: a path into one of the input documents and what was found.
 */
export interface EvidenceRef {
  readonly document: 'partnership-evidence' | 'indicator-set' | 'observation-set' | 'community';
  readonly path: readonly PathSegment[];
  readonly note: string;
}

/**
 * What a judge returns.
 */
export interface Judgement {
  readonly status: BenchmarkStatus;
  readonly reasons: readonly string[];
  readonly evidence: readonly EvidenceRef[];
}

/**
 * What a judge sees: the evidence document (a minimal one when none was valid), indicators,
 * observations, the optional community, the parameters and the outcome analysis computed once.
 *
 * @example
 * ```ts
 * const judge = (ctx: JudgeContext): Judgement => ({ status: ctx.evidence.outcomes?.length ? 'met' : 'insufficient-evidence', reasons: [], evidence: [] });
 * ```
 */
export interface JudgeContext {
  readonly evidence: PartnershipEvidence;
  readonly indicators: readonly Indicator[];
  readonly observations: readonly Observation[];
  readonly community?: Community;
  readonly parameters: BenchmarkParameters;
  readonly outcomes: OutcomeAnalysis;
}

/**
 * A benchmark: versioned text in our own words, evidence prompts, a confidence tag and a judge.
 *
 * @example
 * ```ts
 * const b: Benchmark = {
 *   id: 'X.1.1', version: 'local-1', family: 'gateway', gateway: 'EXPLORING', pillar: 1,
 *   text: 'Our own rule', evidencePrompts: [], confidence: 'inferred', sources: [], judgedOn: 'claims',
 *   judge: () => ({ status: 'insufficient-evidence', reasons: [], evidence: [] }),
 * };
 * ```
 */
export interface Benchmark {
  /** Stable id: `<gateway letter>.<pillar>.<n>` for gateways, `PR.n`, `CI.n`, `COE.Rn`, `LC.xn` for the others. */
  readonly id: string;
  /** Version of the wording: `B` (interactive ToA), `A` (2013 era), `A?`, `A+B`, `2021+`, `inferred`. */
  readonly version: string;
  readonly family: BenchmarkFamily;
  readonly gateway?: Gateway;
  /** Pillar number 1-4, or 0 for gateway-wide. */
  readonly pillar?: 0 | 1 | 2 | 3 | 4;
  readonly text: string;
  readonly evidencePrompts: readonly string[];
  readonly confidence: Confidence;
  readonly sources: readonly string[];
  readonly judgedOn: JudgedOn;
  /** What the judge checks, in words (shown in the catalogue page). */
  readonly rule?: string;
  readonly judge: (context: JudgeContext) => Judgement;
}

/**
 * A versioned set of benchmarks. A catalogue is data: build your own or extend the default one with
 * `extendCatalogue`.
 */
export interface BenchmarkCatalogue {
  readonly id: string;
  readonly version: string;
  readonly benchmarks: readonly Benchmark[];
}

import {
  createIssue,
  type Community,
  type Indicator,
  type Issue,
  type Observation,
  type PartnershipEvidence,
} from '@community-excellence/schemas/data';
import { createTheoryOfActionIssue } from '../issue-codes.js';
import { toText } from '../metrics/metric.js';
import { DEFAULT_CATALOGUE } from './catalogue.js';
import { summarizeGateways } from './highest-gateway.js';
import { analyzeOutcomes, type OutcomeAnalysis } from '../outcomes/analyze-outcomes.js';
import type { PlaceSelector } from '../outcomes/place-selection.js';
import { DEFAULT_BENCHMARK_PARAMETERS, type BenchmarkParameters } from './parameters.js';
import type { BenchmarkResult, TheoryOfActionReport } from './report.js';
import type { Benchmark, BenchmarkCatalogue, BenchmarkStatus, JudgeContext } from './types.js';
import { optionsOf } from '../options-of.js';

/**
 * The documents a partnership is checked on. `indicators` and `observations` take the sets or their
 * arrays.
 *
 * @example
 * ```ts
 * const input: PartnershipInput = { evidence, indicators: indicatorSet, observations: observationSet };
 * ```
 */
export interface PartnershipInput {
  readonly evidence: PartnershipEvidence;
  readonly indicators?: readonly Indicator[] | { readonly indicators: readonly Indicator[] };
  readonly observations?:
    | readonly Observation[]
    | {
        readonly observations: readonly Observation[];
        readonly indicators?: readonly Indicator[] | undefined;
      };
  readonly community?: Community;
}

/**
 * Options of {@link assessPartnership}.
 *
 * @example
 * ```ts
 * const o: AssessPartnershipOptions = { parameters: { improvingShare: 2 / 3 } };
 * ```
 */
export interface AssessPartnershipOptions {
  readonly catalogue?: BenchmarkCatalogue;
  /**
   * The place the outcome data are read at (`--place`); by default the evidence's geography
   * chooses it (see `selectPlace`).
   */
  readonly place?: PlaceSelector | string;
  readonly parameters?: Partial<BenchmarkParameters>;
}

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): x is string => typeof x === 'string';

function rowOk(o: unknown): o is Observation {
  if (
    !isObj(o) ||
    !str(o.indicatorId) ||
    !isObj(o.place) ||
    !isObj(o.period) ||
    !isObj(o.subgroup) ||
    !isObj(o.value)
  )
    return false;
  return (
    str(o.place.level) &&
    str(o.place.code) &&
    str(o.period.label) &&
    str(o.subgroup.dimension) &&
    str(o.subgroup.value) &&
    str(o.value.kind)
  );
}

function listOf(input: unknown, key: string): unknown[] {
  if (Array.isArray(input)) return input;
  if (isObj(input) && Array.isArray(input[key])) return input[key] as unknown[];
  return [];
}

const counts = (): Record<BenchmarkStatus, number> => ({
  met: 0,
  'not-met': 0,
  'insufficient-evidence': 0,
  'not-applicable': 0,
});

/**
 * Checks a partnership against a benchmark catalogue (the default one unless given) and returns a
 * plain-JSON report: each benchmark's status with the evidence it used (paths into the documents)
 * and why, a per-gateway summary, the highest gateway reached (self-assessed) and the parameters
 * used. Never throws: a document of the wrong shape is reported in `issues` and treated as empty, and
 * a judge that fails gives `insufficient-evidence` with an issue.
 *
 * @example
 * ```ts
 * const report = assessPartnership({ evidence, indicators: indicatorSet, observations: observationSet });
 * report.highestGateway; // 'EMERGING'
 * report.results.find((r) => r.id === 'P.0.2')?.status; // 'met'
 * ```
 */
export function assessPartnership(
  input: PartnershipInput,
  options: AssessPartnershipOptions = {},
): TheoryOfActionReport {
  options = optionsOf(options);
  const issues: Issue[] = [];
  const raw: Record<string, unknown> = optionsOf(input as unknown as Record<string, unknown>);
  const catalogue: BenchmarkCatalogue =
    isObj(options) && isObj(options.catalogue) && Array.isArray(options.catalogue.benchmarks)
      ? (options.catalogue as unknown as BenchmarkCatalogue)
      : DEFAULT_CATALOGUE;
  const parameters: BenchmarkParameters = {
    ...DEFAULT_BENCHMARK_PARAMETERS,
    ...(isObj(options) && isObj(options.parameters) ? options.parameters : {}),
  };
  let evidence: PartnershipEvidence;
  if (isObj(raw.evidence) && raw.evidence.kind === 'partnership-evidence' && str(raw.evidence.asOf))
    evidence = raw.evidence as unknown as PartnershipEvidence;
  else {
    issues.push(
      createIssue({
        code: 'unknown_kind',
        path: ['evidence'],
        severity: 'error',
        found: toText(isObj(raw.evidence) ? raw.evidence.kind : raw.evidence),
        expected: ['partnership-evidence'],
      }),
    );
    evidence = {
      kind: 'partnership-evidence',
      formatVersion: 1,
      id: 'missing',
      partnershipId: 'missing',
      name: 'missing',
      asOf: '1970-01-01',
    };
  }
  const observationRows = listOf(raw.observations, 'observations');
  const observations = observationRows.filter(rowOk);
  if (observations.length < observationRows.length)
    issues.push(
      createTheoryOfActionIssue({
        code: 'observation_rows_skipped',
        path: ['observations'],
        count: observationRows.length - observations.length,
      }),
    );
  const indicators = [
    ...listOf(raw.indicators, 'indicators'),
    ...listOf(isObj(raw.observations) ? raw.observations.indicators : undefined, 'indicators'),
  ].filter((i): i is Indicator => isObj(i) && str(i.id));
  const community = isObj(raw.community) ? (raw.community as unknown as Community) : undefined;
  // Never throws: what cannot be analysed comes back as an issue of the analysis.
  const outcomes: OutcomeAnalysis = analyzeOutcomes(
    { evidence, indicators, observations, ...(community ? { community } : {}) },
    {
      ...(isObj(options) && (str(options.place) || isObj(options.place))
        ? { place: options.place as PlaceSelector | string }
        : {}),
      referenceGroups: parameters.referenceGroups,
      valueOptions: parameters.valueOptions,
      minTrendPoints: parameters.minTrendPoints,
      gapUncertainty: parameters.gapUncertainty,
    },
  );
  issues.push(...outcomes.issues);
  const context: JudgeContext = {
    evidence,
    indicators,
    observations,
    parameters,
    outcomes,
    ...(community ? { community } : {}),
  };
  const results: BenchmarkResult[] = [];
  catalogue.benchmarks.forEach((b: Benchmark, index: number) => {
    if (!isObj(b as unknown) || !str(b.id) || typeof b.judge !== 'function') {
      issues.push(
        createTheoryOfActionIssue({
          code: 'malformed_benchmark',
          path: ['catalogue', 'benchmarks', index],
        }),
      );
      return;
    }
    let status: BenchmarkStatus = 'insufficient-evidence';
    let reasons: readonly string[] = [];
    let used: BenchmarkResult['evidence'] = [];
    try {
      const j = b.judge(context);
      status = j.status;
      reasons = [...j.reasons];
      used = [...j.evidence];
    } catch (error) {
      reasons = [
        `the judge failed on this input: ${toText(error instanceof Error ? error.message : error)}`,
      ];
      issues.push(
        createTheoryOfActionIssue({
          code: 'judge_failed',
          path: ['evidence'],
          benchmark: b.id,
          error: toText(error instanceof Error ? error.message : error),
        }),
      );
    }
    results.push({
      id: b.id,
      version: toText(b.version),
      family: b.family,
      ...(b.gateway ? { gateway: b.gateway } : {}),
      ...(b.pillar !== undefined ? { pillar: b.pillar } : {}),
      text: toText(b.text),
      confidence: toText(b.confidence),
      judgedOn: b.judgedOn,
      status,
      reasons,
      evidence: used,
    });
  });
  const gateways = summarizeGateways(results);
  let highest: TheoryOfActionReport['highestGateway'] = null;
  for (const g of gateways) if (g.reached) highest = g.gateway;
  const total = counts();
  for (const r of results) total[r.status]++;
  return {
    kind: 'theory-of-action-report',
    formatVersion: 1,
    partnershipId: str(evidence.partnershipId) ? evidence.partnershipId : null,
    evidenceId: str(evidence.id) ? evidence.id : null,
    asOf: str(evidence.asOf) ? evidence.asOf : null,
    catalogue: {
      id: toText(catalogue.id),
      version: toText(catalogue.version),
      size: catalogue.benchmarks.length,
    },
    parameters,
    outcomes,
    results,
    gateways,
    highestGateway: highest,
    assessment: 'self-assessed',
    counts: total,
    issues,
  };
}

import { EXPLORING_EMERGING_BENCHMARKS } from './gateway-exploring-emerging.js';
import { LATER_GATEWAY_BENCHMARKS } from './gateway-later.js';
import {
  LEARNING_COMMUNITY_BENCHMARKS,
  PRINCIPLE_AND_CI_BENCHMARKS,
  READINESS_BENCHMARKS,
} from './other-benchmarks.js';
import type { Benchmark, BenchmarkCatalogue } from './types.js';
import { optionsOf } from '../options-of.js';

/**
 * The default catalogue: gateway x pillar benchmarks, the four principles, Collective Impact's five
 * conditions, the COE readiness characteristics and the learning-community design checks.
 *
 * @example
 * ```ts
 * DEFAULT_CATALOGUE.benchmarks.length; // 71
 * ```
 */
export const DEFAULT_CATALOGUE: BenchmarkCatalogue = {
  id: 'community-excellence-theory-of-action',
  version: '1',
  benchmarks: [
    ...EXPLORING_EMERGING_BENCHMARKS,
    ...LATER_GATEWAY_BENCHMARKS,
    ...PRINCIPLE_AND_CI_BENCHMARKS,
    ...READINESS_BENCHMARKS,
    ...LEARNING_COMMUNITY_BENCHMARKS,
  ],
};

/**
 * A new catalogue with benchmarks added or replaced by id (a replacement keeps the original position).
 *
 * Never throws: benchmarks that cannot be read leave the catalogue as it is.
 *
 * @example
 * ```ts
 * const mine = extendCatalogue(DEFAULT_CATALOGUE, [{ ...DEFAULT_CATALOGUE.benchmarks[0]!, version: 'local-2', text: 'Our wording' }], { id: 'ours', version: '1' });
 * ```
 */
export function extendCatalogue(
  base: BenchmarkCatalogue,
  benchmarks: readonly Benchmark[],
  meta: { readonly id?: string; readonly version?: string } = {},
): BenchmarkCatalogue {
  try {
    return extendCatalogueUnchecked(base, benchmarks, meta);
  } catch {
    return base;
  }
}

function extendCatalogueUnchecked(
  base: BenchmarkCatalogue,
  benchmarks: readonly Benchmark[],
  meta: { readonly id?: string; readonly version?: string } = {},
): BenchmarkCatalogue {
  meta = optionsOf(meta);
  const byId = new Map(benchmarks.map((b) => [b.id, b]));
  const replaced = base.benchmarks.map((b) => byId.get(b.id) ?? b);
  const known = new Set(base.benchmarks.map((b) => b.id));
  return {
    id: meta.id ?? base.id,
    version: meta.version ?? base.version,
    benchmarks: [...replaced, ...benchmarks.filter((b) => !known.has(b.id))],
  };
}

import {
  baldrigeScoringGuidelines,
  type ItemKind,
  type ScoringGuidelines,
  type ScoringRange,
} from '@community-excellence/schemas/data';
import type { FactorText, RangeDescriptor } from './feedback.js';

const PROCESS_KEYS = ['approach', 'deployment', 'learning', 'integration'] as const;
const RESULTS_KEYS = ['levels', 'trends', 'comparisons', 'integration'] as const;

function describe(
  range: ScoringRange,
  kind: ItemKind,
  guidelines: ScoringGuidelines,
): RangeDescriptor {
  const names = new Map(
    (kind === 'results' ? guidelines.factors.LeTCI : guidelines.factors.ADLI).map(
      (f) => [f.key as string, f.name] as const,
    ),
  );
  const factors: FactorText[] =
    kind === 'results'
      ? RESULTS_KEYS.map((key) => ({
          key,
          name: names.get(key) ?? key,
          text: range.results[key],
        }))
      : PROCESS_KEYS.map((key) => ({
          key,
          name: names.get(key) ?? key,
          text: range.process[key],
        }));
  const part = kind === 'results' ? range.results : range.process;
  return {
    range: range.id,
    min: range.min,
    max: range.max,
    kind,
    factors,
    confidence: part.confidence ?? range.confidence ?? 'verified',
  };
}

/**
 * The descriptor of a scoring range for a process item (its ADLI texts) or a results item (its
 * LeTCI texts), from the guidelines' range table; undefined for a range the table lacks. Never
 * throws.
 *
 * @example
 * ```ts
 * rangeDescriptor('30-45', 'process')?.factors[0]?.text; // the 30-45 Approach text
 * ```
 */
export function rangeDescriptor(
  rangeId: string,
  kind: ItemKind,
  guidelines: ScoringGuidelines = baldrigeScoringGuidelines,
): RangeDescriptor | undefined {
  try {
    const range = guidelines.ranges.find((r) => r.id === rangeId);
    return range === undefined ? undefined : describe(range, kind, guidelines);
  } catch {
    return undefined;
  }
}

/**
 * "What the next range requires": the descriptor of the range just above `rangeId` (ADLI texts
 * for a process item, LeTCI for a results item); undefined in the top range or for a range the
 * guidelines lack. Never throws.
 *
 * @example
 * ```ts
 * nextRangeRequires('30-45', 'process')?.range; // '50-65'
 * nextRangeRequires('90-100', 'process');       // undefined
 * ```
 */
export function nextRangeRequires(
  rangeId: string,
  kind: ItemKind,
  guidelines: ScoringGuidelines = baldrigeScoringGuidelines,
): RangeDescriptor | undefined {
  try {
    const sorted = [...guidelines.ranges].sort((a, b) => a.min - b.min);
    const index = sorted.findIndex((r) => r.id === rangeId);
    const next = index < 0 ? undefined : sorted[index + 1];
    return next === undefined ? undefined : describe(next, kind, guidelines);
  } catch {
    return undefined;
  }
}

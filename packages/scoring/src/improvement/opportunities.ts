import type { Assessment, OfiPriority } from '@community-excellence/schemas/data';

/**
 * One opportunity for improvement as the chosen source of an assessment records it (the
 * consensus, or one reviewer's review), with the item it belongs to.
 *
 * @example
 * ```ts
 * const ofi: SourcedOpportunity = {
 *   id: 'consensus-1.1-o1', item: '1.1', text: 'No deployment measure.', priority: 'medium', keyFactors: [],
 * };
 * ```
 */
export interface SourcedOpportunity {
  /** The finding id (null when the assessment gives the opportunity none: no action can cite it). */
  readonly id: string | null;
  /** The item code. */
  readonly item: string;
  readonly text: string;
  readonly priority: OfiPriority;
  readonly keyFactors: readonly string[];
}

/** Which findings to read: the consensus (default when present) or one reviewer's review. */
export type OpportunitySource = 'consensus' | { readonly reviewerId: string };

const PRIORITIES: ReadonlySet<string> = new Set(['high', 'medium', 'low']);

/**
 * The opportunities for improvement of an assessment's consensus (the default) or of one
 * reviewer's review, in the order the assessment lists them. Entries that are not
 * opportunities (no text, an unknown priority) are skipped. Never throws: a value that is not
 * an assessment gives `[]`.
 *
 * @example
 * ```ts
 * const high = opportunitiesOf(assessment).filter((o) => o.priority === 'high');
 * high.map((o) => o.id); // ['consensus-1.2-o1', 'consensus-2.2-o1', ...]
 * ```
 */
export function opportunitiesOf(
  assessment: Assessment,
  source?: OpportunitySource,
): readonly SourcedOpportunity[] {
  try {
    return opportunitiesOfUnchecked(assessment, source);
  } catch {
    return [];
  }
}

interface ItemWithOpportunities {
  readonly item?: unknown;
  readonly opportunities?: unknown;
}

function opportunitiesOfUnchecked(
  assessment: Assessment,
  source: OpportunitySource | undefined,
): readonly SourcedOpportunity[] {
  let items: readonly ItemWithOpportunities[] | undefined;
  if (source === undefined || source === 'consensus') {
    items = assessment.consensus?.items;
  } else {
    const review = assessment.reviews.find((r) => r.reviewerId === source.reviewerId);
    items = review?.items;
  }
  if (!Array.isArray(items)) return [];
  const out: SourcedOpportunity[] = [];
  for (const entry of items) {
    if (typeof entry?.item !== 'string' || !Array.isArray(entry.opportunities)) continue;
    for (const ofi of entry.opportunities as readonly Record<string, unknown>[]) {
      if (typeof ofi?.text !== 'string' || !PRIORITIES.has(ofi.priority as string)) continue;
      out.push({
        id: typeof ofi.id === 'string' ? ofi.id : null,
        item: entry.item,
        text: ofi.text,
        priority: ofi.priority as OfiPriority,
        keyFactors: Array.isArray(ofi.keyFactors)
          ? (ofi.keyFactors as unknown[]).filter((k): k is string => typeof k === 'string')
          : [],
      });
    }
  }
  return out;
}

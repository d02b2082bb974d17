import { createIssue, type Issue, type OfiPriority } from '@community-excellence/schemas/data';
import type { FeedbackFinding, FeedbackSource } from './feedback.js';

/**
 * The findings one source (the consensus record or one review) wrote on one entry code.
 *
 * @example
 * ```ts
 * declare const entry: EntryFindings;
 * entry.opportunities.map((o) => o.id);
 * ```
 */
export interface EntryFindings {
  readonly code: string;
  readonly strengths: readonly FeedbackFinding[];
  /** High priority first, then medium, then low; written order within a priority. */
  readonly opportunities: readonly FeedbackFinding[];
  /** The consensus rationale, or the review item's comment. */
  readonly rationale: string | null;
}

/**
 * What {@link readFindings} found: the source it read, its entries by code (first entry per
 * code, in written order) and an issue when the source asked for does not exist.
 *
 * @example
 * ```ts
 * declare const read: SourceFindings;
 * read.entries.get('1.1')?.strengths.length;
 * ```
 */
export interface SourceFindings {
  readonly source: FeedbackSource;
  readonly entries: ReadonlyMap<string, EntryFindings>;
  readonly issues: readonly Issue[];
}

/** Which findings to read: see `FeedbackOptions.source`. */
export type FindingSourceOption = 'consensus' | { readonly reviewerId: string };

const PRIORITY_ORDER: Readonly<Record<OfiPriority, number>> = { high: 0, medium: 1, low: 2 };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const listOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const textOf = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;
const priorityOf = (value: unknown): OfiPriority =>
  value === 'high' || value === 'medium' || value === 'low' ? value : 'medium';

function findingsOf(
  code: string,
  raw: unknown,
  kind: 'strength' | 'opportunity',
): FeedbackFinding[] {
  const letter = kind === 'strength' ? 's' : 'o';
  const out: FeedbackFinding[] = [];
  listOf(raw).forEach((entry, index) => {
    if (!isObject(entry)) return;
    const text = textOf(entry['text']);
    if (text === null) return;
    const given = textOf(entry['id']);
    out.push({
      id: given ?? `${code}#${letter}${index + 1}`,
      idGiven: given !== null,
      kind,
      item: code,
      text,
      priority: kind === 'opportunity' ? priorityOf(entry['priority']) : null,
      keyFactors: listOf(entry['keyFactors']).filter((id): id is string => typeof id === 'string'),
    });
  });
  if (kind === 'opportunity')
    out.sort(
      (a, b) => PRIORITY_ORDER[a.priority ?? 'medium'] - PRIORITY_ORDER[b.priority ?? 'medium'],
    );
  return out;
}

function entriesOf(
  items: unknown,
  rationaleKey: 'rationale' | 'comment',
): Map<string, EntryFindings> {
  const entries = new Map<string, EntryFindings>();
  for (const raw of listOf(items)) {
    if (!isObject(raw)) continue;
    const code = textOf(raw['item']);
    if (code === null || entries.has(code)) continue;
    entries.set(code, {
      code,
      strengths: findingsOf(code, raw['strengths'], 'strength'),
      opportunities: findingsOf(code, raw['opportunities'], 'opportunity'),
      rationale: textOf(raw[rationaleKey]),
    });
  }
  return entries;
}

/**
 * Reads the findings (strengths, opportunities, rationale) of one source of an assessment: the
 * consensus record when it has one (or when `'consensus'` is asked), else the review of
 * `{ reviewerId }`, else the only review. Reads defensively: entries without a code and findings
 * without text are skipped, an unknown priority reads as medium. Never throws; a source that
 * does not exist gives no entries and an `unknown_reference` issue.
 *
 * @example
 * ```ts
 * declare const assessment: Assessment;
 * const read = readFindings(assessment);
 * read.source.label; // 'the consensus record (agreed)'
 * ```
 */
export function readFindings(assessment: unknown, option?: FindingSourceOption): SourceFindings {
  try {
    return readFindingsUnchecked(assessment, option);
  } catch {
    return { source: { type: 'none', label: 'no source' }, entries: new Map(), issues: [] };
  }
}

function readFindingsUnchecked(
  assessment: unknown,
  option: FindingSourceOption | undefined,
): SourceFindings {
  const none = (issue: Issue): SourceFindings => ({
    source: { type: 'none', label: 'no source' },
    entries: new Map(),
    issues: [issue],
  });
  if (!isObject(assessment))
    return none(
      createIssue({
        code: 'invalid_type',
        path: [],
        expected: 'assessment object',
        received: assessment === null ? 'null' : typeof assessment,
      }),
    );
  const id = textOf(assessment['id']) ?? '(assessment)';
  const consensus = assessment['consensus'];
  const useConsensus = option === 'consensus' || (option === undefined && isObject(consensus));
  if (useConsensus) {
    if (!isObject(consensus))
      return none(
        createIssue({
          code: 'unknown_reference',
          path: ['options', 'source'],
          target: 'consensus',
          id,
        }),
      );
    const status = consensus['status'] === 'agreed' ? 'agreed' : 'in-progress';
    return {
      source: { type: 'consensus', status, label: `the consensus record (${status})` },
      entries: entriesOf(consensus['items'], 'rationale'),
      issues: [],
    };
  }
  const reviews = listOf(assessment['reviews']).filter(isObject);
  const review =
    option === undefined
      ? reviews.length === 1
        ? reviews[0]
        : undefined
      : reviews.find((r) => r['reviewerId'] === option.reviewerId);
  if (review === undefined)
    return none(
      createIssue({
        code: 'unknown_reference',
        path: option === undefined ? ['consensus'] : ['options', 'source', 'reviewerId'],
        target: option === undefined ? 'consensus' : 'review by reviewer',
        id: option === undefined ? id : String(option.reviewerId),
      }),
    );
  const reviewerId = textOf(review['reviewerId']) ?? '(reviewer)';
  const reviewId = textOf(review['id']) ?? '(review)';
  const status = review['status'] === 'draft' ? 'draft' : 'submitted';
  const reviewer = listOf(assessment['reviewers'])
    .filter(isObject)
    .find((r) => r['id'] === reviewerId);
  const name = textOf(reviewer?.['name']) ?? reviewerId;
  return {
    source: {
      type: 'review',
      reviewId,
      reviewerId,
      status,
      label: `review ${reviewId} by ${name} (${status === 'draft' ? 'a draft: its findings may still change' : 'submitted'})`,
    },
    entries: entriesOf(review['items'], 'comment'),
    issues: [],
  };
}

import {
  createIssue,
  type Assessment,
  type Issue,
  type PathSegment,
} from '@community-excellence/schemas/data';
import type { AssessmentVerdicts, EntryVerdict } from '@community-excellence/schemas/data';
import type { ScoreOptions } from './score-assessment.js';
import type { ItemInput, ScorecardSource } from './scorecard.js';

/** Which scores to use: see {@link ScoreOptions.source}. */
export type SourceOption = NonNullable<ScoreOptions['source']>;

/** One item as the chosen source records it. */
export interface SourceEntry {
  readonly percent: number | undefined;
  readonly range: string | undefined;
  readonly notApplicable: boolean;
  /** What the one assessment check decided about the entry. */
  readonly verdict: EntryVerdict | undefined;
  readonly input: ItemInput;
}

/** The chosen source: its description, key (for the scorecard id), entries by item and the path prefix of its issues. */
export interface SelectedSource {
  readonly source: ScorecardSource;
  readonly key: string;
  readonly entries: ReadonlyMap<string, SourceEntry>;
  readonly path: readonly PathSegment[];
  readonly label: string;
}

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/** Picks the source; reports an issue and returns undefined when it does not exist. */
export function selectSource(
  assessment: Assessment,
  verdicts: AssessmentVerdicts,
  option: SourceOption | undefined,
  out: Issue[],
): SelectedSource | undefined {
  const consensus = assessment.consensus;
  const useConsensus = option === 'consensus' || (option === undefined && consensus !== undefined);
  if (useConsensus) {
    if (consensus === undefined) {
      out.push(
        createIssue({
          code: 'unknown_reference',
          path: ['options', 'source'],
          target: 'consensus',
          id: assessment.id,
          message: `Assessment ${assessment.id} has no consensus record; score one reviewer's review with source: { reviewerId }.`,
        }),
      );
      return undefined;
    }
    const reviewerOf = new Map(assessment.reviews.map((r) => [r.id, r.reviewerId]));
    const entries = new Map<string, SourceEntry>();
    consensus.items.forEach((entry, k) => {
      if (entries.has(entry.item)) return;
      entries.set(entry.item, {
        percent: entry.percent,
        range: entry.range,
        notApplicable: entry.notApplicable === true,
        verdict: verdicts.consensus[k],
        input: {
          from: 'consensus',
          item: entry.item,
          reviewId: null,
          reviewerIds: unique(entry.basedOn.map((id) => reviewerOf.get(id) ?? id)),
          basedOn: [...entry.basedOn],
        },
      });
    });
    return {
      source: {
        type: 'consensus',
        status: consensus.status,
        teamLeaderId: consensus.teamLeaderId ?? null,
      },
      key: 'consensus',
      entries,
      path: ['consensus'],
      label: 'the consensus',
    };
  }
  let index = -1;
  if (option === undefined) {
    if (assessment.reviews.length === 1) index = 0;
    else {
      out.push(
        createIssue({
          code: 'unknown_reference',
          path: ['consensus'],
          target: 'consensus',
          id: assessment.id,
          message:
            assessment.reviews.length === 0
              ? `Assessment ${assessment.id} has no consensus and no reviews: there is nothing to score.`
              : `Assessment ${assessment.id} has no consensus record; choose a review with source: { reviewerId }.`,
        }),
      );
      return undefined;
    }
  } else {
    index = assessment.reviews.findIndex((r) => r.reviewerId === option.reviewerId);
    if (index < 0) {
      out.push(
        createIssue({
          code: 'unknown_reference',
          path: ['options', 'source', 'reviewerId'],
          target: 'review by reviewer',
          id: option.reviewerId,
        }),
      );
      return undefined;
    }
  }
  const review = assessment.reviews[index];
  if (review === undefined) return undefined;
  const entries = new Map<string, SourceEntry>();
  const reviewVerdicts = verdicts.reviews[index] ?? [];
  review.items.forEach((evaluation, k) => {
    if (entries.has(evaluation.item)) return;
    entries.set(evaluation.item, {
      percent: evaluation.percent,
      range: evaluation.range,
      notApplicable: evaluation.notApplicable === true,
      verdict: reviewVerdicts[k],
      input: {
        from: 'review',
        item: evaluation.item,
        reviewId: review.id,
        reviewerIds: [review.reviewerId],
        basedOn: [],
      },
    });
  });
  return {
    source: {
      type: 'review',
      reviewId: review.id,
      reviewerId: review.reviewerId,
      status: review.status,
    },
    key: `review:${review.id}`,
    entries,
    path: ['reviews', index],
    label: `review ${review.id}`,
  };
}

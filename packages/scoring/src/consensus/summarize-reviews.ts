import {
  createIssue,
  type Assessment,
  type ConsensusItem,
  type Framework,
  type Issue,
  type ItemKind,
  type RangeId,
  type ScoringGuidelines,
} from '@community-excellence/schemas/data';
import type {
  AssessmentScopeOption,
  CheckedAssessment,
  EntryVerdict,
  PartScoring,
} from '@community-excellence/schemas/data';
import { createScoringIssue } from '../issue-codes.js';
import { checkedFor } from '../score/checked-for.js';
import { medianProposal, type ConsensusProposal } from './median-proposal.js';
import { ratingSpread, type RatingSpread } from './rating-spread.js';
import { collectRatings, type MissingRating, type ReviewerRating } from './reviewer-ratings.js';
import { errorIssue } from '../score/error-issue.js';

/** Options of {@link summarizeReviews}. */
export interface SummarizeReviewsOptions {
  /** The scoring guidelines (ranges and step). Default: `baldrigeScoringGuidelines`. */
  readonly guidelines?: ScoringGuidelines;
  /** Flag an item when its reviewers are this many ranges apart or more. Default: 2. */
  readonly flagRangesApart?: number;
  /** The scope to summarize in (as in `scoreAssessment`); default the assessment's own. */
  readonly scope?: AssessmentScopeOption;
  /** How listed parts of items count (as in `scoreAssessment`). */
  readonly partScoring?: PartScoring;
}

/** The team's consensus record for an item, set beside the independent ratings. */
export interface ConsensusComparison {
  readonly kind: 'consensus';
  /** The status of the assessment's consensus record. */
  readonly status: 'in-progress' | 'agreed';
  /** The agreed percent, or null when the consensus marks the item not applicable or has no percent. */
  readonly percent: number | null;
  /** The range that contains the agreed percent (by the guidelines), or null. */
  readonly range: RangeId | null;
  readonly notApplicable: boolean;
  /**
   * True when the agreed percent lies within the reviewers' lowest..highest percent; null when
   * there is no agreed percent or no reviewer rating to compare with. A consensus outside the
   * reviewers' span can be right (the discussion surfaced evidence), so it is a warning, not an error.
   */
  readonly withinReviewerRange: boolean | null;
  readonly rationale: string;
  readonly basedOn: readonly string[];
}

/** The fields every item summary has, rated or not. */
export interface ItemReviewSummaryBase {
  /** The item code, e.g. `1.1`. */
  readonly item: string;
  readonly name: string;
  readonly kind: ItemKind;
  /** Usable ratings, in panel order. */
  readonly ratings: readonly ReviewerRating[];
  /** Panel reviewers without a usable rating, and why (never imputed). */
  readonly missing: readonly MissingRating[];
  /** Panel reviewers who marked the item not applicable. */
  readonly notApplicable: readonly string[];
  /** The consensus record for this item, if the assessment has one. */
  readonly consensus: ConsensusComparison | null;
}

/** An item that no reviewer rated: nothing to compare and no proposal. */
export interface UnratedItemSummary extends ItemReviewSummaryBase {
  readonly status: 'no-ratings';
  readonly spread: null;
  readonly flagged: false;
  readonly proposal: null;
}

/**
 * An item with one rating (`single-rating`: nothing to reconcile, the spread is 0) or several
 * (`compared`).
 */
export interface RatedItemSummary extends ItemReviewSummaryBase {
  readonly status: 'single-rating' | 'compared';
  readonly spread: RatingSpread;
  /** True when the reviewers are `flagRangesApart` (2) or more ranges apart. */
  readonly flagged: boolean;
  /** Where the consensus discussion could start; null only if the guidelines leave the proposal in a gap. */
  readonly proposal: ConsensusProposal | null;
}

/** The review summary of one item. */
export type ItemReviewSummary = UnratedItemSummary | RatedItemSummary;

/** What {@link summarizeReviews} returns. */
export interface ReviewSummary {
  readonly assessmentId: string;
  readonly frameworkId: string;
  readonly guidelinesId: string;
  /** The scope's id or a label (`all items`, `listed codes`). */
  readonly scope: string;
  /** The reviewers expected to rate: every non-observer reviewer, then any other author of a review. */
  readonly panel: readonly string[];
  /** One entry per scored item in scope, in framework order. */
  readonly items: readonly ItemReviewSummary[];
  /** Codes of the flagged items. */
  readonly flaggedItems: readonly string[];
  /**
   * What was left out or looks wrong; the summary is produced regardless. Given a plain
   * assessment: the one check's issues, then the summary's own (`consensus_outside_reviews`,
   * `scale_gap`). Given a checked assessment: only the summary's own.
   */
  readonly issues: readonly Issue[];
}

function compareConsensus(
  entry: ConsensusItem,
  verdict: EntryVerdict,
  status: 'in-progress' | 'agreed',
  spread: RatingSpread | undefined,
): ConsensusComparison {
  const percent = verdict.kind === 'rating' ? verdict.percent : null;
  const range = verdict.kind === 'rating' ? verdict.range : null;
  const within =
    percent === null || spread === undefined
      ? null
      : percent >= spread.minPercent && percent <= spread.maxPercent;
  return {
    kind: 'consensus',
    status,
    percent,
    range,
    notApplicable: entry.notApplicable === true,
    withinReviewerRange: within,
    rationale: entry.rationale,
    basedOn: entry.basedOn,
  };
}

/**
 * Summarizes the independent reviews of an assessment item by item, to prepare the consensus
 * discussion: each reviewer's range and percent, who has not rated the item (listed, never
 * imputed), the spread (lowest and highest range, how many ranges apart, lowest and highest
 * percent), a flag when reviewers are two or more ranges apart, and a **proposed** starting point
 * (the median rounded to a multiple of 5), labelled as a proposal.
 * When the assessment has a consensus record, the agreed percent is set beside the reviews with
 * whether it lies within the reviewers' span (a `consensus_outside_reviews` warning when not).
 *
 * Accepts a plain assessment (then it runs the one assessment check, `runAssessmentCheck`, and
 * reports its issues with the same severities as `validateDocument` and `scoreAssessment`: a
 * percent of 57 is an error, and that rating is missing, never imputed) or a checked assessment
 * (then it checks nothing again and reports only its own findings).
 *
 * The engine never averages reviews into a score and never writes a consensus: the consensus is
 * the team's separate record, with its rationale. Never throws; problems come back in `issues`.
 *
 * Never throws: input of another shape (for example an assessment or framework that was never
 * validated) is answered with an `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * import { baldrige20232024 } from '@community-excellence/schemas/data';
 * import { summarizeReviews } from '@community-excellence/scoring';
 *
 * const summary = summarizeReviews(assessment, baldrige20232024);
 * for (const item of summary.items) {
 *   if (item.status !== 'no-ratings' && item.flagged) {
 *     console.log(`${item.item}: ${item.spread.lowestRange} .. ${item.spread.highestRange}, start at ${item.proposal?.percent}%`);
 *   }
 * }
 * ```
 */
export function summarizeReviews(
  assessment: Assessment | CheckedAssessment,
  framework: Framework,
  options: SummarizeReviewsOptions = {},
): ReviewSummary {
  try {
    return summarizeReviewsUnchecked(assessment, framework, options);
  } catch (error) {
    const issue = errorIssue(error);
    return {
      assessmentId: '',
      frameworkId: '',
      guidelinesId: '',
      scope: '',
      panel: [],
      items: [],
      flaggedItems: [],
      issues: [issue],
    };
  }
}

function summarizeReviewsUnchecked(
  input: Assessment | CheckedAssessment,
  framework: Framework,
  options: SummarizeReviewsOptions = {},
): ReviewSummary {
  const flagAt = options.flagRangesApart ?? 2;
  const ran = checkedFor(input, framework, options);
  const issues: Issue[] = [...ran.issues];
  const checked = ran.checked;
  if (checked === null)
    return {
      assessmentId: '',
      frameworkId: framework?.id ?? '',
      guidelinesId: '',
      scope: '',
      panel: [],
      items: [],
      flaggedItems: [],
      issues,
    };
  const { assessment, guidelines } = checked;
  const collected = collectRatings(checked);

  const consensusByItem = new Map<
    string,
    { entry: ConsensusItem; verdict: EntryVerdict; index: number }
  >();
  assessment.consensus?.items.forEach((entry, index) => {
    const verdict = checked.verdicts.consensus[index];
    if (
      verdict !== undefined &&
      (verdict.kind === 'rating' ||
        verdict.kind === 'not-applicable' ||
        verdict.kind === 'no-score' ||
        verdict.kind === 'invalid-score')
    )
      consensusByItem.set(entry.item, { entry, verdict, index });
  });
  const consensusStatus = assessment.consensus?.status ?? 'in-progress';

  const items = collected.items.map((entry): ItemReviewSummary => {
    const { item, ratings, missing, notApplicable } = entry;
    const spread = ratingSpread(ratings);
    const found = consensusByItem.get(item.code);
    const consensus =
      found === undefined
        ? null
        : compareConsensus(found.entry, found.verdict, consensusStatus, spread);
    if (
      consensus !== null &&
      consensus.withinReviewerRange === false &&
      consensus.percent !== null &&
      spread !== undefined &&
      found !== undefined
    ) {
      issues.push(
        createScoringIssue({
          code: 'consensus_outside_reviews',
          path: ['consensus', 'items', found.index, 'percent'],
          item: item.code,
          percent: consensus.percent,
          lowest: spread.minPercent,
          highest: spread.maxPercent,
        }),
      );
    }
    if (spread === undefined) {
      return {
        item: item.code,
        name: item.name,
        kind: item.kind,
        ratings,
        missing,
        notApplicable,
        consensus,
        status: 'no-ratings',
        spread: null,
        flagged: false,
        proposal: null,
      };
    }
    const percents = new Array<number>(ratings.length);
    for (let i = 0; i < ratings.length; i += 1)
      percents[i] = (ratings[i] as ReviewerRating).percent;
    const proposal = medianProposal(percents, guidelines);
    if (proposal === undefined) {
      issues.push(
        createIssue({
          code: 'scale_gap',
          severity: 'warning',
          path: [],
          from: spread.minPercent,
          to: spread.maxPercent,
          message: `No proposal for item ${item.code}: the rounded median falls outside every range of ${guidelines.id}.`,
        }),
      );
    }
    return {
      item: item.code,
      name: item.name,
      kind: item.kind,
      ratings,
      missing,
      notApplicable,
      consensus,
      status: ratings.length === 1 ? 'single-rating' : 'compared',
      spread,
      flagged: spread.rangesApart >= flagAt,
      proposal: proposal ?? null,
    };
  });

  return {
    assessmentId: assessment.id,
    frameworkId: framework.id,
    guidelinesId: guidelines.id,
    scope: collected.scopeLabel,
    panel: collected.panel,
    items,
    flaggedItems: items.filter((i) => i.flagged).map((i) => i.item),
    issues,
  };
}

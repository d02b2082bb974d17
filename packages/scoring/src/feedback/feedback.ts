import type {
  Confidence,
  Issue,
  ItemKind,
  OfiPriority,
  ScoringGuidelines,
} from '@community-excellence/schemas/data';
import type { ExactNumber } from '../score/exact-number.js';
import type { PointsAtStake } from '../score/points-at-stake.js';
import type { ItemStatus } from '../score/scorecard.js';
import type { BandExplanation, StageExplanation } from './explain-band.js';
import type { KeyThemes } from './key-themes.js';

/**
 * One strength or opportunity for improvement (OFI) as the feedback shows it: the id written in
 * the assessment (or, when it has none, a generated one such as `1.1#o2`; `idGiven` says which),
 * the code of the entry it was written on, its text, priority (OFIs only) and key factor ids.
 *
 * @example
 * ```ts
 * const finding: FeedbackFinding = {
 *   id: 'consensus-1.1-o1', idGiven: true, kind: 'opportunity', item: '1.1',
 *   text: 'No deployment measure is described.', priority: 'medium', keyFactors: ['ksf-resident-voice'],
 * };
 * ```
 */
export interface FeedbackFinding {
  readonly id: string;
  readonly idGiven: boolean;
  readonly kind: 'strength' | 'opportunity';
  /** The code of the entry the finding was written on (`1.1`, `P.1`). */
  readonly item: string;
  readonly text: string;
  /** The OFI's priority; null for strengths. */
  readonly priority: OfiPriority | null;
  readonly keyFactors: readonly string[];
}

/**
 * One evaluation factor's text for a range, from the guidelines' range table: the ADLI factors
 * for process items, the LeTCI factors for results items.
 *
 * @example
 * ```ts
 * const factor: FactorText = { key: 'approach', name: 'Approach', text: 'An effective, systematic method answers the overall questions.' };
 * ```
 */
export interface FactorText {
  readonly key: string;
  readonly name: string;
  readonly text: string;
}

/**
 * What a scoring range looks like for one kind of item, in the guidelines' words: the range, its
 * bounds, the factor texts (ADLI or LeTCI) and how certain the wording is.
 *
 * @example
 * ```ts
 * declare const descriptor: RangeDescriptor;
 * descriptor.factors.map((f) => `${f.name}: ${f.text}`).join(' ');
 * ```
 */
export interface RangeDescriptor {
  readonly range: string;
  readonly min: number;
  readonly max: number;
  readonly kind: ItemKind;
  readonly factors: readonly FactorText[];
  readonly confidence: Confidence;
}

/**
 * The feedback on one scored item: its score as the scorecard has it (range, percent, points),
 * the descriptor of its range, the strengths, the opportunities (high priority first), the
 * consensus rationale (or the reviewer's comment), and what the next range up requires (null in
 * the top range or when the item has no score).
 *
 * @example
 * ```ts
 * declare const item: FeedbackItem;
 * item.nextRange?.factors[0]?.text; // the next range's Approach (or Levels) text
 * ```
 */
export interface FeedbackItem {
  readonly code: string;
  readonly name: string;
  readonly kind: ItemKind;
  readonly category: string;
  /** How the scorecard counts the item; null when there is no scorecard. */
  readonly status: ItemStatus | null;
  readonly range: string | null;
  readonly percent: number | null;
  readonly earned: ExactNumber | null;
  readonly maxPoints: ExactNumber | null;
  readonly descriptor: RangeDescriptor | null;
  readonly nextRange: RangeDescriptor | null;
  readonly strengths: readonly FeedbackFinding[];
  readonly opportunities: readonly FeedbackFinding[];
  /** The consensus rationale (consensus source) or the reviewer's comment (review source). */
  readonly rationale: string | null;
}

/**
 * The feedback on one category: its items in framework order (items in scope, and any item
 * the source wrote findings on).
 *
 * @example
 * ```ts
 * declare const category: FeedbackCategory;
 * category.items.map((i) => i.code); // ['1.1', '1.2']
 * ```
 */
export interface FeedbackCategory {
  readonly code: string;
  readonly name: string;
  readonly items: readonly FeedbackItem[];
}

/**
 * Findings written on the Community (or Organizational) Profile: never scored, shown apart.
 *
 * @example
 * ```ts
 * declare const entry: ProfileFeedback;
 * entry.code; // 'P.1'
 * ```
 */
export interface ProfileFeedback {
  readonly code: string;
  readonly name: string;
  readonly strengths: readonly FeedbackFinding[];
  readonly opportunities: readonly FeedbackFinding[];
  readonly rationale: string | null;
}

/**
 * How many strengths and opportunities the feedback carries (scored items and Profile alike).
 *
 * @example
 * ```ts
 * declare const counts: FindingCounts;
 * counts.opportunitiesByPriority.high;
 * ```
 */
export interface FindingCounts {
  readonly strengths: number;
  readonly opportunities: number;
  readonly opportunitiesByPriority: {
    readonly high: number;
    readonly medium: number;
    readonly low: number;
  };
}

/**
 * A points total as the summary shows it (null parts when the framework has no points).
 *
 * @example
 * ```ts
 * declare const total: FeedbackTotal;
 * `${total.earned?.exact} of ${total.max?.exact}`;
 * ```
 */
export interface FeedbackTotal {
  readonly earned: ExactNumber | null;
  readonly max: ExactNumber | null;
}

/**
 * The summary of a feedback: totals (when the framework has points), the process and results
 * bands and the process maturity stage, each with a plain-language explanation, and the counts
 * of findings.
 *
 * @example
 * ```ts
 * declare const summary: FeedbackSummary;
 * summary.bands.process?.sentence;
 * ```
 */
export interface FeedbackSummary {
  /** Null when there is no scorecard or the framework has no points. */
  readonly total: FeedbackTotal | null;
  readonly process: FeedbackTotal | null;
  readonly results: FeedbackTotal | null;
  readonly bands: {
    readonly process: BandExplanation | null;
    readonly results: BandExplanation | null;
  };
  readonly maturity: StageExplanation | null;
  readonly counts: FindingCounts;
  /** Scored items (in scope, with a percent). */
  readonly scoredItems: number;
}

/**
 * One entry of "where the next points come from": the points at stake for an item (see
 * {@link pointsAtStake}) and the opportunities the reviewers wrote on it (ids, priority, text),
 * high priority first.
 *
 * @example
 * ```ts
 * declare const next: NextPointsEntry;
 * `${next.stake.code}: +${next.stake.points?.exact} points; ${next.opportunities.map((o) => o.id).join(', ')}`;
 * ```
 */
export interface NextPointsEntry {
  readonly stake: PointsAtStake;
  readonly opportunities: readonly FeedbackFinding[];
}

/**
 * Where the findings come from: the consensus record, or one reviewer's review.
 *
 * @example
 * ```ts
 * declare const source: FeedbackSource;
 * source.label; // 'the consensus record (agreed)'
 * ```
 */
export type FeedbackSource =
  | {
      readonly type: 'consensus';
      readonly status: 'in-progress' | 'agreed';
      readonly label: string;
    }
  | {
      readonly type: 'review';
      readonly reviewId: string;
      readonly reviewerId: string;
      readonly status: 'draft' | 'submitted';
      readonly label: string;
    }
  | { readonly type: 'none'; readonly label: string };

/**
 * The feedback a facilitator sends to a community after an assessment (a Baldrige or COE
 * feedback report): summary, key themes, category by category the items with their range and
 * descriptor, strengths, opportunities, rationale and what the next range requires; Profile
 * findings apart (never scored); where the next points come from. Plain JSON-serializable data.
 *
 * @example
 * ```ts
 * declare const feedback: Feedback;
 * feedback.themes.crossCutting[0]?.sentence;
 * ```
 */
export interface Feedback {
  readonly kind: 'feedback';
  readonly assessmentId: string;
  readonly communityId: string;
  readonly assessmentName: string | null;
  readonly cycle: string | null;
  readonly scope: string;
  readonly source: FeedbackSource;
  readonly guidelines: Pick<ScoringGuidelines, 'id' | 'edition'>;
  /** Whether a scorecard backs the scores (false for a Profile-only review or a failed score). */
  readonly scored: boolean;
  readonly summary: FeedbackSummary;
  readonly themes: KeyThemes;
  readonly categories: readonly FeedbackCategory[];
  readonly profile: readonly ProfileFeedback[];
  readonly nextPoints: readonly NextPointsEntry[];
  /** The issues scoring reported (and any of the feedback's own), as data. */
  readonly issues: readonly Issue[];
}

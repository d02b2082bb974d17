import type { Confidence, ItemKind, PointsStatus } from '@community-excellence/schemas/data';
import type { ExactNumber } from './exact-number.js';

/**
 * How an item counts in a scorecard:
 * - `scored`: in scope with a percent; earns `percent × points`;
 * - `unscored`: in scope but the source has no score for it (a reviewer left it out, or a
 *   draft is incomplete); it earns nothing but stays in the maximum, and the scorecard is
 *   not `complete`;
 * - `not-applicable`: marked not applicable (in the source or by the `notApplicable` option);
 *   it drops out of both the earned total and the maximum;
 * - `out-of-scope`: outside the scope; drops out of both totals and shows as N/A, not zero.
 */
export type ItemStatus = 'scored' | 'unscored' | 'not-applicable' | 'out-of-scope';

/**
 * Where a scorecard's percents come from: the consensus record, one reviewer's independent
 * review, or a projection of another scorecard ({@link projectScore}).
 */
export type ScorecardSource =
  | {
      readonly type: 'consensus';
      readonly status: 'in-progress' | 'agreed';
      readonly teamLeaderId: string | null;
    }
  | {
      readonly type: 'review';
      readonly reviewId: string;
      readonly reviewerId: string;
      readonly status: 'draft' | 'submitted';
    }
  | { readonly type: 'projection'; readonly basedOn: string; readonly targets: readonly string[] };

/**
 * The input an item score was read from: the consensus item (with the reviews and reviewers
 * it is based on), a review item, or a projection target.
 */
export interface ItemInput {
  readonly from: 'consensus' | 'review' | 'projection';
  /** The item code as written in the input. */
  readonly item: string;
  /** The review the score comes from (reviews only). */
  readonly reviewId: string | null;
  /** The reviewers behind the score: the review's author, or the reviewers of the reviews a consensus item is based on. */
  readonly reviewerIds: readonly string[];
  /** The `basedOn` ids of a consensus item (empty otherwise). */
  readonly basedOn: readonly string[];
}

/**
 * A reference to the data that produced a number: the framework edition (points), the
 * guidelines (ranges, bands, maturity stages) and the table names used.
 */
export interface TableRef {
  readonly framework: { readonly id: string; readonly edition: string; readonly version: string };
  readonly guidelines: { readonly id: string; readonly edition: string; readonly version: string };
  /** The tables consulted, e.g. `framework.points`, `guidelines.ranges`, `guidelines.maturityStages`. */
  readonly tables: readonly string[];
}

/**
 * How one item's points were produced: the input, range, percent, item maximum, points, the
 * formula as text (`55% × 45 = 24.75`) and the tables and editions used. Excluded and unscored
 * items say why in `reason`.
 *
 * @example
 * ```ts
 * scorecard.items[0]?.trace.formula; // '40% × 70 = 28'
 * ```
 */
export interface ItemTrace extends TableRef {
  readonly input: ItemInput | null;
  readonly range: string | null;
  readonly percent: number | null;
  readonly maxPoints: ExactNumber | null;
  readonly points: ExactNumber | null;
  readonly formula: string | null;
  readonly reason: string | null;
}

/**
 * A maturity stage as assigned in a scorecard (data from the guidelines, with its confidence
 * tag: the bundled stages are `inferred`).
 */
export interface StageRef {
  readonly id: string;
  readonly name: string;
  readonly minPercent: number;
  readonly maxPercent: number;
  readonly description: string;
  readonly confidence: Confidence;
}

/**
 * One scored item of the framework in a scorecard.
 *
 * @example
 * ```ts
 * const item = scorecard.items.find((i) => i.code === '2.1');
 * item?.earned?.exact; // '24.75' for 55% of 45
 * ```
 */
export interface ScorecardItem {
  readonly code: string;
  readonly name: string;
  readonly kind: ItemKind;
  /** The category code. */
  readonly category: string;
  readonly status: ItemStatus;
  /** The range id (scored items only). */
  readonly range: string | null;
  /** The percent, a multiple of the guidelines' step (scored items only). */
  readonly percent: number | null;
  /** The item's maximum points, or null when the framework has no points or the item is excluded. */
  readonly maxPoints: ExactNumber | null;
  /** Points earned: percent × maxPoints (scored), 0 (unscored), null (excluded or no points). */
  readonly earned: ExactNumber | null;
  /** The maturity stage of a scored process item's percent; null for results items and others. */
  readonly maturityStage: StageRef | null;
  /**
   * The share of the item's points that the scope counts, when the scope lists only part of the
   * item (`7.1(1)`, `7.4a`) and scores parts by share (`partScoring: 'share-of-item'`); null for
   * the whole item. `maxPoints` is already the share of the item's points.
   */
  readonly share: { readonly numerator: number; readonly denominator: number } | null;
  /** The scope's note on the item (only part of it listed), or null. */
  readonly scopeNote: string | null;
  readonly trace: ItemTrace;
}

/**
 * How a total was produced: the item codes it adds and the sum written out.
 *
 * @example
 * ```ts
 * scorecard.process.trace.formula; // '28 (1.1) + 12.5 (1.2) + ... = 170'
 * ```
 */
export interface TotalTrace {
  readonly items: readonly string[];
  readonly formula: string | null;
}

/**
 * A total over a set of items (a category, all process items, all results items, everything).
 * `status: 'out-of-scope'` means no item of the set is counted: the total is N/A (null), not zero.
 *
 * @example
 * ```ts
 * scorecard.total.earned?.exact; // '278'
 * scorecard.total.max?.exact;    // '1000'
 * ```
 */
export interface ScorecardTotal {
  readonly status: 'counted' | 'out-of-scope';
  readonly earned: ExactNumber | null;
  readonly max: ExactNumber | null;
  /** earned / max × 100, exact (null without points or when max is 0). */
  readonly percentOfMax: ExactNumber | null;
  /** Items counted (scored and unscored). */
  readonly items: readonly string[];
  readonly scored: number;
  readonly unscored: number;
  readonly trace: TotalTrace;
}

/**
 * A category's total in a scorecard.
 *
 * @example
 * ```ts
 * scorecard.categories.find((c) => c.code === '1')?.earned?.exact;
 * ```
 */
export interface ScorecardCategory extends ScorecardTotal {
  readonly code: string;
  readonly name: string;
  /** The kind of its items (`mixed` for custom frameworks that combine them). */
  readonly kind: ItemKind | 'mixed';
}

/**
 * The scoring band of the process or results total, from the guidelines' band tables
 * (half-open intervals `[lower, next lower)`). The bundled bands are **inferred** data
 * (`confidence`): show that to users.
 * - `assigned`: the total lies on the table's own scale (e.g. process max 550);
 * - `scaled`: the scored maximum differs from the table's (a scope or not-applicable items
 *   removed items) and `bandScaling: 'proportional'` mapped the total onto the table's scale;
 * - `refused`: the maximum differs and scaling was not requested (the default);
 * - `unavailable`: no points, no band table, or nothing in scope.
 *
 * @example
 * ```ts
 * scorecard.bands.process.band;       // 2
 * scorecard.bands.process.confidence; // 'inferred'
 * ```
 */
export interface BandAssignment {
  readonly table: 'process' | 'results';
  readonly status: 'assigned' | 'scaled' | 'refused' | 'unavailable';
  readonly band: number | null;
  readonly bandCount: number | null;
  /** Lower bound (inclusive) of the band on the table's scale. */
  readonly lower: number | null;
  /** Upper bound: the next band's lower bound (exclusive), or the table's maximum (inclusive) for the last band. */
  readonly upper: number | null;
  readonly description: string | null;
  /** The total placed in the table (after scaling, when scaled). */
  readonly basis: ExactNumber | null;
  readonly tableMaxPoints: number | null;
  readonly confidence: Confidence | null;
  readonly note: string | null;
  readonly reason: string | null;
}

/**
 * The maturity stage of the process total: the process total as a percent of the process
 * maximum, placed in the guidelines' maturity-stage table as half-open intervals
 * `[minPercent, next stage's minPercent)` (a total percent need not be a multiple of 5).
 * Each scored process item also carries the stage of its own percent.
 *
 * @example
 * ```ts
 * scorecard.maturity.process.stage?.name; // 'Early Systematic Approaches'
 * ```
 */
export interface MaturityAssignment {
  readonly appliedTo: 'process-total-percent';
  readonly status: 'assigned' | 'unavailable';
  readonly stage: StageRef | null;
  readonly basis: ExactNumber | null;
  readonly reason: string | null;
}

/**
 * An item left out of the totals, with the reason.
 *
 * @example
 * ```ts
 * scorecard.excluded; // [{ code: '7.1', reason: 'out-of-scope', detail: 'Not in scope coe-level-2.' }, ...]
 * ```
 */
export interface ExcludedItem {
  readonly code: string;
  readonly reason: 'out-of-scope' | 'not-applicable';
  readonly detail: string;
}

/**
 * A scorecard: the scored result of one source (consensus or one review) of an assessment,
 * within a scope. A plain JSON-serializable object; numbers are {@link ExactNumber}s and every
 * number carries a trace.
 *
 * @example
 * ```ts
 * const result = scoreAssessment(assessment, coeBaldrigeDerivedPoints);
 * if (result.ok) console.log(result.scorecard.total.earned?.exact, 'of', result.scorecard.total.max?.exact);
 * ```
 */
export interface Scorecard {
  readonly kind: 'scorecard';
  readonly formatVersion: 1;
  /** `<assessment id>:consensus` or `<assessment id>:review:<review id>`, plus `@<scope>` when the scope came from the options. */
  readonly id: string;
  readonly assessmentId: string;
  readonly communityId: string;
  readonly framework: {
    readonly id: string;
    readonly edition: string;
    readonly version: string;
    readonly pointsStatus: PointsStatus;
    readonly pointsLabel: string | null;
    readonly totalPoints: number | null;
  };
  readonly guidelines: { readonly id: string; readonly edition: string; readonly version: string };
  readonly scope: {
    readonly type: 'all' | 'scope' | 'codes';
    readonly scopeId: string | null;
    readonly codes: readonly string[] | null;
    readonly label: string;
    readonly from: 'assessment' | 'options';
    /** The recognition level of the framework scope, when it has one. */
    readonly level: number | null;
    /** The scope that must be achieved first (the framework scope's `requires`). */
    readonly requires: string | null;
    /** How listed parts of items count: their share of the item, or the whole item. */
    readonly partScoring: 'share-of-item' | 'whole-item';
    /** The Community Profile sections in scope (reviewed for feedback, never scored). */
    readonly profileSections: readonly string[];
    /** Why nothing is scored, when the scope has no scored item (a Level 1 Profile review); else null. */
    readonly reason: string | null;
  };
  readonly source: ScorecardSource;
  /** Whether the scorecard has points; when not, why, and what to use instead. */
  readonly points: {
    readonly available: boolean;
    readonly label: string | null;
    readonly reason: string | null;
    readonly suggestion: string | null;
  };
  /** Every scored item of the framework, in framework order. */
  readonly items: readonly ScorecardItem[];
  readonly categories: readonly ScorecardCategory[];
  readonly process: ScorecardTotal;
  readonly results: ScorecardTotal;
  readonly total: ScorecardTotal;
  readonly bands: {
    readonly scaling: 'refuse' | 'proportional';
    readonly process: BandAssignment;
    readonly results: BandAssignment;
  };
  readonly maturity: { readonly process: MaturityAssignment };
  readonly excluded: readonly ExcludedItem[];
  /** In-scope items the source did not score. */
  readonly unscored: readonly string[];
  /** True when every counted item is scored. */
  readonly complete: boolean;
}

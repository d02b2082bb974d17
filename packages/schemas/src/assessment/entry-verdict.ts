import type { RangeId } from '../framework/scoring-guidelines.js';

/**
 * What the one assessment check decided about one review or consensus entry, so that engines
 * read the decision instead of making it again:
 * - `rating`: a usable score (percent on the guidelines' step, inside its stated range, a range
 *   the guidelines define), with the range's position (`rangeIndex`, 0 = lowest);
 * - `not-applicable`: marked not applicable;
 * - `no-score`: no percent or no range (`missing_score`);
 * - `invalid-score`: a percent that is off the step grid, outside its range, or a range the
 *   guidelines do not define (an error says which); never imputed;
 * - `unknown-item`: the framework defines no such item (`unknown_item`);
 * - `out-of-scope`: an item (or Profile section) outside the scope (`item_out_of_scope`);
 * - `duplicate`: the item was already evaluated earlier in the same review or consensus;
 * - `profile`: a finding on the Community Profile (`section` is P.1 or P.2), never scored.
 *
 * @example
 * ```ts
 * declare const verdict: EntryVerdict;
 * if (verdict.kind === 'rating') console.log(verdict.item, verdict.percent, verdict.range);
 * ```
 */
export type EntryVerdict =
  | {
      readonly kind: 'rating';
      readonly item: string;
      readonly percent: number;
      readonly range: RangeId;
      readonly rangeIndex: number;
    }
  | {
      readonly kind:
        | 'not-applicable'
        | 'no-score'
        | 'invalid-score'
        | 'unknown-item'
        | 'out-of-scope'
        | 'duplicate';
      readonly item: string;
    }
  | { readonly kind: 'profile'; readonly item: string; readonly section: string };

/** The kinds of {@link EntryVerdict}. */
export type EntryVerdictKind = EntryVerdict['kind'];

/**
 * The verdicts of an assessment, indexed like the assessment: `reviews[r][k]` is the verdict on
 * `assessment.reviews[r].items[k]`, `consensus[k]` the one on `assessment.consensus.items[k]`.
 *
 * @example
 * ```ts
 * declare const verdicts: AssessmentVerdicts;
 * verdicts.consensus.filter((v) => v.kind === 'rating').length;
 * ```
 */
export interface AssessmentVerdicts {
  readonly reviews: readonly (readonly EntryVerdict[])[];
  readonly consensus: readonly EntryVerdict[];
}

import type { Assessment } from '../assessment/assessment.js';
import type { OfiPriority } from '../assessment/findings.js';

/** One finding of an assessment that carries an id, with where it was written. */
export interface AssessmentFinding {
  /** The finding id, e.g. `consensus-1.1-o1`. */
  readonly id: string;
  /** A strength or an opportunity for improvement. */
  readonly type: 'strength' | 'opportunity';
  /** The framework item the finding belongs to. */
  readonly item: string;
  /** The finding text. */
  readonly text: string;
  /** The priority of an opportunity. */
  readonly priority?: OfiPriority;
  /** The consensus, or the id of the review that wrote it. */
  readonly source: 'consensus' | { readonly reviewId: string };
}

/**
 * The findings of an assessment that carry an id (consensus findings first, then each review's),
 * by id; the first finding of a repeated id wins. Findings without an id cannot be referred to
 * and are left out. Never throws: a value of another shape gives the findings read so far.
 *
 * @example
 * ```ts
 * declare const assessment: Assessment;
 * assessmentFindings(assessment).get('consensus-1.1-o1')?.text;
 * ```
 */
export function assessmentFindings(assessment: Assessment): Map<string, AssessmentFinding> {
  const found = new Map<string, AssessmentFinding>();
  try {
    for (const item of assessment.consensus?.items ?? []) collect(found, item, 'consensus');
    for (const review of assessment.reviews)
      for (const item of review.items) collect(found, item, { reviewId: review.id });
  } catch {
    // return what was read
  }
  return found;
}

interface FindingHolder {
  readonly item: string;
  readonly strengths?:
    readonly { readonly id?: string | undefined; readonly text: string }[] | undefined;
  readonly opportunities?:
    | readonly {
        readonly id?: string | undefined;
        readonly text: string;
        readonly priority: OfiPriority;
      }[]
    | undefined;
}

function collect(
  found: Map<string, AssessmentFinding>,
  holder: FindingHolder,
  source: AssessmentFinding['source'],
): void {
  for (const strength of holder.strengths ?? []) {
    if (strength.id === undefined || found.has(strength.id)) continue;
    found.set(strength.id, {
      id: strength.id,
      type: 'strength',
      item: holder.item,
      text: strength.text,
      source,
    });
  }
  for (const opportunity of holder.opportunities ?? []) {
    if (opportunity.id === undefined || found.has(opportunity.id)) continue;
    found.set(opportunity.id, {
      id: opportunity.id,
      type: 'opportunity',
      item: holder.item,
      text: opportunity.text,
      priority: opportunity.priority,
      source,
    });
  }
}

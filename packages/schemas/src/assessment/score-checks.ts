import { createIssue, type Issue, type IssueSeverity, type PathSegment } from '../issue.js';
import { parseRangeId } from '../framework/parse-range-id.js';

/** The score fields shared by item evaluations and consensus items. */
export interface ScoreFields {
  readonly item: string;
  readonly range?: string | undefined;
  readonly percent?: number | undefined;
  readonly notApplicable?: boolean | undefined;
}

/**
 * Checks one score: percent a multiple of 5 and inside its stated range, a well-formed range,
 * nothing scored when not applicable, and both percent and range present otherwise
 * (`missing_score` with the given severity).
 */
export function checkScore(
  score: ScoreFields,
  path: readonly PathSegment[],
  missingSeverity: IssueSeverity,
  out: Issue[],
): void {
  const { item, range, percent } = score;
  if (score.notApplicable === true) {
    if (range !== undefined || percent !== undefined)
      out.push(
        createIssue({ code: 'not_applicable_scored', path: [...path, 'notApplicable'], item }),
      );
    return;
  }
  if (range === undefined || percent === undefined) {
    out.push(
      createIssue({
        code: 'missing_score',
        severity: missingSeverity,
        path: [...path, range === undefined ? 'range' : 'percent'],
        item,
      }),
    );
  }
  if (percent !== undefined && percent % 5 !== 0) {
    out.push(
      createIssue({ code: 'percent_not_multiple_of_5', path: [...path, 'percent'], percent }),
    );
  }
  if (range === undefined) return;
  const bounds = parseRangeId(range);
  if (bounds === undefined) {
    out.push(
      createIssue({
        code: 'invalid_format',
        path: [...path, 'range'],
        format: '<min>-<max> with min <= max',
      }),
    );
    return;
  }
  if (percent !== undefined && (percent < bounds.min || percent > bounds.max)) {
    out.push(
      createIssue({ code: 'percent_outside_range', path: [...path, 'percent'], percent, range }),
    );
  }
}

import { createIssue, type Issue, type PathSegment } from '../issue.js';
import { validateWithSchema } from '../validate-with-schema.js';
import type { ValidationResult } from '../validation-result.js';
import {
  ScoringGuidelinesSchema,
  type BandTable,
  type ScoringGuidelines,
} from './scoring-guidelines.js';
import { errorIssue } from '../error-issue.js';

interface Span {
  readonly min: number;
  readonly max: number;
  readonly path: readonly PathSegment[];
}

/** Spans on the step grid must tile 0..100: each starts one step after the previous one ends. */
function checkPercentCover(spans: readonly Span[], step: number, out: Issue[]): void {
  let expected = 0;
  for (const span of spans) {
    for (const [field, value] of [
      ['min', span.min],
      ['max', span.max],
    ] as const) {
      if (value % step !== 0)
        out.push(
          createIssue({ code: 'not_multiple_of', path: [...span.path, field], divisor: step }),
        );
    }
    if (span.min > span.max)
      out.push(
        createIssue({
          code: 'scale_overlap',
          path: [...span.path, 'max'],
          from: span.max,
          to: span.min,
        }),
      );
    if (span.min > expected)
      out.push(
        createIssue({
          code: 'scale_gap',
          path: [...span.path, 'min'],
          from: expected,
          to: span.min,
        }),
      );
    if (span.min < expected)
      out.push(
        createIssue({
          code: 'scale_overlap',
          path: [...span.path, 'min'],
          from: span.min,
          to: expected - step,
        }),
      );
    expected = Math.max(expected, span.max + step);
  }
  if (expected <= 100) {
    const path = spans.length > 0 ? [...(spans[spans.length - 1] as Span).path, 'max'] : [];
    out.push(createIssue({ code: 'scale_gap', path, from: expected, to: 100 }));
  }
}

function checkBands(table: BandTable, path: readonly PathSegment[], out: Issue[]): void {
  const first = table.bands[0];
  if (first === undefined) {
    out.push(
      createIssue({ code: 'scale_gap', path: [...path, 'bands'], from: 0, to: table.maxPoints }),
    );
    return;
  }
  if (first.lower > 0)
    out.push(
      createIssue({
        code: 'scale_gap',
        path: [...path, 'bands', 0, 'lower'],
        from: 0,
        to: first.lower,
      }),
    );
  table.bands.forEach((band, b) => {
    const previous = table.bands[b - 1];
    if (previous !== undefined && band.lower <= previous.lower) {
      out.push(
        createIssue({
          code: 'scale_overlap',
          path: [...path, 'bands', b, 'lower'],
          from: band.lower,
          to: previous.lower,
        }),
      );
    }
    if (band.lower >= table.maxPoints && table.maxPoints > 0) {
      out.push(
        createIssue({
          code: 'too_big',
          path: [...path, 'bands', b, 'lower'],
          maximum: table.maxPoints,
          origin: 'number',
          inclusive: false,
        }),
      );
    }
    if (band.band !== b + 1)
      out.push(
        createIssue({
          code: 'invalid_value',
          path: [...path, 'bands', b, 'band'],
          expected: [b + 1],
        }),
      );
  });
}

/**
 * The semantic checks of structurally valid scoring guidelines: ranges in order, on the step
 * grid (`not_multiple_of`), covering 0..100 without gaps (`scale_gap`) or overlaps
 * (`scale_overlap`), each range id equal to `<min>-<max>` (`invalid_format`), unique ids
 * (`duplicate_id`); maturity stages covering 0..100 the same way; each band table starting
 * at 0 with strictly increasing lower bounds below `maxPoints`, numbered 1, 2, 3 ...
 *
 * Requires validated input (its type says so); a value of another shape is answered with an
 * `unexpected_shape` issue, never an exception.
 *
 * @example
 * ```ts
 * checkScoringGuidelines(baldrigeScoringGuidelines); // []
 * ```
 */
export function checkScoringGuidelines(guidelines: ScoringGuidelines): Issue[] {
  try {
    return checkScoringGuidelinesUnchecked(guidelines);
  } catch (error) {
    const issue = errorIssue(error);
    return [issue];
  }
}

function checkScoringGuidelinesUnchecked(guidelines: ScoringGuidelines): Issue[] {
  const out: Issue[] = [];
  const seen = new Map<string, readonly PathSegment[]>();
  guidelines.ranges.forEach((range, r) => {
    const path = ['ranges', r, 'id'];
    const firstPath = seen.get(range.id);
    if (firstPath !== undefined)
      out.push(createIssue({ code: 'duplicate_id', path, id: range.id, firstPath }));
    else seen.set(range.id, path);
    if (range.id !== `${range.min}-${range.max}`)
      out.push(createIssue({ code: 'invalid_format', path, format: `${range.min}-${range.max}` }));
  });
  checkPercentCover(
    guidelines.ranges.map((range, r) => ({ min: range.min, max: range.max, path: ['ranges', r] })),
    guidelines.step,
    out,
  );
  if (guidelines.maturityStages !== undefined) {
    checkPercentCover(
      guidelines.maturityStages.map((stage, s) => ({
        min: stage.minPercent,
        max: stage.maxPercent,
        path: ['maturityStages', s],
      })),
      guidelines.step,
      out,
    );
  }
  if (guidelines.bands !== undefined) {
    checkBands(guidelines.bands.process, ['bands', 'process'], out);
    checkBands(guidelines.bands.results, ['bands', 'results'], out);
  }
  return out;
}

/**
 * Validates unknown input as {@link ScoringGuidelines}: structure, then
 * {@link checkScoringGuidelines}. Never throws.
 *
 * @example
 * ```ts
 * validateScoringGuidelines(baldrigeScoringGuidelines).ok; // true
 * ```
 */
export function validateScoringGuidelines(input: unknown): ValidationResult<ScoringGuidelines> {
  return validateWithSchema(ScoringGuidelinesSchema, input, {
    kind: 'scoring-guidelines',
    formatVersions: [1],
    check: checkScoringGuidelines,
  });
}

import { BUILT_IN_FRAMEWORKS, type Assessment } from '@community-excellence/schemas';
import type { Scorecard } from '@community-excellence/scoring';
import { scoreWithReviews } from '../scorecard/score-with-reviews.js';
import { scorecardTextLines } from '../scorecard/scorecard-text.js';

/** What the demo found when scoring the example assessment. */
export interface ScoreSection {
  readonly lines: readonly string[];
  readonly scorecard: Scorecard | undefined;
  readonly ok: boolean;
}

/**
 * Scores the example assessment's consensus, summarizes the independent reviews for the
 * consensus discussion and measures the reviewers' agreement, as printable lines (the same
 * scoring and text as the `score` command, indented for the demo).
 *
 * @example
 * ```ts
 * console.log(scoreSection(assessment).lines.join('\n'));
 * ```
 */
export function scoreSection(assessment: Assessment): ScoreSection {
  const framework = BUILT_IN_FRAMEWORKS.find((f) => f.id === assessment.framework.id);
  if (framework === undefined)
    return {
      lines: [`  framework ${assessment.framework.id} is not built in`],
      scorecard: undefined,
      ok: false,
    };
  const scored = scoreWithReviews(assessment, framework, { reviews: 'always' });
  if (!scored.ok) {
    return {
      lines: scored.issues.map((issue) => `  ${issue.severity} ${issue.code}: ${issue.message}`),
      scorecard: undefined,
      ok: false,
    };
  }
  const lines = scorecardTextLines(scored.scorecard, scored.reviews).map((line) => `  ${line}`);
  return { lines, scorecard: scored.scorecard, ok: true };
}

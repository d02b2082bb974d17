import {
  BUILT_IN_FRAMEWORKS,
  type Assessment,
  type Framework,
  type ScoringGuidelines,
} from '@community-excellence/schemas';
import type { Scorecard } from '@community-excellence/scoring';
import { buildFeedback, type Feedback } from './feedback-api.js';

/**
 * What the report shows as feedback for one assessment: the feedback built from its findings
 * (null when its framework is neither built in nor in the folder).
 *
 * @example
 * ```ts
 * declare const section: FeedbackSection;
 * section.feedback?.themes.crossCutting.length;
 * ```
 */
export interface FeedbackSection {
  readonly id: string;
  readonly name: string;
  readonly feedback: Feedback | null;
}

/**
 * Builds the feedback of an assessment against a built-in framework or one of `frameworks`, with
 * the scoring guidelines the assessment names when they are among `guidelines`, reusing the
 * scorecard the report already has (so nothing is scored twice).
 *
 * @example
 * ```ts
 * const section = feedbackSection(assessment, [], [], null);
 * section.feedback?.summary.counts.opportunities; // 17 for the Riverbend example
 * ```
 */
export function feedbackSection(
  assessment: Assessment,
  frameworks: readonly Framework[],
  guidelines: readonly ScoringGuidelines[],
  scorecard: Scorecard | null,
): FeedbackSection {
  const base = { id: assessment.id, name: assessment.name ?? assessment.id };
  const framework = [...frameworks, ...BUILT_IN_FRAMEWORKS].find(
    (f) => f.id === assessment.framework.id,
  );
  if (framework === undefined) return { ...base, feedback: null };
  const chosen = guidelines.find((g) => g.id === assessment.guidelinesId);
  return {
    ...base,
    feedback: buildFeedback(assessment, framework, {
      ...(chosen === undefined ? {} : { guidelines: chosen }),
      ...(scorecard === null ? {} : { scorecard }),
    }),
  };
}

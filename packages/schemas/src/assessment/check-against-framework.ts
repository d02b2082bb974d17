import type { Issue } from '../issue.js';
import type { Framework } from '../framework/framework.js';
import type { ScoringGuidelines } from '../framework/scoring-guidelines.js';
import { baldrigeScoringGuidelines } from '../framework/baldrige-scoring-guidelines.js';
import type { Assessment } from './assessment.js';
import { frameworkRules } from './assessment-rules.js';
import { resolveAssessmentScope } from './resolve-assessment-scope.js';
import { errorIssue } from '../error-issue.js';

/**
 * Checks an assessment against the framework it names (and, optionally, scoring
 * guidelines): the framework part of the one assessment check ({@link runAssessmentCheck}).
 * Reports: a different framework id or edition (`framework_mismatch`; a derived copy of the
 * named framework, such as `coeBaldrigeDerivedPoints` for `coe-community-2024`, matches); an
 * unknown scope id or scope code (`unknown_reference`); items the framework does not define
 * (`unknown_item`); Community Profile entries that carry a range or percent
 * (`profile_scored`: Profile findings without a score are welcome, as in a Level 1 review);
 * notes of the wrong kind (`wrong_evaluation_factors`: ADLI for process items, LeTCI for
 * results items, `profile` for Profile entries); entries outside the scope
 * (`item_out_of_scope`, warning); reviews that leave in-scope items unevaluated and
 * non-observer reviewers without a review (`incomplete_review`, warning); range ids the
 * guidelines do not define (`unknown_reference`); percents off a guidelines step other than 5
 * (`not_multiple_of`). Run it after {@link validateAssessment}.
 *
 * Never throws: an assessment or framework of another shape (never validated) is answered with an
 * `unexpected_shape` issue.
 *
 * @example
 * ```ts
 * const issues = checkAssessmentAgainstFramework(assessment, coeCommunity2024, baldrigeScoringGuidelines);
 * ```
 */
export function checkAssessmentAgainstFramework(
  assessment: Assessment,
  framework: Framework,
  guidelines?: ScoringGuidelines,
): Issue[] {
  try {
    const scope = resolveAssessmentScope(framework, assessment.scope);
    const out: Issue[] = [];
    frameworkRules(
      assessment,
      framework,
      guidelines,
      guidelines ?? baldrigeScoringGuidelines,
      scope,
      out,
    );
    return out;
  } catch (error) {
    return [errorIssue(error)];
  }
}

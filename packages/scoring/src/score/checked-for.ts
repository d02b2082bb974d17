import type {
  Assessment,
  Framework,
  Issue,
  ScoringGuidelines,
} from '@community-excellence/schemas/data';
import {
  isCheckedAssessment,
  runAssessmentCheck,
  type AssessmentScopeOption,
  type CheckedAssessment,
  type PartScoring,
} from '@community-excellence/schemas/data';

/** The options an engine passes on to the one assessment check. */
export interface CheckRequest {
  readonly guidelines?: ScoringGuidelines | undefined;
  readonly scope?: AssessmentScopeOption | undefined;
  readonly partScoring?: PartScoring | undefined;
}

/** What an engine works from: the checked assessment and the issues the engine has to report. */
export interface EngineInput {
  readonly checked: CheckedAssessment | null;
  /** The check's issues when the engine ran it; empty when it was handed a checked assessment. */
  readonly issues: readonly Issue[];
}

function fits(checked: CheckedAssessment, framework: Framework, request: CheckRequest): boolean {
  return (
    checked.framework === framework &&
    (request.guidelines === undefined || request.guidelines === checked.guidelines) &&
    (request.scope === undefined || request.scope === checked.scopeOption) &&
    (request.partScoring === undefined || request.partScoring === checked.scope.partScoring)
  );
}

/**
 * The checked assessment an engine works from: a {@link CheckedAssessment} made for this
 * framework, guidelines and scope is used as it is (nothing is checked again and its issues,
 * which the caller already has, are not repeated); anything else (a plain assessment, or one
 * checked against other data) goes through `runAssessmentCheck` once. Internal helper of the
 * engines.
 *
 * @example
 * ```ts
 * declare const assessment: Assessment;
 * declare const framework: Framework;
 * const { checked, issues } = checkedFor(assessment, framework, { scope: 'coe-level-2' });
 * ```
 */
export function checkedFor(
  input: Assessment | CheckedAssessment,
  framework: Framework,
  request: CheckRequest,
): EngineInput {
  if (isCheckedAssessment(input) && fits(input, framework, request))
    return { checked: input, issues: [] };
  const assessment = isCheckedAssessment(input) ? input.assessment : input;
  const result = runAssessmentCheck(assessment, framework, {
    ...(request.guidelines === undefined
      ? isCheckedAssessment(input)
        ? { guidelines: input.guidelines }
        : {}
      : { guidelines: request.guidelines }),
    ...(request.scope === undefined
      ? isCheckedAssessment(input) && input.scopeOption !== undefined
        ? { scope: input.scopeOption }
        : {}
      : { scope: request.scope }),
    ...(request.partScoring === undefined ? {} : { partScoring: request.partScoring }),
  });
  return { checked: result.checked, issues: result.issues };
}

import { describe, expectTypeOf, it } from 'vitest';
import type { Issue } from '../issue.js';
import type { ValidationResult } from '../validation-result.js';
import type { Assessment } from './assessment.js';
import { checkAssessmentAgainstFramework } from './check-against-framework.js';
import type { ItemEvaluation } from './item-evaluation.js';
import { validateAssessment } from './validate-assessment.js';

describe('assessment types', () => {
  it('narrows factor notes by the factors tag', () => {
    const evaluation = {} as ItemEvaluation;
    if (evaluation.factors === 'ADLI') {
      expectTypeOf(evaluation.notes).toEqualTypeOf<
        | {
            approach?: string | undefined;
            deployment?: string | undefined;
            learning?: string | undefined;
            integration?: string | undefined;
          }
        | undefined
      >();
    } else if (evaluation.factors === 'LeTCI') {
      expectTypeOf(evaluation.factors).toEqualTypeOf<'LeTCI'>();
      expectTypeOf<NonNullable<typeof evaluation.notes>>().toHaveProperty('trends');
    }
  });

  it('types the document and the validators', () => {
    expectTypeOf<Assessment['kind']>().toEqualTypeOf<'assessment'>();
    expectTypeOf<Assessment['reviews'][number]['items'][number]['percent']>().toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf(validateAssessment).returns.toEqualTypeOf<ValidationResult<Assessment>>();
    expectTypeOf(checkAssessmentAgainstFramework).returns.toEqualTypeOf<Issue[]>();
    // @ts-expect-error: a priority is required on an opportunity
    const bad: NonNullable<ItemEvaluation['opportunities']>[number] = { text: 'x' };
    void bad;
  });
});
